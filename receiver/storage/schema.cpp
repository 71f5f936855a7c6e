#include "schema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hookline {

namespace {

// Version 1: configuration, the delivery log, rejections and dead letters.
const char *const migration1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT INTO meta (key, value) VALUES ('config_version', '0')",
    "CREATE TABLE apps ("
    " app_id TEXT PRIMARY KEY,"
    " label TEXT NOT NULL DEFAULT '',"
    " secret BLOB NOT NULL,"
    " verify_token BLOB NOT NULL,"
    " created_at_us INTEGER NOT NULL)",
    "CREATE TABLE lines ("
    " phone_number_id TEXT PRIMARY KEY,"
    " waba_id TEXT NOT NULL DEFAULT '',"
    " label TEXT NOT NULL DEFAULT '',"
    " display TEXT NOT NULL DEFAULT '',"
    " app_id TEXT NOT NULL REFERENCES apps (app_id),"
    " active INTEGER NOT NULL DEFAULT 1,"
    " created_at_us INTEGER NOT NULL)",
    // Any change to apps or lines bumps config_version, so running receivers reload.
    "CREATE TRIGGER apps_ins AFTER INSERT ON apps BEGIN UPDATE meta SET value = value + 1"
    " WHERE key = 'config_version'; END",
    "CREATE TRIGGER apps_upd AFTER UPDATE ON apps BEGIN UPDATE meta SET value = value + 1"
    " WHERE key = 'config_version'; END",
    "CREATE TRIGGER apps_del AFTER DELETE ON apps BEGIN UPDATE meta SET value = value + 1"
    " WHERE key = 'config_version'; END",
    "CREATE TRIGGER lines_ins AFTER INSERT ON lines BEGIN UPDATE meta SET value = value + 1"
    " WHERE key = 'config_version'; END",
    "CREATE TRIGGER lines_upd AFTER UPDATE ON lines BEGIN UPDATE meta SET value = value + 1"
    " WHERE key = 'config_version'; END",
    "CREATE TRIGGER lines_del AFTER DELETE ON lines BEGIN UPDATE meta SET value = value + 1"
    " WHERE key = 'config_version'; END",
    "CREATE TABLE deliveries ("
    " id INTEGER PRIMARY KEY,"
    " received_at_us INTEGER NOT NULL,"
    " source TEXT NOT NULL," // meta | replay
    " route TEXT NOT NULL,"  // the request path
    " route_line TEXT,"      // phone_number_id of /webhook/<line>, else NULL
    " app_id TEXT,"          // the app whose secret verified the body
    " peer TEXT NOT NULL DEFAULT '',"
    " headers TEXT NOT NULL DEFAULT '{}',"
    " verdict TEXT NOT NULL,"          // verified | replay
    " flags TEXT NOT NULL DEFAULT ''," // comma-separated: invalid_json, ...
    " lines TEXT NOT NULL DEFAULT ''," // comma-separated routable lines
    " size INTEGER NOT NULL,"
    " sha256 TEXT NOT NULL,"
    " state TEXT NOT NULL DEFAULT 'pending'," // pending | processed
    " body BLOB NOT NULL)",
    "CREATE INDEX deliveries_pending ON deliveries (id) WHERE state = 'pending'",
    "CREATE TABLE dead_letters ("
    " id INTEGER PRIMARY KEY,"
    " delivery_id INTEGER NOT NULL REFERENCES deliveries (id),"
    " reason TEXT NOT NULL,"
    " line TEXT,"
    " entry_index INTEGER,"
    " change_index INTEGER,"
    " detail TEXT NOT NULL DEFAULT '',"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT,"
    " state TEXT NOT NULL DEFAULT 'dead'," // dead | retried | discarded
    " created_at_us INTEGER NOT NULL)",
    "CREATE INDEX dead_letters_delivery ON dead_letters (delivery_id)",
    "CREATE TABLE rejections ("
    " id INTEGER PRIMARY KEY,"
    " at_us INTEGER NOT NULL,"
    " peer TEXT NOT NULL,"
    " method TEXT NOT NULL,"
    " route TEXT NOT NULL,"
    " reason TEXT NOT NULL,"
    " status INTEGER NOT NULL,"
    " size INTEGER NOT NULL,"
    " body_sha256 TEXT)",
};

int userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

template <std::size_t N> bool apply(QSqlQuery &query, const char *const (&statements)[N])
{
    for (const char *statement : statements) {
        if (!query.exec(QString::fromLatin1(statement)))
            return false;
    }
    return true;
}

} // namespace

Status Schema::migrate(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // IMMEDIATE takes the write lock first, so two processes opening a new file at once
    // cannot both create the schema.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{QStringLiteral("cannot lock the database: %1").arg(query.lastError().text())};
    auto fail = [&](const QString &what) {
        const QString error = what + QStringLiteral(": ") + query.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Status(Error{error});
    };

    const int version = userVersion(db);
    if (version < 0)
        return fail(QStringLiteral("cannot read the schema version"));
    if (version > CurrentVersion) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("the database has schema version %1, newer than this Hookline "
                                    "(%2); use a newer Hookline")
                         .arg(version)
                         .arg(CurrentVersion)};
    }
    if (version < 1 && !apply(query, migration1))
        return fail(QStringLiteral("migration to version 1 failed"));
    if (version < CurrentVersion &&
        !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion)))
        return fail(QStringLiteral("cannot record the schema version"));
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot commit the schema"));
    return ok();
}

} // namespace hookline
