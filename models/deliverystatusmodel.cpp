#include "deliverystatusmodel.h"

#include "displaytime.h"
#include "graph/errorcatalogue.h"
#include "messagecard.h"
#include "statustext.h"

namespace hookline {

namespace {

QString stepTime(const char *status)
{
    return QStringLiteral("(SELECT timestamp FROM proj.status_events se WHERE se.line = m.line "
                          "AND se.wamid = m.wamid AND se.status = '%1')")
        .arg(QLatin1String(status));
}

QString failure(const char *field)
{
    return QStringLiteral("(SELECT json_extract(se.errors, '$[0].%1') FROM proj.status_events se "
                          "WHERE se.line = m.line AND se.wamid = m.wamid AND se.status = 'failed')")
        .arg(QLatin1String(field));
}

} // namespace

DeliveryStatusModel::DeliveryStatusModel(QSqlDatabase db, QObject *parent)
    : KeyedPageModel(std::move(db), parent)
{}

const KeyedPageModel::Query &DeliveryStatusModel::query() const
{
    static const Query q{
        QStringLiteral("proj.messages m LEFT JOIN proj.contacts c ON c.line = m.line AND "
                       "c.customer = m.customer"),
        QStringLiteral("m.wamid"),
        {QStringLiteral("m.timestamp"), QStringLiteral("m.wamid")},
        {QStringLiteral("coalesce((SELECT nullif(l.label, '') FROM main.lines l WHERE "
                        "l.phone_number_id = m.line), m.line)"),
         // Who, by name when known; what, by its text when known.
         QStringLiteral("CASE WHEN coalesce(c.name, c.saved_name) IS NOT NULL THEN "
                        "coalesce(c.name, c.saved_name) || ' (' || m.customer || ')' ELSE "
                        "m.customer END"),
         QStringLiteral("coalesce(m.edited_text, m.text)"),
         QStringLiteral("coalesce(m.status, '')"), stepTime("sent"), stepTime("delivered"),
         stepTime("read"), stepTime("failed"), failure("code"), failure("title"),
         QStringLiteral("NULL"),
         QStringLiteral("(SELECT json_extract(se.pricing, '$.category') FROM proj.status_events se "
                        "WHERE se.line = m.line AND se.wamid = m.wamid AND se.pricing IS NOT NULL "
                        "LIMIT 1)"),
         QStringLiteral("m.origin"),
         // hidden: where the message is, for opening it
         QStringLiteral("m.line"), QStringLiteral("m.customer"), QStringLiteral("m.wamid"),
         QStringLiteral("m.type")},
        {tr("Line"), tr("Recipient"), tr("Message"), tr("Status"), tr("Sent"), tr("Delivered"),
         tr("Read"), tr("Failed"), tr("Code"), tr("Error"), tr("What it means"), tr("Pricing"),
         tr("Source")},
    };
    return q;
}

void DeliveryStatusModel::setFilter(const DeliveryStatusFilter &filter)
{
    m_filter = filter;
    reload();
}

void DeliveryStatusModel::addFilters(QStringList &conditions, QVariantList &binds) const
{
    conditions << QStringLiteral("m.direction = 'outbound'");
    if (!m_filter.line.isEmpty()) {
        conditions << QStringLiteral("m.line = ?");
        binds << m_filter.line;
    }
    if (!m_filter.status.isEmpty()) {
        conditions << QStringLiteral("m.status = ?");
        binds << m_filter.status;
    }
    if (!m_filter.code.isEmpty()) {
        conditions << failure("code") + QStringLiteral(" = ?");
        binds << m_filter.code.toLongLong();
    }
    if (m_filter.since > 0) {
        conditions << QStringLiteral("m.timestamp >= ?");
        binds << m_filter.since;
    }
}

QVariant DeliveryStatusModel::cell(const Row &row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case Sent:
    case Delivered:
    case Read:
    case Failed:
        return DisplayTime::fromSeconds(row.values.at(column).toLongLong());
    case Hint:
        return row.values.at(Code).isNull() ? QString()
                                            : ErrorCatalogue::hint(row.values.at(Code).toInt());
    case Status:
        return StatusText::of(row.values.at(Status).toString());
    case Message: {
        if (role == Qt::ToolTipRole)
            return row.values.at(Source + 3);
        const QString text = row.values.at(Message).toString().simplified();
        if (!text.isEmpty())
            return text;
        const QString type = row.values.at(Source + 4).toString();
        return type == QLatin1String("unknown") ? tr("Business message")
                                                : MessageCard::describe(type, {}, {}).kind;
    }
    case Source:
        return row.values.at(Source).toString() == QLatin1String("replay") ? tr("Replay")
                                                                           : tr("Meta");
    default:
        return row.values.at(column);
    }
}

MessageRef DeliveryStatusModel::messageAt(int row) const
{
    const QVariantList &v = rowAt(row).values;
    return {v.at(Source + 1).toString(), v.at(Source + 2).toString(), v.at(Source + 3).toString()};
}

} // namespace hookline
