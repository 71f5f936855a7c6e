#pragma once

#include "messageref.h"
#include "search/messagesearch.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

namespace hookline {

// The results of one search, a row per hit, grouped by conversation (GroupStartRole marks the
// first hit of each). Searching is synchronous: the indexes answer in milliseconds.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles
    {
        KindRole = Qt::UserRole, // SearchHit::Kind as int
        NameRole,
        LineRole,
        CustomerRole,
        WamidRole,
        TimestampRole, // unix seconds
        InboundRole,
        RangesRole,     // QVariantList of QPoint(start, length) in the display text
        GroupStartRole, // the first hit of its conversation
    };

    explicit SearchResultModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Runs a search (an empty or wordless query clears the results).
    void search(const QString &query, const QString &line = {});
    void clear();

    MessageRef messageAt(int row) const;
    QString query() const { return m_query; }
    QString line() const { return m_line; }
    bool hasWords() const { return !m_terms.isEmpty(); }
    bool hasMore() const { return m_more; }
    QString error() const { return m_error; }
    int conversationCount() const { return m_conversations; }
    int messageCount() const;

signals:
    void searched();

private:
    QSqlDatabase m_db;
    QString m_query;
    QString m_line;
    QStringList m_terms;
    QList<SearchHit> m_hits;
    int m_conversations = 0;
    bool m_more = false;
    QString m_error;
};

} // namespace hookline
