#pragma once

#include "expected.h"

#include <memory>
#include <vector>

class QSqlDatabase;

namespace hookline {

class SqlStatement;

// The rows waiting for the search indexes: messages and contacts written since the last flush
// (queued by the projections' triggers, schema version 10). Whoever writes messages or contacts
// flushes the queue before committing, once per transaction rather than once per row: FTS5
// writes a segment of its index at every savepoint, so row by row cost a segment per message.
// On PostgreSQL the index is an expression index and there is no queue: flush does nothing.
class SearchIndexQueue final
{
public:
    SearchIndexQueue();
    ~SearchIndexQueue();
    SearchIndexQueue(const SearchIndexQueue &) = delete;
    SearchIndexQueue &operator=(const SearchIndexQueue &) = delete;

    Status prepare(QSqlDatabase &db);
    // Indexes every queued row as it is now and empties the queue; inside the caller's
    // transaction.
    Status flush();
    // Lets go of the statements (before their connection closes).
    void release();

private:
    std::vector<std::unique_ptr<SqlStatement>> m_statements;
};

} // namespace hookline
