#include "projectionbinding.h"

#include "logging.h"
#include "storage/schema.h"
#include "storage/sqldialect.h"

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
    // Bound already, and not ahead of the log: one read says so, without the write lock a
    // connection opened during processing's batch would wait for. (Before the tables exist, or
    // when anything is off, the read fails or says no, and the full check below runs.)
    if (query.exec(QStringLiteral(
            "SELECT (SELECT token FROM main.log_identity WHERE id = 1) = (SELECT token FROM "
            "proj.log_binding WHERE id = 1) AND (SELECT last_delivery_id FROM "
            "proj.processing_cursor) <= (SELECT coalesce(max(id), 0) FROM main.deliveries)")) &&
        query.next() && query.value(0).toInt() == 1) {
        query.finish();
        return Outcome::Bound;
    }
    query.finish();
    auto fail = [&](const QString &what) {
        const QString error = what + QStringLiteral(": ") + query.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Expected<Outcome>(Error{error});
    };
    // IMMEDIATE: two processes opening the same files at once check and reset one at a time.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(QStringLiteral("cannot check the projections"));
    // One row each, id 1. (No CHECK (id = 1): SQLite 3.40's integrity_check across attached
    // files then reports the projections' own CHECK as failed.)
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS main.log_identity (id INTEGER "
                                   "PRIMARY KEY, token TEXT NOT NULL)")) ||
        !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS proj.log_binding (id INTEGER "
                                   "PRIMARY KEY, token TEXT NOT NULL)")))
        return fail(QStringLiteral("cannot prepare the projections' binding"));

    bool ok = false;
    QString logToken =
        scalarText(query, QStringLiteral("SELECT token FROM main.log_identity WHERE id = 1"), &ok);
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
        scalarText(query, QStringLiteral("SELECT token FROM proj.log_binding WHERE id = 1"), &ok);
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

    // A projections file from before bindings existed is adopted when it fits the log: its
    // cursor is not past the log's end, and its messages came from this log's deliveries (a
    // log that replaced the old one and has grown past its cursor fails this check).
    bool otherLog = !boundToken.isEmpty() && boundToken != logToken;
    if (boundToken.isEmpty()) {
        const QString foreign = scalarText(
            query,
            QStringLiteral("SELECT 1 FROM proj.messages m LEFT JOIN main.deliveries d ON d.id = "
                           "m.delivery_id WHERE m.delivery_id IS NOT NULL AND (d.id IS NULL OR "
                           "d.received_at_us <> m.received_at_us) LIMIT 1"),
            &ok);
        if (!ok)
            return fail(QStringLiteral("cannot compare the projections with the log"));
        otherLog = !foreign.isEmpty();
    }
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
        QStringList statements;
        for (const QString &table :
             Schema::projectionTables(SqlDialect(SqlDialect::Engine::Sqlite)))
            statements << QStringLiteral("DELETE FROM proj.") + table;
        if (otherLog) {
            // Everything in the file is about another log's deliveries.
            statements << QStringLiteral("DELETE FROM proj.dead_letters")
                       << QStringLiteral("DELETE FROM proj.read_markers");
        } else {
            // The same log, restored to an earlier point: the operator's dead letters (and what
            // was discarded) stay, as in a rebuild, except those of deliveries it no longer has.
            statements << QStringLiteral("DELETE FROM proj.dead_letters WHERE delivery_id > ") +
                              QString::number(lastDelivery.toLongLong());
        }
        statements << QStringLiteral("UPDATE proj.processing_cursor SET last_delivery_id = 0");
        for (const QString &statement : std::as_const(statements)) {
            if (!query.exec(statement))
                return fail(QStringLiteral("cannot reset the projections"));
        }
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
