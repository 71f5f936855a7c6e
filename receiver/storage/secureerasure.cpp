#include "secureerasure.h"

#include "logging.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

Status SecureErasure::begin(QSqlDatabase &db)
{
    if (SqlDialect::of(db).isPostgres())
        return ok();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA main.secure_delete = ON")) ||
        !query.exec(QStringLiteral("PRAGMA proj.secure_delete = ON")))
        return Error{
            QStringLiteral("cannot turn on secure deletion: %1").arg(query.lastError().text())};
    return ok();
}

Expected<bool> SecureErasure::finish(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (SqlDialect::of(db).isPostgres()) {
        for (const char *table : {"main.deliveries", "main.rejections", "proj.messages",
                                  "proj.contacts", "proj.status_events", "proj.events"}) {
            if (!query.exec(QStringLiteral("VACUUM ") + QLatin1String(table)))
                qCWarning(lcStorage) << "cannot vacuum" << table << query.lastError().text();
        }
        return true;
    }
    for (const char *sql :
         {"INSERT INTO proj.message_search (message_search) VALUES ('optimize')",
          "INSERT INTO proj.contact_search (contact_search) VALUES ('optimize')"}) {
        if (!query.exec(QString::fromLatin1(sql)))
            return Error{
                QStringLiteral("cannot merge the search index: %1").arg(query.lastError().text())};
    }
    bool truncated = true;
    for (const char *schema : {"main", "proj"}) {
        if (!query.exec(
                QStringLiteral("PRAGMA %1.wal_checkpoint(TRUNCATE)").arg(QLatin1String(schema))) ||
            !query.next())
            return Error{
                QStringLiteral("cannot checkpoint the WAL: %1").arg(query.lastError().text())};
        if (query.value(0).toInt() != 0)
            truncated = false;
        query.finish();
    }
    query.exec(QStringLiteral("PRAGMA main.secure_delete = OFF"));
    query.exec(QStringLiteral("PRAGMA proj.secure_delete = OFF"));
    return truncated;
}

} // namespace hookline
