#pragma once

#include "expected.h"

class QSqlDatabase;

namespace hookline {

// Ties a SQLite projections file to the delivery log it was derived from. The two live in
// separate files, so one can be deleted, replaced or restored from a backup without the other:
// a projections file kept beside a new log (or a log restored to an earlier point) would keep a
// processing cursor past the log's last delivery, and the new deliveries at or below it would
// never be processed. Each log carries a random identity; the projections file records the one
// it belongs to and the cursor must never be ahead of the log. When either check fails, the
// projections are emptied and derived again from the log.
class ProjectionBinding
{
public:
    enum class Outcome
    {
        Bound,
        Reset
    };

    // On a migrated SQLite connection with "proj" attached; in one transaction.
    static Expected<Outcome> ensure(QSqlDatabase &db);
};

} // namespace hookline
