#pragma once

#include "processing/changeset.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace hookline {

// Collects what processing changed and what the receiver stored, and hands it on at most once
// per interval, so that a thousand webhooks a second become a few model updates.
class LiveChanges final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveChanges)

public:
    explicit LiveChanges(int intervalMs = 200, QObject *parent = nullptr);

    void addChanges(const hookline::ChangeSet &changes);
    void addDeliveries(const QList<qint64> &deliveryIds);

signals:
    void flushed(const hookline::ChangeSet &changes, int newDeliveries);

private:
    void flush();

    QTimer m_timer;
    ChangeSet m_pending;
    int m_newDeliveries = 0;
};

} // namespace hookline
