#include "deliverylogmodel.h"

#include "displaytime.h"
#include "statustext.h"

#include "storage/deliverylog.h"
#include "storage/sqldialect.h"

#include <QLocale>

namespace hookline {

DeliveryLogModel::DeliveryLogModel(QSqlDatabase db, QObject *parent)
    : KeyedPageModel(std::move(db), parent)
{}

const KeyedPageModel::Query &DeliveryLogModel::query() const
{
    static const Query q{
        QStringLiteral("main.deliveries d ") + DeliveryLog::stateJoin(),
        QStringLiteral("d.id"),
        {QStringLiteral("d.id")},
        {QStringLiteral("d.id"), QStringLiteral("d.received_at_us"), QStringLiteral("d.source"),
         QStringLiteral("d.route"), QStringLiteral("d.lines"),
         QStringLiteral("coalesce(d.app_id, '')"), QStringLiteral("d.verdict"),
         QStringLiteral("s.state"), QStringLiteral("d.size"), QStringLiteral("d.flags")},
        {tr("Id"), tr("Received"), tr("Source"), tr("Route"), tr("Lines"), tr("App"), tr("Verdict"),
         tr("State"), tr("Size"), tr("Flags")},
    };
    return q;
}

void DeliveryLogModel::setFilter(const DeliveryLogFilter &filter)
{
    m_filter = filter;
    reload();
}

void DeliveryLogModel::addFilters(QStringList &conditions, QVariantList &binds) const
{
    if (!m_filter.line.isEmpty()) {
        conditions << QStringLiteral(
            "d.route_line = ? OR instr(',' || d.lines || ',', ',' || ? || ',') > 0");
        binds << m_filter.line << m_filter.line;
    }
    if (!m_filter.route.isEmpty()) {
        conditions << QStringLiteral("d.route = ?");
        binds << m_filter.route;
    }
    if (!m_filter.verdict.isEmpty()) {
        conditions << QStringLiteral("d.verdict = ?");
        binds << m_filter.verdict;
    }
    if (!m_filter.state.isEmpty()) {
        conditions << query().columns.at(State) + QStringLiteral(" = ?");
        binds << m_filter.state;
    }
    if (m_filter.sinceUs > 0) {
        conditions << QStringLiteral("d.received_at_us >= ?");
        binds << m_filter.sinceUs;
    }
    if (m_filter.untilUs > 0) {
        conditions << QStringLiteral("d.received_at_us < ?");
        binds << m_filter.untilUs;
    }
    if (!m_filter.text.isEmpty()) {
        conditions << SqlDialect::of(database()).bytesContain(QStringLiteral("d.body"));
        binds << m_filter.text;
    }
}

QVariant DeliveryLogModel::cell(const Row &row, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return KeyedPageModel::cell(row, column, role);
    const QVariant &value = row.values.at(column);
    switch (column) {
    case Received:
        return DisplayTime::fromMicros(value.toLongLong());
    case Size:
        return QLocale().formattedDataSize(value.toLongLong());
    case Source:
    case Verdict:
    case State:
        return StatusText::of(value.toString());
    default:
        return value;
    }
}

} // namespace hookline
