#include "searchindexqueue.h"

#include "storage/searchdocument.h"
#include "storage/sqldialect.h"
#include "storage/sqlstatement.h"

#include <QSqlDatabase>

namespace hookline {

namespace {

const char *const flushSql[] = {
    "INSERT INTO proj.message_search (rowid, document) SELECT m.rowid, " HOOKLINE_SEARCH_DOCUMENT(
        "m") " FROM proj.message_search_queue q JOIN proj.messages m ON m.rowid = q.message"
             " WHERE " HOOKLINE_SEARCHABLE("m") " ORDER BY q.message",
    "DELETE FROM proj.message_search_queue",
    // A contact's names get the rows after the index's last one, and the contact their number.
    "UPDATE proj.contacts SET search_row = n.row FROM (SELECT q.line, q.customer, coalesce((SELECT"
    " rowid FROM proj.contact_search ORDER BY rowid DESC LIMIT 1), 0) + row_number() OVER (ORDER"
    " BY q.line, q.customer) AS row FROM proj.contact_search_queue q) AS n WHERE contacts.line ="
    " n.line AND contacts.customer = n.customer",
    "INSERT INTO proj.contact_search (rowid, line, customer, names) SELECT c.search_row, c.line, "
    "c.customer, " HOOKLINE_CONTACT_NAMES(
        "c") " FROM proj.contact_search_queue q JOIN proj.contacts c ON"
             " c.line = q.line AND c.customer = q.customer",
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
