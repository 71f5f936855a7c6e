#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

namespace hookline {

// A table of rows from SQL, newest first, that holds a window rather than the world: rowCount()
// is what has been loaded, fetchMore() loads the next page by key (never OFFSET), and live
// changes insert, update, move or remove exactly the rows concerned. Subclasses describe the
// query; the base keeps the rows, an identity-to-row index and the paging.
class KeyedPageModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyedPageModel)

public:
    enum Role
    {
        IdentityRole = Qt::UserRole, // the row's identity (a delivery id, a wamid, ...)
        RawRole,                     // the cell's value as stored
        FirstCustomRole,
    };

    struct Row
    {
        QVariant id;
        QVariantList key;
        QVariantList values;
    };

    KeyedPageModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    // Reloads from the first page: only when the data source or the filter changes.
    void reload();
    // Re-reads these rows (by identity): updates them in place, moves them to their new place,
    // inserts those that now match, removes those that no longer do.
    void refreshRows(const QVariantList &ids);
    // Inserts, at the top, the rows newer than the newest loaded one.
    void refreshNewer();

    // Reversed: the rows are shown oldest first (a chat), pages of older rows come in at the
    // top through fetchOlder(), and views never fetch by themselves.
    bool isReversed() const { return m_reversed; }
    void fetchOlder();
    bool hasOlder() const { return !m_atEnd; }

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows; }
    // Live rows arriving at the top push the oldest loaded ones out past this many (they come
    // back with fetchMore), so a busy day never grows the window without bound.
    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows) { m_maxRows = rows; }
    // In the view's rows; -1 when not loaded.
    int rowOf(const QVariant &id) const;
    const Row &rowAt(int row) const { return m_rows.at(shown(row)); }
    QString lastError() const { return m_lastError; }

signals:
    void failed(const QString &message);

protected:
    // The model's connection (owned by the GUI thread), for a subclass's own queries.
    QSqlDatabase database() const { return m_db; }

    struct Query
    {
        QString from;        // "deliveries d LEFT JOIN ..."
        QString identity;    // an expression naming one row
        QStringList keys;    // the sort, descending, unique together
        QStringList columns; // values, one per model column and then hidden ones
        QStringList headers; // one per visible column
    };
    virtual const Query &query() const = 0;
    // A query over a UNION ALL of these SELECTs (each naming its columns as the query's from
    // does, under the alias m): every page is read from each arm by its own filters, order and
    // limit, then merged, so each arm walks its index for one page instead of the union being
    // read whole and sorted. Empty: query().from as it is.
    virtual QStringList arms() const { return {}; }
    // Filters, ANDed; binds receives their values in order.
    virtual void addFilters(QStringList &conditions, QVariantList &binds) const;
    virtual QVariant cell(const Row &row, int column, int role) const;
    // The condition selecting these rows by identity; binds receives its values. The default,
    // "identity IN (...)", suits an indexed identity column.
    virtual QString identityCondition(const QVariantList &ids, QVariantList &binds) const;
    // Called with every batch of rows read, before they are shown: room to attach related data.
    virtual void decorate(QList<Row> &rows) const;
    void setReversed(bool reversed) { m_reversed = reversed; }
    // "?, ?, ?" for count values.
    static QString placeholderList(qsizetype count);
    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> select(const QString &extraCondition, const QVariantList &extraBinds,
                      bool descending, int limit) const;
    QString keyTuple() const;
    static int compareKeys(const QVariantList &a, const QVariantList &b);
    int insertionRow(const QVariantList &key) const;
    void insertRows(int at, const QList<Row> &rows);
    void removeRange(int first, int last);
    void trim();
    int find(const QString &id) const; // the internal row of an identity, or -1
    int shown(int internal) const;     // the view's row of an internal (newest-first) row
    void loadPage();

    QSqlDatabase m_db;
    QList<Row> m_rows;
    // Identity (as text) -> its row's key. A row is found by binary search on its key, so rows
    // coming and going never re-index the others (a window of thousands of conversations
    // changes at the top many times a second).
    QHash<QString, QVariantList> m_index;
    int m_pageSize = 200;
    int m_maxRows = 5000;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_reversed = false;
    mutable QString m_lastError;
};

} // namespace hookline
