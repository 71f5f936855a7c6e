#include "reactionmodel.h"

#include "displaytime.h"

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
         QStringLiteral("r.emoji"),
         QStringLiteral("coalesce(m.edited_text, m.text, CASE WHEN m.type IS NOT NULL THEN '[' || "
                        "m.type || ']' END, r.target)"),
         QStringLiteral("r.line"), QStringLiteral("r.timestamp"), QStringLiteral("r.target")},
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
    return row.values.at(column);
}

} // namespace hookline
