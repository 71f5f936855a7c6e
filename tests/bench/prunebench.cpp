// hookline-prunebench: measures retention (RetentionPruner). It fills a fresh database with a
// conversation history spread over 60 days (customers who write again and again, and the
// statuses of what the business sent them), processes it (not timed), then prunes what is older
// than 30 days batch by batch, as `serve --retain-days 30` does. It reports each batch's
// transactions (the projections', and the delivery log's, whose write lock is the longest a
// receiver's commit can wait), the clean-up that leaves no copy behind, and the processing of what
// the kept deliveries say about the conversations that were touched. Run by hand (see README);
// never a timed test.

#include "processing/deliveryprocessor.h"
#include "processing/replayinjector.h"
#include "processing/retentionpruner.h"
#include "storage/clock.h"
#include "storage/configstore.h"
#include "storage/database.h"
#include "storage/secureerasure.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace hookline;

namespace {

constexpr qint64 Day = 86'400'000'000;

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

QByteArray envelope(const QByteArray &valueRest)
{
    return R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550100001","phone_number_id":"106540352242922"},)" +
           valueRest + R"(},"field":"messages"}]}]})";
}

// Delivery n: two in three are a customer's message, one in three a status (sent, delivered,
// read in turn) of a message the business sent a little earlier.
QByteArray body(int n, int customers)
{
    const qint64 timestamp = 1767261600 + n;
    if (n % 3 != 2) {
        const QByteArray customer = "1555" + QByteArray::number(2000000 + n % customers);
        return envelope(R"("contacts":[{"profile":{"name":"Customer )" +
                        QByteArray::number(n % customers) + R"("},"wa_id":")" + customer +
                        R"("}],"messages":[{"from":")" + customer + R"(","id":"wamid.M)" +
                        QByteArray::number(n) + R"(","timestamp":")" +
                        QByteArray::number(timestamp) +
                        R"(","type":"text","text":{"body":"Where is my order )" +
                        QByteArray::number(n) + R"( please"}}])");
    }
    static const char *const statuses[] = {"sent", "delivered", "read"};
    const int outbound = n / 9;
    return envelope(R"("statuses":[{"id":"wamid.O)" + QByteArray::number(outbound) +
                    R"(","status":")" + statuses[(n / 3) % 3] + R"(","timestamp":")" +
                    QByteArray::number(timestamp) + R"(","recipient_id":"1555)" +
                    QByteArray::number(2000000 + outbound % customers) + R"("}])");
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures retention (prune) batches."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("deliveries"), QStringLiteral("Deliveries over 60 days (default 200000)."),
          QStringLiteral("n"), QStringLiteral("200000")},
         {QStringLiteral("customers"), QStringLiteral("Customers writing (default 5000)."),
          QStringLiteral("n"), QStringLiteral("5000")},
         {QStringLiteral("batch"),
          QStringLiteral("Deliveries per transaction (default %1).")
              .arg(RetentionPruner::DefaultBatch),
          QStringLiteral("n"), QString::number(RetentionPruner::DefaultBatch)}});
    parser.process(app);
    const int deliveries = qMax(1, parser.value(QStringLiteral("deliveries")).toInt());
    const int customers = qMax(1, parser.value(QStringLiteral("customers")).toInt());
    const int batchSize = qMax(1, parser.value(QStringLiteral("batch")).toInt());

    QTemporaryDir dir;
    DatabaseOptions options;
    options.path = dir.filePath(QStringLiteral("bench.sqlite"));
    options.synchronousFull = false; // as hookline serve runs processing
    const qint64 now = Clock::nowMicros();
    print(QStringLiteral("filling %1 deliveries from %2 customers over 60 days...\n")
              .arg(deliveries)
              .arg(customers));
    {
        auto db = Database::open(options, QStringLiteral("fill"));
        if (!db) {
            print(db.error() + u'\n');
            return 1;
        }
        ConfigStore config((*db)->handle());
        config.addApp({QStringLiteral("app"), {}, "secret", "token"});
        config.addLine({QStringLiteral("106540352242922"),
                        QStringLiteral("102290129340398"),
                        {},
                        {},
                        QStringLiteral("app"),
                        true});
        (*db)->handle().transaction();
        ReplayInjector injector((*db)->handle());
        for (int i = 0; i < deliveries; ++i)
            injector.inject(body(i, customers), QStringLiteral("bench"));
        QSqlQuery spread((*db)->handle());
        spread.prepare(
            QStringLiteral("UPDATE main.deliveries SET received_at_us = ? + (id - 1) * ?"));
        spread.addBindValue(now - 60 * Day);
        spread.addBindValue(60 * Day / deliveries);
        spread.exec();
        (*db)->handle().commit();
    }
    ProcessorOptions processorOptions;
    processorOptions.database = options;
    DeliveryProcessor processor(processorOptions);
    if (Status opened = processor.open(); !opened) {
        print(opened.error() + u'\n');
        return 1;
    }
    if (const auto all = processor.processAll(); !all) {
        print(all.error() + u'\n');
        return 1;
    }

    QSqlDatabase db = processor.database();
    RetentionPruner pruner(db);
    const qint64 cutoff = RetentionPruner::cutoffFor(30, now);
    QList<double> batchMs;
    QList<double> logMs;
    RetentionPruner::Report total;
    QElapsedTimer round;
    round.start();
    for (;;) {
        QElapsedTimer timer;
        timer.start();
        const auto batch = pruner.pruneBatch(cutoff, batchSize);
        if (!batch) {
            print(batch.error() + u'\n');
            return 1;
        }
        batchMs << double(timer.nsecsElapsed()) / 1e6;
        logMs << double(batch->logLockUs) / 1e3;
        total.add(*batch);
        if (!batch->more)
            break;
    }
    const double pruneSeconds = double(round.nsecsElapsed()) / 1e9;
    QElapsedTimer timer;
    timer.start();
    const auto scrubbed = SecureErasure::finish(db);
    const double finishMs = double(timer.nsecsElapsed()) / 1e6;
    if (!scrubbed) {
        print(scrubbed.error() + u'\n');
        return 1;
    }
    timer.start();
    const auto again = processor.processAll();
    const double againSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (!again) {
        print(again.error() + u'\n');
        return 1;
    }
    print(QStringLiteral("pruned %1 deliveries (%2 messages) in %3 batches of up to %4: %5 s, "
                         "%6 deliveries/s\n")
              .arg(total.deliveries)
              .arg(total.messages)
              .arg(batchMs.size())
              .arg(batchSize)
              .arg(pruneSeconds, 0, 'f', 2)
              .arg(double(total.deliveries) / pruneSeconds, 0, 'f', 0));
    print(QStringLiteral("batch, both transactions, ms: p50 %1, p95 %2, max %3\n")
              .arg(percentile(batchMs, 0.5), 0, 'f', 1)
              .arg(percentile(batchMs, 0.95), 0, 'f', 1)
              .arg(percentile(batchMs, 1.0), 0, 'f', 1));
    print(QStringLiteral("delivery log write lock held (what a receiver's commit can wait), ms: "
                         "p50 %1, p95 %2, max %3\n")
              .arg(percentile(logMs, 0.5), 0, 'f', 2)
              .arg(percentile(logMs, 0.95), 0, 'f', 2)
              .arg(percentile(logMs, 1.0), 0, 'f', 2));
    print(QStringLiteral("clean-up (search index merge, WAL truncation): %1 ms\n")
              .arg(finishMs, 0, 'f', 1));
    print(QStringLiteral("kept deliveries derived again: %1 in %2 s\n")
              .arg(again->deliveries)
              .arg(againSeconds, 0, 'f', 2));
    return 0;
}
