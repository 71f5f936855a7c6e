#include "fixtures.h"
#include "processing/deliveryprocessor.h"
#include "processing/replayinjector.h"
#include "storage/projectionbinding.h"
#include "testworld.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace hookline;
using namespace hookline::test;

// The projections file and the delivery log are separate files: deleting or restoring one
// must never leave the other's processing cursor in charge of deliveries it has not seen.
class TestProjectionBinding : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reopeningTheSameLogKeepsItsProjections();
    void aNewLogBesideOldProjectionsIsProcessedFromTheStart();
    void aLogRestoredToAnEarlierPointIsProcessedAgain();
    void aLongerLogFromElsewhereIsNotMistakenForThisOne_data();
    void aLongerLogFromElsewhereIsNotMistakenForThisOne();
    void projectionsFromBeforeBindingsAreAdopted();

private:
    // The world's log and projections, one connection each for storing and processing.
    struct Session
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<DeliveryProcessor> processor;
    };
    static Session open(const TestWorld &world);
    static qint64 store(Session &session, const QString &fixture);
    static void process(Session &session);
    static qint64 count(Session &session, const QString &sql);
    static void removeLog(const TestWorld &world);
};

namespace {

// Three inbound messages and two statuses of outbound ones: five message rows.
const QString batch = QStringLiteral("batch_three_messages_two_statuses.json");
const QString text = QStringLiteral("text_message.json");
const QString image = QStringLiteral("image_with_caption.json");
const QString unroutable = QStringLiteral("unknown_phone_number_id.json");

} // namespace

void TestProjectionBinding::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

TestProjectionBinding::Session TestProjectionBinding::open(const TestWorld &world)
{
    Session session;
    auto db = world.open(QStringLiteral("binding"));
    if (!db)
        qFatal("cannot open: %s", qPrintable(db.error()));
    session.db = std::move(*db);
    ProcessorOptions options;
    options.database = world.databaseOptions();
    options.database.synchronousFull = false;
    session.processor = std::make_unique<DeliveryProcessor>(options);
    if (const Status opened = session.processor->open(); !opened)
        qFatal("cannot open the processor: %s", qPrintable(opened.error()));
    return session;
}

qint64 TestProjectionBinding::store(Session &session, const QString &fixture)
{
    const auto id = ReplayInjector(session.db->handle()).inject(Fixtures::read(fixture), fixture);
    if (!id)
        qFatal("cannot inject: %s", qPrintable(id.error()));
    return *id;
}

void TestProjectionBinding::process(Session &session)
{
    const auto result = session.processor->processAll();
    if (!result)
        qFatal("processing failed: %s", qPrintable(result.error()));
}

qint64 TestProjectionBinding::count(Session &session, const QString &sql)
{
    return TestWorld::scalar(*session.db, sql).toLongLong();
}

void TestProjectionBinding::removeLog(const TestWorld &world)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(world.databasePath() + QLatin1String(suffix));
}

void TestProjectionBinding::reopeningTheSameLogKeepsItsProjections()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    {
        Session session = open(world);
        store(session, batch);
        process(session);
    }
    Session session = open(world);
    QCOMPARE(count(session, QStringLiteral("SELECT last_delivery_id FROM processing_cursor")), 1);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM messages")), 5);
    // The binding's tables leave both files sound, checked together as the log's checks do.
    QCOMPARE(TestWorld::scalar(*session.db, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    const auto again = ProjectionBinding::ensure(session.db->handle());
    QVERIFY(again);
    QCOMPARE(*again, ProjectionBinding::Outcome::Bound);
}

void TestProjectionBinding::aNewLogBesideOldProjectionsIsProcessedFromTheStart()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    {
        Session session = open(world);
        store(session, batch);
        store(session, image);
        process(session);
        QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM messages")), 6);
    }
    // The operator deletes the log and keeps the projections file beside it.
    removeLog(world);
    QCOMPARE(world.seed(), QString());
    Session session = open(world);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM messages")), 0);
    QCOMPARE(count(session, QStringLiteral("SELECT last_delivery_id FROM processing_cursor")), 0);
    // Its first delivery has id 1, below the old cursor (2): it is processed all the same.
    const qint64 id = store(session, text);
    QCOMPARE(id, 1);
    process(session);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM messages")), 1);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM delivery_status WHERE state = "
                                           "'processed'")),
             1);
}

void TestProjectionBinding::aLogRestoredToAnEarlierPointIsProcessedAgain()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QString backup = world.path(QStringLiteral("backup.sqlite"));
    {
        Session session = open(world);
        store(session, text);
        store(session, unroutable);
        process(session);
    }
    QVERIFY(QFile::copy(world.databasePath(), backup));
    {
        Session session = open(world);
        store(session, batch);
        store(session, image);
        process(session);
        QCOMPARE(count(session, QStringLiteral("SELECT last_delivery_id FROM processing_cursor")),
                 4);
        // The operator discarded the unroutable delivery's dead letter.
        QSqlQuery discard(session.db->handle());
        QVERIFY(discard.exec(QStringLiteral("UPDATE dead_letters SET state = 'discarded'")));
        QCOMPARE(discard.numRowsAffected(), 1);
    }
    // The log comes back from the backup (two deliveries); the projections stay as they were.
    removeLog(world);
    QVERIFY(QFile::copy(backup, world.databasePath()));
    Session session = open(world);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM messages")), 0);
    process(session);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM messages")), 1);
    // The next delivery reuses id 3, which the old cursor had already passed.
    QCOMPARE(store(session, image), 3);
    process(session);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM messages")), 2);
    // The same log: what the operator discarded stays discarded.
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM dead_letters")), 1);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM dead_letters WHERE state = "
                                           "'discarded'")),
             1);
}

void TestProjectionBinding::aLongerLogFromElsewhereIsNotMistakenForThisOne_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::newRow("bound files") << false;
    // Files from before the binding: the projections' messages name other deliveries.
    QTest::newRow("files from before the binding") << true;
}

void TestProjectionBinding::aLongerLogFromElsewhereIsNotMistakenForThisOne()
{
    QFETCH(bool, legacy);
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    {
        Session session = open(world);
        store(session, image);
        process(session);
        QSqlQuery query(session.db->handle());
        if (legacy)
            QVERIFY(query.exec(QStringLiteral("DROP TABLE proj.log_binding")));
    }
    // Another machine's log, with more deliveries than this cursor has seen, none processed.
    TestWorld elsewhere;
    QCOMPARE(elsewhere.seed(), QString());
    {
        auto db = elsewhere.open(QStringLiteral("elsewhere"));
        QVERIFY(db);
        for (const QString &fixture : {text, batch})
            QVERIFY(ReplayInjector((*db)->handle()).inject(Fixtures::read(fixture), fixture));
        QSqlQuery query((*db)->handle());
        if (legacy)
            QVERIFY(query.exec(QStringLiteral("DROP TABLE main.log_identity")));
    }
    removeLog(world);
    QVERIFY(QFile::copy(elsewhere.databasePath(), world.databasePath()));
    Session session = open(world);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM messages")), 0);
    process(session);
    // Both of its deliveries, the first one (below the old cursor) included: 1 + 5 messages,
    // and nothing left of this log's image.
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM messages")), 6);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM messages WHERE delivery_id = 1 "
                                           "AND type = 'text'")),
             1);
}

void TestProjectionBinding::projectionsFromBeforeBindingsAreAdopted()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    {
        Session session = open(world);
        store(session, batch);
        process(session);
        // Files written before the binding existed have neither table.
        QSqlQuery query(session.db->handle());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE main.log_identity")));
        QVERIFY(query.exec(QStringLiteral("DROP TABLE proj.log_binding")));
    }
    Session session = open(world);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM messages")), 5);
    QCOMPARE(count(session, QStringLiteral("SELECT last_delivery_id FROM processing_cursor")), 1);
    QCOMPARE(count(session, QStringLiteral("SELECT count(*) FROM proj.log_binding b JOIN "
                                           "main.log_identity i ON i.token = b.token")),
             1);
}

QTEST_GUILESS_MAIN(TestProjectionBinding)
#include "tst_projectionbinding.moc"
