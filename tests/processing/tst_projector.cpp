// Projector on its own: work items written by hand, projected inside a transaction of the
// test's own, on a real SQLite file (or the test PostgreSQL server), and the rows read back.
#include "processing/projector.h"
#include "processingharness.h"
#include "testworld.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

namespace {

const QString customer = QStringLiteral("15550001111");
const QString wamid = QStringLiteral("wamid.projector-1");

WorkItem message(const QString &id, const QString &text, ItemOrigin origin = ItemOrigin::Meta)
{
    WorkItem item;
    item.kind = ItemKind::Message;
    item.key = QLatin1String(TestWorld::support) + u'/' + id;
    item.line = QLatin1String(TestWorld::support);
    item.field = QStringLiteral("messages");
    item.origin = origin;
    item.element = {{QStringLiteral("from"), customer},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("timestamp"), QStringLiteral("1767261000")},
                    {QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    item.contacts = {QJsonObject{
        {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")}}},
        {QStringLiteral("wa_id"), customer}}};
    return item;
}

WorkItem status(const QString &name, qint64 timestamp, ItemOrigin origin = ItemOrigin::Meta)
{
    WorkItem item;
    item.kind = ItemKind::StatusUpdate;
    item.key = QLatin1String(TestWorld::support) + u'/' + wamid + u'/' + name;
    item.line = QLatin1String(TestWorld::support);
    item.field = QStringLiteral("messages");
    item.origin = origin;
    item.element = {{QStringLiteral("id"), wamid},
                    {QStringLiteral("status"), name},
                    {QStringLiteral("timestamp"), QString::number(timestamp)},
                    {QStringLiteral("recipient_id"), customer}};
    return item;
}

// A projector on the harness's connection; each project() is its own transaction.
struct Setup
{
    ProcessingHarness harness;
    std::unique_ptr<Projector> projector;
    qint64 nextDelivery = 1;

    Setup()
    {
        QVERIFY2(harness.isValid(), qPrintable(harness.error()));
        auto prepared = std::make_unique<Projector>(harness.db().handle());
        const Status status = prepared->prepare();
        QVERIFY2(status, qPrintable(status ? QString() : status.error()));
        projector = std::move(prepared);
    }

    std::optional<ItemFailure> project(const WorkItem &item, ChangeSet *changes = nullptr)
    {
        if (!projector)
            return ItemFailure(QStringLiteral("no projector"));
        QSqlQuery transaction(harness.db().handle());
        if (!transaction.exec(QStringLiteral("BEGIN")))
            return ItemFailure(QStringLiteral("cannot begin"));
        projector->beginBatch();
        ChangeSet ignored;
        auto failure = projector->project(item, nextDelivery++, 1'767'261'000'000'000,
                                          changes ? *changes : ignored);
        transaction.exec(failure ? QStringLiteral("ROLLBACK") : QStringLiteral("COMMIT"));
        return failure;
    }

    QVariant scalar(const QString &sql, const QVariantList &bind = {})
    {
        return harness.scalar(sql, bind);
    }
};

} // namespace

class TestProjector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void statusesAreRankedInTheirOrder();
    void aMessageAndItsConversationAndContact();
    void projectingTheSameItemAgainChangesNothing();
    void theCurrentStatusNeverMovesBackwards();
    void aStatusBeforeItsMessageKeepsTheRowForIt();
    void aReplayDoesNotChangeWhatMetaReported();
    void aStatusWithoutIdOrStatusIsRefused();
};

void TestProjector::initTestCase()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
}

void TestProjector::statusesAreRankedInTheirOrder()
{
    QCOMPARE(Projector::statusRank(QStringLiteral("sent")), 1);
    QCOMPARE(Projector::statusRank(QStringLiteral("failed")), 2);
    QCOMPARE(Projector::statusRank(QStringLiteral("delivered")), 3);
    QCOMPARE(Projector::statusRank(QStringLiteral("read")), 4);
    QCOMPARE(Projector::statusRank(QStringLiteral("played")), 5);
    QCOMPARE(Projector::statusRank(QStringLiteral("deleted")), 0);
    QCOMPARE(Projector::statusRank(QString()), 0);
}

void TestProjector::aMessageAndItsConversationAndContact()
{
    Setup s;
    ChangeSet changes;
    QVERIFY(!s.project(message(QStringLiteral("wamid.in-1"), QStringLiteral("hola")), &changes));
    QCOMPARE(s.scalar(QStringLiteral("SELECT text FROM messages WHERE line = ? AND wamid = ?"),
                      {QLatin1String(TestWorld::support), QStringLiteral("wamid.in-1")})
                 .toString(),
             QStringLiteral("hola"));
    QCOMPARE(s.scalar(QStringLiteral("SELECT direction FROM messages WHERE wamid = ?"),
                      {QStringLiteral("wamid.in-1")})
                 .toString(),
             QStringLiteral("inbound"));
    QCOMPARE(s.scalar(QStringLiteral("SELECT name FROM contacts WHERE line = ? AND customer = ?"),
                      {QLatin1String(TestWorld::support), customer})
                 .toString(),
             QStringLiteral("Ana"));
    QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE line = ? AND "
                                     "customer = ?"),
                      {QLatin1String(TestWorld::support), customer})
                 .toInt(),
             1);
    QVERIFY(changes.lines.contains(QLatin1String(TestWorld::support)));
    QVERIFY(changes.messages.contains(QStringLiteral("wamid.in-1")));
}

void TestProjector::projectingTheSameItemAgainChangesNothing()
{
    Setup s;
    const WorkItem item = message(QStringLiteral("wamid.in-2"), QStringLiteral("first"));
    QVERIFY(!s.project(item));
    const QString before = s.harness.conversationSummaries();
    QVERIFY(!s.project(item));
    QCOMPARE(s.harness.conversationSummaries(), before);
    QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 1);
    QVERIFY(!s.project(status(QStringLiteral("read"), 1767261100)));
    QVERIFY(!s.project(status(QStringLiteral("read"), 1767261100)));
    QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM status_events WHERE wamid = ?"), {wamid})
                 .toInt(),
             1);
}

void TestProjector::theCurrentStatusNeverMovesBackwards()
{
    Setup s;
    for (const auto &[name, at] : {std::pair{QStringLiteral("read"), 1767261300},
                                   std::pair{QStringLiteral("sent"), 1767261100},
                                   std::pair{QStringLiteral("delivered"), 1767261200}})
        QVERIFY(!s.project(status(name, at)));
    QCOMPARE(
        s.scalar(QStringLiteral("SELECT status FROM messages WHERE wamid = ?"), {wamid}).toString(),
        QStringLiteral("read"));
    QCOMPARE(s.scalar(QStringLiteral("SELECT status_rank FROM messages WHERE wamid = ?"), {wamid})
                 .toInt(),
             4);
    // Every step is kept in the timeline, whatever order it came in.
    QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM status_events WHERE wamid = ?"), {wamid})
                 .toInt(),
             3);
}

void TestProjector::aStatusBeforeItsMessageKeepsTheRowForIt()
{
    // A status for a message Hookline never saw sent: an outbound row holds it, with its
    // recipient's conversation.
    Setup s;
    QVERIFY(!s.project(status(QStringLiteral("delivered"), 1767261200)));
    QCOMPARE(s.scalar(QStringLiteral("SELECT direction FROM messages WHERE wamid = ?"), {wamid})
                 .toString(),
             QStringLiteral("outbound"));
    QCOMPARE(s.scalar(QStringLiteral("SELECT customer FROM messages WHERE wamid = ?"), {wamid})
                 .toString(),
             customer);
}

void TestProjector::aReplayDoesNotChangeWhatMetaReported()
{
    Setup s;
    QVERIFY(!s.project(status(QStringLiteral("delivered"), 1767261200)));
    // The operator replays the same step with another time: Meta's copy wins.
    QVERIFY(!s.project(status(QStringLiteral("delivered"), 1767269999, ItemOrigin::Replay)));
    QCOMPARE(s.scalar(QStringLiteral("SELECT timestamp FROM status_events WHERE wamid = ? AND "
                                     "status = 'delivered'"),
                      {wamid})
                 .toLongLong(),
             1767261200);
    QCOMPARE(s.scalar(QStringLiteral("SELECT origin FROM status_events WHERE wamid = ?"), {wamid})
                 .toString(),
             QStringLiteral("meta"));
}

void TestProjector::aStatusWithoutIdOrStatusIsRefused()
{
    Setup s;
    WorkItem noId = status(QStringLiteral("sent"), 1767261100);
    noId.element.remove(QStringLiteral("id"));
    const std::optional<ItemFailure> failure = s.project(noId);
    QVERIFY(failure);
    QVERIFY(!failure->transient);
    QVERIFY2(failure->message.contains(QLatin1String("no id or status")),
             qPrintable(failure->message));
    WorkItem noStatus = status(QString(), 1767261100);
    QVERIFY(s.project(noStatus));
    QCOMPARE(s.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestProjector)
#include "tst_projector.moc"
