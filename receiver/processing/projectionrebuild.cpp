#include "projectionrebuild.h"

#include "storage/processingqueue.h"
#include "storage/schema.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

Status ProjectionRebuild::reset(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN")))
        return Error{QStringLiteral("cannot start the rebuild: %1").arg(query.lastError().text())};
    for (const QString &table : Schema::projectionTables(SqlDialect::of(db))) {
        if (!query.exec(QStringLiteral("DELETE FROM ") + table)) {
            const QString error = query.lastError().text();
            query.exec(QStringLiteral("ROLLBACK"));
            return Error{QStringLiteral("cannot empty %1: %2").arg(table, error)};
        }
    }
    // Every delivery is new again: the cursor back to the start (SQLite), or all queued again
    // (PostgreSQL, where the queue says what is new).
    if (!ProcessingQueue::restart(query, SqlDialect::of(db).engine()) ||
        !query.exec(QStringLiteral("COMMIT"))) {
        const QString error = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("cannot reset the deliveries: %1").arg(error)};
    }
    return ok();
}

Status ProjectionRebuild::reprocess(QSqlDatabase &db, qint64 deliveryId)
{
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM main.deliveries WHERE id = ?"));
    exists.addBindValue(deliveryId);
    if (!exists.exec())
        return Error{exists.lastError().text()};
    if (!exists.next())
        return Error{QStringLiteral("no delivery with id %1").arg(deliveryId)};
    exists.finish();
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO proj.delivery_state (delivery_id, state) VALUES (?, 'pending') "
        "ON CONFLICT (delivery_id) DO UPDATE SET state = 'pending', next_attempt_us = NULL"));
    query.addBindValue(deliveryId);
    if (!query.exec())
        return Error{query.lastError().text()};
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM items WHERE delivery_id = ? AND state <> 'done'"));
    forget.addBindValue(deliveryId);
    if (!forget.exec())
        return Error{forget.lastError().text()};
    return ok();
}

} // namespace hookline
