// Team scale: two real `hookline serve` processes on one PostgreSQL database (the test server
// tests/pg/with-test-server.sh starts), signed load on both, one killed with SIGKILL mid-run.
// Nothing acknowledged may be lost, nothing projected twice, and what the dead one had taken
// must be finished by the other.

#include "consoleengine.h"
#include "deliverylogmodel.h"
#include "fixtures.h"
#include "httpclient.h"
#include "processing/deliverytrail.h"
#include "runtime/operatorservice.h"
#include "serveprocess.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "testsigner.h"
#include "testworld.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace hookline;
using namespace hookline::test;

namespace {

// A text message on the Support line with its own id.
QByteArray delivery(int n)
{
    QByteArray body = Fixtures::read(QStringLiteral("text_message.json"));
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QString wamid =
        root.value(u"entry")[0][u"changes"][0][u"value"][u"messages"][0][u"id"].toString();
    const QByteArray id = QByteArray("wamid.TEAM") + QByteArray::number(n).rightJustified(6, '0');
    return body.replace(wamid.toUtf8(), id);
}

} // namespace

class TestTeamServe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("HOOKLINE_TEST_ENGINE", "postgres");
    }
    // A console's model that cannot read PostgreSQL says so in a warning: that fails the test.
    void init() { QTest::failOnWarning(QRegularExpression(QStringLiteral("^cannot read "))); }
    void twoServesOneKilledLoseNothing();
    void anotherProcessReachesAConsoleModelThroughNotify();
    void dataCommandsRunOnPostgres();
    void operatorActionsInOneConsoleReachTheOthers();
};

void TestTeamServe::twoServesOneKilledLoseNothing()
{
    TestWorld world;
    QVERIFY2(world.serverError().isEmpty(), qPrintable(world.serverError()));
    QCOMPARE(world.seed(), QString());
    const QString db = world.databaseOptions().server.display();
    const QStringList args = {QStringLiteral("--processing-lease-ms"), QStringLiteral("1500"),
                              QStringLiteral("--no-log-file")};
    auto check = world.open(QStringLiteral("team-check"));
    QVERIFY(check);
    auto leaseOwner = [&check] {
        return TestWorld::scalar(**check, QStringLiteral("SELECT owner FROM main.processing_lease"))
            .toString();
    };
    auto pidIn = [](const QString &owner) { return owner.section(u':', -2, -2).toLongLong(); };
    // The first starts alone and takes the processing turn; the second stands by.
    ServeProcess first;
    ServeProcess second;
    QVERIFY2(first.start(db, args), qPrintable(first.output()));
    QTRY_COMPARE_WITH_TIMEOUT(pidIn(leaseOwner()), first.pid(), 10'000);
    QVERIFY2(second.start(db, args), qPrintable(second.output()));

    HttpClient client;
    QList<QByteArray> acknowledged; // wamids
    auto post = [&](const ServeProcess &serve, int n) {
        const QByteArray body = delivery(n);
        const HttpReply reply =
            client.post(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(serve.port())), body,
                        {{"X-Hub-Signature-256", sign(northwindSecret, body)}}, 5000);
        if (reply.status == 200)
            acknowledged.append(QByteArray("wamid.TEAM") +
                                QByteArray::number(n).rightJustified(6, '0'));
        return reply.status;
    };
    int n = 0;
    for (int i = 0; i < 150; ++i) {
        QCOMPARE(post(first, ++n), 200);
        QCOMPARE(post(second, ++n), 200);
    }
    // Mid-run, holding the processing turn: the first dies without a word.
    QCOMPARE(pidIn(leaseOwner()), first.pid());
    ::kill(pid_t(first.pid()), SIGKILL);
    QVERIFY(first.process().waitForFinished(10'000));
    for (int i = 0; i < 150; ++i)
        QCOMPARE(post(second, ++n), 200);

    // The survivor processes everything, the dead one's share included, once its turn expires.
    QElapsedTimer timer;
    timer.start();
    int pending = -1;
    while (timer.elapsed() < 60'000) {
        pending = TestWorld::scalar(**check, QStringLiteral("SELECT count(*) FROM delivery_status "
                                                            "WHERE state <> 'processed'"))
                      .toInt();
        if (pending == 0)
            break;
        QTest::qWait(200);
    }
    QCOMPARE(pending, 0);
    QCOMPARE(pidIn(leaseOwner()), second.pid());
    QCOMPARE(TestWorld::scalar(**check, QStringLiteral("SELECT count(*) FROM deliveries")).toInt(),
             acknowledged.size());
    QCOMPARE(TestWorld::scalar(**check, QStringLiteral("SELECT count(*) FROM messages WHERE wamid "
                                                       "LIKE 'wamid.TEAM%'"))
                 .toInt(),
             acknowledged.size());
    QSqlQuery query((*check)->handle());
    QVERIFY(
        query.exec(QStringLiteral("SELECT wamid FROM messages WHERE wamid LIKE 'wamid.TEAM%'")));
    QSet<QByteArray> projected;
    while (query.next())
        projected.insert(query.value(0).toByteArray());
    for (const QByteArray &wamid : std::as_const(acknowledged))
        QVERIFY2(projected.contains(wamid), wamid.constData());
    // Each item was projected once: one done item per delivery, no attempt recorded twice.
    QCOMPARE(TestWorld::scalar(**check, QStringLiteral("SELECT count(*) FROM items WHERE state = "
                                                       "'done' AND kind = 'message'"))
                 .toInt(),
             acknowledged.size());

    ::kill(pid_t(second.pid()), SIGTERM);
    QVERIFY(second.process().waitForFinished(30'000));
    QVERIFY2(
        second.process().exitCode() == 0,
        qPrintable(second.output() + QString::fromUtf8(second.process().readAll()).right(6000)));
}

void TestTeamServe::anotherProcessReachesAConsoleModelThroughNotify()
{
    // A console elsewhere: its model and its change feed on the shared database; a serve
    // process receives a webhook; the model learns of it through NOTIFY, with no polling.
    TestWorld world;
    QVERIFY2(world.serverError().isEmpty(), qPrintable(world.serverError()));
    QCOMPARE(world.seed(), QString());
    auto console = world.open(QStringLiteral("console"));
    QVERIFY(console);
    DeliveryLogModel model((*console)->handle());
    model.reload();
    QCOMPARE(model.rowCount(), 0);
    ChangeFeed feed;
    const Status listening = feed.start(world.databaseOptions());
    QVERIFY2(listening, qPrintable(listening ? QString() : listening.error()));
    QSignalSpy heard(&feed, &ChangeFeed::changed);
    QObject::connect(&feed, &ChangeFeed::changed, &model, [&model] { model.refreshNewer(); });

    ServeProcess serve;
    QVERIFY2(
        serve.start(world.databaseOptions().server.display(), {QStringLiteral("--no-log-file")}),
        qPrintable(serve.output()));
    HttpClient client;
    const QByteArray body = delivery(1);
    const HttpReply reply =
        client.post(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(serve.port())), body,
                    {{"X-Hub-Signature-256", sign(northwindSecret, body)}});
    QCOMPARE(reply.status, 200);
    const qint64 id =
        QJsonDocument::fromJson(reply.body).object().value(u"delivery_id").toInteger();

    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 10'000);
    const ChangeSet changes = heard.constFirst().constFirst().value<ChangeSet>();
    QVERIFY(changes.deliveries.contains(id));
    QVERIFY(changes.messages.contains(QStringLiteral("wamid.TEAM000001")));
    QVERIFY(changes.lines.contains(QLatin1String(TestWorld::support)));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 5000);
    QCOMPARE(model.index(0, 0).data().toLongLong(), id);

    ::kill(pid_t(serve.pid()), SIGTERM);
    QVERIFY(serve.process().waitForFinished(30'000));
}

void TestTeamServe::dataCommandsRunOnPostgres()
{
    // A team sets up and inspects its shared database with the same commands as a desktop.
    TestWorld world;
    QVERIFY2(world.serverError().isEmpty(), qPrintable(world.serverError()));
    const QString db = QStringLiteral("--db=") + world.databaseOptions().server.display();
    QByteArray out;
    QByteArray err;
    auto run = [&](const QStringList &args, const QByteArray &input = {}) {
        return ServeProcess::run(args + QStringList{db}, input, &out, &err);
    };
    QCOMPARE(run({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--app-id"),
                  QStringLiteral("northwind")},
                 northwindSecret + '\n' + northwindToken + '\n'),
             0);
    QCOMPARE(run({QStringLiteral("lines"), QStringLiteral("add"),
                  QStringLiteral("--phone-number-id"), QLatin1String(TestWorld::support),
                  QStringLiteral("--app-id"), QStringLiteral("northwind")}),
             0);
    QCOMPARE(run({QStringLiteral("lines"), QStringLiteral("list")}), 0);
    QVERIFY(out.contains(TestWorld::support));
    QCOMPARE(run({QStringLiteral("replay"), Fixtures::directory() + u"/text_message.json"_qs,
                  Fixtures::directory() + u"/unknown_phone_number_id.json"_qs}),
             0);
    QVERIFY2(out.contains("2 deliveries processed"), out.constData());
    QCOMPARE(run({QStringLiteral("deliveries"), QStringLiteral("list")}), 0);
    QCOMPARE(out.count("processed"), 2);
    QCOMPARE(run({QStringLiteral("dlq"), QStringLiteral("list")}), 0);
    QVERIFY(out.contains("unknown_phone_number_id"));
    QCOMPARE(run({QStringLiteral("export")}), 0);
    const QJsonObject exported = QJsonDocument::fromJson(out).object();
    QCOMPARE(exported.value(u"messages").toArray().size(), 1);
    QCOMPARE(run({QStringLiteral("rebuild")}), 0);
    QVERIFY2(out.contains("2 deliveries processed"), out.constData());

    // With a serve holding the processing turn, a command leaves the work to it.
    ServeProcess serve;
    QVERIFY2(
        serve.start(world.databaseOptions().server.display(), {QStringLiteral("--no-log-file")}),
        qPrintable(serve.output()));
    auto check = world.open(QStringLiteral("commands-check"));
    QVERIFY(check);
    QTRY_VERIFY_WITH_TIMEOUT(
        TestWorld::scalar(**check, QStringLiteral("SELECT owner FROM main.processing_lease"))
            .toString()
            .contains(u':' + QString::number(serve.pid()) + u':'),
        10'000);
    QCOMPARE(run({QStringLiteral("deliveries"), QStringLiteral("reprocess"), QStringLiteral("1")}),
             0);
    QVERIFY2(out.contains("queued; the processing turn is held by"), out.constData());
    QTRY_COMPARE_WITH_TIMEOUT(
        TestWorld::scalar(**check, QStringLiteral("SELECT count(*) FROM delivery_status WHERE "
                                                  "state <> 'processed'"))
            .toInt(),
        0, 10'000);
    ::kill(pid_t(serve.pid()), SIGTERM);
    QVERIFY(serve.process().waitForFinished(30'000));
}

void TestTeamServe::operatorActionsInOneConsoleReachTheOthers()
{
    // Two consoles on one shared database (their engines, without windows): a discard in one,
    // and a replay in the other, show up in both through NOTIFY.
    TestWorld world;
    QVERIFY2(world.serverError().isEmpty(), qPrintable(world.serverError()));
    QCOMPARE(world.seed(), QString());
    QByteArray out;
    QCOMPARE(ServeProcess::run({QStringLiteral("replay"),
                                Fixtures::directory() + u"/unknown_phone_number_id.json"_qs,
                                QStringLiteral("--db=") + world.databaseOptions().server.display()},
                               {}, &out),
             0);
    ConsoleOptions options;
    options.receiver.database = world.databaseOptions();
    options.embeddedReceiver = false;
    options.flushIntervalMs = 20;
    options.operatorName = QStringLiteral("alice@desk-1");
    ConsoleEngine first(options);
    options.operatorName = QStringLiteral("bob@desk-2");
    ConsoleEngine second(options);
    for (ConsoleEngine *engine : {&first, &second}) {
        const Status opened = engine->open();
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        const Status started = engine->startServices();
        QVERIFY2(started, qPrintable(started ? QString() : started.error()));
    }
    QSignalSpy heardBySecond(&second, &ConsoleEngine::changesApplied);
    QSignalSpy heardByFirst(&first, &ConsoleEngine::changesApplied);

    first.operations()->discard({1});
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(heardBySecond.cbegin(), heardBySecond.cend(),
                    [](const QList<QVariant> &args) {
                        return args.constFirst().value<ChangeSet>().deadLetters.contains(1);
                    }),
        10'000);

    const QByteArray body = Fixtures::read(QStringLiteral("text_message.json"));
    second.operations()->replay(body, QStringLiteral("text_message.json"));
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(heardByFirst.cbegin(), heardByFirst.cend(),
                    [](const QList<QVariant> &args) {
                        return args.constFirst().value<ChangeSet>().lines.contains(
                            QLatin1String(TestWorld::support));
                    }),
        10'000);
    first.stop();
    second.stop();

    // Who did what shows in each delivery's trail (the inspector's).
    auto db = world.open(QStringLiteral("audit-check"));
    QVERIFY(db);
    auto operatorSteps = [&db](qint64 delivery) {
        QStringList found;
        const auto trail = DeliveryTrail::build((*db)->handle(), delivery);
        if (trail) {
            for (const TrailStep &step : *trail) {
                if (step.step == QLatin1String("operator"))
                    found.append(step.detail);
            }
        }
        return found;
    };
    const qint64 deadDelivery =
        TestWorld::scalar(**db, QStringLiteral("SELECT delivery_id FROM proj.dead_letters WHERE "
                                               "id = 1"))
            .toLongLong();
    QCOMPARE(operatorSteps(deadDelivery),
             QStringList{QStringLiteral("discarded by alice@desk-1 (dead letter 1)")});
    const qint64 replayed =
        TestWorld::scalar(**db, QStringLiteral("SELECT max(id) FROM deliveries")).toLongLong();
    QCOMPARE(operatorSteps(replayed),
             QStringList{QStringLiteral("replayed by bob@desk-2: text_message.json")});
}

QTEST_GUILESS_MAIN(TestTeamServe)
#include "tst_teamserve.moc"
