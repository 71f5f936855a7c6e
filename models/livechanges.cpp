#include "livechanges.h"

namespace hookline {

LiveChanges::LiveChanges(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setObjectName(QStringLiteral("live-changes"));
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveChanges::flush);
}

void LiveChanges::addChanges(const ChangeSet &changes)
{
    m_pending.merge(changes);
    if (!m_timer.isActive())
        m_timer.start();
}

void LiveChanges::addDeliveries(const QList<qint64> &deliveryIds)
{
    m_newDeliveries += int(deliveryIds.size());
    if (!m_timer.isActive())
        m_timer.start();
}

void LiveChanges::flush()
{
    const ChangeSet changes = std::exchange(m_pending, {});
    const int deliveries = std::exchange(m_newDeliveries, 0);
    emit
    flushed(changes, deliveries);
}

} // namespace hookline
