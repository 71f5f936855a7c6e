// The storage layer on a real PostgreSQL server (tests/pg/test-server.sh starts one for
// ./test.sh; HOOKLINE_TEST_PG names it, the password comes from libpq's password file). Each
// test gets a database of its own, dropped afterwards.

#include "fixtures.h"
#include "httpclient.h"
#include "processing/deliveryprocessor.h"
#include "processing/deliverytrail.h"
#include "processing/replayinjector.h"
#include "receiver.h"
#include "storage/configstore.h"
#include "storage/database.h"
#include "storage/databaselocation.h"
#include "storage/deliverylog.h"
#include "storage/schema.h"
#include "testsigner.h"
#include "testworld.h"

#include <QElapsedTimer>
#include <QMultiMap>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace hookline;

namespace {

QVariant scalar(Database &db, const QString &sql)
{
    return test::TestWorld::scalar(db, sql);
}

} // namespace

class TestPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void schemaIsCreatedInMainAndProj();
    void reopeningMigratesNothing();
    void appsAndLinesRoundTripAndBumpTheConfigVersion();
    void concurrentFirstOpensCreateTheSchemaOnce();
    void deliveryStatusViewWorks();
    void unreachableServerGetsAClearError();
    void twoReceiversStoreEveryDeliveryOnce();
    void deliveriesCommittedOutOfIdOrderAreAllProcessed();
    void oneProcessorAtATimeAndAStandbyTakesOver();
    void aClosedProcessorHandsItsTurnOverAtOnce();

private:
    DatabaseOptions options() const;

    DatabaseLocation m_admin;
    QString m_database;
    std::unique_ptr<Database> m_adminDb;
};

void TestPostgres::initTestCase()
{
    const QByteArray url = qgetenv("HOOKLINE_TEST_PG");
    if (url.isEmpty())
        QFAIL("HOOKLINE_TEST_PG is not set: run the tests through ./test.sh, or start a server "
              "with tests/pg/test-server.sh start DIR and eval what it prints");
    auto admin = DatabaseLocation::parse(QString::fromUtf8(url));
    QVERIFY(admin);
    QVERIFY(admin->isPostgres());
    m_admin = *admin;
}

DatabaseOptions TestPostgres::options() const
{
    DatabaseOptions options;
    options.server = m_admin;
    options.server.databaseName = m_database;
    return options;
}

void TestPostgres::init()
{
    // A plain connection to the server's maintenance database creates the test's own.
    QSqlDatabase admin =
        QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
    admin.setHostName(m_admin.host);
    if (m_admin.port > 0)
        admin.setPort(m_admin.port);
    admin.setUserName(m_admin.user);
    admin.setDatabaseName(m_admin.databaseName);
    QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
    m_database = QStringLiteral("hookline_test_%1").arg(QRandomGenerator::global()->generate());
    QSqlQuery query(admin);
    QVERIFY2(query.exec(QStringLiteral("CREATE DATABASE %1").arg(m_database)),
             qPrintable(query.lastError().text()));
}

void TestPostgres::cleanup()
{
    {
        QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("admin"));
        QSqlQuery(admin).exec(
            QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

void TestPostgres::schemaIsCreatedInMainAndProj()
{
    auto db = Database::open(options(), QStringLiteral("pg-schema"));
    QVERIFY2(db, qPrintable(db ? QString() : db.error()));
    QVERIFY((*db)->isPostgres());
    QSqlQuery query((*db)->handle());
    QVERIFY(query.exec(QStringLiteral("SELECT table_schema || '.' || table_name FROM "
                                      "information_schema.tables WHERE table_schema IN ('main', "
                                      "'proj') AND table_type = 'BASE TABLE'")));
    QStringList tables;
    while (query.next())
        tables.append(query.value(0).toString());
    for (const char *expected :
         {"main.meta", "main.apps", "main.lines", "main.deliveries", "main.rejections",
          "main.schema_version", "main.operator_actions", "proj.items", "proj.messages",
          "proj.status_events", "proj.dead_letters", "proj.conversations", "proj.attempts",
          "proj.read_markers"})
        QVERIFY2(tables.contains(QLatin1String(expected)), expected);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT version FROM main.schema_version WHERE part = "
                                         "'main'"))
                 .toInt(),
             Schema::CurrentVersion);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT version FROM main.schema_version WHERE part = "
                                         "'proj'"))
                 .toInt(),
             Schema::CurrentProjectionsVersion);
    // 64-bit times and ids, byte strings for bodies and secrets.
    QCOMPARE(scalar(**db, QStringLiteral("SELECT data_type FROM information_schema.columns WHERE "
                                         "table_schema = 'main' AND table_name = 'deliveries' AND "
                                         "column_name = 'received_at_us'"))
                 .toString(),
             QStringLiteral("bigint"));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT data_type FROM information_schema.columns WHERE "
                                         "table_schema = 'main' AND table_name = 'deliveries' AND "
                                         "column_name = 'body'"))
                 .toString(),
             QStringLiteral("bytea"));
}

void TestPostgres::reopeningMigratesNothing()
{
    {
        auto first = Database::open(options(), QStringLiteral("pg-first"));
        QVERIFY2(first, qPrintable(first ? QString() : first.error()));
        ConfigStore store((*first)->handle());
        QVERIFY(store.addApp({QStringLiteral("northwind"), {}, "secret", "token"}));
    }
    auto again = Database::open(options(), QStringLiteral("pg-again"));
    QVERIFY2(again, qPrintable(again ? QString() : again.error()));
    QCOMPARE(scalar(**again, QStringLiteral("SELECT count(*) FROM apps")).toInt(), 1);
}

void TestPostgres::appsAndLinesRoundTripAndBumpTheConfigVersion()
{
    auto db = Database::open(options(), QStringLiteral("pg-config"));
    QVERIFY2(db, qPrintable(db ? QString() : db.error()));
    ConfigStore store((*db)->handle());
    const auto before = store.configVersion();
    QVERIFY2(before, qPrintable(before ? QString() : before.error()));
    const QByteArray secret("s\0e\xff"
                            "cret",
                            8); // any bytes survive
    const Status added =
        store.addApp({QStringLiteral("northwind"), QStringLiteral("Northwind"), secret, "token"});
    QVERIFY2(added, qPrintable(added ? QString() : added.error()));
    const Status line = store.addLine({QStringLiteral("106540352242922"),
                                       QStringLiteral("102290129340398"),
                                       QStringLiteral("Support"),
                                       {},
                                       QStringLiteral("northwind"),
                                       true});
    QVERIFY2(line, qPrintable(line ? QString() : line.error()));
    QVERIFY(!store.addLine(
        {QStringLiteral("107711223344556"), {}, {}, {}, QStringLiteral("nobody"), true}));
    const auto directory = store.load();
    QVERIFY2(directory, qPrintable(directory ? QString() : directory.error()));
    QCOMPARE(directory->apps().size(), 1);
    QCOMPARE(directory->apps().at(0).secret, secret);
    QCOMPARE(directory->apps().at(0).label, QStringLiteral("Northwind"));
    QCOMPARE(directory->lines().size(), 1);
    QCOMPARE(directory->lines().at(0).appId, QStringLiteral("northwind"));
    QVERIFY(store.updateApp({QStringLiteral("northwind"), QStringLiteral("Renamed"), {}, {}}));
    const auto renamed = store.load();
    QVERIFY(renamed);
    QCOMPARE(renamed->apps().at(0).label, QStringLiteral("Renamed"));
    QCOMPARE(renamed->apps().at(0).secret, secret); // kept: none given
    const auto after = store.configVersion();
    QVERIFY(after);
    QVERIFY2(*after >= *before + 2,
             qPrintable(QStringLiteral("%1 -> %2").arg(*before).arg(*after)));
}

void TestPostgres::concurrentFirstOpensCreateTheSchemaOnce()
{
    // Several receivers starting at once on a new database: one creates the schema, the others
    // wait for its lock and find it done.
    const DatabaseOptions shared = options();
    std::atomic<int> opened = 0;
    QList<QThread *> threads;
    QStringList errors;
    QMutex mutex;
    for (int i = 0; i < 4; ++i) {
        threads.append(QThread::create([&, i] {
            auto db = Database::open(shared, QStringLiteral("pg-race-%1").arg(i));
            if (db) {
                ++opened;
            } else {
                QMutexLocker lock(&mutex);
                errors.append(db.error());
            }
        }));
    }
    for (QThread *thread : threads)
        thread->start();
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(60'000));
        delete thread;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(opened.load(), 4);
}

void TestPostgres::deliveryStatusViewWorks()
{
    auto db = Database::open(options(), QStringLiteral("pg-view"));
    QVERIFY2(db, qPrintable(db ? QString() : db.error()));
    QSqlQuery query((*db)->handle());
    QVERIFY2(query.exec(QStringLiteral(
                 "INSERT INTO deliveries (received_at_us, source, route, verdict, size, sha256, "
                 "body) VALUES (1, 'meta', '/webhook', 'verified', 2, 'x', '\\x7b7d')")),
             qPrintable(query.lastError().text()));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT state FROM delivery_status")).toString(),
             QStringLiteral("pending"));
    // Queued by the insert itself; processed once it leaves the queue.
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM main.processing_queue")).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM main.processing_queue")));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT state FROM delivery_status")).toString(),
             QStringLiteral("processed"));
}

void TestPostgres::unreachableServerGetsAClearError()
{
    DatabaseOptions options;
    auto location =
        DatabaseLocation::parse(QStringLiteral("postgresql://hookline@127.0.0.1:1/nowhere?"
                                               "connect_timeout=2"));
    QVERIFY(location);
    options.server = *location;
    auto db = Database::open(options, QStringLiteral("pg-unreachable"));
    QVERIFY(!db);
    QVERIFY2(db.error().startsWith(
                 QLatin1String("cannot connect to postgresql://hookline@127.0.0.1:1/nowhere")),
             qPrintable(db.error()));
}

void TestPostgres::twoReceiversStoreEveryDeliveryOnce()
{
    // Two receivers behind a load balancer, on one database: every fixture posted to each, all
    // acknowledged only once committed, every delivery stored with its exact bytes and an id
    // of its own.
    {
        auto db = Database::open(options(), QStringLiteral("pg-seed"));
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        ConfigStore store((*db)->handle());
        QVERIFY(store.addApp({QStringLiteral("northwind"), {}, test::northwindSecret, "t1"}));
        QVERIFY(store.addApp({QStringLiteral("lumen"), {}, test::lumenSecret, "t2"}));
        QVERIFY(store.addLine({QStringLiteral("106540352242922"),
                               QStringLiteral("102290129340398"),
                               {},
                               {},
                               QStringLiteral("northwind"),
                               true}));
    }
    ReceiverOptions receiverOptions;
    receiverOptions.port = 0;
    receiverOptions.database = options();
    Receiver first(receiverOptions);
    Receiver second(receiverOptions);
    const auto firstPort = first.start();
    QVERIFY2(firstPort, qPrintable(firstPort ? QString() : firstPort.error()));
    const auto secondPort = second.start();
    QVERIFY2(secondPort, qPrintable(secondPort ? QString() : secondPort.error()));

    test::HttpClient client;
    QList<QByteArray> bodies;
    int posted = 0;
    for (const QString &name : test::Fixtures::bodies()) {
        const QByteArray body = test::Fixtures::read(name);
        for (quint16 port : {*firstPort, *secondPort}) {
            const test::HttpReply reply =
                client.post(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(port)), body,
                            {{"X-Hub-Signature-256", test::sign(test::northwindSecret, body)}});
            QVERIFY2(reply.status == 200 || reply.status == 401,
                     qPrintable(QStringLiteral("%1: %2").arg(name).arg(reply.status)));
            if (reply.status == 200) {
                bodies.append(body);
                ++posted;
            }
        }
    }
    QVERIFY(posted > 40);
    first.stop();
    second.stop();

    auto db = Database::open(options(), QStringLiteral("pg-check"));
    QVERIFY2(db, qPrintable(db ? QString() : db.error()));
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM deliveries")).toInt(), posted);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(DISTINCT id) FROM deliveries")).toInt(),
             posted);
    QSqlQuery query((*db)->handle());
    QVERIFY(query.exec(QStringLiteral("SELECT body FROM deliveries ORDER BY id")));
    QMultiMap<QByteArray, int> stored;
    while (query.next())
        stored.insert(query.value(0).toByteArray(), 1);
    for (const QByteArray &body : std::as_const(bodies))
        QVERIFY2(stored.contains(body), body.left(80).constData());
}

namespace {

Status seedNorthwind(Database &db)
{
    ConfigStore store(db.handle());
    if (Status s = store.addApp({QStringLiteral("northwind"), {}, test::northwindSecret, "t1"}); !s)
        return s;
    return store.addLine({QStringLiteral("106540352242922"),
                          QStringLiteral("102290129340398"),
                          {},
                          {},
                          QStringLiteral("northwind"),
                          true});
}

qint64 injectFixture(Database &db, const QString &name)
{
    const auto id = ReplayInjector(db.handle()).inject(test::Fixtures::read(name), name);
    return id ? *id : -1;
}

} // namespace

void TestPostgres::deliveriesCommittedOutOfIdOrderAreAllProcessed()
{
    // Two receivers: the first takes id N but commits after the second's N+1 has been
    // processed. A cursor ("all ids up to N+1 are done") would skip N for ever; the queue does
    // not.
    auto seed = Database::open(options(), QStringLiteral("pg-order-seed"));
    QVERIFY2(seed, qPrintable(seed ? QString() : seed.error()));
    QVERIFY(seedNorthwind(**seed));
    auto late = Database::open(options(), QStringLiteral("pg-order-late"));
    QVERIFY(late);
    QVERIFY((*late)->handle().transaction());
    const qint64 first = injectFixture(**late, QStringLiteral("text_message.json"));
    const qint64 second = injectFixture(**seed, QStringLiteral("audio_voice_note.json"));
    QVERIFY2(first > 0 && second > first,
             qPrintable(QStringLiteral("%1 %2").arg(first).arg(second)));

    ProcessorOptions processing;
    processing.database = options();
    DeliveryProcessor processor(processing);
    QVERIFY(processor.open());
    auto batch = processor.processAll();
    QVERIFY2(batch, qPrintable(batch ? QString() : batch.error()));
    QCOMPARE(batch->deliveries, 1);
    QVERIFY((*late)->handle().commit());
    // The cursor is past the late one now, and it is still queued: every reader says pending
    // (the console's log, its inspector's trail and backlog read the same rule as the CLI).
    const DeliveryLog log((*seed)->handle());
    const auto stored = log.find(first);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error()));
    QCOMPARE(stored->state, QStringLiteral("pending"));
    const auto waiting = log.backlog();
    QVERIFY2(waiting, qPrintable(waiting ? QString() : waiting.error()));
    QCOMPARE(*waiting, 1);
    const auto trail = DeliveryTrail::build((*seed)->handle(), first);
    QVERIFY(trail && !trail->isEmpty());
    QCOMPARE(trail->constLast().detail, QStringLiteral("processing: pending"));
    batch = processor.processAll();
    QVERIFY(batch);
    QCOMPARE(batch->deliveries, 1);
    QCOMPARE(scalar(**seed, QStringLiteral("SELECT count(*) FROM delivery_status WHERE state <> "
                                           "'processed'"))
                 .toInt(),
             0);
    QCOMPARE(scalar(**seed, QStringLiteral("SELECT count(*) FROM messages")).toInt(), 2);
    const auto processed = log.find(first);
    QVERIFY(processed);
    QCOMPARE(processed->state, QStringLiteral("processed"));
    const auto none = log.backlog();
    QVERIFY(none);
    QCOMPARE(*none, 0);
}

void TestPostgres::oneProcessorAtATimeAndAStandbyTakesOver()
{
    auto db = Database::open(options(), QStringLiteral("pg-lease"));
    QVERIFY2(db, qPrintable(db ? QString() : db.error()));
    QVERIFY(seedNorthwind(**db));
    const QStringList fixtures = test::Fixtures::bodies();
    for (const QString &name : fixtures)
        QVERIFY(injectFixture(**db, name) > 0);

    ProcessorOptions processing;
    processing.database = options();
    processing.leaseMs = 600;
    processing.maxDeliveriesPerCommit = 5;
    auto first = std::make_unique<DeliveryProcessor>(processing);
    DeliveryProcessor second(processing);
    QVERIFY(first->open());
    QVERIFY(second.open());

    // The first takes the turn; while it holds it, the second stands by.
    auto batch = first->processBatch();
    QVERIFY2(batch, qPrintable(batch ? QString() : batch.error()));
    QCOMPARE(batch->deliveries, 5);
    batch = second.processBatch();
    QVERIFY(batch);
    QCOMPARE(batch->deliveries, 0);
    QVERIFY(second.nextRetryAt().has_value());

    // The first dies without a word (its process gone: the lease row stays as it last wrote
    // it, unlike a clean close, which hands the turn over at once); once its turn expires the
    // second finishes everything.
    const QString owner =
        scalar(**db, QStringLiteral("SELECT owner FROM main.processing_lease")).toString();
    const qint64 until =
        scalar(**db, QStringLiteral("SELECT until_us FROM main.processing_lease")).toLongLong();
    first.reset();
    QSqlQuery dead((*db)->handle());
    dead.prepare(QStringLiteral("UPDATE main.processing_lease SET owner = ?, until_us = ?"));
    dead.addBindValue(owner);
    dead.addBindValue(until);
    QVERIFY(dead.exec());
    QElapsedTimer timer;
    timer.start();
    int processed = 0;
    while (timer.elapsed() < 10'000) {
        batch = second.processAll();
        QVERIFY(batch);
        processed += batch->deliveries;
        if (scalar(**db, QStringLiteral("SELECT count(*) FROM main.processing_queue")).toInt() == 0)
            break;
        QTest::qWait(100);
    }
    QCOMPARE(processed, int(fixtures.size()) - 5);
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    // Nothing projected twice: every message once, every item key once.
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) - count(DISTINCT wamid) FROM messages"))
                 .toInt(),
             0);
    QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM delivery_status WHERE state = "
                                         "'pending'"))
                 .toInt(),
             0);
}

void TestPostgres::aClosedProcessorHandsItsTurnOverAtOnce()
{
    auto db = Database::open(options(), QStringLiteral("pg-handover"));
    QVERIFY2(db, qPrintable(db ? QString() : db.error()));
    QVERIFY(seedNorthwind(**db));
    QVERIFY(injectFixture(**db, QStringLiteral("text_message.json")) > 0);
    ProcessorOptions processing;
    processing.database = options();
    processing.leaseMs = 60'000;
    {
        DeliveryProcessor first(processing);
        QVERIFY(first.open());
        const auto batch = first.processAll();
        QVERIFY(batch);
        QCOMPARE(batch->deliveries, 1);
    }
    QVERIFY(injectFixture(**db, QStringLiteral("audio_voice_note.json")) > 0);
    DeliveryProcessor second(processing);
    QVERIFY(second.open());
    const auto batch = second.processAll();
    QVERIFY(batch);
    QCOMPARE(batch->deliveries, 1); // no minute-long wait for the first's lease
    QVERIFY(second.standingByFor().isEmpty());
}

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
