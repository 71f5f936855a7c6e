#include "keyedpagemodel.h"

#include "modelslogging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hookline {

KeyedPageModel::KeyedPageModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

int KeyedPageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int KeyedPageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(query().headers.size());
}

QVariant KeyedPageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(shown(index.row()));
    if (role == IdentityRole)
        return row.id;
    if (role == RawRole)
        return row.values.value(index.column());
    return cell(row, index.column(), role);
}

int KeyedPageModel::shown(int internal) const
{
    return m_reversed ? int(m_rows.size()) - 1 - internal : internal;
}

QVariant KeyedPageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return query().headers.value(section);
}

QVariant KeyedPageModel::cell(const Row &row, int column, int role) const
{
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return row.values.value(column);
    return {};
}

void KeyedPageModel::addFilters(QStringList &, QVariantList &) const {}

void KeyedPageModel::decorate(QList<Row> &) const {}

bool KeyedPageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_reversed && !m_atEnd && !m_fetching;
}

void KeyedPageModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid() && !m_reversed)
        loadPage();
}

void KeyedPageModel::fetchOlder()
{
    loadPage();
}

void KeyedPageModel::loadPage()
{
    if (m_atEnd || m_fetching)
        return;
    m_fetching = true;
    QString condition;
    QVariantList binds;
    if (!m_rows.isEmpty()) {
        binds = m_rows.constLast().key;
        condition = keyTuple() + QStringLiteral(" < (") + placeholderList(binds.size()) + u')';
    }
    const QList<Row> page = select(condition, binds, true, m_pageSize);
    if (page.size() < m_pageSize)
        m_atEnd = true;
    insertRows(int(m_rows.size()), page);
    m_fetching = false;
}

void KeyedPageModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_atEnd = false;
    const QList<Row> page = select({}, {}, true, m_pageSize);
    m_atEnd = page.size() < m_pageSize;
    m_rows = page;
    rebuildIndex(0);
    endResetModel();
}

void KeyedPageModel::refreshNewer()
{
    if (m_rows.isEmpty()) {
        if (m_atEnd) {
            m_atEnd = false;
            loadPage();
        }
        return;
    }
    // Oldest first and page after page, so that a burst larger than a page stays contiguous;
    // then all of it goes in at once.
    QList<Row> newer;
    QVariantList after = m_rows.constFirst().key;
    const QString condition =
        keyTuple() + QStringLiteral(" > (") + placeholderList(after.size()) + u')';
    for (;;) {
        const QList<Row> page = select(condition, after, false, m_pageSize);
        newer.append(page);
        if (page.size() < m_pageSize)
            break;
        after = page.constLast().key;
    }
    std::reverse(newer.begin(), newer.end());
    QList<Row> fresh;
    for (const Row &row : std::as_const(newer)) {
        if (!m_index.contains(row.id.toString()))
            fresh.append(row);
    }
    insertRows(0, fresh);
}

void KeyedPageModel::refreshRows(const QVariantList &ids)
{
    constexpr int chunk = 500; // well under SQLite's limit on bound parameters
    if (ids.size() > chunk) {
        for (qsizetype i = 0; i < ids.size(); i += chunk)
            refreshRows(ids.mid(i, chunk));
        return;
    }
    if (ids.isEmpty())
        return;
    const QString condition =
        query().identity + QStringLiteral(" IN (") + placeholderList(ids.size()) + u')';
    QHash<QString, Row> current;
    for (const Row &row : select(condition, ids, true, int(ids.size())))
        current.insert(row.id.toString(), row);

    bool newer = false;
    for (const QVariant &id : ids) {
        const QString name = id.toString();
        const auto found = current.constFind(name);
        const int at = m_index.value(name, -1);
        if (at >= 0 && found != current.constEnd() &&
            compareKeys(m_rows.at(at).key, found->key) == 0) {
            m_rows[at] = *found;
            emit
            dataChanged(index(shown(at), 0), index(shown(at), columnCount() - 1));
            continue;
        }
        if (at >= 0)
            removeRowAt(at);
        if (found == current.constEnd())
            continue;
        // Rows newer than the newest loaded come in one batch at the top (below); rows past
        // the window's end come with the next page; only the rest go in one by one.
        if (!m_rows.isEmpty() && compareKeys(found->key, m_rows.constFirst().key) > 0) {
            newer = true;
            continue;
        }
        if (!m_atEnd && !m_rows.isEmpty() && compareKeys(found->key, m_rows.constLast().key) < 0)
            continue;
        insertRows(insertionRow(found->key), {*found});
    }
    if (newer)
        refreshNewer();
}

int KeyedPageModel::rowOf(const QVariant &id) const
{
    const int internal = m_index.value(id.toString(), -1);
    return internal < 0 ? -1 : shown(internal);
}

QList<KeyedPageModel::Row> KeyedPageModel::select(const QString &extraCondition,
                                                  const QVariantList &extraBinds, bool descending,
                                                  int limit) const
{
    const Query &q = query();
    QStringList conditions;
    QVariantList binds;
    addFilters(conditions, binds);
    if (!extraCondition.isEmpty()) {
        conditions.append(extraCondition);
        binds.append(extraBinds);
    }
    QString sql = QStringLiteral("SELECT ") + q.identity + QStringLiteral(", ") +
                  q.keys.join(QStringLiteral(", ")) + QStringLiteral(", ") +
                  q.columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + q.from;
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE (") + conditions.join(QStringLiteral(") AND (")) + u')';
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    sql += QStringLiteral(" ORDER BY ") + q.keys.join(direction + QStringLiteral(", ")) +
           direction + QStringLiteral(" LIMIT ") + QString::number(limit);

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        qCWarning(lcModels) << "cannot prepare a page query:" << m_lastError;
        return {};
    }
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        qCWarning(lcModels) << "cannot read a page:" << m_lastError;
        return {};
    }
    const int keyCount = int(q.keys.size());
    const int valueCount = int(q.columns.size());
    QList<Row> rows;
    while (query.next()) {
        Row row;
        row.id = query.value(0);
        row.key.reserve(keyCount);
        for (int i = 0; i < keyCount; ++i)
            row.key.append(query.value(1 + i));
        row.values.reserve(valueCount);
        for (int i = 0; i < valueCount; ++i)
            row.values.append(query.value(1 + keyCount + i));
        rows.append(std::move(row));
    }
    decorate(rows);
    return rows;
}

QString KeyedPageModel::keyTuple() const
{
    return u'(' + query().keys.join(QStringLiteral(", ")) + u')';
}

QString KeyedPageModel::placeholderList(qsizetype count)
{
    QString list;
    for (qsizetype i = 0; i < count; ++i)
        list += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return list;
}

int KeyedPageModel::compareKeys(const QVariantList &a, const QVariantList &b)
{
    for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
        const QPartialOrdering order = QVariant::compare(a.at(i), b.at(i));
        if (order == QPartialOrdering::Less)
            return -1;
        if (order == QPartialOrdering::Greater)
            return 1;
        if (order == QPartialOrdering::Unordered) {
            // NULL sorts first in SQLite; values of different types compare as text.
            const bool aNull = a.at(i).isNull();
            const bool bNull = b.at(i).isNull();
            if (aNull != bNull)
                return aNull ? -1 : 1;
            const int text = a.at(i).toString().compare(b.at(i).toString());
            if (text != 0)
                return text < 0 ? -1 : 1;
        }
    }
    return 0;
}

int KeyedPageModel::insertionRow(const QVariantList &key) const
{
    // Rows are in descending key order.
    const auto it = std::lower_bound(
        m_rows.cbegin(), m_rows.cend(), key,
        [](const Row &row, const QVariantList &k) { return compareKeys(row.key, k) > 0; });
    return int(it - m_rows.cbegin());
}

void KeyedPageModel::insertRows(int at, const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = m_reversed ? int(m_rows.size()) - at : at;
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.insert(at, rows.size(), Row{});
    std::copy(rows.cbegin(), rows.cend(), m_rows.begin() + at);
    rebuildIndex(at);
    endInsertRows();
}

void KeyedPageModel::removeRowAt(int row)
{
    beginRemoveRows({}, shown(row), shown(row));
    m_index.remove(m_rows.at(row).id.toString());
    m_rows.removeAt(row);
    rebuildIndex(row);
    endRemoveRows();
}

void KeyedPageModel::rebuildIndex(int from)
{
    for (int i = from; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).id.toString(), i);
}

} // namespace hookline
