#pragma once

#include "expected.h"
#include "storage/databaselocation.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hookline {

struct DatabaseOptions
{
    QString path;                // the delivery log and configuration (SQLite)
    DatabaseLocation server;     // a PostgreSQL server instead, when server.isPostgres()
    QString projectionsPath;     // empty: beside path, see projectionsPathFor()
    bool synchronousFull = true; // synchronous=FULL: a commit survives power loss
    int busyTimeoutMs = 5000;
    // false: this connection never checkpoints the delivery log's WAL by itself (its commits
    // must not wait for a checkpoint's fsync); someone else calls checkpoint().
    bool autoCheckpoint = true;
};

// One connection, to a SQLite file or a PostgreSQL server, owned by the thread that opened it
// (Qt Sql connections never move between threads). Opening applies the engine's settings and
// brings the schema up to date.
class Database final
{
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // connectionTag names the connection for diagnostics; a unique suffix is added.
    static Expected<std::unique_ptr<Database>> open(const DatabaseOptions &options,
                                                    const QString &connectionTag);
    bool isPostgres() const { return m_postgres; }

    QSqlDatabase &handle() { return m_db; }
    const QString &path() const { return m_path; }
    const QString &projectionsPath() const { return m_projectionsPath; }
    // What the data takes: the SQLite files with their WALs, or the PostgreSQL database.
    qint64 sizeBytes() const;

    // The default database file in the user's data folder.
    static QString defaultPath();

    // The projections live in a file of their own beside the delivery log ("x.sqlite" ->
    // "x.projections.sqlite"), attached to every connection as schema "proj".
    static QString projectionsPathFor(const QString &path);

private:
    Database(QSqlDatabase db, QString connectionName, QString path);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_projectionsPath;
    bool m_postgres = false;

    static Expected<std::unique_ptr<Database>> openPostgres(const DatabaseOptions &options,
                                                            const QString &connectionTag);
};

} // namespace hookline
