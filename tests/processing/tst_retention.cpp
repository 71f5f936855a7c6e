#include "composer/samplewebhooks.h"
#include "fixtures.h"
#include "processing/processingservice.h"
#include "processing/projectionrebuild.h"
#include "processing/replayinjector.h"
#include "processing/retentionpruner.h"
#include "processingharness.h"
#include "search/messagesearch.h"
#include "storage/clock.h"
#include "testworld.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace hookline;
using namespace hookline::test;

namespace {

constexpr qint64 Day = 86'400'000'000;
const QString carla = QStringLiteral("15550007001");
const QString dora = QStringLiteral("15550007002");

// Every row of every projection a rebuild derives, in a stable order.
QString projections(ProcessingHarness &harness)
{
    QString out;
    for (const char *table :
         {"messages", "status_events", "reactions", "group_receipts", "contacts", "identities",
          "contact_links", "calls", "events", "conversations", "value_errors"}) {
        QSqlQuery query(harness.db().handle());
        if (!query.exec(QStringLiteral("SELECT * FROM proj.") + QLatin1String(table)))
            qFatal("cannot read %s: %s", table, qPrintable(query.lastError().text()));
        QStringList rows;
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i) {
                // Where a contact's names sit in the search index: numbered in the order they
                // were indexed, not part of what the projections say.
                if (query.record().fieldName(i) != QLatin1String("search_row"))
                    fields << query.record().fieldName(i) + u'=' + query.value(i).toString();
            }
            rows << fields.join(u'|');
        }
        rows.sort();
        out += QLatin1String(table) + u'\n' + rows.join(u'\n') + u'\n';
    }
    return out;
}

SampleWebhooks::Params on(const QString &customer, const QString &name, const QString &wamid,
                          qint64 timestamp)
{
    SampleWebhooks::Params p;
    p.phoneNumberId = QLatin1String(TestWorld::support);
    p.wabaId = QStringLiteral("102290129340398");
    p.displayDigits = QStringLiteral("15550100001");
    p.customer = customer;
    p.name = name;
    p.wamid = wamid;
    p.timestamp = timestamp;
    return p;
}

void makeOld(ProcessingHarness &harness, const QList<qint64> &ids, qint64 ageUs)
{
    for (const qint64 id : ids) {
        TestWorld::scalar(harness.db(),
                          QStringLiteral("UPDATE main.deliveries SET received_at_us = ? WHERE "
                                         "id = ?"),
                          {Clock::nowMicros() - ageUs, id});
    }
}

} // namespace

class TestRetention : public QObject
{
    Q_OBJECT

private slots:
    void prunesWhatIsOldAndARebuildAgrees();
    void fixturesPrunedAtAnyPointAgreeWithARebuild_data();
    void fixturesPrunedAtAnyPointAgreeWithARebuild();
    void neverPrunesWhatIsNotProcessedYet();
    void aRedeliveryKeepsWhatItRepeats();
    void aReplayTakesOverFromMeta();
    void smallBatchesGetThereToo();
    void prunesWhileDeliveriesArrive();
    void theServicePrunesInTheBackground();
};

void TestRetention::prunesWhatIsOldAndARebuildAgrees()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    // Nothing due yet: nothing to do, and no error.
    const auto nothing = RetentionPruner(harness.db().handle())
                             .prune(RetentionPruner::cutoffFor(30, Clock::nowMicros()));
    QVERIFY2(nothing, qPrintable(nothing ? QString() : nothing.error()));
    QCOMPARE(nothing->deliveries, 0);
    const qint64 t = 1'700'000'000;
    SampleWebhooks::Params p =
        on(carla, QStringLiteral("Carla Mendes"), QStringLiteral("w.old.1"), t);
    p.text = QStringLiteral("zebra crossing at dawn");
    const qint64 oldText = harness.injectBody(SampleWebhooks::build(SampleWebhooks::Text, p));
    p = on(carla, QStringLiteral("Carla Mendes"), QStringLiteral("w.out.2"), t + 10);
    p.target = QStringLiteral("w.out.2");
    const qint64 oldSent = harness.injectBody(SampleWebhooks::build(SampleWebhooks::StatusSent, p));
    p = on(dora, QStringLiteral("Dora Lima"), QStringLiteral("w.old.3"), t + 20);
    p.text = QStringLiteral("quokka sightings only long ago");
    const qint64 oldDora = harness.injectBody(SampleWebhooks::build(SampleWebhooks::Text, p));
    // Young: the read status of the old outbound message, a reaction to the old text, and a
    // new message.
    p = on(carla, QStringLiteral("Carla Mendes"), QStringLiteral("w.out.2"), t + 100);
    p.target = QStringLiteral("w.out.2");
    harness.injectBody(SampleWebhooks::build(SampleWebhooks::StatusRead, p));
    p = on(carla, QStringLiteral("Carla Mendes"), QStringLiteral("w.react.4"), t + 110);
    p.target = QStringLiteral("w.old.1");
    harness.injectBody(SampleWebhooks::build(SampleWebhooks::Reaction, p));
    p = on(carla, QStringLiteral("Carla Mendes"), QStringLiteral("w.new.5"), t + 120);
    p.text = QStringLiteral("fresh hello");
    harness.injectBody(SampleWebhooks::build(SampleWebhooks::Text, p));
    harness.process();
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM proj.conversations")).toInt(), 2);
    makeOld(harness, {oldText, oldSent, oldDora}, 40 * Day);

    const auto report = RetentionPruner(harness.db().handle())
                            .prune(RetentionPruner::cutoffFor(30, Clock::nowMicros()));
    QVERIFY2(report, qPrintable(report ? QString() : report.error()));
    QCOMPARE(report->deliveries, 3);
    QCOMPARE(report->conversations, 1); // Dora's: nothing of hers is left
    QVERIFY(report->reprocess >= 2);    // the read status and the reaction, derived again
    harness.process();

    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM main.deliveries")).toInt(), 3);
    QCOMPARE(
        harness
            .scalar(QStringLiteral("SELECT count(*) FROM proj.contacts WHERE customer = ?"), {dora})
            .toInt(),
        0);
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT count(*) FROM proj.messages WHERE wamid = "
                                        "'w.old.1'"))
                 .toInt(),
             0);
    // The outbound message is known again from its young status alone.
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT status FROM proj.messages WHERE wamid = "
                                        "'w.out.2'"))
                 .toString(),
             QStringLiteral("read"));
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT count(*) FROM proj.status_events WHERE wamid = "
                                        "'w.out.2'"))
                 .toInt(),
             1);
    // Carla's conversation: its latest activity and service window as the young ones say.
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT last_wamid || ' ' || last_inbound_ts FROM "
                                        "proj.conversations WHERE customer = ?"),
                         {carla})
                 .toString(),
             QStringLiteral("w.new.5 %1").arg(t + 120));
    QVERIFY(MessageSearch(harness.db().handle()).find(QStringLiteral("zebra"))->hits.isEmpty());
    QCOMPARE(MessageSearch(harness.db().handle()).find(QStringLiteral("fresh"))->hits.size(), 1);
    QVERIFY(harness
                .scalar(QStringLiteral("SELECT detail FROM main.operator_actions WHERE action = "
                                       "'prune'"))
                .isNull()); // only prune's callers record (the command, the service)

    // A rebuild from the deliveries that remain derives exactly the same.
    const QString after = projections(harness);
    const QString summaries = harness.conversationSummaries();
    QVERIFY(ProjectionRebuild::reset(harness.db().handle()));
    harness.process();
    QCOMPARE(projections(harness), after);
    QCOMPARE(harness.conversationSummaries(), summaries);

    if (!harness.world().isPostgres()) {
        const QByteArray bytes = harness.world().databaseBytes();
        for (const char *trace : {"zebra crossing", "quokka", "Dora Lima"})
            QVERIFY2(!bytes.contains(trace), trace);
        QVERIFY(bytes.contains("fresh hello"));
    }
}

void TestRetention::fixturesPrunedAtAnyPointAgreeWithARebuild_data()
{
    QTest::addColumn<int>("percent");
    QTest::addColumn<bool>("fromMeta");
    for (int percent = 10; percent <= 100; percent += 10) {
        QTest::addRow("%d%% replayed", percent) << percent << false;
        QTest::addRow("%d%% from Meta", percent) << percent << true;
    }
}

void TestRetention::fixturesPrunedAtAnyPointAgreeWithARebuild()
{
    QFETCH(int, percent);
    QFETCH(bool, fromMeta);
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    QList<qint64> ids;
    if (fromMeta) {
        for (const QString &fixture : Fixtures::bodies())
            ids << harness.injectFromMeta(Fixtures::read(fixture));
    } else {
        ids = harness.inject(Fixtures::bodies());
    }
    harness.process();
    const QList<qint64> old = ids.mid(0, ids.size() * percent / 100);
    makeOld(harness, old, 10 * Day);
    RetentionPruner pruner(harness.db().handle());
    const auto report = pruner.prune(RetentionPruner::cutoffFor(7, Clock::nowMicros()));
    QVERIFY2(report, qPrintable(report ? QString() : report.error()));
    QCOMPARE(report->deliveries, int(old.size()));
    harness.process();
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM main.deliveries")).toInt(),
             int(ids.size() - old.size()));
    // What the kept deliveries said of pruned ones' conversations is derived again, and all of
    // it processed.
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT count(*) FROM proj.delivery_state WHERE state "
                                        "= 'pending'"))
                 .toInt(),
             0);
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT count(*) FROM proj.items WHERE delivery_id <= ?"),
                         {old.isEmpty() ? 0 : old.last()})
                 .toInt(),
             0);
    const QString after = projections(harness);
    const QString summaries = harness.conversationSummaries();
    QVERIFY(ProjectionRebuild::reset(harness.db().handle()));
    harness.process();
    const QString rebuilt = projections(harness);
    if (rebuilt != after) {
        // Say which rows differ.
        const QStringList a = after.split(u'\n'), b = rebuilt.split(u'\n');
        for (const QString &row : a) {
            if (!b.contains(row))
                qWarning().noquote() << "only pruned:" << row;
        }
        for (const QString &row : b) {
            if (!a.contains(row))
                qWarning().noquote() << "only rebuilt:" << row;
        }
    }
    QCOMPARE(rebuilt, after);
    QCOMPARE(harness.conversationSummaries(), summaries);
    if (percent == 100)
        QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM proj.messages")).toInt(), 0);
}

void TestRetention::neverPrunesWhatIsNotProcessedYet()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QList<qint64> processed = harness.inject({QStringLiteral("text_message.json")});
    harness.process();
    const QList<qint64> waiting = harness.inject({QStringLiteral("reaction_added.json")});
    makeOld(harness, processed + waiting, 100 * Day);
    const auto report = RetentionPruner(harness.db().handle())
                            .prune(RetentionPruner::cutoffFor(1, Clock::nowMicros()));
    QVERIFY2(report, qPrintable(report ? QString() : report.error()));
    QCOMPARE(report->deliveries, 1);
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT count(*) FROM main.deliveries WHERE id = ?"),
                         {waiting.first()})
                 .toInt(),
             1);
    // Processed now, it goes with the next round.
    harness.process();
    QCOMPARE(RetentionPruner(harness.db().handle())
                 .prune(RetentionPruner::cutoffFor(1, Clock::nowMicros()))
                 ->deliveries,
             1);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM main.deliveries")).toInt(), 0);
}

void TestRetention::aRedeliveryKeepsWhatItRepeats()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    // Meta delivered the same message twice, days apart: the first copy is due, the second not.
    const qint64 first =
        harness.injectFromMeta(Fixtures::read(QStringLiteral("text_message.json")));
    harness.process();
    harness.injectFromMeta(
        Fixtures::read(QStringLiteral("duplicate_redelivery_text_message.json")));
    QCOMPARE(harness.process().duplicates, 1);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM proj.item_copies")).toInt(), 1);
    makeOld(harness, {first}, 10 * Day);
    const auto report = RetentionPruner(harness.db().handle())
                            .prune(RetentionPruner::cutoffFor(7, Clock::nowMicros()));
    QVERIFY2(report, qPrintable(report ? QString() : report.error()));
    QCOMPARE(report->deliveries, 1);
    QCOMPARE(report->reprocess, 1);
    harness.process();
    // The message is still known, now from the copy that is kept.
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT count(*) FROM proj.messages WHERE delivery_id = "
                                        "(SELECT max(id) FROM main.deliveries)"))
                 .toInt(),
             1);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM proj.item_copies")).toInt(), 0);
}

void TestRetention::aReplayTakesOverFromMeta()
{
    // An operator replayed what Meta delivered: with Meta's copy gone, the replay is what is
    // left, as a rebuild would say.
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const qint64 fromMeta =
        harness.injectFromMeta(Fixtures::read(QStringLiteral("reply_with_context.json")));
    harness.process();
    harness.inject({QStringLiteral("reply_with_context.json")});
    harness.process();
    makeOld(harness, {fromMeta}, 10 * Day);
    QVERIFY(RetentionPruner(harness.db().handle())
                .prune(RetentionPruner::cutoffFor(7, Clock::nowMicros())));
    harness.process();
    const QString after = projections(harness);
    QVERIFY2(after.contains(QLatin1String("origin=replay")), qPrintable(after.left(1500)));
    QVERIFY(ProjectionRebuild::reset(harness.db().handle()));
    harness.process();
    QCOMPARE(projections(harness), after);
}

void TestRetention::smallBatchesGetThereToo()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QList<qint64> ids = harness.inject(Fixtures::bodies());
    harness.process();
    makeOld(harness, ids.mid(0, 20), 10 * Day);
    TestWorld::scalar(harness.db(),
                      QStringLiteral("INSERT INTO main.rejections (at_us, peer, method, route, "
                                     "reason, status, size) VALUES (?, '10.0.0.9', 'POST', "
                                     "'/webhook', 'bad_signature', 401, 10)"),
                      {Clock::nowMicros() - 10 * Day});
    RetentionPruner pruner(harness.db().handle());
    const qint64 cutoff = RetentionPruner::cutoffFor(7, Clock::nowMicros());
    int batches = 0;
    int deliveries = 0;
    int rejections = 0;
    for (;;) {
        const auto batch = pruner.pruneBatch(cutoff, 3);
        QVERIFY2(batch, qPrintable(batch ? QString() : batch.error()));
        QVERIFY(batch->deliveries <= 3);
        deliveries += batch->deliveries;
        rejections += batch->rejections;
        ++batches;
        if (!batch->more)
            break;
        QVERIFY(batches < 20);
    }
    QCOMPARE(deliveries, 20);
    QCOMPARE(rejections, 1);
    QVERIFY(batches >= 7);
}

void TestRetention::prunesWhileDeliveriesArrive()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QList<qint64> ids = harness.inject(Fixtures::bodies());
    harness.process();
    makeOld(harness, ids, 10 * Day);
    // Another connection commits deliveries all the while, as the receiver does.
    std::atomic<bool> stop = false;
    std::atomic<int> stored = 0;
    QString writerError;
    std::atomic<bool> writerFailed = false;
    std::thread writer([&] {
        // As the receiver's writer, paced: it must not starve the pruner of the write lock on a
        // slow disk, and its first delivery is in before pruning starts.
        DatabaseOptions options = harness.world().databaseOptions();
        options.synchronousFull = false;
        auto db = Database::open(options, QStringLiteral("writer"));
        if (!db) {
            writerError = db.error();
            writerFailed = true;
            return;
        }
        ReplayInjector injector((*db)->handle());
        const QByteArray body = Fixtures::read(QStringLiteral("text_message.json"));
        while (!stop) {
            if (const auto id = injector.inject(body, QStringLiteral("ingest")); !id) {
                writerError = id.error();
                writerFailed = true;
                return;
            }
            ++stored;
            std::this_thread::sleep_for(std::chrono::microseconds(300));
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(stored > 0 || writerFailed, 10'000);
    RetentionPruner pruner(harness.db().handle());
    const qint64 cutoff = RetentionPruner::cutoffFor(7, Clock::nowMicros());
    int pruned = 0;
    QString error;
    for (int i = 0; i < 200; ++i) {
        const auto batch = pruner.pruneBatch(cutoff, 2);
        if (!batch) {
            error = batch.error();
            break;
        }
        pruned += batch->deliveries;
        if (!batch->more)
            break;
    }
    stop = true;
    writer.join();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    QCOMPARE(pruned, int(ids.size()));
    QVERIFY(stored > 0);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM main.deliveries")).toInt(),
             int(stored));
}

void TestRetention::theServicePrunesInTheBackground()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QList<qint64> ids = harness.inject(Fixtures::bodies());
    harness.process();
    makeOld(harness, ids.mid(0, 5), 10 * Day);
    ProcessorOptions options;
    options.database = harness.world().databaseOptions();
    options.retainDays = 7;
    options.retentionFirstMs = 0;
    ProcessingService service(options);
    QList<ChangeSet> changes;
    connect(&service, &ProcessingService::changed, this,
            [&changes](const ChangeSet &set) { changes << set; });
    QVERIFY(service.start());
    QTRY_COMPARE_WITH_TIMEOUT(
        harness
            .scalar(QStringLiteral("SELECT count(*) FROM main.operator_actions WHERE action = "
                                   "'prune'"))
            .toInt(),
        1, 10'000);
    // The change set is queued to this thread: waited for before the service stops.
    QTRY_VERIFY(!changes.isEmpty());
    service.stop();
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM main.deliveries")).toInt(),
             int(ids.size() - 5));
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT operator FROM main.operator_actions WHERE action = "
                                        "'prune'"))
                 .toString(),
             QStringLiteral("retention"));
    QVERIFY(!changes.isEmpty());
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
