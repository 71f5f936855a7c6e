#pragma once

#include "expected.h"
#include "search/searchtext.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace hookline {

// One thing a search found: a message (its excerpt, with where the words matched), or a
// contact whose name or number matched (then the conversation's latest message).
struct SearchHit
{
    enum class Kind
    {
        Message,
        Contact
    };
    Kind kind = Kind::Message;
    QString line;
    QString customer;
    QString wamid;
    QString direction; // inbound | outbound
    QString name;      // the contact's name, else username, else id
    qint64 timestamp = 0;
    QString excerpt;
    QList<SearchText::Range> ranges; // in excerpt
};

// Full-text search over the projections: message text, captions, edits, file names, places,
// contact names, usernames and numbers, on one line or all. SQLite answers from its FTS5
// indexes, PostgreSQL from its text-search index (both kept by the schema, so a rebuild or an
// erase keeps them true). Hits come grouped by conversation, the conversation with the newest
// hit first, and newest first within one.
class MessageSearch
{
public:
    explicit MessageSearch(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    struct Result
    {
        QStringList terms; // empty: the query had no words to look for
        QList<SearchHit> hits;
        bool more = false; // more messages matched than the limit
    };
    Expected<Result> find(const QString &query, const QString &line = {}, int limit = 200) const;

private:
    Status findMessages(const QStringList &terms, const QString &line, int limit,
                        Result &result) const;
    Status findContacts(const QString &query, const QStringList &terms, const QString &line,
                        Result &result) const;

    QSqlDatabase m_db;
};

} // namespace hookline
