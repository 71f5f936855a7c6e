#include "deadlettergroupmodel.h"

#include "deadletterreason.h"

#include "deadlettermodel.h"
#include "modelslogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

bool sameGroup(const DeadLetterGroupModel::Group &a, const DeadLetterGroupModel::Group &b)
{
    return a.reason == b.reason && a.line == b.line && a.code == b.code;
}

bool before(const DeadLetterGroupModel::Group &a, const DeadLetterGroupModel::Group &b)
{
    return std::tie(a.reason, a.line, a.code) < std::tie(b.reason, b.line, b.code);
}

} // namespace

DeadLetterGroupModel::DeadLetterGroupModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

int DeadLetterGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int DeadLetterGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 4;
}

QVariant DeadLetterGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group &g = m_groups.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return DeadLetterReason::of(g.reason).hint;
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case Reason:
        return role == Qt::DisplayRole ? DeadLetterReason::withCode(g.reason) : g.reason;
    case Line:
        if (role != Qt::DisplayRole)
            return g.line;
        return g.line.isEmpty() ? tr("(none)") : g.line == u"*" ? tr("(any line)") : g.line;
    case Code:
        return g.code;
    case Count:
        return g.count;
    }
    return {};
}

QVariant DeadLetterGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString names[] = {tr("Reason"), tr("Line"), tr("Code or field"), tr("Count")};
    return section >= 0 && section < 4 ? names[section] : QString();
}

int DeadLetterGroupModel::total() const
{
    int sum = 0;
    for (const Group &g : m_groups)
        sum += g.count;
    return sum;
}

void DeadLetterGroupModel::refresh()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString code = DeadLetterModel::codeExpression();
    // A field Hookline does not know is one cause whatever line it arrived on: one row.
    if (!q.exec(QStringLiteral("SELECT x.reason, CASE WHEN x.reason = 'unknown_field' THEN '*' "
                               "ELSE coalesce(x.line, '') END, ") +
                code +
                QStringLiteral(", count(*) FROM proj.dead_letters x WHERE x.state = 'dead' "
                               "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3"))) {
        qCWarning(lcModels) << "cannot read the dead-letter groups:" << q.lastError().text();
        return;
    }
    QList<Group> fresh;
    emit
    aboutToRefresh();
    while (q.next())
        fresh.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toInt()});

    // Merge two sorted lists: exact row signals, no reset.
    int row = 0;
    int next = 0;
    while (row < m_groups.size() || next < fresh.size()) {
        if (next >= fresh.size() ||
            (row < m_groups.size() && before(m_groups.at(row), fresh.at(next)))) {
            beginRemoveRows({}, row, row);
            m_groups.removeAt(row);
            endRemoveRows();
        } else if (row >= m_groups.size() || !sameGroup(m_groups.at(row), fresh.at(next))) {
            beginInsertRows({}, row, row);
            m_groups.insert(row, fresh.at(next));
            endInsertRows();
            ++row;
            ++next;
        } else {
            if (m_groups.at(row).count != fresh.at(next).count) {
                m_groups[row].count = fresh.at(next).count;
                emit
                dataChanged(index(row, Count), index(row, Count));
            }
            ++row;
            ++next;
        }
    }
    emit
    refreshed();
}

int DeadLetterGroupModel::rowOf(const QString &reason, const QString &line,
                                const QString &code) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        const Group &g = m_groups.at(row);
        if (g.reason == reason && g.line == line && g.code == code)
            return row;
    }
    return -1;
}

} // namespace hookline
