#include "database.h"

#include "logging.h"
#include "storage/deliverylog.h"
#include "storage/projectionbinding.h"
#include "storage/schema.h"
#include "storage/sqldialect.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

namespace hookline {

namespace {

QAtomicInteger<quint64> connectionCounter;

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

// PostgreSQL's GREATEST and LEAST (NULLs ignored), so that one SQL text serves both engines.
void extreme(sqlite3_context *context, int count, sqlite3_value **values, bool greatest)
{
    sqlite3_value *best = nullptr;
    for (int i = 0; i < count; ++i) {
        if (sqlite3_value_type(values[i]) == SQLITE_NULL)
            continue;
        if (!best) {
            best = values[i];
            continue;
        }
        const bool integers = sqlite3_value_type(values[i]) == SQLITE_INTEGER &&
                              sqlite3_value_type(best) == SQLITE_INTEGER;
        const bool better =
            integers ? (greatest ? sqlite3_value_int64(values[i]) > sqlite3_value_int64(best)
                                 : sqlite3_value_int64(values[i]) < sqlite3_value_int64(best))
                     : (greatest ? sqlite3_value_double(values[i]) > sqlite3_value_double(best)
                                 : sqlite3_value_double(values[i]) < sqlite3_value_double(best));
        if (better)
            best = values[i];
    }
    if (best)
        sqlite3_result_value(context, best);
    else
        sqlite3_result_null(context);
}

bool addPostgresFunctions(QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    return sqlite3_create_function_v2(
               sqlite, "greatest", -1, flags, nullptr,
               [](sqlite3_context *c, int n, sqlite3_value **v) { extreme(c, n, v, true); },
               nullptr, nullptr, nullptr) == SQLITE_OK &&
           sqlite3_create_function_v2(
               sqlite, "least", -1, flags, nullptr,
               [](sqlite3_context *c, int n, sqlite3_value **v) { extreme(c, n, v, false); },
               nullptr, nullptr, nullptr) == SQLITE_OK;
}

// Once per process, before the first connection: SQLite's memory statistics (on by default)
// take one process-wide mutex around every allocation and free, which the writer, processing
// and the console's readers then queue on. Nothing here reads those statistics.
void configureSqliteOnce()
{
    static const bool configured = [] {
        const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        if (rc != SQLITE_OK)
            qCDebug(lcStorage) << "SQLite was already initialised; memory statistics stay on";
        return rc == SQLITE_OK;
    }();
    Q_UNUSED(configured);
}

void restrictToOwner(const QString &path)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

Database::Database(QSqlDatabase db, QString connectionName, QString path)
    : m_db(std::move(db))
    , m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::projectionsPathFor(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    if (suffix.isEmpty())
        return path + QStringLiteral(".projections");
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".projections.") + suffix);
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("hookline.sqlite"));
}

Expected<std::unique_ptr<Database>> Database::open(const DatabaseOptions &options,
                                                   const QString &connectionTag)
{
    if (options.server.isPostgres())
        return openPostgres(options, connectionTag);
    const QFileInfo info(options.path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QStringLiteral("cannot create the folder %1").arg(info.absolutePath())};

    const bool existed = info.exists();
    configureSqliteOnce();
    const QString projectionsPath = options.projectionsPath.isEmpty()
                                        ? projectionsPathFor(options.path)
                                        : options.projectionsPath;
    const bool projectionsExisted = QFileInfo::exists(projectionsPath);
    const QString name =
        QStringLiteral("hookline-%1-%2").arg(connectionTag).arg(++connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(options.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    std::unique_ptr<Database> database(new Database(db, name, info.absoluteFilePath()));
    db = QSqlDatabase(); // the Database holds the only handle: removeDatabase() must not warn
    if (!database->m_db.open())
        return Error{QStringLiteral("cannot open the database %1: %2")
                         .arg(options.path, database->m_db.lastError().text())};
    if (!existed)
        restrictToOwner(options.path);
    if (!addPostgresFunctions(database->m_db))
        return Error{
            QStringLiteral("cannot prepare the database %1: no SQLite handle").arg(options.path)};

    QString error;
    const QString synchronous =
        options.synchronousFull ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
    if (!exec(database->m_db, QStringLiteral("PRAGMA journal_mode=WAL"), &error) ||
        !exec(database->m_db, QStringLiteral("PRAGMA synchronous=") + synchronous, &error) ||
        !exec(database->m_db, QStringLiteral("PRAGMA foreign_keys=ON"), &error) ||
        // Read pages through a memory map and keep more of them: fewer read() calls.
        !exec(database->m_db, QStringLiteral("PRAGMA mmap_size=268435456"), &error) ||
        !exec(database->m_db, QStringLiteral("PRAGMA cache_size=-32768"), &error) ||
        // Statement and savepoint journals (one savepoint per processed item) in memory: in
        // temporary files they cost a write() per page an item touches again.
        !exec(database->m_db, QStringLiteral("PRAGMA temp_store=MEMORY"), &error) ||
        (!options.autoCheckpoint &&
         !exec(database->m_db, QStringLiteral("PRAGMA main.wal_autocheckpoint=0"), &error)))
        return Error{
            QStringLiteral("cannot configure the database %1: %2").arg(options.path, error)};

    {
        QSqlQuery attach(database->m_db);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS proj"));
        attach.addBindValue(projectionsPath);
        if (!attach.exec())
            return Error{QStringLiteral("cannot open the projections %1: %2")
                             .arg(projectionsPath, attach.lastError().text())};
    }
    database->m_projectionsPath = QFileInfo(projectionsPath).absoluteFilePath();
    if (!projectionsExisted)
        restrictToOwner(projectionsPath);
    // Projections can always be derived again from the log: no need to wait for the disk. A
    // connection that checkpoints (the setting is the connection's, for both files) does so every
    // 32 MiB of log, not every 4: processing's commits write the same pages (the ends of its
    // indexes) again and again, and a checkpoint copies each page once.
    if (!exec(database->m_db, QStringLiteral("PRAGMA proj.journal_mode=WAL"), &error) ||
        !exec(database->m_db, QStringLiteral("PRAGMA proj.synchronous=NORMAL"), &error) ||
        !exec(database->m_db, QStringLiteral("PRAGMA proj.mmap_size=268435456"), &error) ||
        !exec(database->m_db, QStringLiteral("PRAGMA proj.cache_size=-32768"), &error) ||
        (options.autoCheckpoint &&
         !exec(database->m_db, QStringLiteral("PRAGMA wal_autocheckpoint=8192"), &error)))
        return Error{
            QStringLiteral("cannot configure the projections %1: %2").arg(projectionsPath, error)};

    const Status migrated = Schema::migrate(database->m_db);
    if (!migrated)
        return Error{QStringLiteral("cannot prepare the database %1: %2")
                         .arg(options.path, migrated.error())};
    // The projections file may not belong to this log (one of the two deleted or restored).
    // A damaged projections file must not stop the log from opening: the integrity check
    // reports it, and a rebuild derives it again.
    if (const auto bound = ProjectionBinding::ensure(database->m_db); !bound)
        qCWarning(lcStorage).noquote()
            << "cannot check that the projections belong to this log:" << bound.error();
    // Each delivery's processing state, for this connection (a view across both files).
    if (!exec(database->m_db,
              QStringLiteral("CREATE TEMP VIEW IF NOT EXISTS ") +
                  DeliveryLog::statusView(Engine::Sqlite),
              &error))
        return Error{QStringLiteral("cannot prepare the database %1: %2").arg(options.path, error)};
    for (const QString &file : {options.path, projectionsPath}) {
        restrictToOwner(file + QStringLiteral("-wal"));
        restrictToOwner(file + QStringLiteral("-shm"));
    }
    qCDebug(lcStorage) << "opened" << name;
    return database;
}

qint64 Database::sizeBytes() const
{
    if (m_postgres) {
        QSqlQuery size(m_db);
        if (size.exec(QStringLiteral("SELECT pg_database_size(current_database())")) && size.next())
            return size.value(0).toLongLong();
        return 0;
    }
    qint64 bytes = 0;
    for (const QString &file : {m_path, m_projectionsPath})
        bytes += QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
    return bytes;
}

Expected<std::unique_ptr<Database>> Database::openPostgres(const DatabaseOptions &options,
                                                           const QString &connectionTag)
{
    const DatabaseLocation &server = options.server;
    const QString name =
        QStringLiteral("hookline-%1-%2").arg(connectionTag).arg(++connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        return Error{QStringLiteral("this Hookline has no PostgreSQL driver (install Qt's QPSQL "
                                    "plugin, e.g. libqt6sql6-psql)")};
    }
    // Empty fields stay unset so that libpq fills them from its environment and service file;
    // the password always comes from libpq (password file, service file or PGPASSWORD).
    if (!server.host.isEmpty())
        db.setHostName(server.host);
    if (server.port > 0)
        db.setPort(server.port);
    if (!server.user.isEmpty())
        db.setUserName(server.user);
    if (!server.databaseName.isEmpty())
        db.setDatabaseName(server.databaseName);
    db.setConnectOptions(server.connectOptions);
    std::unique_ptr<Database> database(new Database(db, name, server.display()));
    db = QSqlDatabase(); // the Database holds the only handle: removeDatabase() must not warn
    database->m_postgres = true;
    if (!database->m_db.open())
        return Error{QStringLiteral("cannot connect to %1: %2")
                         .arg(server.display(), database->m_db.lastError().text().trimmed())};

    QString error;
    // A commit is acknowledged only once it is durable on the server (and its synchronous
    // standbys); the log and the projections are found as in a SQLite file with the
    // projections attached.
    if (!exec(database->m_db, QStringLiteral("SET synchronous_commit = on"), &error) ||
        !exec(database->m_db, QStringLiteral("SET client_min_messages = warning"), &error) ||
        !exec(database->m_db, QStringLiteral("SET search_path = main, proj"), &error))
        return Error{QStringLiteral("cannot configure the connection to %1: %2")
                         .arg(server.display(), error)};
    const Status migrated = Schema::migrate(database->m_db);
    if (!migrated)
        return Error{QStringLiteral("cannot prepare the database %1: %2")
                         .arg(server.display(), migrated.error())};
    if (!exec(database->m_db,
              QStringLiteral("CREATE OR REPLACE TEMP VIEW ") +
                  DeliveryLog::statusView(Engine::Postgres),
              &error))
        return Error{
            QStringLiteral("cannot prepare the database %1: %2").arg(server.display(), error)};
    qCDebug(lcStorage) << "opened" << name << "on" << server.display();
    return database;
}

} // namespace hookline
