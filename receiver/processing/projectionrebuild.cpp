#include "projectionrebuild.h"

#include "storage/schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

Status ProjectionRebuild::reset(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{QStringLiteral("cannot start the rebuild: %1").arg(query.lastError().text())};
    for (const QString &table : Schema::projectionTables()) {
        if (!query.exec(QStringLiteral("DELETE FROM ") + table)) {
            const QString error = query.lastError().text();
            query.exec(QStringLiteral("ROLLBACK"));
            return Error{QStringLiteral("cannot empty %1: %2").arg(table, error)};
        }
    }
    if (!query.exec(
            QStringLiteral("UPDATE deliveries SET state = 'pending', next_attempt_us = NULL, "
                           "processed_at_us = NULL")) ||
        !query.exec(QStringLiteral("COMMIT"))) {
        const QString error = query.lastError().text();
        query.exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("cannot reset the deliveries: %1").arg(error)};
    }
    return ok();
}

Status ProjectionRebuild::reprocess(QSqlDatabase &db, qint64 deliveryId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE deliveries SET state = 'pending', next_attempt_us = NULL WHERE id = ?"));
    query.addBindValue(deliveryId);
    if (!query.exec())
        return Error{query.lastError().text()};
    if (query.numRowsAffected() == 0)
        return Error{QStringLiteral("no delivery with id %1").arg(deliveryId)};
    QSqlQuery forget(db);
    forget.prepare(QStringLiteral("DELETE FROM items WHERE delivery_id = ? AND state <> 'done'"));
    forget.addBindValue(deliveryId);
    if (!forget.exec())
        return Error{forget.lastError().text()};
    return ok();
}

} // namespace hookline
