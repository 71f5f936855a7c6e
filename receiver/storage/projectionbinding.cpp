#include "projectionbinding.h"

#include "logging.h"
#include "storage/schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hookline {

namespace {

QString scalarText(QSqlQuery &query, const QString &sql, bool *ok)
{
    *ok = query.exec(sql);
    if (!*ok || !query.next())
        return {};
    return query.value(0).toString();
}

} // namespace

Expected<ProjectionBinding::Outcome> ProjectionBinding::ensure(QSqlDatabase &db)
{
    QSqlQuery query(db);
    auto fail = [&](const QString &what) {
        const QString error = what + QStringLiteral(": ") + query.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Expected<Outcome>(Error{error});
    };
    // IMMEDIATE: two processes opening the same files at once check and reset one at a time.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QStringLiteral("cannot check the projections"));
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS main.log_identity (id INTEGER "
                                   "PRIMARY KEY CHECK (id = 1), token TEXT NOT NULL)")) ||
        !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS proj.log_binding (id INTEGER "
                                   "PRIMARY KEY CHECK (id = 1), token TEXT NOT NULL)")))
        return fail(QStringLiteral("cannot prepare the projections' binding"));

    bool ok = false;
    QString logToken =
        scalarText(query, QStringLiteral("SELECT token FROM main.log_identity"), &ok);
    if (!ok)
        return fail(QStringLiteral("cannot read the delivery log's identity"));
    if (logToken.isEmpty()) {
        logToken = QUuid::createUuid().toString(QUuid::WithoutBraces);
        query.prepare(QStringLiteral("INSERT INTO main.log_identity (id, token) VALUES (1, ?)"));
        query.addBindValue(logToken);
        if (!query.exec())
            return fail(QStringLiteral("cannot record the delivery log's identity"));
    }
    const QString boundToken =
        scalarText(query, QStringLiteral("SELECT token FROM proj.log_binding"), &ok);
    if (!ok)
        return fail(QStringLiteral("cannot read the projections' binding"));
    const QString cursor = scalarText(
        query, QStringLiteral("SELECT last_delivery_id FROM proj.processing_cursor"), &ok);
    if (!ok)
        return fail(QStringLiteral("cannot read the processing cursor"));
    const QString lastDelivery =
        scalarText(query, QStringLiteral("SELECT coalesce(max(id), 0) FROM main.deliveries"), &ok);
    if (!ok)
        return fail(QStringLiteral("cannot read the delivery log"));

    // A projections file from before bindings existed is adopted when its cursor fits the log.
    const bool otherLog = !boundToken.isEmpty() && boundToken != logToken;
    const bool aheadOfLog = cursor.toLongLong() > lastDelivery.toLongLong();
    const Outcome outcome = otherLog || aheadOfLog ? Outcome::Reset : Outcome::Bound;
    if (outcome == Outcome::Reset) {
        qCWarning(lcStorage).noquote()
            << (otherLog ? QStringLiteral("the projections were derived from another delivery "
                                          "log")
                         : QStringLiteral("the projections are ahead of the delivery log "
                                          "(cursor %1, last delivery %2)")
                               .arg(cursor, lastDelivery))
            << "- deriving them again from this log";
        // Everything in the file describes deliveries this log may not have: dead letters and
        // read markers go too, unlike in a rebuild of the same log.
        QStringList tables = Schema::projectionTables();
        tables << QStringLiteral("dead_letters") << QStringLiteral("read_markers");
        for (const QString &table : tables) {
            if (!query.exec(QStringLiteral("DELETE FROM proj.") + table))
                return fail(QStringLiteral("cannot empty %1").arg(table));
        }
        if (!query.exec(QStringLiteral("UPDATE proj.processing_cursor SET last_delivery_id = 0")))
            return fail(QStringLiteral("cannot reset the processing cursor"));
    }
    if (boundToken != logToken) {
        query.prepare(QStringLiteral("INSERT INTO proj.log_binding (id, token) VALUES (1, ?) "
                                     "ON CONFLICT (id) DO UPDATE SET token = excluded.token"));
        query.addBindValue(logToken);
        if (!query.exec())
            return fail(QStringLiteral("cannot bind the projections to the delivery log"));
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot commit the projections' binding"));
    return outcome;
}

} // namespace hookline
