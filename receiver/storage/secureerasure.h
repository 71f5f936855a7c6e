#pragma once

#include "expected.h"

class QSqlDatabase;

namespace hookline {

// What an erase or a prune deletes leaves no copy behind. On SQLite, deleted content is zeroed
// (secure_delete) while the deletions run; afterwards the search indexes are merged (a deleted
// word stays in an index segment until then) and the WALs checkpointed and truncated. On
// PostgreSQL the tables that held it are vacuumed.
class SecureErasure
{
public:
    // Before the deletions: deleted content is overwritten, not merely unlinked.
    static Status begin(QSqlDatabase &db);
    // After them; false when another process kept a WAL from being truncated (SQLite).
    static Expected<bool> finish(QSqlDatabase &db);
};

} // namespace hookline
