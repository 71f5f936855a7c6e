#include "storage/configstore.h"
#include "storage/credentialsfile.h"
#include "storage/database.h"
#include "storage/schema.h"
#include "storage/searchdocument.h"
#include "storage/searchindexqueue.h"
#include "storage/secretstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hookline;

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void opensWithWalAndFullSync();
    void filesAreOwnerOnly();
    void sizeCountsBothFilesAndTheirLogs();
    void migrationIsIdempotent();
    void openingACurrentDatabaseWaitsForNoWriter();
    void refusesNewerSchema();
    void appsAndLinesRoundTrip();
    void rejectsBadConfiguration();
    void configVersionChangesWithConfiguration();
    void appsAndLinesCanBeChanged();
    void projectionsMigrateFromVersionOne();
    void projectionsMigrateFromVersionTwo();
    void projectionsMigrateFromVersionThree();
    void projectionsMigrateFromVersionFour();
    void projectionsMigrateFromVersionFive();
    void secretsLeaveTheDatabase();
    void secretsOfAnOlderDatabaseMoveOutAndAreWiped();
    void projectionsMigrateFromVersionSeven();
    void mainMigratesFromVersionSeven();
    void projectionsMigrateFromVersionNine();
    void searchQueueTriggersQueueOnceWithoutTemporaryTables();
    void contactNamesLeaveTheirIndexByRow();
};

namespace {

DatabaseOptions optionsIn(const QTemporaryDir &dir)
{
    DatabaseOptions options;
    options.path = dir.filePath(QStringLiteral("h.sqlite"));
    return options;
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.handle());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

// Undoes projections versions 10 to 12 (the search indexes' queue, the contacts' rows in theirs)
// on a current database: version 9's triggers indexed each row as it was written.
bool backToVersionNine(QSqlQuery &q)
{
    // The search documents as every version since 6 has written them.
#define DOCUMENT(row) HOOKLINE_SEARCH_DOCUMENT(row)
#define SEARCHABLE(row) HOOKLINE_LOOKED_FOR(row)
#define NAMES(row) HOOKLINE_CONTACT_NAMES(row)
    const char *const statements[] = {
        "DROP TRIGGER proj.messages_search_insert",
        "DROP TRIGGER proj.messages_search_delete",
        "DROP TRIGGER proj.messages_search_update",
        "DROP TRIGGER proj.contacts_search_insert",
        "DROP TRIGGER proj.contacts_search_update",
        "DROP TRIGGER proj.contacts_search_delete",
        "ALTER TABLE proj.contacts DROP COLUMN search_row",
        "DROP TABLE proj.message_search_queue",
        "DROP TABLE proj.contact_search_queue",
        "CREATE TRIGGER proj.messages_search_insert AFTER INSERT ON messages "
        "WHEN " SEARCHABLE("new") " BEGIN INSERT INTO message_search (rowid, document) "
                                  "VALUES (new.rowid, " DOCUMENT("new") "); END",
        "CREATE TRIGGER proj.messages_search_delete AFTER DELETE ON messages "
        "WHEN " SEARCHABLE("old") " BEGIN INSERT INTO message_search (message_search, "
                                  "rowid, document) VALUES"
                                  " ('delete', old.rowid, " DOCUMENT("old") "); END",
        "CREATE TRIGGER proj.messages_search_update AFTER UPDATE OF type, text, "
        "edited_text, "
        "content, revoked ON messages BEGIN INSERT INTO message_search (message_search, "
        "rowid, "
        "document) SELECT 'delete', old.rowid, " DOCUMENT("old") " WHERE " SEARCHABLE(
            "old") "; INSERT INTO message_search (rowid, document) SELECT "
                   "new.rowid, " DOCUMENT("new") " WHERE " SEARCHABLE("new") "; END",
        "CREATE TRIGGER proj.contacts_search_insert AFTER INSERT ON contacts BEGIN INSERT "
        "INTO"
        " contact_search (line, customer, names) VALUES (new.line, new.customer, " NAMES(
            "new") "); END",
        "CREATE TRIGGER proj.contacts_search_update AFTER UPDATE OF name, saved_name, "
        "username ON"
        " contacts WHEN " NAMES("old") " IS NOT " NAMES(
            "new") " BEGIN DELETE FROM contact_search WHERE line = old.line AND customer ="
                   " old.customer; INSERT INTO contact_search (line, customer, names) "
                   "VALUES"
                   " (new.line, new.customer, " NAMES("new") "); END",
        "CREATE TRIGGER proj.contacts_search_delete AFTER DELETE ON contacts BEGIN DELETE "
        "FROM"
        " contact_search WHERE line = old.line AND customer = old.customer; END",
        "PRAGMA proj.user_version = 9",
    };
#undef DOCUMENT
#undef SEARCHABLE
#undef NAMES
    for (const char *statement : statements) {
        if (!q.exec(QString::fromLatin1(statement))) {
            qWarning() << statement << q.lastError().text();
            return false;
        }
    }
    return true;
}

// Undoes projections version 9 (the index that finds inbound media) on a current database.
bool backToVersionEight(QSqlQuery &q)
{
    if (!backToVersionNine(q))
        return false;
    return q.exec(QStringLiteral("DROP INDEX proj.messages_media")) &&
           q.exec(QStringLiteral("PRAGMA proj.user_version = 8"));
}

// Undoes projections version 8 (statuses' callback data, conversations' service windows) on a
// current database.
bool backToVersionSeven(QSqlQuery &q)
{
    if (!backToVersionEight(q))
        return false;
    for (const char *sql :
         {"DROP INDEX proj.status_events_callback", "DROP INDEX proj.conversations_window",
          "ALTER TABLE proj.status_events DROP COLUMN callback_data",
          "ALTER TABLE proj.conversations DROP COLUMN window_ts",
          "ALTER TABLE proj.conversations DROP COLUMN entry_ts", "PRAGMA proj.user_version = 7"}) {
        if (!q.exec(QLatin1String(sql))) {
            qWarning() << sql << q.lastError().text();
            return false;
        }
    }
    return true;
}

// Undoes projections version 7 (indexes by delivery) on a current database.
bool backToVersionSix(QSqlQuery &q)
{
    if (!backToVersionSeven(q))
        return false;
    for (const char *index :
         {"messages_delivery", "status_events_delivery", "group_receipts_delivery",
          "events_delivery", "value_errors_delivery", "messages_group_sender",
          "messages_group_user", "group_receipts_participant"}) {
        if (!q.exec(QStringLiteral("DROP INDEX proj.") + QLatin1String(index))) {
            qWarning() << index << q.lastError().text();
            return false;
        }
    }
    return q.exec(QStringLiteral("DROP TABLE proj.item_copies")) &&
           q.exec(QStringLiteral("PRAGMA proj.user_version = 6"));
}

// Undoes projections version 6 (search) on a current database.
bool backToVersionFive(QSqlQuery &q)
{
    if (!backToVersionSix(q))
        return false;
    const char *const statements[] = {
        "DROP TRIGGER proj.messages_search_insert",
        "DROP TRIGGER proj.messages_search_delete",
        "DROP TRIGGER proj.messages_search_update",
        "DROP TRIGGER proj.contacts_search_insert",
        "DROP TRIGGER proj.contacts_search_update",
        "DROP TRIGGER proj.contacts_search_delete",
        "DROP TABLE proj.message_search",
        "DROP TABLE proj.contact_search",
        "PRAGMA proj.user_version = 5",
    };
    for (const char *statement : statements) {
        if (!q.exec(QString::fromLatin1(statement))) {
            qWarning() << statement << q.lastError().text();
            return false;
        }
    }
    return true;
}

// Undoes projections version 5 (Meta's 2025-2026 fields) on a current database.
bool backToVersionFour(QSqlQuery &q)
{
    if (!backToVersionFive(q))
        return false;
    const char *const statements[] = {
        "DROP TABLE proj.identities",
        "DROP TABLE proj.calls",
        "DROP TABLE proj.group_receipts",
        "DROP INDEX proj.events_conversation",
        "DROP INDEX proj.events_message",
        "DROP INDEX proj.events_time",
        "ALTER TABLE proj.events DROP COLUMN facts",
        "ALTER TABLE proj.events DROP COLUMN customer",
        "ALTER TABLE proj.events DROP COLUMN message_id",
        "ALTER TABLE proj.messages DROP COLUMN group_id",
        "ALTER TABLE proj.messages DROP COLUMN from_parent_user_id",
        "ALTER TABLE proj.messages DROP COLUMN request_origin",
        "ALTER TABLE proj.messages DROP COLUMN history_status",
        "ALTER TABLE proj.dead_letters DROP COLUMN subject",
        "DROP INDEX proj.status_events_received",
        "DROP INDEX proj.events_field",
        "DROP TABLE proj.contacts",
        "CREATE TABLE proj.contacts (line TEXT NOT NULL, customer TEXT NOT NULL, wa_id TEXT NOT "
        "NULL DEFAULT '', user_id TEXT, name TEXT, username TEXT, seen_ts INTEGER NOT NULL "
        "DEFAULT 0, PRIMARY KEY (line, customer)) WITHOUT ROWID",
        "PRAGMA proj.user_version = 4",
    };
    for (const char *statement : statements) {
        if (!q.exec(QString::fromLatin1(statement))) {
            qWarning() << statement << q.lastError().text();
            return false;
        }
    }
    return true;
}

// Reshapes a current database's projections as version 3 wrote them: messages, statuses and
// reactions keyed by id alone, no origin.
bool backToVersionThree(QSqlQuery &q)
{
    if (!backToVersionFour(q))
        return false;
    const char *const statements[] = {
        "DROP TABLE proj.messages",
        "CREATE TABLE proj.messages (wamid TEXT PRIMARY KEY, line TEXT NOT NULL, direction TEXT "
        "NOT NULL, type TEXT NOT NULL, customer TEXT NOT NULL DEFAULT '', from_id TEXT, "
        "from_user_id TEXT, to_id TEXT, timestamp INTEGER, text TEXT, content TEXT NOT NULL "
        "DEFAULT '{}', context TEXT, reply_to TEXT, forwarded INTEGER NOT NULL DEFAULT 0, "
        "frequently_forwarded INTEGER NOT NULL DEFAULT 0, referral TEXT, errors TEXT NOT NULL "
        "DEFAULT '[]', status TEXT, status_rank INTEGER NOT NULL DEFAULT 0, target TEXT, "
        "edited_text TEXT, edited_ts INTEGER, edited_by TEXT, revoked INTEGER NOT NULL DEFAULT "
        "0, delivery_id INTEGER, received_at_us INTEGER)",
        "CREATE INDEX proj.messages_conversation ON messages (line, customer, timestamp, wamid)",
        "CREATE INDEX proj.messages_target ON messages (target) WHERE target IS NOT NULL",
        "CREATE INDEX proj.messages_updates ON messages (target) WHERE type IN ('edit', "
        "'revoke')",
        "CREATE INDEX proj.messages_outbound ON messages (timestamp, wamid) WHERE direction = "
        "'outbound'",
        "DROP TABLE proj.status_events",
        "CREATE TABLE proj.status_events (wamid TEXT NOT NULL, status TEXT NOT NULL, timestamp "
        "INTEGER, received_at_us INTEGER, recipient TEXT, line TEXT, errors TEXT NOT NULL "
        "DEFAULT '[]', conversation TEXT, pricing TEXT, delivery_id INTEGER, PRIMARY KEY (wamid, "
        "status)) WITHOUT ROWID",
        "DROP TABLE proj.reactions",
        "CREATE TABLE proj.reactions (target TEXT NOT NULL, reactor TEXT NOT NULL, line TEXT NOT "
        "NULL, emoji TEXT, reaction_id TEXT NOT NULL, timestamp INTEGER NOT NULL, PRIMARY KEY "
        "(target, reactor)) WITHOUT ROWID",
        "CREATE INDEX proj.reactions_recent ON reactions (timestamp)",
        "ALTER TABLE proj.events DROP COLUMN origin",
        "PRAGMA proj.user_version = 3",
    };
    for (const char *statement : statements) {
        if (!q.exec(QString::fromLatin1(statement))) {
            qWarning() << statement;
            return false;
        }
    }
    return true;
}

} // namespace

void TestStorage::opensWithWalAndFullSync()
{
    QTemporaryDir dir;
    auto db = Database::open(optionsIn(dir), QStringLiteral("t"));
    QVERIFY2(db, qPrintable(db ? QString() : db.error()));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
    // The projections: derived data, so NORMAL. A connection checkpoints every 32 MiB of log,
    // unless it leaves checkpoints to another (the delivery writer, readers).
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA proj.journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA proj.synchronous")).toInt(), 1);
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 8192);
    DatabaseOptions leaves = optionsIn(dir);
    leaves.autoCheckpoint = false;
    auto writer = Database::open(leaves, QStringLiteral("w"));
    QVERIFY2(writer, qPrintable(writer ? QString() : writer.error()));
    QCOMPARE(scalar(**writer, QStringLiteral("PRAGMA wal_autocheckpoint")).toInt(), 0);
}

void TestStorage::sizeCountsBothFilesAndTheirLogs()
{
    QTemporaryDir dir;
    auto db = Database::open(optionsIn(dir), QStringLiteral("t"));
    QVERIFY(db);
    const QString main = optionsIn(dir).path;
    const QString projections = Database::projectionsPathFor(main);
    auto onDisk = [&] {
        qint64 bytes = 0;
        const QStringList files = {main, main + QStringLiteral("-wal"), projections,
                                   projections + QStringLiteral("-wal")};
        for (const QString &file : files)
            bytes += QFileInfo(file).size();
        return bytes;
    };
    QCOMPARE((*db)->sizeBytes(), onDisk());
    const qint64 before = (*db)->sizeBytes();
    QSqlQuery query((*db)->handle());
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE main.filler (b BLOB)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO main.filler VALUES (randomblob(200000))")));
    QVERIFY((*db)->sizeBytes() >= before + 200'000);
    QCOMPARE((*db)->sizeBytes(), onDisk());
}

void TestStorage::filesAreOwnerOnly()
{
    QTemporaryDir dir;
    auto db = Database::open(optionsIn(dir), QStringLiteral("t"));
    QVERIFY(db);
    const auto expected = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const QString main = optionsIn(dir).path;
    const QString projections = Database::projectionsPathFor(main);
    QCOMPARE(projections, dir.filePath(QStringLiteral("h.projections.sqlite")));
    const QStringList paths = {
        main,        main + QStringLiteral("-wal"),        main + QStringLiteral("-shm"),
        projections, projections + QStringLiteral("-wal"), projections + QStringLiteral("-shm")};
    for (const QString &path : paths) {
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 expected);
    }
}

void TestStorage::migrationIsIdempotent()
{
    QTemporaryDir dir;
    {
        auto db = Database::open(optionsIn(dir), QStringLiteral("t"));
        QVERIFY(db);
    }
    auto again = Database::open(optionsIn(dir), QStringLiteral("t"));
    QVERIFY2(again, qPrintable(again ? QString() : again.error()));
    QCOMPARE(scalar(**again, QStringLiteral("SELECT count(*) FROM meta")).toInt(), 1);
}

void TestStorage::openingACurrentDatabaseWaitsForNoWriter()
{
    // Processing holds a long write transaction on both files; a command, or another thread of
    // serve, opens a connection meanwhile.
    QTemporaryDir dir;
    auto processing = Database::open(optionsIn(dir), QStringLiteral("processing"));
    QVERIFY2(processing, processing ? "" : qPrintable(processing.error()));
    QSqlQuery batch((*processing)->handle());
    QVERIFY(batch.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(batch.exec(QStringLiteral("DELETE FROM proj.items")));
    DatabaseOptions quick = optionsIn(dir);
    quick.busyTimeoutMs = 100;
    // The binding's check would only warn when it cannot take the lock.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("cannot check that the projections")));
    auto command = Database::open(quick, QStringLiteral("command"));
    QVERIFY2(command, command ? "" : qPrintable(command.error()));
    QVERIFY(batch.exec(QStringLiteral("COMMIT")));
}

void TestStorage::refusesNewerSchema()
{
    QTemporaryDir dir;
    {
        auto db = Database::open(optionsIn(dir), QStringLiteral("t"));
        QVERIFY(db);
        QSqlQuery((*db)->handle()).exec(QStringLiteral("PRAGMA user_version = 999"));
    }
    auto newer = Database::open(optionsIn(dir), QStringLiteral("t"));
    QVERIFY(!newer);
    QVERIFY2(newer.error().endsWith(
                 QStringLiteral(": the database's delivery log and settings have schema version "
                                "999, newer than this Hookline's (%1); use a newer Hookline")
                     .arg(Schema::CurrentVersion)),
             qPrintable(newer.error()));
    // The projections have a version of their own: the message names theirs, not the log's.
    {
        QTemporaryDir other;
        {
            auto db = Database::open(optionsIn(other), QStringLiteral("t"));
            QVERIFY(db);
            QSqlQuery((*db)->handle()).exec(QStringLiteral("PRAGMA proj.user_version = 99"));
        }
        auto projections = Database::open(optionsIn(other), QStringLiteral("t"));
        QVERIFY(!projections);
        QVERIFY2(projections.error().endsWith(
                     QStringLiteral(": the database's projections have schema version 99, newer "
                                    "than this Hookline's (%1); use a newer Hookline")
                         .arg(Schema::CurrentProjectionsVersion)),
                 qPrintable(projections.error()));
    }
}

void TestStorage::appsAndLinesRoundTrip()
{
    QTemporaryDir dir;
    auto db = Database::open(optionsIn(dir), QStringLiteral("t"));
    QVERIFY(db);
    ConfigStore store((*db)->handle());
    QVERIFY(store.addApp({QStringLiteral("a1"), QStringLiteral("App one"), "sec", "tok"}));
    QVERIFY(store.addLine({QStringLiteral("123"), QStringLiteral("999"), QStringLiteral("Support"),
                           QStringLiteral("+1 555"), QStringLiteral("a1"), true}));
    QVERIFY(store.addLine({QStringLiteral("124"), {}, {}, {}, QStringLiteral("a1"), false}));
    const auto directory = store.load();
    QVERIFY(directory);
    QCOMPARE(directory->apps().size(), 1);
    QCOMPARE(directory->apps().first().secret, QByteArray("sec"));
    QCOMPARE(directory->apps().first().verifyToken, QByteArray("tok"));
    QCOMPARE(directory->lines().size(), 2);
    const LineRecord *line = directory->line(QStringLiteral("123"));
    QVERIFY(line);
    QCOMPARE(line->wabaId, QStringLiteral("999"));
    QCOMPARE(line->label, QStringLiteral("Support"));
    QCOMPARE(line->appId, QStringLiteral("a1"));
    QVERIFY(line->active);
    QVERIFY(!directory->line(QStringLiteral("124"))->active);
    QVERIFY(directory->appForVerifyToken("tok"));
    QVERIFY(!directory->appForVerifyToken("to"));
    QVERIFY(!directory->appForVerifyToken(""));
}

void TestStorage::rejectsBadConfiguration()
{
    QTemporaryDir dir;
    auto db = Database::open(optionsIn(dir), QStringLiteral("t"));
    QVERIFY(db);
    ConfigStore store((*db)->handle());
    QVERIFY(!store.addApp({QStringLiteral("a1"), {}, "", "tok"}));
    QVERIFY(!store.addApp({QStringLiteral("a1"), {}, "sec", ""}));
    QVERIFY(!store.addApp({QStringLiteral("bad id"), {}, "sec", "tok"}));
    QVERIFY(store.addApp({QStringLiteral("a1"), {}, "sec", "tok"}));
    const Status duplicate = store.addApp({QStringLiteral("a1"), {}, "sec", "tok"});
    QVERIFY(!duplicate);
    QVERIFY2(duplicate.error().contains(QStringLiteral("already exists")),
             qPrintable(duplicate.error()));
    const Status orphan =
        store.addLine({QStringLiteral("1"), {}, {}, {}, QStringLiteral("nope"), true});
    QVERIFY(!orphan);
    QVERIFY2(orphan.error().contains(QStringLiteral("no app")), qPrintable(orphan.error()));
}

void TestStorage::configVersionChangesWithConfiguration()
{
    QTemporaryDir dir;
    auto db = Database::open(optionsIn(dir), QStringLiteral("t"));
    QVERIFY(db);
    ConfigStore store((*db)->handle());
    const qint64 before = *store.configVersion();
    QVERIFY(store.addApp({QStringLiteral("a1"), {}, "sec", "tok"}));
    const qint64 afterApp = *store.configVersion();
    QVERIFY(afterApp > before);
    QVERIFY(store.addLine({QStringLiteral("1"), {}, {}, {}, QStringLiteral("a1"), true}));
    QVERIFY(*store.configVersion() > afterApp);
}

void TestStorage::appsAndLinesCanBeChanged()
{
    QTemporaryDir dir;
    auto db = Database::open(optionsIn(dir), QStringLiteral("t"));
    QVERIFY(db);
    ConfigStore store((*db)->handle());
    QVERIFY(store.addApp({QStringLiteral("a1"), QStringLiteral("One"), "sec", "tok"}));
    QVERIFY(store.addApp({QStringLiteral("a2"), QStringLiteral("Two"), "sec2", "tok2"}));
    QVERIFY(store.addLine(
        {QStringLiteral("123"), {}, QStringLiteral("Support"), {}, QStringLiteral("a1"), true}));
    const qint64 before = *store.configVersion();

    // An empty secret or token keeps the stored one.
    QVERIFY(store.updateApp({QStringLiteral("a1"), QStringLiteral("Renamed"), {}, "tok-new"}));
    QVERIFY(store.updateLine({QStringLiteral("123"), QStringLiteral("w"), QStringLiteral("Help"),
                              QStringLiteral("+1 555"), QStringLiteral("a2"), false}));
    QVERIFY(*store.configVersion() > before);
    const auto directory = store.load();
    QVERIFY(directory);
    QCOMPARE(directory->app(QStringLiteral("a1"))->label, QStringLiteral("Renamed"));
    QCOMPARE(directory->app(QStringLiteral("a1"))->secret, QByteArray("sec"));
    QCOMPARE(directory->app(QStringLiteral("a1"))->verifyToken, QByteArray("tok-new"));
    const LineRecord *line = directory->line(QStringLiteral("123"));
    QCOMPARE(line->label, QStringLiteral("Help"));
    QCOMPARE(line->appId, QStringLiteral("a2"));
    QVERIFY(!line->active);

    QVERIFY(!store.updateApp({QStringLiteral("nope"), {}, {}, {}}));
    QVERIFY(!store.updateLine({QStringLiteral("999"), {}, {}, {}, QStringLiteral("a1"), true}));
    QVERIFY(!store.updateLine({QStringLiteral("123"), {}, {}, {}, QStringLiteral("nope"), true}));
}

void TestStorage::projectionsMigrateFromVersionOne()
{
    QTemporaryDir dir;
    const DatabaseOptions options = optionsIn(dir);
    {
        auto db = Database::open(options, QStringLiteral("t"));
        QVERIFY(db);
        // Back to version 1 of the projections: no conversation summaries, one message.
        QSqlQuery q((*db)->handle());
        QVERIFY(backToVersionThree(q));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE proj.conversations")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE proj.read_markers")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE proj.attempts")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX proj.messages_outbound")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX proj.reactions_recent")));
        QVERIFY(q.exec(QStringLiteral("DROP INDEX proj.messages_conversation")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE INDEX proj.messages_conversation ON messages (line, customer, timestamp)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.messages (wamid, line, direction, type, customer, timestamp) "
            "VALUES ('w1', 'L', 'inbound', 'text', 'c', 10), "
            "('w2', 'L', 'outbound', 'text', 'c', 20), ('w3', 'L', 'inbound', 'reaction', 'c', "
            "30), "
            "('w4', 'L', 'inbound', 'text', 'd', 5)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.status_events (wamid, status, timestamp, recipient, line) "
            "VALUES ('w5', 'read', 25, 'd', 'L')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA proj.user_version = 1")));
    }
    auto db = Database::open(options, QStringLiteral("t"));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA proj.user_version")).toInt(),
             Schema::CurrentProjectionsVersion);
    // The summaries are backfilled from the messages and statuses (a reaction is not a bubble of
    // its own).
    QCOMPARE(scalar(**db, QStringLiteral("SELECT group_concat(customer || ':' || last_ts || '/' || "
                                         "last_wamid || '/' || last_inbound_ts, ' ') FROM (SELECT "
                                         "* FROM proj.conversations ORDER BY customer)"))
                 .toString(),
             QStringLiteral("c:20/w2/10 d:25/w5/5"));
}

void TestStorage::projectionsMigrateFromVersionTwo()
{
    QTemporaryDir dir;
    const DatabaseOptions options = optionsIn(dir);
    {
        auto db = Database::open(options, QStringLiteral("t"));
        QVERIFY(db);
        QSqlQuery q((*db)->handle());
        QVERIFY(backToVersionThree(q));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE proj.attempts")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO proj.conversations (line, customer, last_ts, last_wamid) "
                           "VALUES ('L', 'c', 5, 'w')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA proj.user_version = 2")));
    }
    auto db = Database::open(options, QStringLiteral("t"));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA proj.user_version")).toInt(),
             Schema::CurrentProjectionsVersion);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.attempts")).toInt(), 0);
    // What version 2 held is kept.
    QCOMPARE(scalar(**db, QStringLiteral("SELECT last_wamid FROM proj.conversations")).toString(),
             QStringLiteral("w"));
}

void TestStorage::projectionsMigrateFromVersionThree()
{
    QTemporaryDir dir;
    const DatabaseOptions options = optionsIn(dir);
    {
        auto db = Database::open(options, QStringLiteral("t"));
        QVERIFY(db);
        QSqlQuery q((*db)->handle());
        QVERIFY(backToVersionThree(q));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.messages (wamid, line, direction, type, customer, timestamp, text) "
            "VALUES ('w1', 'L', 'inbound', 'text', 'c', 10, 'hi')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.status_events (wamid, status, timestamp, recipient, line) "
            "VALUES ('w2', 'read', 25, 'c', 'L')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO proj.reactions (target, reactor, line, emoji, "
                                      "reaction_id, timestamp) VALUES ('w1', 'c', 'L', 'x', "
                                      "'w3', 30)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.items (key, delivery_id, kind, line, state, updated_at_us) VALUES "
            "('m:w1', 1, 'message', 'L', 'done', 0), ('s:w2:read', 1, 'status', 'L', 'done', 0), "
            "('v:waba:h:1', 1, 'event', NULL, 'done', 0)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO proj.attempts (item_key, attempt, delivery_id, "
                                      "at_us, outcome) VALUES ('m:w1', 1, 1, 0, 'retrying')")));
        // What an operator replayed (delivery 2) goes to the replay namespace.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO main.deliveries (id, received_at_us, source, route, verdict, size, "
            "sha256, body) VALUES (2, 0, 'replay', 'replay', 'replay', 0, '', X'')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.messages (wamid, line, direction, type, customer, timestamp, "
            "delivery_id) VALUES ('w9', 'L', 'inbound', 'text', 'c', 11, 2)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.items (key, delivery_id, kind, line, state, updated_at_us) VALUES "
            "('m:w9', 2, 'message', 'L', 'done', 0)")));
    }
    auto db = Database::open(options, QStringLiteral("t"));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA proj.user_version")).toInt(),
             Schema::CurrentProjectionsVersion);
    // Rows kept, from Meta; dedupe keys gain their line.
    QCOMPARE(
        scalar(**db, QStringLiteral("SELECT text || '/' || origin FROM proj.messages WHERE wamid "
                                    "= 'w1'"))
            .toString(),
        QStringLiteral("hi/meta"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT group_concat(key, ' ') FROM (SELECT key FROM "
                                         "proj.items ORDER BY key)"))
                 .toString(),
             QStringLiteral("m:L:w1 r/m:L:w9 s:L:w2:read v:waba:h:1"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT group_concat(wamid || '=' || origin, ' ') FROM "
                                         "(SELECT * FROM proj.messages ORDER BY wamid)"))
                 .toString(),
             QStringLiteral("w1=meta w9=replay"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT item_key FROM proj.attempts")).toString(),
             QStringLiteral("m:L:w1"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT line || '/' || origin FROM proj.status_events"))
                 .toString(),
             QStringLiteral("L/meta"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT emoji FROM proj.reactions")).toString(),
             QStringLiteral("x"));
    // The same id on another line is another message.
    QSqlQuery q((*db)->handle());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO proj.messages (wamid, line, direction, type) VALUES ('w1', 'M', 'inbound', "
        "'text')")));
}

void TestStorage::projectionsMigrateFromVersionFour()
{
    QTemporaryDir dir;
    const DatabaseOptions options = optionsIn(dir);
    {
        auto db = Database::open(options, QStringLiteral("t"));
        QVERIFY(db);
        QSqlQuery q((*db)->handle());
        QVERIFY(backToVersionFour(q));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.contacts (line, customer, wa_id, user_id, name) VALUES "
            "('L', 'c', 'c', 'US.1', 'Ana'), ('L', 'SE.2', '', 'SE.2', 'Gus')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.messages (wamid, line, direction, type, customer, timestamp) "
            "VALUES ('w1', 'L', 'inbound', 'text', 'c', 10)")));
    }
    auto db = Database::open(options, QStringLiteral("t"));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA proj.user_version")).toInt(),
             Schema::CurrentProjectionsVersion);
    // Contacts kept; every id they knew leads to their conversation.
    QCOMPARE(scalar(**db, QStringLiteral("SELECT group_concat(customer || '=' || wa_id || '/' || "
                                         "kind, ' ') FROM (SELECT * FROM proj.contacts ORDER BY "
                                         "customer)"))
                 .toString(),
             QStringLiteral("SE.2=/person c=c/person"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT group_concat(id || '>' || customer, ' ') FROM "
                                         "(SELECT * FROM proj.identities ORDER BY id)"))
                 .toString(),
             QStringLiteral("SE.2>SE.2 US.1>c c>c"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.messages WHERE group_id IS "
                                         "NULL AND history_status IS NULL"))
                 .toInt(),
             1);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.calls")).toInt(), 0);
}

void TestStorage::secretsLeaveTheDatabase()
{
    QTemporaryDir dir;
    const DatabaseOptions options = optionsIn(dir);
    auto db = Database::open(options, QStringLiteral("t"));
    QVERIFY(db);
    ConfigStore store((*db)->handle());
    QVERIFY(store.addApp({QStringLiteral("a1"), QStringLiteral("A"), "app-secret-1", "token-1"}));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT length(secret) + length(verify_token) FROM apps"))
                 .toInt(),
             0);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT length(secret_fingerprint) FROM apps")).toInt(),
             8);
    QCOMPARE(store.secrets().file().path(), options.path + QStringLiteral(".secrets"));
    QFile file(store.secrets().file().path());
    QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto loaded = store.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->app(QStringLiteral("a1"))->secret, QByteArray("app-secret-1"));
    QCOMPARE(loaded->app(QStringLiteral("a1"))->verifyToken, QByteArray("token-1"));
    QCOMPARE(loaded->secretStore(), QStringLiteral("file"));
    QCOMPARE(loaded->secretFile(), file.fileName());
    QCOMPARE(loaded->secretPlace(QStringLiteral("a1")), QStringLiteral("file"));
    // A new secret replaces the old one; the token is kept; the fingerprint follows.
    const QString before =
        scalar(**db, QStringLiteral("SELECT secret_fingerprint FROM apps")).toString();
    QVERIFY(store.updateApp({QStringLiteral("a1"), QStringLiteral("A"), "app-secret-2", {}}));
    QVERIFY(scalar(**db, QStringLiteral("SELECT secret_fingerprint FROM apps")).toString() !=
            before);
    loaded = store.load();
    QCOMPARE(loaded->app(QStringLiteral("a1"))->secret, QByteArray("app-secret-2"));
    QCOMPARE(loaded->app(QStringLiteral("a1"))->verifyToken, QByteArray("token-1"));
    // Without the file, the app has no secret (and so verifies nothing).
    QVERIFY(QFile::remove(file.fileName()));
    loaded = store.load();
    QVERIFY(loaded->app(QStringLiteral("a1"))->secret.isEmpty());
}

void TestStorage::secretsOfAnOlderDatabaseMoveOutAndAreWiped()
{
    QTemporaryDir dir;
    const DatabaseOptions options = optionsIn(dir);
    const QByteArray secret = "old-plain-secret-7f3a9c";
    const QByteArray token = "old-plain-token-51bd";
    {
        auto db = Database::open(options, QStringLiteral("t"));
        QVERIFY(db);
        // Version 2 kept them in the apps table.
        QSqlQuery q((*db)->handle());
        // (and had no alerts: version 4; nor erasures: version 6; nor sends: 7; nor media: 9)
        QVERIFY(q.exec(QStringLiteral("DROP TABLE media")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE sends")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE templates")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE erasures")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE alerts")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE alert_posts")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE apps DROP COLUMN secret_fingerprint")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE apps DROP COLUMN token_fingerprint")));
        q.prepare(QStringLiteral("INSERT INTO apps (app_id, label, secret, verify_token, "
                                 "created_at_us) VALUES ('old', '', ?, ?, 0)"));
        q.addBindValue(secret);
        q.addBindValue(token);
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
    }
    {
        auto db = Database::open(options, QStringLiteral("t"));
        QVERIFY2(db, db ? "" : qPrintable(db.error()));
        QCOMPARE(scalar(**db, QStringLiteral("PRAGMA user_version")).toInt(),
                 Schema::CurrentVersion);
        auto loaded = ConfigStore((*db)->handle()).load();
        QVERIFY(loaded);
        QCOMPARE(loaded->app(QStringLiteral("old"))->secret, secret);
        QCOMPARE(loaded->app(QStringLiteral("old"))->verifyToken, token);
        QCOMPARE(
            scalar(**db, QStringLiteral("SELECT length(secret) + length(verify_token) FROM apps"))
                .toInt(),
            0);
    }
    // Not a byte of them is left in any file of the database.
    for (const QString &path : QDir(dir.path()).entryList(QDir::Files)) {
        if (path.endsWith(QLatin1String(".secrets")))
            continue;
        QFile file(dir.filePath(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(secret) && !bytes.contains(token), qPrintable(path));
    }
}

void TestStorage::projectionsMigrateFromVersionNine()
{
    QTemporaryDir dir;
    const DatabaseOptions options = optionsIn(dir);
    {
        auto db = Database::open(options, QStringLiteral("t"));
        QVERIFY(db);
        QSqlQuery q((*db)->handle());
        QVERIFY(backToVersionNine(q));
        // Indexed as they were written, by version 9's triggers.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.messages (wamid, line, direction, type, customer, timestamp, text) "
            "VALUES ('w1', 'L', 'inbound', 'text', 'c', 100, 'antigua palabra')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.contacts (line, customer, name) VALUES ('L', 'c', 'Vieja Amiga')")));
        // Known only from a status: version 9 indexed both as empty documents.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.messages (wamid, line, direction, type, customer, timestamp) "
            "VALUES ('s1', 'L', 'outbound', 'unknown', 'd', 50)")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.contacts (line, customer, seen_ts) VALUES ('L', 'd', 50)")));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.message_search")),
                 QVariant(2));
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.contact_search")),
                 QVariant(2));
    }
    auto db = Database::open(options, QStringLiteral("t"));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA proj.user_version")).toInt(),
             Schema::CurrentProjectionsVersion);
    auto found = [&](const char *match) {
        return scalar(**db, QStringLiteral("SELECT group_concat(rowid) FROM proj.message_search "
                                           "WHERE message_search MATCH '%1'")
                                .arg(QLatin1String(match)))
            .toString();
    };
    auto names = [&](const char *match) {
        return scalar(**db, QStringLiteral("SELECT group_concat(names) FROM proj.contact_search "
                                           "WHERE contact_search MATCH '%1'")
                                .arg(QLatin1String(match)))
            .toString();
    };
    QCOMPARE(found("antigua"), QStringLiteral("1"));
    QCOMPARE(names("vieja"), QStringLiteral("Vieja Amiga  "));
    // Version 12: what has no words left the indexes; the named contact knows its row.
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.message_search")), QVariant(1));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT group_concat(customer) FROM proj.contact_search")),
             QVariant(QStringLiteral("c")));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT group_concat(customer || '=' || "
                                         "coalesce(search_row, 'none')) FROM proj.contacts")),
             QVariant(QStringLiteral("c=1,d=none")));
    // From now on a written row waits in the queue; a change to an indexed row takes its old
    // words out at once.
    QSqlQuery q((*db)->handle());
    QVERIFY(q.exec(QStringLiteral("UPDATE proj.messages SET text = 'nueva' WHERE wamid = 'w1'")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO proj.messages (wamid, line, direction, type, customer, timestamp, text) "
        "VALUES ('w2', 'L', 'inbound', 'text', 'c', 200, 'otra nueva')")));
    QVERIFY(q.exec(
        QStringLiteral("UPDATE proj.contacts SET name = 'Nueva Amiga' WHERE customer = 'c'")));
    QCOMPARE(found("antigua"), QString());
    QCOMPARE(found("nueva"), QString());
    QCOMPARE(names("amiga"), QString());
    QCOMPARE(scalar(**db, QStringLiteral("SELECT group_concat(message) FROM "
                                         "proj.message_search_queue"))
                 .toString(),
             QStringLiteral("1,3"));
    SearchIndexQueue queue;
    QVERIFY(queue.prepare((*db)->handle()));
    QVERIFY(queue.flush());
    QCOMPARE(found("nueva"), QStringLiteral("1,3"));
    QCOMPARE(found("antigua"), QString());
    QCOMPARE(names("amiga"), QStringLiteral("Nueva Amiga  "));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.message_search_queue")),
             QVariant(0));
    // Gone before its turn: nothing of it reaches the index; gone after: its words go.
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO proj.messages (wamid, line, direction, type, customer, timestamp, text) "
        "VALUES ('w3', 'L', 'inbound', 'text', 'c', 300, 'efimera')")));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM proj.messages WHERE wamid IN ('w2', 'w3')")));
    QVERIFY(queue.flush());
    QCOMPARE(found("nueva"), QStringLiteral("1"));
    QCOMPARE(found("efimera"), QString());
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO proj.message_search (message_search, rank) VALUES ('integrity-check', 0)")));
    QVERIFY(q.exec(QStringLiteral(
        "INSERT INTO proj.contact_search (contact_search) VALUES ('integrity-check')")));
    queue.release();
}

void TestStorage::searchQueueTriggersQueueOnceWithoutTemporaryTables()
{
    QTemporaryDir dir;
    auto db = Database::open(optionsIn(dir), QStringLiteral("t"));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    QSqlQuery q((*db)->handle());
    // As processing writes them: a status's message first, then the message itself, an upsert
    // whose update runs the triggers under ABORT (which would override an OR IGNORE).
    const QString message = QStringLiteral(
        "INSERT INTO proj.messages (wamid, line, direction, type, customer, timestamp, text) "
        "VALUES ('w1', 'L', 'outbound', ?, 'c', 100, ?) ON CONFLICT (line, wamid) DO UPDATE SET "
        "type = excluded.type, text = excluded.text");
    const QString contact = QStringLiteral(
        "INSERT INTO proj.contacts (line, customer, name, seen_ts) VALUES ('L', "
        "'c', ?, 1) ON CONFLICT (line, customer) DO UPDATE SET name = excluded.name");
    for (const auto &[type, text] :
         {std::pair{"unknown", QVariant()}, {"text", QVariant(QStringLiteral("hola amigo"))}}) {
        QVERIFY(q.prepare(message));
        q.addBindValue(QLatin1String(type));
        q.addBindValue(text);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    for (const char *name : {"Ana", "Ana Maria"}) {
        QVERIFY(q.prepare(contact));
        q.addBindValue(QLatin1String(name));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.message_search_queue")),
             QVariant(1));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.contact_search_queue")),
             QVariant(1));
    SearchIndexQueue queue;
    QVERIFY(queue.prepare((*db)->handle()));
    QVERIFY(queue.flush());
    queue.release();
    QCOMPARE(scalar(**db, QStringLiteral("SELECT rowid FROM proj.message_search WHERE "
                                         "message_search MATCH 'amigo'")),
             QVariant(1));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT names FROM proj.contact_search WHERE "
                                         "contact_search MATCH 'maria'")),
             QVariant(QStringLiteral("Ana Maria  ")));

    // What the triggers cost: none that runs for every new row builds a temporary table or index
    // (for an INSERT ... SELECT into a table the program read before, or an IN list of three).
    // EXPLAIN lists each trigger's program after the statement's own, from a line naming the
    // trigger. A change of a message's words (messages_search_update) keeps one: it must look in
    // the queue before it queues, in one program.
    const QString statements[] = {
        message, contact,
        QStringLiteral("UPDATE proj.messages SET revoked = 1 WHERE line = 'L' AND wamid = 'w1'"),
        QStringLiteral("DELETE FROM proj.messages WHERE line = 'L'"),
        QStringLiteral("DELETE FROM proj.contacts WHERE line = 'L'")};
    for (const QString &statement : statements) {
        QSqlQuery explain((*db)->handle());
        QVERIFY(explain.prepare(QStringLiteral("EXPLAIN ") + statement));
        for (int i = 0; i < statement.count(u'?'); ++i)
            explain.addBindValue(QVariant());
        QVERIFY2(explain.exec(), qPrintable(explain.lastError().text()));
        QString trigger;
        int programs = 0;
        while (explain.next()) {
            const QString p4 = explain.value(5).toString();
            if (p4.startsWith(QLatin1String("-- TRIGGER"))) {
                trigger = p4.endsWith(QLatin1String("messages_search_update")) ? QString() : p4;
                ++programs;
            }
            const QString opcode = explain.value(1).toString();
            QVERIFY2(trigger.isEmpty() || (opcode != QLatin1String("OpenEphemeral") &&
                                           opcode != QLatin1String("OpenAutoindex")),
                     qPrintable(trigger + QStringLiteral(": ") + opcode));
        }
        QVERIFY2(programs > 0, qPrintable(statement));
    }
}

void TestStorage::contactNamesLeaveTheirIndexByRow()
{
    QTemporaryDir dir;
    auto db = Database::open(optionsIn(dir), QStringLiteral("t"));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    QSqlQuery q((*db)->handle());
    SearchIndexQueue queue;
    QVERIFY(queue.prepare((*db)->handle()));
    auto run = [&](const QString &sql) {
        if (!q.exec(sql))
            qWarning() << sql << q.lastError().text();
        return q.lastError().text();
    };
    auto names = [&](const char *match) {
        return scalar(**db, QStringLiteral("SELECT group_concat(customer, ' ') FROM (SELECT "
                                           "customer FROM proj.contact_search WHERE "
                                           "contact_search MATCH '%1' ORDER BY customer)")
                                .arg(QLatin1String(match)))
            .toString();
    };
    // A contact known from a status has no names: nothing is queued or indexed for it.
    QCOMPARE(run(QStringLiteral("INSERT INTO proj.contacts (line, customer, seen_ts) VALUES "
                                "('L', 'nameless', 1)")),
             QString());
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.contact_search_queue")),
             QVariant(0));
    QCOMPARE(run(QStringLiteral("INSERT INTO proj.contacts (line, customer, name) VALUES ('L', "
                                "'ana', 'Ana Lima'), ('L', 'bea', 'Bea Lima'), ('L', 'caio', "
                                "'Caio Lima')")),
             QString());
    QVERIFY(queue.flush());
    QCOMPARE(names("lima"), QStringLiteral("ana bea caio"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.contact_search")), QVariant(3));
    // Named at last (the customer answers): the new names wait for the flush.
    QCOMPARE(run(QStringLiteral("UPDATE proj.contacts SET name = 'Dora Lima' WHERE customer = "
                                "'nameless'")),
             QString());
    QVERIFY(queue.flush());
    QCOMPARE(names("dora"), QStringLiteral("nameless"));
    // A new name: the old one leaves the index at once, the new one comes with the flush.
    QCOMPARE(run(QStringLiteral("UPDATE proj.contacts SET name = 'Ana Souza' WHERE customer = "
                                "'ana'")),
             QString());
    QCOMPARE(names("lima"), QStringLiteral("bea caio nameless"));
    QVERIFY(queue.flush());
    QCOMPARE(names("souza"), QStringLiteral("ana"));
    // The last row's contact loses its names; a new contact then gets the same row number. The
    // first one's deletion must not take the second one's names with it.
    const QVariant last = scalar(**db, QStringLiteral("SELECT max(search_row) FROM proj.contacts"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT customer FROM proj.contacts WHERE search_row = "
                                         "%1")
                              .arg(last.toLongLong())),
             QVariant(QStringLiteral("ana")));
    QCOMPARE(run(QStringLiteral("UPDATE proj.contacts SET name = NULL WHERE customer = 'ana'")),
             QString());
    QVERIFY(scalar(**db, QStringLiteral("SELECT search_row FROM proj.contacts WHERE customer = "
                                        "'ana'"))
                .isNull());
    QCOMPARE(run(QStringLiteral("INSERT INTO proj.contacts (line, customer, name) VALUES ('L', "
                                "'eva', 'Eva Souza')")),
             QString());
    QVERIFY(queue.flush());
    QCOMPARE(scalar(**db, QStringLiteral("SELECT search_row FROM proj.contacts WHERE customer = "
                                         "'eva'")),
             last);
    QCOMPARE(run(QStringLiteral("DELETE FROM proj.contacts WHERE customer IN ('ana', 'bea')")),
             QString());
    QCOMPARE(names("souza"), QStringLiteral("eva"));
    QCOMPARE(names("lima"), QStringLiteral("caio nameless"));
    QCOMPARE(run(QStringLiteral(
                 "INSERT INTO proj.contact_search (contact_search) VALUES ('integrity-check')")),
             QString());
    queue.release();

    // Neither a change of names nor a deletion reads the whole index: every look into it in
    // their triggers' programs (EXPLAIN lists them after the statement's own) is by rowid.
    for (const char *statement : {"UPDATE proj.contacts SET name = 'Caio Melo' WHERE line = 'L' "
                                  "AND customer = 'caio'",
                                  "DELETE FROM proj.contacts WHERE line = 'L' AND customer = "
                                  "'caio'"}) {
        QSqlQuery explain((*db)->handle());
        QVERIFY2(explain.exec(QStringLiteral("EXPLAIN ") + QLatin1String(statement)),
                 qPrintable(explain.lastError().text()));
        int lookups = 0;
        while (explain.next()) {
            if (explain.value(1).toString() != QLatin1String("VFilter"))
                continue;
            ++lookups;
            QCOMPARE(explain.value(5).toString(), QStringLiteral("=")); // FTS5's rowid lookup
        }
        QVERIFY2(lookups > 0, statement);
    }
}

QTEST_GUILESS_MAIN(TestStorage)
void TestStorage::projectionsMigrateFromVersionFive()
{
    QTemporaryDir dir;
    const DatabaseOptions options = optionsIn(dir);
    {
        auto db = Database::open(options, QStringLiteral("t"));
        QVERIFY(db);
        QSqlQuery q((*db)->handle());
        QVERIFY(backToVersionFive(q));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.contacts (line, customer, wa_id, name) VALUES ('L', 'c', 'c', "
            "'Inês')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.messages (wamid, line, direction, type, customer, timestamp, text) "
            "VALUES ('w1', 'L', 'inbound', 'text', 'c', 10, 'Canción'), ('w2', 'L', 'inbound', "
            "'reaction', 'c', 11, 'Canción')")));
    }
    auto db = Database::open(options, QStringLiteral("t"));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA proj.user_version")).toInt(),
             Schema::CurrentProjectionsVersion);
    // What was there before is indexed: the message (not the reaction) and the contact.
    QCOMPARE(scalar(**db, QStringLiteral("SELECT group_concat(m.wamid) FROM proj.message_search s "
                                         "JOIN proj.messages m ON m.rowid = s.rowid WHERE "
                                         "message_search MATCH 'cancion'"))
                 .toString(),
             QStringLiteral("w1"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT customer FROM proj.contact_search WHERE "
                                         "contact_search MATCH 'ines'"))
                 .toString(),
             QStringLiteral("c"));
}

void TestStorage::projectionsMigrateFromVersionSeven()
{
    QTemporaryDir dir;
    const DatabaseOptions options = optionsIn(dir);
    {
        auto db = Database::open(options, QStringLiteral("t"));
        QVERIFY(db);
        QSqlQuery q((*db)->handle());
        QVERIFY(backToVersionSeven(q));
        // The customer wrote at 100 (from an ad) and 200; a replay at 300, a group at 400.
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO proj.messages (wamid, line, direction, type, customer, timestamp, "
            "referral, origin, group_id) VALUES ('w1', 'L', 'inbound', 'text', 'c', 100, "
            "'{\"source_type\":\"ad\"}', 'meta', NULL), ('w2', 'L', 'inbound', 'text', 'c', 200, "
            "NULL, 'meta', NULL), ('w3', 'L', 'inbound', 'text', 'c', 300, NULL, 'replay', NULL), "
            "('w4', 'L', 'inbound', 'reaction', 'c', 350, NULL, 'meta', NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO proj.conversations (line, customer, last_ts, "
                                      "last_wamid, last_inbound_ts) VALUES ('L', 'c', 300, "
                                      "'w3', 300)")));
    }
    auto db = Database::open(options, QStringLiteral("t"));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA proj.user_version")).toInt(),
             Schema::CurrentProjectionsVersion);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT window_ts || '/' || entry_ts FROM "
                                         "proj.conversations"))
                 .toString(),
             QStringLiteral("200/100"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.status_events WHERE "
                                         "callback_data IS NULL"))
                 .toInt(),
             0); // The media messages are found by an index again.
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM proj.sqlite_master WHERE name = "
                                         "'messages_media'"))
                 .toInt(),
             1);
}

void TestStorage::mainMigratesFromVersionSeven()
{
    QTemporaryDir dir;
    const DatabaseOptions options = optionsIn(dir);
    {
        auto db = Database::open(options, QStringLiteral("t"));
        QVERIFY(db);
        QSqlQuery q((*db)->handle());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE media")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE templates")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE sends DROP COLUMN text")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO sends (at_us, operator, line, recipient, kind, "
                                      "request, state, updated_at_us) VALUES (1, 'a', 'L', 'c', "
                                      "'text', '{}', 'accepted', 1)")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
    }
    auto db = Database::open(options, QStringLiteral("t"));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    QCOMPARE(scalar(**db, QStringLiteral("PRAGMA user_version")).toInt(), Schema::CurrentVersion);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT '[' || text || ']' FROM sends")).toString(),
             QStringLiteral("[]"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM templates")).toInt(), 0);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM media")).toInt(), 0);
}

#include "tst_storage.moc"
