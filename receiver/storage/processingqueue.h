#pragma once

#include "storage/engine.h"

class QSqlQuery;

namespace hookline {

// What processing takes next: where the two engines differ in how deliveries wait for it. On
// SQLite a cursor (the last delivery taken: one writer commits the log's ids in order); on
// PostgreSQL a queue table the receivers fill, since several receivers commit out of order.
// (What is taken again, retries and reprocessing, is in proj.delivery_state on both.)
class ProcessingQueue
{
public:
    // Reads the new deliveries, oldest first: id, received_at_us, app_id, body; its one
    // parameter is how many at most.
    static const char *dueNewSql(Engine engine);
    // Marks one delivery (its id, the one parameter) taken, in processing's transaction; null
    // where advancing the cursor is enough.
    static const char *takenSql(Engine engine);
    // Inside a transaction: holds processing's commits off until it ends (the projections' write
    // lock on SQLite, the processing lease's row on PostgreSQL).
    static bool holdTurn(QSqlQuery &query, Engine engine);
    // Inside a transaction: every delivery is new again (a rebuild).
    static bool restart(QSqlQuery &query, Engine engine);
};

} // namespace hookline
