// Runtime: the one runtime behind `hookline serve` and the console, with a real receiver on an
// ephemeral port, a real SQLite file and real signatures.

#include "fixtures.h"
#include "httpclient.h"
#include "runtime/operatorservice.h"
#include "runtime/runtime.h"
#include "testsigner.h"
#include "testworld.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

namespace {

RuntimeOptions optionsFor(const TestWorld &world)
{
    RuntimeOptions options;
    options.receiver.database = world.databaseOptions();
    options.receiver.port = 0;
    options.mediaDownloads = false;
    options.liveChanges = true; // as a console's: changed() on PostgreSQL too
    return options;
}

} // namespace

class TestRuntime : public QObject
{
    Q_OBJECT

private slots:
    void receivesProcessesAndTellsWhatChanged();
    void oneRuntimePerDatabaseFile();
    void aReceiverThatCannotListenLeavesProcessingRunning();
    void integrityIsReportedAsASignal();
    void setUpIsCheckedOneRunAtATime();
    void operatorActionsWakeProcessing();
    void markingReadKeepsTheLatestTime();
};

void TestRuntime::receivesProcessesAndTellsWhatChanged()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    Runtime runtime(optionsFor(world));
    QSignalSpy stored(&runtime, &Runtime::deliveriesStored);
    QSignalSpy changed(&runtime, &Runtime::changed);
    QVERIFY(runtime.start());
    QVERIFY(runtime.port() != 0);
    QCOMPARE(runtime.receiverUrl(), QStringLiteral("http://127.0.0.1:%1").arg(runtime.port()));
    QVERIFY(runtime.receiverError().isEmpty());

    const QByteArray body = Fixtures::read(QStringLiteral("text_message.json"));
    HttpClient client;
    const HttpReply reply =
        client.post(QUrl(runtime.receiverUrl() + QStringLiteral("/webhook")), body,
                    {{"X-Hub-Signature-256", sign(northwindSecret, body)}});
    QCOMPARE(reply.status, 200);
    QCOMPARE(runtime.accepted(), quint64(1));
    QTRY_VERIFY(!stored.isEmpty());
    // Processing heard of it and projected it; the change arrives on this thread.
    QTRY_VERIFY(!changed.isEmpty());
    const auto db = world.open(QStringLiteral("check"));
    QVERIFY(db);
    QTRY_COMPARE(TestWorld::scalar(**db, QStringLiteral("SELECT count(*) FROM messages")).toInt(),
                 1);
    runtime.stop();
    QCOMPARE(runtime.port(), quint16(0));
    runtime.stop(); // twice is nothing
}

void TestRuntime::oneRuntimePerDatabaseFile()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    if (world.isPostgres())
        QSKIP("a PostgreSQL database is shared by design");
    auto first = std::make_unique<Runtime>(optionsFor(world));
    QVERIFY(first->lock());
    QVERIFY(first->lock()); // held already: nothing to do
    Runtime second(optionsFor(world));
    const Status refused = second.lock(300);
    QVERIFY(!refused);
    QVERIFY2(!refused.error().isEmpty(), "no reason given");
    // The lock goes with its runtime.
    first.reset();
    QVERIFY(second.lock());
}

void TestRuntime::aReceiverThatCannotListenLeavesProcessingRunning()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost));
    RuntimeOptions options = optionsFor(world);
    options.receiver.port = occupant.serverPort();
    options.operatorActions = true;
    Runtime runtime(options);
    QVERIFY(runtime.start());
    QCOMPARE(runtime.port(), quint16(0));
    QVERIFY(runtime.receiverUrl().isEmpty());
    QVERIFY2(runtime.receiverError().contains(QStringLiteral("cannot listen")),
             qPrintable(runtime.receiverError()));
    // Processing runs: an operator's replay is processed.
    QSignalSpy finished(runtime.operations(), &OperatorService::finished);
    runtime.operations()->replay(Fixtures::read(QStringLiteral("text_message.json")),
                                 QStringLiteral("test"));
    QVERIFY(finished.wait(10'000));
    const auto db = world.open(QStringLiteral("check"));
    QVERIFY(db);
    QTRY_COMPARE(TestWorld::scalar(**db, QStringLiteral("SELECT count(*) FROM messages")).toInt(),
                 1);
}

void TestRuntime::integrityIsReportedAsASignal()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    Runtime runtime(optionsFor(world));
    QVERIFY(runtime.start());
    QSignalSpy checked(&runtime, &Runtime::integrityChecked);
    runtime.checkIntegrity();
    QVERIFY(checked.wait(30'000));
    const auto report = checked.first().first().value<IntegrityReport>();
    QVERIFY2(report.logIntact && report.projectionsIntact, qPrintable(report.message));
    QVERIFY(runtime.port() != 0); // an intact log keeps the receiver
}

void TestRuntime::setUpIsCheckedOneRunAtATime()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    if (world.isPostgres())
        QSKIP("doctor checks SQLite files only, as `hookline doctor` does");
    Runtime runtime(optionsFor(world));
    QVERIFY(runtime.start());
    DoctorOptions options;
    options.database = world.databaseOptions();
    options.port = runtime.port();
    QSignalSpy checked(&runtime, &Runtime::setUpChecked);
    QVERIFY(runtime.checkSetUp(options));
    QVERIFY(!runtime.checkSetUp(options)); // the first one's results will do
    QVERIFY(checked.wait(30'000));
    const auto checks = checked.first().first().value<QList<DoctorCheck>>();
    QVERIFY(checks.size() > 3);
    // Its receiver answered the signed test delivery.
    QVERIFY(Doctor::allPassed(checks));
    // Done: another may start. This one looks at a free port, so its results say so; had the
    // refused second call started a check too, that one's results (the runtime's port) would
    // come first.
    quint16 freePort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        freePort = probe.serverPort();
    }
    DoctorOptions other = options;
    other.port = freePort;
    QVERIFY(runtime.checkSetUp(other));
    QVERIFY(checked.wait(30'000));
    QCOMPARE(checked.size(), 2);
    auto listenDetail = [&checked](int run) {
        for (const DoctorCheck &check : checked.at(run).first().value<QList<DoctorCheck>>()) {
            if (check.name == QLatin1String("listen address"))
                return check.detail;
        }
        return QString();
    };
    QVERIFY2(listenDetail(1).contains(QLatin1String("is free")), qPrintable(listenDetail(1)));
    QVERIFY2(!listenDetail(0).contains(QLatin1String("is free")), qPrintable(listenDetail(0)));
}

void TestRuntime::operatorActionsWakeProcessing()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    RuntimeOptions options = optionsFor(world);
    options.embeddedReceiver = false;
    options.operatorActions = true;
    options.operatorName = QStringLiteral("tester@desk");
    Runtime runtime(options);
    runtime.openActions();
    QVERIFY(runtime.operations());
    QVERIFY(!runtime.sends()); // not asked for
    QVERIFY(!runtime.media());
    QVERIFY(runtime.start());
    QCOMPARE(runtime.port(), quint16(0));
    QSignalSpy changed(&runtime, &Runtime::changed);
    QSignalSpy finished(runtime.operations(), &OperatorService::finished);
    runtime.operations()->replay(Fixtures::read(QStringLiteral("text_message.json")),
                                 QStringLiteral("test"));
    QVERIFY(finished.wait(10'000));
    QVERIFY(finished.first().first().value<OperatorResult>().error.isEmpty());
    // No receiver told processing: the runtime woke it for the replay (on PostgreSQL the
    // processor's poll would find it too).
    QTRY_VERIFY(!changed.isEmpty());
}

void TestRuntime::markingReadKeepsTheLatestTime()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    RuntimeOptions options = optionsFor(world);
    options.embeddedReceiver = false;
    options.operatorActions = true;
    Runtime runtime(options);
    runtime.openActions();
    QVERIFY(runtime.start());
    QSignalSpy finished(runtime.operations(), &OperatorService::finished);
    const QString line = QStringLiteral("106540352242922");
    const QString customer = QStringLiteral("15551234567");
    // A later time moves the marker; an earlier one (another console, late) leaves it.
    for (const qint64 readTs : {200, 300, 100}) {
        finished.clear();
        runtime.operations()->markRead(line, customer, readTs);
        QVERIFY(finished.wait(10'000));
        const auto result = finished.first().first().value<OperatorResult>();
        QCOMPARE(result.action, OperatorResult::MarkRead);
        QCOMPARE(result.error, QString());
        QCOMPARE(result.count, 1);
    }
    auto db = world.open(QStringLiteral("check"));
    QVERIFY2(db, qPrintable(db ? QString() : db.error()));
    QCOMPARE(TestWorld::scalar(**db,
                               QStringLiteral("SELECT read_ts FROM proj.read_markers "
                                              "WHERE line = ? AND customer = ?"),
                               {line, customer})
                 .toLongLong(),
             300);
}

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
