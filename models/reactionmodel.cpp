#include "reactionmodel.h"

#include "displaytime.h"
#include "messagecard.h"

namespace hookline {

ReactionModel::ReactionModel(QSqlDatabase db, QObject *parent)
    : KeyedPageModel(std::move(db), parent)
{}

const KeyedPageModel::Query &ReactionModel::query() const
{
    static const Query q{
        QStringLiteral(
            "proj.reactions r LEFT JOIN proj.messages m ON m.line = r.line AND m.wamid = r.target "
            "LEFT JOIN proj.contacts c ON c.line = r.line AND c.customer = r.reactor"),
        QStringLiteral("r.line || '|' || r.target || '|' || r.reactor"),
        {QStringLiteral("r.timestamp"), QStringLiteral("r.line"), QStringLiteral("r.target"),
         QStringLiteral("r.reactor")},
        {QStringLiteral("CASE WHEN c.name IS NOT NULL THEN c.name || ' (' || r.reactor || ')' "
                        "ELSE r.reactor END"),
         QStringLiteral("r.emoji"), QStringLiteral("coalesce(m.edited_text, m.text)"),
         QStringLiteral("coalesce((SELECT nullif(l.label, '') FROM main.lines l WHERE "
                        "l.phone_number_id = r.line), r.line)"),
         QStringLiteral("r.timestamp"),
         // hidden: the message reacted to, for opening it
         QStringLiteral("r.target"), QStringLiteral("r.line"),
         QStringLiteral("coalesce(m.customer, r.reactor)"), QStringLiteral("m.type"),
         QStringLiteral("m.direction")},
        {tr("Who"), tr("Reaction"), tr("Message"), tr("Line"), tr("Time")},
    };
    return q;
}

void ReactionModel::setLine(const QString &line)
{
    m_line = line;
    reload();
}

void ReactionModel::addFilters(QStringList &conditions, QVariantList &binds) const
{
    if (!m_line.isEmpty()) {
        conditions << QStringLiteral("r.line = ?");
        binds << m_line;
    }
}

QVariant ReactionModel::cell(const Row &row, int column, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == Emoji) {
        const QString emoji = row.values.at(Emoji).toString();
        return emoji.isEmpty() ? tr("(removed)") : emoji;
    }
    if (column == Time)
        return DisplayTime::fromSeconds(row.values.at(Time).toLongLong());
    if (column == Message) {
        if (role == Qt::ToolTipRole)
            return row.values.at(Time + 1);
        const QString text = row.values.at(Message).toString().simplified();
        if (!text.isEmpty())
            return text;
        const QString type = row.values.at(Time + 4).toString();
        if (type.isEmpty())
            return tr("A message Hookline has not seen");
        if (type == QLatin1String("unknown") &&
            row.values.at(Time + 5).toString() == QLatin1String("outbound"))
            return tr("Business message");
        return MessageCard::describe(type, {}, {}).kind;
    }
    return row.values.at(column);
}

MessageRef ReactionModel::messageAt(int row) const
{
    const QVariantList &v = rowAt(row).values;
    return {v.at(Time + 2).toString(), v.at(Time + 3).toString(), v.at(Time + 1).toString()};
}

} // namespace hookline
