// DeliveryWriter: group commits into a real SQLite file, and how long a commit waits for the
// deliveries on their way to it.
#include "http/receivermetrics.h"
#include "storage/clock.h"
#include "storage/deliverywriter.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace hookline;

namespace {

IncomingDelivery delivery(quint64 ticket)
{
    IncomingDelivery d;
    d.ticket = ticket;
    d.receivedAtUs = Clock::nowMicros();
    d.source = QStringLiteral("meta");
    d.route = QStringLiteral("/webhook");
    d.peer = QStringLiteral("127.0.0.1");
    d.headersJson = "{}";
    d.verdict = QStringLiteral("verified");
    d.body = R"({"object":"whatsapp_business_account","entry":[]})";
    d.sha256Hex = QByteArray(64, 'a');
    return d;
}

// The writer on the test's thread; commits are counted as they are reported.
struct Setup
{
    QTemporaryDir dir;
    ReceiverMetrics metrics;
    std::unique_ptr<DeliveryWriter> writer;
    QList<QList<CommitOutcome>> commits;

    explicit Setup(int commitIntervalUs, int openConnections)
    {
        WriterOptions options;
        options.database.path = dir.filePath(QStringLiteral("hookline.db"));
        options.commitIntervalUs = commitIntervalUs;
        for (int i = 0; i < openConnections; ++i)
            metrics.connectionOpened();
        writer = std::make_unique<DeliveryWriter>(options, &metrics);
        QObject::connect(
            writer.get(), &DeliveryWriter::committed, writer.get(),
            [this](const QList<CommitOutcome> &outcomes) { commits.append(outcomes); });
    }
    // Two deliveries committed together: the next commit gathers.
    bool primed()
    {
        if (const Status opened = writer->open(); !opened) {
            qWarning("%s", qPrintable(opened.error()));
            return false;
        }
        writer->submit(delivery(1));
        writer->submit(delivery(2));
        return QTest::qWaitFor([this] { return commits.size() == 1; }, 10'000) &&
               commits.first().size() == 2;
    }
};

} // namespace

class TestDeliveryWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void commitsOnceEveryOpenConnectionHasADelivery();
    void gathersWhileAConnectionMayStillSend();
    void aLoneDeliveryNeverWaits();
};

void TestDeliveryWriter::commitsOnceEveryOpenConnectionHasADelivery()
{
    // Clients waiting for their answers send nothing more: waiting out the interval would only
    // delay them. Three connections, an interval of a minute.
    Setup s(60'000'000, 3);
    QVERIFY(s.primed());
    QElapsedTimer elapsed;
    elapsed.start();
    std::thread clients([&s] {
        for (quint64 ticket = 3; ticket <= 5; ++ticket) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            s.writer->submit(delivery(ticket));
        }
    });
    const bool committed = QTest::qWaitFor([&s] { return s.commits.size() >= 2; }, 30'000);
    clients.join();
    QVERIFY(committed);
    QVERIFY2(elapsed.elapsed() < 20'000, "the commit waited out its interval");
    QCOMPARE(s.commits.at(1).size(), 3);
    for (const CommitOutcome &outcome : std::as_const(s.commits.at(1)))
        QVERIFY(outcome.committed);
}

void TestDeliveryWriter::gathersWhileAConnectionMayStillSend()
{
    // Four connections, one delivery: the others may still send, so the commit waits for the
    // interval (and no longer: the delivery is committed then).
    Setup s(400'000, 4);
    QElapsedTimer sincePrimed;
    sincePrimed.start();
    QVERIFY(s.primed());
    s.writer->submit(delivery(3));
    QVERIFY(QTest::qWaitFor([&s] { return s.commits.size() == 2; }, 10'000));
    QVERIFY2(sincePrimed.elapsed() >= 390, qPrintable(QString::number(sincePrimed.elapsed())));
    QCOMPARE(s.commits.at(1).size(), 1);
    QVERIFY(s.commits.at(1).first().committed);
}

void TestDeliveryWriter::aLoneDeliveryNeverWaits()
{
    // After a commit of one, the next is not held back, however many connections are open.
    Setup s(60'000'000, 8);
    QVERIFY(s.writer->open());
    s.writer->submit(delivery(1));
    QVERIFY(QTest::qWaitFor([&s] { return s.commits.size() == 1; }, 10'000));
    QElapsedTimer elapsed;
    elapsed.start();
    s.writer->submit(delivery(2));
    QVERIFY(QTest::qWaitFor([&s] { return s.commits.size() == 2; }, 30'000));
    QVERIFY2(elapsed.elapsed() < 20'000, "a lone delivery waited");
}

QTEST_GUILESS_MAIN(TestDeliveryWriter)
#include "tst_deliverywriter.moc"
