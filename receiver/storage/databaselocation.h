#pragma once

#include "expected.h"
#include "storage/engine.h"

#include <QString>

namespace hookline {

// Where the data lives, as given to --db: a SQLite file (the default), or a PostgreSQL server
// for a team (`postgresql://user@host:port/dbname?sslmode=require`, or `service=NAME` from
// libpq's service file). Passwords are never accepted here: libpq reads them from its password
// file (~/.pgpass, PGPASSFILE), the service file or PGPASSWORD, so they stay out of process
// lists and shell history.
struct DatabaseLocation
{
    using Engine = hookline::Engine;

    Engine engine = Engine::Sqlite;
    QString path; // SQLite: the delivery log's file

    // PostgreSQL: empty fields are left to libpq (its environment variables and defaults).
    QString host;
    int port = -1;
    QString user;
    QString databaseName;
    QString connectOptions; // libpq keywords for QPSQL, "key=value;key=value" (sslmode, service)

    static Expected<DatabaseLocation> parse(const QString &text);
    static DatabaseLocation sqlite(const QString &path);

    bool isPostgres() const { return engine == Engine::Postgres; }
    // For messages and logs: the file, or the server without any secret.
    QString display() const;
};

} // namespace hookline
