#include "fixtures.h"
#include "processing/backoffpolicy.h"
#include "processing/deadletterqueue.h"
#include "processing/deliverytrail.h"
#include "processingharness.h"
#include "storage/clock.h"
#include "storage/configstore.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace hookline;
using namespace hookline::test;

class TestProcessingFaults : public QObject
{
    Q_OBJECT

private slots:
    void backoffGrowsAndStaysUnderItsCap();
    void transientFailuresAreRetriedUntilTheySucceed();
    void alwaysTransientBecomesADeadLetter();
    void permanentFailureDeadLettersOnlyThatItem();
    void dlqRetryAfterTheCauseIsRemoved();
    void unroutableChangeIsProjectedOnceItsLineExists();
    void discardedDeadLettersStayDiscarded();
    void lockedDatabaseLeavesTheBatchForLater();
};

namespace {

const QString batchFile = QStringLiteral("batch_three_messages_two_statuses.json");
// The second status of that batch, and its id (the harness stores fixtures as replays: their
// dedupe keys are r/<kind>:<line>:<id>).
const QString targetWamid =
    QStringLiteral("wamid.HBgLMTU1NTAwMDU1NTUVAgARGBI3NjQzNUIxNjE5QzZFMkNENjUA");
const QString targetKey = QStringLiteral("r/s:106540352242922:") + targetWamid + u":read";
const QString targetMessageWamid =
    QStringLiteral("wamid.HBgLMTU1NTAwMDU1NTUVAgASGBQ1Rjc4QTQ3MjY0OUZFRjg2MjlEOQA=");
const QString targetMessageKey = QStringLiteral("r/m:106540352242922:") + targetMessageWamid;

// Processes until nothing is waiting for a retry, waiting for each retry's due time.
void processUntilSettled(ProcessingHarness &harness, int maxRounds = 20)
{
    for (int round = 0; round < maxRounds; ++round) {
        harness.process();
        const auto due = harness.processor().nextRetryAt();
        if (!due)
            return;
        QTest::qWait(int(qMax<qint64>(1, (*due - Clock::nowMicros()) / 1000 + 2)));
    }
    QFAIL("processing did not settle");
}

} // namespace

void TestProcessingFaults::backoffGrowsAndStaysUnderItsCap()
{
    const BackoffPolicy policy{100, 1000, 8};
    QRandomGenerator random(42);
    double previousMean = -1;
    for (int attempt = 1; attempt <= 4; ++attempt) {
        double sum = 0;
        for (int i = 0; i < 2000; ++i) {
            const qint64 delay = policy.delayMs(attempt, random);
            QVERIFY(delay >= 0 && delay <= policy.ceilingMs(attempt));
            sum += double(delay);
        }
        const double mean = sum / 2000;
        // Full jitter: uniform over [0, ceiling], so the mean is about half the ceiling.
        QVERIFY2(qAbs(mean - double(policy.ceilingMs(attempt)) / 2) <
                     double(policy.ceilingMs(attempt)) * 0.05,
                 qPrintable(QString::number(mean)));
        QVERIFY(mean > previousMean);
        previousMean = mean;
    }
    QCOMPARE(policy.ceilingMs(1), 100);
    QCOMPARE(policy.ceilingMs(3), 400);
    QCOMPARE(policy.ceilingMs(5), 1000); // capped
    QCOMPARE(policy.ceilingMs(40), 1000);
}

void TestProcessingFaults::transientFailuresAreRetriedUntilTheySucceed()
{
    QList<int> attemptsSeen;
    ProcessingHarness harness([&](ProcessorOptions &o) {
        o.backoff = {20, 2000, 6};
        o.faultHook = [&](const WorkItem &item, int attempt) -> std::optional<ItemFailure> {
            if (item.key != targetKey)
                return std::nullopt;
            attemptsSeen.append(attempt);
            if (attempt <= 3)
                return ItemFailure{QStringLiteral("database is locked (injected)"), true};
            return std::nullopt;
        };
    });
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const qint64 delivery = harness.inject({batchFile}).first();

    const BatchResult first = harness.process();
    QCOMPARE(first.items, 4); // the siblings are projected at once
    QCOMPARE(first.retrying, 1);
    QCOMPARE(
        harness.scalar(QStringLiteral("SELECT state FROM delivery_status WHERE id = ?"), {delivery})
            .toString(),
        QStringLiteral("retrying"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT state FROM items WHERE key = ?"), {targetKey})
                 .toString(),
             QStringLiteral("retrying"));
    QCOMPARE(
        harness.scalar(QStringLiteral("SELECT last_error FROM items WHERE key = ?"), {targetKey})
            .toString(),
        QStringLiteral("database is locked (injected)"));
    const qint64 firstDelay =
        harness
            .scalar(
                QStringLiteral("SELECT next_attempt_us - updated_at_us FROM items WHERE key = ?"),
                {targetKey})
            .toLongLong();
    QVERIFY(firstDelay >= 0 && firstDelay <= 20'000);

    // Nothing happens before the item is due.
    QCOMPARE(harness.process().items, 0);

    processUntilSettled(harness);
    QCOMPARE(attemptsSeen, (QList<int>{1, 2, 3, 4}));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT state FROM items WHERE key = ?"), {targetKey})
                 .toString(),
             QStringLiteral("done"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT attempts FROM items WHERE key = ?"), {targetKey})
                 .toInt(),
             4);
    QCOMPARE(
        harness.scalar(QStringLiteral("SELECT state FROM delivery_status WHERE id = ?"), {delivery})
            .toString(),
        QStringLiteral("processed"));
    QCOMPARE(
        harness.scalar(QStringLiteral("SELECT status FROM messages WHERE wamid = ?"), {targetWamid})
            .toString(),
        QStringLiteral("read"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM dead_letters")).toInt(), 0);
}

void TestProcessingFaults::alwaysTransientBecomesADeadLetter()
{
    ProcessingHarness harness([&](ProcessorOptions &o) {
        o.backoff = {1, 5, 3};
        o.faultHook = [](const WorkItem &item, int attempt) -> std::optional<ItemFailure> {
            if (item.key != targetKey)
                return std::nullopt;
            return ItemFailure{QStringLiteral("disk I/O error (attempt %1)").arg(attempt), true};
        };
    });
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.inject({batchFile});
    processUntilSettled(harness);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT state FROM items WHERE key = ?"), {targetKey})
                 .toString(),
             QStringLiteral("dead"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT reason FROM dead_letters")).toString(),
             QStringLiteral("processing_error"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT last_error FROM dead_letters")).toString(),
             QStringLiteral("disk I/O error (attempt 3)"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT item_key FROM dead_letters")).toString(),
             targetKey);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT state FROM delivery_status")).toString(),
             QStringLiteral("processed"));

    // The delivery's trail tells the whole story, in order.
    const qint64 id = harness.scalar(QStringLiteral("SELECT id FROM deliveries")).toLongLong();
    const auto trail = DeliveryTrail::build(harness.db().handle(), id);
    QVERIFY2(trail, trail ? "" : qPrintable(trail.error()));
    QStringList steps;
    QStringList targetAttempts;
    for (const TrailStep &step : *trail) {
        steps << step.step;
        if (step.step == QLatin1String("attempt")) {
            QCOMPARE(step.item, targetKey);
            targetAttempts << step.detail;
        }
    }
    QCOMPARE(steps.mid(0, 4), (QStringList{QStringLiteral("received"), QStringLiteral("replay"),
                                           QStringLiteral("committed"), QStringLiteral("routed")}));
    QCOMPARE(steps.count(QStringLiteral("item")), 5); // the batch's three messages, two statuses
    QCOMPARE(targetAttempts.size(), 3);
    QVERIFY2(targetAttempts.at(0).startsWith(
                 QStringLiteral("attempt 1 failed: disk I/O error (attempt 1); next attempt at")),
             qPrintable(targetAttempts.at(0)));
    QVERIFY(targetAttempts.at(1).startsWith(QStringLiteral("attempt 2 failed")));
    QCOMPARE(targetAttempts.at(2),
             QStringLiteral("attempt 3 failed: disk I/O error (attempt 3); no more attempts"));
    QCOMPARE(steps.count(QStringLiteral("dead_letter")), 1);
    QCOMPARE(steps.last(), QStringLiteral("state"));
    QCOMPARE(trail->last().detail, QStringLiteral("processing: processed"));
    // Attempts come before the dead letter they led to.
    QVERIFY(steps.lastIndexOf(QStringLiteral("attempt")) <
            steps.indexOf(QStringLiteral("dead_letter")));
}

void TestProcessingFaults::permanentFailureDeadLettersOnlyThatItem()
{
    ProcessingHarness harness([&](ProcessorOptions &o) {
        o.faultHook = [](const WorkItem &item, int) -> std::optional<ItemFailure> {
            if (item.key == targetMessageKey)
                return ItemFailure{QStringLiteral("image content cannot be read"), false};
            return std::nullopt;
        };
    });
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.inject({batchFile});
    const BatchResult result = harness.process();
    QCOMPARE(result.items, 4);
    QCOMPARE(result.dead, 1);
    QCOMPARE(result.retrying, 0);
    QCOMPARE(
        harness.scalar(QStringLiteral("SELECT count(*) FROM messages WHERE direction = 'inbound'"))
            .toInt(),
        2);
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = ?"),
                         {targetMessageWamid})
                 .toInt(),
             0);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM status_events")).toInt(), 2);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT reason FROM dead_letters")).toString(),
             QStringLiteral("processing_error"));
    QVERIFY(harness.scalar(QStringLiteral("SELECT detail FROM dead_letters"))
                .toString()
                .contains(QStringLiteral("image content cannot be read")));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT line FROM dead_letters")).toString(),
             QLatin1String(TestWorld::support));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT state FROM delivery_status")).toString(),
             QStringLiteral("processed"));
}

void TestProcessingFaults::dlqRetryAfterTheCauseIsRemoved()
{
    auto broken = std::make_shared<bool>(true);
    ProcessingHarness harness([broken](ProcessorOptions &o) {
        o.faultHook = [broken](const WorkItem &item, int) -> std::optional<ItemFailure> {
            if (*broken && item.key == targetMessageKey)
                return ItemFailure{QStringLiteral("projection bug"), false};
            return std::nullopt;
        };
    });
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.inject({batchFile});
    harness.process();
    DeadLetterQueue queue(harness.db().handle());
    auto dead = queue.list({QStringLiteral("dead"), {}, {}});
    QVERIFY(dead);
    QCOMPARE(dead->size(), 1);
    const qint64 id = dead->first().id;

    // Still broken: the retry fails again and the dead letter comes back with one more attempt.
    QCOMPARE(*queue.retry({id}), 1);
    harness.process();
    QCOMPARE(harness.scalar(QStringLiteral("SELECT state FROM dead_letters WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("dead"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT attempts FROM dead_letters WHERE id = ?"), {id})
                 .toInt(),
             2);

    *broken = false;
    QCOMPARE(*queue.retry({id}), 1);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT state FROM dead_letters WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("retrying"));
    const BatchResult result = harness.process();
    QCOMPARE(result.items, 1);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT state FROM dead_letters WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("retried"));
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = ?"),
                         {targetMessageWamid})
                 .toInt(),
             1);
    QCOMPARE(*queue.retry({id}), 0); // only dead letters can be retried
}

void TestProcessingFaults::unroutableChangeIsProjectedOnceItsLineExists()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay({QStringLiteral("unknown_phone_number_id.json")});
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 0);
    DeadLetterQueue queue(harness.db().handle());
    const qint64 id = queue.list()->first().id;
    QCOMPARE(queue.list()->first().reason, QStringLiteral("unknown_phone_number_id"));

    // Retrying before the line exists changes nothing but the attempt count.
    QCOMPARE(*queue.retryWhere({{}, QStringLiteral("unknown_phone_number_id"), {}}), 1);
    harness.process();
    QCOMPARE(harness.scalar(QStringLiteral("SELECT state FROM dead_letters WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("dead"));

    ConfigStore config(harness.db().handle());
    QVERIFY(config.addLine({QLatin1String(TestWorld::unconfigured),
                            QStringLiteral("102290129340398"), QStringLiteral("New"),
                            QStringLiteral("+1 555 010 9999"), QStringLiteral("northwind"), true}));
    QCOMPARE(*queue.retry({id}), 1);
    harness.process();
    QCOMPARE(harness.scalar(QStringLiteral("SELECT state FROM dead_letters WHERE id = ?"), {id})
                 .toString(),
             QStringLiteral("retried"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT line FROM messages")).toString(),
             QLatin1String(TestWorld::unconfigured));
}

void TestProcessingFaults::discardedDeadLettersStayDiscarded()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay({QStringLiteral("unknown_field_envelope.json")});
    DeadLetterQueue queue(harness.db().handle());
    const qint64 id = queue.list()->first().id;
    QCOMPARE(*queue.discard({id}), 1);
    QCOMPARE(*queue.retry({id}), 0);
    // The same content again does not bring it back.
    harness.replay({QStringLiteral("unknown_field_envelope.json")});
    QCOMPARE(queue.list()->size(), 1);
    QCOMPARE(queue.list()->first().state, QStringLiteral("discarded"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(),
             1); // its sibling
}

void TestProcessingFaults::lockedDatabaseLeavesTheBatchForLater()
{
    ProcessingHarness harness([](ProcessorOptions &o) { o.database.busyTimeoutMs = 50; });
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.inject({batchFile});
    QSqlQuery lock(harness.db().handle());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const auto blocked = harness.processor().processBatch();
    QVERIFY(!blocked);
    QVERIFY2(blocked.error().contains(QStringLiteral("locked")), qPrintable(blocked.error()));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT state FROM delivery_status")).toString(),
             QStringLiteral("pending"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM items")).toInt(), 0);
    const BatchResult result = harness.process();
    QCOMPARE(result.items, 5);
}

QTEST_GUILESS_MAIN(TestProcessingFaults)
#include "tst_processingfaults.moc"
