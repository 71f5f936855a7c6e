#include "searchindexqueue.h"

#include "storage/sqldialect.h"
#include "storage/sqlstatement.h"

#include <QSqlDatabase>

namespace hookline {

namespace {

// The same documents as the triggers of schema version 6 (Schema): what a message says, and a
// contact's names.
const char *const flushSql[] = {
    "INSERT INTO proj.message_search (rowid, document) SELECT m.rowid, coalesce(m.text, '') || "
    "' ' || coalesce(m.edited_text, '') || ' ' || coalesce(CASE WHEN json_valid(m.content) AND "
    "json_type(m.content) = 'object' THEN coalesce(json_extract(m.content, '$.filename'), '') || "
    "' ' || coalesce(json_extract(m.content, '$.name'), '') || ' ' || "
    "coalesce(json_extract(m.content, '$.address'), '') END, '') FROM "
    "proj.message_search_queue q JOIN proj.messages m ON m.rowid = q.message WHERE m.type NOT IN "
    "('reaction', 'edit', 'revoke') AND m.revoked = 0 ORDER BY q.message",
    "DELETE FROM proj.message_search_queue",
    "INSERT INTO proj.contact_search (line, customer, names) SELECT c.line, c.customer, "
    "coalesce(c.name, '') || ' ' || coalesce(c.saved_name, '') || ' ' || coalesce(c.username, "
    "'') FROM proj.contact_search_queue q JOIN proj.contacts c ON c.line = q.line AND "
    "c.customer = q.customer",
    "DELETE FROM proj.contact_search_queue",
};

} // namespace

SearchIndexQueue::SearchIndexQueue() = default;
SearchIndexQueue::~SearchIndexQueue() = default;

Status SearchIndexQueue::prepare(QSqlDatabase &db)
{
    m_statements.clear();
    if (SqlDialect::of(db).isPostgres())
        return ok();
    for (const char *sql : flushSql) {
        auto statement = std::make_unique<SqlStatement>();
        if (!statement->prepare(db, sql))
            return Error{QStringLiteral("cannot prepare the search index's queue: %1")
                             .arg(statement->lastError())};
        m_statements.push_back(std::move(statement));
    }
    return ok();
}

void SearchIndexQueue::release()
{
    m_statements.clear();
}

Status SearchIndexQueue::flush()
{
    for (const auto &statement : m_statements) {
        if (!statement->exec())
            return Error{
                QStringLiteral("cannot update the search index: %1").arg(statement->lastError())};
        statement->finish();
    }
    return ok();
}

} // namespace hookline
