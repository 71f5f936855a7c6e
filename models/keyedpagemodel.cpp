#include "keyedpagemodel.h"

#include "modelslogging.h"
#include "storage/sqlstatement.h"

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

QString KeyedPageModel::identityCondition(const QVariantList &ids, QVariantList &binds) const
{
    binds = ids;
    return query().identity + QStringLiteral(" IN (") + placeholderList(ids.size()) + u')';
}

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
    m_index.reserve(m_rows.size());
    for (const Row &row : std::as_const(m_rows))
        m_index.insert(row.id.toString(), row.key);
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
    trim();
}

void KeyedPageModel::trim()
{
    if (m_maxRows <= 0 || m_rows.size() <= m_maxRows)
        return;
    removeRange(m_maxRows, int(m_rows.size()) - 1);
    m_atEnd = false;
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
    QVariantList binds;
    const QString condition = identityCondition(ids, binds);
    QHash<QString, Row> current;
    for (const Row &row : select(condition, binds, true, int(ids.size())))
        current.insert(row.id.toString(), row);

    // First sort every id into an update in place, a removal, an insertion or a newer row,
    // against the window as it is; then apply removals and insertions in as few contiguous
    // ranges as they allow, re-indexing once.
    const QVariantList top = m_rows.isEmpty() ? QVariantList() : m_rows.constFirst().key;
    const QVariantList bottom = m_rows.isEmpty() ? QVariantList() : m_rows.constLast().key;
    QList<int> removals;
    QList<Row> insertions;
    bool newer = false;
    for (const QVariant &id : ids) {
        const QString name = id.toString();
        const auto found = current.constFind(name);
        const int at = find(name);
        if (at >= 0 && found != current.constEnd() &&
            compareKeys(m_rows.at(at).key, found->key) == 0) {
            m_rows[at] = *found;
            m_index.insert(name, found->key);
            emit
            dataChanged(index(shown(at), 0), index(shown(at), columnCount() - 1));
            continue;
        }
        if (at >= 0)
            removals.append(at);
        if (found == current.constEnd())
            continue;
        // Rows newer than the newest loaded come in one batch at the top; rows past the
        // window's end come with the next page.
        if (!top.isEmpty() && compareKeys(found->key, top) > 0) {
            newer = true;
            continue;
        }
        if (!m_atEnd && !bottom.isEmpty() && compareKeys(found->key, bottom) < 0)
            continue;
        insertions.append(*found);
    }
    if (!removals.isEmpty()) {
        std::sort(removals.begin(), removals.end(), std::greater<>());
        for (qsizetype i = 0; i < removals.size();) {
            qsizetype j = i + 1;
            while (j < removals.size() && removals.at(j) == removals.at(j - 1) - 1)
                ++j;
            removeRange(removals.at(j - 1), removals.at(i));
            i = j;
        }
    }
    if (!insertions.isEmpty()) {
        std::sort(insertions.begin(), insertions.end(),
                  [](const Row &a, const Row &b) { return compareKeys(a.key, b.key) > 0; });
        for (qsizetype i = 0; i < insertions.size();) {
            const int at = insertionRow(insertions.at(i).key);
            qsizetype j = i + 1;
            // The following rows belong right after this one while they sort before the row
            // that is there now.
            while (
                j < insertions.size() &&
                (at >= m_rows.size() || compareKeys(insertions.at(j).key, m_rows.at(at).key) > 0))
                ++j;
            insertRows(at, insertions.mid(i, j - i));
            i = j;
        }
    }
    if (newer)
        refreshNewer();
}

int KeyedPageModel::rowOf(const QVariant &id) const
{
    const int internal = find(id.toString());
    return internal < 0 ? -1 : shown(internal);
}

int KeyedPageModel::find(const QString &id) const
{
    const auto entry = m_index.constFind(id);
    if (entry == m_index.constEnd())
        return -1;
    // The rows are sorted by key: the row is where its key is (keys are unique together; rows
    // with an equal key are told apart by identity all the same).
    for (int at = insertionRow(*entry);
         at < m_rows.size() && compareKeys(m_rows.at(at).key, *entry) == 0; ++at) {
        if (m_rows.at(at).id.toString() == id)
            return at;
    }
    // The database sorted it elsewhere than compareKeys() would (a PostgreSQL collation that
    // orders text by language, not by code point): look for it row by row.
    for (int at = 0; at < m_rows.size(); ++at) {
        if (m_rows.at(at).id.toString() == id)
            return at;
    }
    return -1;
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
    const QString where =
        conditions.isEmpty()
            ? QString()
            : QStringLiteral(" WHERE (") + conditions.join(QStringLiteral(") AND (")) + u')';
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString orderAndLimit = QStringLiteral(" ORDER BY ") +
                                  q.keys.join(direction + QStringLiteral(", ")) + direction +
                                  QStringLiteral(" LIMIT ") + QString::number(limit);
    QString from = q.from;
    if (const QStringList parts = arms(); !parts.isEmpty()) {
        // Each arm filtered, ordered and limited on its own (its index gives the page), then
        // the pages merged by the same filters, order and limit.
        QStringList pages;
        QVariantList armBinds;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            pages << QStringLiteral("SELECT * FROM (SELECT * FROM (") + parts.at(i) +
                         QStringLiteral(") m") + where + orderAndLimit + QStringLiteral(") a") +
                         QString::number(i);
            armBinds += binds;
        }
        from = u'(' + pages.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(") m");
        binds = armBinds + binds;
    }
    const QString sql = QStringLiteral("SELECT ") + q.identity + QStringLiteral(", ") +
                        q.keys.join(QStringLiteral(", ")) + QStringLiteral(", ") +
                        q.columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + from +
                        where + orderAndLimit;

    // Straight to SQLite: QSqlQuery's per-value bookkeeping costs more than the query when
    // hundreds of rows are refreshed under load.
    SqlStatement statement;
    QSqlDatabase db = m_db;
    if (!statement.prepare(db, sql.toUtf8().constData()) || !statement.exec(binds)) {
        m_lastError = statement.lastError();
        qCWarning(lcModels) << "cannot read a page:" << m_lastError;
        return {};
    }
    const int keyCount = int(q.keys.size());
    const int valueCount = int(q.columns.size());
    QList<Row> rows;
    while (statement.next()) {
        Row row;
        row.id = statement.value(0);
        row.key.reserve(keyCount);
        for (int i = 0; i < keyCount; ++i)
            row.key.append(statement.value(1 + i));
        row.values.reserve(valueCount);
        for (int i = 0; i < valueCount; ++i)
            row.values.append(statement.value(1 + keyCount + i));
        rows.append(std::move(row));
    }
    if (!statement.lastError().isEmpty()) {
        m_lastError = statement.lastError();
        qCWarning(lcModels) << "cannot read a page:" << m_lastError;
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
    for (const Row &row : rows)
        m_index.insert(row.id.toString(), row.key);
    endInsertRows();
}

void KeyedPageModel::removeRange(int first, int last)
{
    // Internal rows first..last.
    beginRemoveRows({}, std::min(shown(first), shown(last)), std::max(shown(first), shown(last)));
    for (int i = first; i <= last; ++i) {
        // Only the entry of this row: an identity shown twice (a wamid on two lines, in the
        // statuses table) keeps its other row's.
        const QString id = m_rows.at(i).id.toString();
        if (const auto entry = m_index.constFind(id);
            entry != m_index.constEnd() && compareKeys(*entry, m_rows.at(i).key) == 0)
            m_index.remove(id);
    }
    m_rows.remove(first, last - first + 1);
    endRemoveRows();
}

} // namespace hookline
