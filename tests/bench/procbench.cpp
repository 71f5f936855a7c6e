// hookline-procbench: measures processing alone. It fills a fresh database with deliveries
// (not timed), then times DeliveryProcessor::processAll over them, as `hookline serve` runs it.

#include "processing/deliveryprocessor.h"
#include "processing/replayinjector.h"
#include "storage/configstore.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace hookline;

namespace {

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

QByteArray statusBatch(int batch, int size)
{
    static const char *const statuses[] = {"sent", "delivered", "read"};
    QByteArray items;
    for (int i = 0; i < size; ++i) {
        const int n = batch * size + i;
        if (i)
            items += ',';
        items += R"({"id":"wamid.B)" + QByteArray::number(n / 3) + R"(","status":")" +
                 statuses[n % 3] + R"(","timestamp":")" + QByteArray::number(1767261600 + n) +
                 R"(","recipient_id":"1555)" + QByteArray::number(1000000 + n % 5000) +
                 R"(","pricing":{"billable":true,"pricing_model":"PMP","category":"utility"}})";
    }
    return envelope(R"("statuses":[)" + items + "]");
}

QByteArray singleMessage(int n)
{
    const QByteArray customer = "1555" + QByteArray::number(2000000 + n % 5000);
    return envelope(R"("contacts":[{"profile":{"name":"Customer )" + QByteArray::number(n % 5000) +
                    R"("},"wa_id":")" + customer + R"("}],"messages":[{"from":")" + customer +
                    R"(","id":"wamid.M)" + QByteArray::number(n) + R"(","timestamp":")" +
                    QByteArray::number(1767261600 + n) +
                    R"(","type":"text","text":{"body":"Message )" + QByteArray::number(n) +
                    R"("}}])");
}

struct Run
{
    QString name;
    int deliveries;
    std::function<QByteArray(int)> body;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures processing throughput."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("batches"), QStringLiteral("1000-status deliveries (default 50)."),
          QStringLiteral("n"), QStringLiteral("50")},
         {QStringLiteral("messages"), QStringLiteral("Single-message deliveries (default 50000)."),
          QStringLiteral("n"), QStringLiteral("50000")},
         {QStringLiteral("per-commit"),
          QStringLiteral("Deliveries per commit (default 1000; hookline serve gathers about a "
                         "hundred at 4,000/s)."),
          QStringLiteral("n"), QStringLiteral("1000")}});
    parser.process(app);
    const int batches = parser.value(QStringLiteral("batches")).toInt();
    const int messages = parser.value(QStringLiteral("messages")).toInt();
    const int perCommit = parser.value(QStringLiteral("per-commit")).toInt();

    const QList<Run> runs = {
        {QStringLiteral("1000-status batches"), batches,
         [](int i) { return statusBatch(i, 1000); }},
        {QStringLiteral("single-message deliveries"), messages,
         [](int i) { return singleMessage(i); }},
    };
    print(QStringLiteral("%1 %2 %3 %4 %5\n")
              .arg(QStringLiteral("workload"), -28)
              .arg(QStringLiteral("deliveries"), 10)
              .arg(QStringLiteral("items"), 9)
              .arg(QStringLiteral("seconds"), 8)
              .arg(QStringLiteral("items/s"), 9));
    for (const Run &run : runs) {
        QTemporaryDir dir;
        DatabaseOptions options;
        options.path = dir.filePath(QStringLiteral("bench.sqlite"));
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
            for (int i = 0; i < run.deliveries; ++i)
                injector.inject(run.body(i), QStringLiteral("bench"));
            (*db)->handle().commit();
        }
        ProcessorOptions processorOptions;
        processorOptions.database = options;
        processorOptions.database.synchronousFull = false; // as hookline serve runs it
        processorOptions.maxDeliveriesPerCommit = qMax(1, perCommit);
        DeliveryProcessor processor(processorOptions);
        if (Status opened = processor.open(); !opened) {
            print(opened.error() + u'\n');
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        const auto result = processor.processAll();
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!result) {
            print(result.error() + u'\n');
            return 1;
        }
        print(QStringLiteral("%1 %2 %3 %4 %5\n")
                  .arg(run.name, -28)
                  .arg(result->deliveries, 10)
                  .arg(result->items, 9)
                  .arg(seconds, 8, 'f', 2)
                  .arg(double(result->items) / seconds, 9, 'f', 0));
    }
    return 0;
}
