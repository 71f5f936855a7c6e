#include "processingqueue.h"

#include <QSqlQuery>
#include <QString>

namespace hookline {

const char *ProcessingQueue::dueNewSql(Engine engine)
{
    if (engine == Engine::Postgres)
        return "SELECT d.id, d.received_at_us, d.app_id, d.body FROM main.processing_queue q "
               "JOIN main.deliveries d ON d.id = q.delivery_id WHERE NOT EXISTS (SELECT 1 FROM "
               "proj.delivery_state s WHERE s.delivery_id = q.delivery_id) ORDER BY q.delivery_id "
               "LIMIT ?";
    return "SELECT id, received_at_us, app_id, body FROM main.deliveries "
           "WHERE id > (SELECT last_delivery_id FROM proj.processing_cursor) ORDER BY id LIMIT ?";
}

const char *ProcessingQueue::takenSql(Engine engine)
{
    return engine == Engine::Postgres ? "DELETE FROM main.processing_queue WHERE delivery_id = ?"
                                      : nullptr;
}

bool ProcessingQueue::holdTurn(QSqlQuery &query, Engine engine)
{
    // SQLite: a first write to the projections (BEGIN IMMEDIATE would lock the log too).
    if (!query.exec(QStringLiteral(
            "UPDATE proj.processing_cursor SET last_delivery_id = last_delivery_id")))
        return false;
    return engine != Engine::Postgres ||
           query.exec(
               QStringLiteral("SELECT 1 FROM main.processing_lease WHERE id = 1 FOR UPDATE"));
}

bool ProcessingQueue::restart(QSqlQuery &query, Engine engine)
{
    if (!query.exec(QStringLiteral("UPDATE proj.processing_cursor SET last_delivery_id = 0")))
        return false;
    return engine != Engine::Postgres ||
           query.exec(QStringLiteral("INSERT INTO main.processing_queue (delivery_id) SELECT id "
                                     "FROM main.deliveries ON CONFLICT DO NOTHING"));
}

} // namespace hookline
