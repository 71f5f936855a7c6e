// hookline-consolebench: builds a database of a million messages over three lines and measures
// the console on it: time to a usable window, the busiest line's conversation list, opening a
// 50,000-message conversation, paging while scrolling, resident memory, and the GUI thread's
// longest stall while the embedded receiver ingests signed webhooks at a fixed rate, and, with
// --media-rate, while customers' photos arrive at that rate too and are downloaded from a mock
// Graph API (tests/support/mockgraph) and shown in the open conversation.
// Run by hand (see README); never a timed test.

#include "bodyfactory.h"
#include "consoleengine.h"
#include "consolemodels.h"
#include "conversationlistmodel.h"
#include "conversationspage.h"
#include "http/signatureverifier.h"
#include "httpload.h"
#include "linelistmodel.h"
#include "mainwindow.h"
#include "messagelistmodel.h"
#include "mockgraph.h"
#include "storage/configstore.h"
#include "storage/database.h"
#include "storage/sqlstatement.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>

using namespace hookline;
using namespace hookline::bench;

namespace {

const QByteArray northwindSecret = "bench-secret-northwind";
const QByteArray lumenSecret = "bench-secret-lumen";
const char *const busiest = "106540352242922";
const QString hugeCustomer = QStringLiteral("15559990000");

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Projections built directly (as processing would leave them), so that a million messages take
// seconds rather than the minutes a million signed webhooks would.
QString build(const QString &path, int messages)
{
    DatabaseOptions options;
    options.path = path;
    options.synchronousFull = false;
    auto db = Database::open(options, QStringLiteral("bench-build"));
    if (!db)
        return db.error();
    QSqlDatabase &handle = (*db)->handle();
    ConfigStore store(handle);
    store.addApp({QStringLiteral("northwind"), QStringLiteral("Northwind"), northwindSecret, "t1"});
    store.addApp({QStringLiteral("lumen"), QStringLiteral("Lumen"), lumenSecret, "t2"});
    store.addLine({QLatin1String(busiest), QStringLiteral("102290129340398"),
                   QStringLiteral("Support"), QStringLiteral("+1 555 010 0001"),
                   QStringLiteral("northwind"), true});
    store.addLine({QStringLiteral("107711223344556"), QStringLiteral("102290129340398"),
                   QStringLiteral("Sales"), QStringLiteral("+1 555 010 0002"),
                   QStringLiteral("northwind"), true});
    store.addLine({QStringLiteral("108877665544332"), QStringLiteral("109988776655443"),
                   QStringLiteral("Clinic"), QStringLiteral("+1 555 010 0003"),
                   QStringLiteral("lumen"), true});

    QSqlQuery(handle).exec(QStringLiteral("BEGIN"));
    SqlStatement message;
    SqlStatement contact;
    if (!message.prepare(handle, "INSERT INTO proj.messages (wamid, line, direction, type, "
                                 "customer, from_id, to_id, timestamp, text, content, status, "
                                 "status_rank, received_at_us) VALUES (?, ?, ?, 'text', ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?)") ||
        !contact.prepare(handle, "INSERT OR IGNORE INTO proj.contacts (line, customer, wa_id, "
                                 "name, seen_ts) VALUES (?, ?, ?, ?, ?)"))
        return message.lastError() + contact.lastError();

    // 60 % on the busiest line (50,000 of them in one conversation), 25 % and 15 % on the others.
    struct Plan
    {
        QString line;
        int count;
        int customers;
    };
    const QList<Plan> plans = {
        {QLatin1String(busiest), messages * 60 / 100, 10'000},
        {QStringLiteral("107711223344556"), messages * 25 / 100, 6'000},
        {QStringLiteral("108877665544332"), messages - messages * 85 / 100, 4'000},
    };
    const qint64 start = 1'700'000'000;
    qint64 serial = 0;
    for (const Plan &plan : plans) {
        const int huge = plan.line == QLatin1String(busiest) ? std::min(50'000, plan.count / 2) : 0;
        for (int i = 0; i < plan.count; ++i) {
            const bool inHuge = i < huge;
            const QString customer = inHuge
                                         ? hugeCustomer
                                         : QStringLiteral("1555%1").arg((i * 7919) % plan.customers,
                                                                        7, 10, QLatin1Char('0'));
            // The huge conversation is the most recent one on its line.
            const qint64 timestamp = inHuge ? start + 20'000'000 + i : start + i * 20 / 2;
            const bool outbound = (i % 10) < 3;
            const QString text = QStringLiteral("Message %1 about order #%2 — is it on its way?")
                                     .arg(i)
                                     .arg(100'000 + i % 9000);
            const QString wamid = QStringLiteral("wamid.bench.%1").arg(++serial);
            const QString business = plan.line;
            if (!message.exec({wamid, plan.line,
                               outbound ? QStringLiteral("outbound") : QStringLiteral("inbound"),
                               customer, outbound ? business : customer,
                               outbound ? customer : business, timestamp, text,
                               QStringLiteral("{\"body\":\"%1\"}").arg(text),
                               outbound ? QVariant(QStringLiteral("read")) : QVariant(),
                               outbound ? 4 : 0, timestamp * 1'000'000}) ||
                !contact.exec({plan.line, customer, customer,
                               QStringLiteral("Customer %1").arg(customer.right(4)), timestamp}))
                return message.lastError() + contact.lastError();
        }
    }
    QSqlQuery q(handle);
    if (!q.exec(QStringLiteral(
            "INSERT INTO proj.conversations (line, customer, last_ts, last_wamid, last_inbound_ts) "
            "SELECT line, customer, max(timestamp), "
            " (SELECT m2.wamid FROM proj.messages m2 WHERE m2.line = m.line AND m2.customer = "
            "  m.customer ORDER BY m2.timestamp DESC, m2.wamid DESC LIMIT 1), "
            " coalesce(max(CASE WHEN direction = 'inbound' THEN timestamp END), 0) "
            "FROM proj.messages m GROUP BY line, customer")) ||
        !q.exec(QStringLiteral("COMMIT")) || !q.exec(QStringLiteral("ANALYZE")))
        return q.lastError().text();
    return {};
}

// A photo a phone might send: 1024x768 of noise, so it compresses as badly as a real one.
QByteArray photo(quint32 seed)
{
    QImage image(1024, 768, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            line[x] = qRgb(int(x / 4 + random.bounded(40)), int(y / 3 + random.bounded(40)),
                           int(random.bounded(256)));
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return jpeg;
}

// A customer's photo to the busiest line, signed as Meta signs it.
PreparedRequest mediaRequest(int n, const QString &customer, const QString &mediaId,
                             const QString &sha256, const QByteArray &host)
{
    const QJsonObject message{
        {QStringLiteral("from"), customer},
        {QStringLiteral("id"), QStringLiteral("wamid.benchmedia.%1").arg(n)},
        {QStringLiteral("timestamp"), QString::number(QDateTime::currentSecsSinceEpoch())},
        {QStringLiteral("type"), QStringLiteral("image")},
        {QStringLiteral("image"),
         QJsonObject{{QStringLiteral("id"), mediaId},
                     {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                     {QStringLiteral("sha256"), sha256},
                     {QStringLiteral("caption"), QStringLiteral("photo %1").arg(n)}}}};
    const QJsonObject value{
        {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550100001")},
                     {QStringLiteral("phone_number_id"), QLatin1String(busiest)}}},
        {QStringLiteral("contacts"),
         QJsonArray{QJsonObject{{QStringLiteral("profile"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("Customer")}}},
                                {QStringLiteral("wa_id"), customer}}}},
        {QStringLiteral("messages"), QJsonArray{message}}};
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("102290129340398")},
             {QStringLiteral("changes"),
              QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("messages")},
                                     {QStringLiteral("value"), value}}}}}}}};
    const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    PreparedRequest request;
    request.sha256Hex = SignatureVerifier::sha256Hex(payload);
    request.bytes = "POST /webhook HTTP/1.1\r\nHost: " + host +
                    "\r\nUser-Agent: facebookexternalua\r\nContent-Type: application/json\r\n"
                    "X-Hub-Signature-256: " +
                    SignatureVerifier::headerFor(northwindSecret, payload) +
                    "\r\nContent-Length: " + QByteArray::number(payload.size()) + "\r\n\r\n" +
                    payload;
    return request;
}

struct Stall
{
    double maxMs = 0;
    double p99Ms = 0;
    int samples = 0;
};

// Times every event the GUI thread handles while watching, and keeps the longest: what it was
// and for whom, so a stall can be named without a profiler.
class WatchedApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!watching || depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++depth;
        QElapsedTimer clock;
        clock.start();
        const int type = event->type();
        QString who = QString::fromLatin1(receiver->metaObject()->className()) +
                      QStringLiteral(" '") + receiver->objectName() + u'\'';
        if (const QObject *owner = receiver->parent())
            who += QStringLiteral(" of ") + QString::fromLatin1(owner->metaObject()->className());
        const bool handled = QApplication::notify(receiver, event);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        --depth;
        if (ms > longestMs) {
            longestMs = ms;
            longest = who + QStringLiteral(", event type ") + QString::number(type);
        }
        return handled;
    }

    bool watching = false;
    double longestMs = 0;
    QString longest;

private:
    int depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    WatchedApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the console on a large database."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QStringLiteral("Database to use; built when missing (default: a "
                        "temporary one)."),
         QStringLiteral("path")},
        {QStringLiteral("messages"), QStringLiteral("Messages to build (default 1000000)."),
         QStringLiteral("n"), QStringLiteral("1000000")},
        {QStringLiteral("rate"), QStringLiteral("Webhooks per second during the ingest phase."),
         QStringLiteral("n"), QStringLiteral("1000")},
        {QStringLiteral("ingest-seconds"), QStringLiteral("Length of the ingest phase."),
         QStringLiteral("s"), QStringLiteral("20")},
        {QStringLiteral("media-rate"),
         QStringLiteral("Customers' photos per second during the ingest phase, downloaded from a "
                        "mock Graph API (default 0: none)."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("no-downloads"),
         QStringLiteral("Send the photos' webhooks but download nothing (to tell the downloads' "
                        "cost from the webhooks')")},
    });
    parser.process(app);

    QTemporaryDir dir;
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("console-bench.sqlite"));
    if (!QFile::exists(path)) {
        QElapsedTimer building;
        building.start();
        print(QStringLiteral("building %1 messages into %2 ...\n")
                  .arg(parser.value(QStringLiteral("messages")), path));
        if (const QString error = build(path, parser.value(QStringLiteral("messages")).toInt());
            !error.isEmpty()) {
            print(QStringLiteral("cannot build the database: %1\n").arg(error));
            return 1;
        }
        print(QStringLiteral("built in %1 s\n\n").arg(building.elapsed() / 1000.0, 0, 'f', 1));
        sinceStart.restart(); // the window's start is measured without the build
    }

    // Photos: a mock Graph API serving them, and the apps' access tokens for it.
    const double mediaRate = parser.value(QStringLiteral("media-rate")).toDouble();
    std::unique_ptr<hookline::test::MockGraph> graph;
    QStringList mediaIds;
    QStringList mediaShas;
    if (mediaRate > 0) {
        graph = std::make_unique<hookline::test::MockGraph>();
        for (int i = 0; i < 60; ++i) {
            const QByteArray bytes = photo(quint32(i + 1));
            const QString id = QStringLiteral("77%1").arg(i, 6, 10, QLatin1Char('0'));
            graph->addMedia(id, bytes, QStringLiteral("image/jpeg"));
            mediaIds << id;
            mediaShas << hookline::test::MockGraph::base64Sha256(bytes);
        }
        DatabaseOptions tokenOptions;
        tokenOptions.path = path;
        auto db = Database::open(tokenOptions, QStringLiteral("bench-token"));
        if (!db || !ConfigStore((*db)->handle())
                        .setAccessToken(QStringLiteral("northwind"),
                                        hookline::test::MockGraph::goodToken)) {
            print(QStringLiteral("cannot set the access token\n"));
            return 1;
        }
    }

    sinceStart.restart(); // nor the photos' making
    ConsoleOptions options;
    options.receiver.database.path = path;
    options.receiver.port = 0;
    if (graph)
        options.graph.base = graph->url();
    options.mediaDownloads = !parser.isSet(QStringLiteral("no-downloads"));
    ConsoleEngine engine(options);
    if (Status s = engine.open(); !s) {
        print(s.error() + u'\n');
        return 1;
    }
    MainWindow window(&engine);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    const double usableMs = double(sinceStart.nsecsElapsed()) / 1e6;
    const double rssOpen = residentMb();

    auto timed = [](const std::function<void()> &action) {
        QElapsedTimer t;
        t.start();
        action();
        QCoreApplication::processEvents();
        return double(t.nsecsElapsed()) / 1e6;
    };
    ConsoleModels *models = engine.models();
    const int busyRow = models->lines()->rowOfLine(QLatin1String(busiest));
    const double busyListMs = timed([&] { window.selectLine(busyRow); });
    const int conversations = models->conversations()->rowCount();

    QListView *list = window.conversations()->list();
    const QString hugeId = QLatin1String(busiest) + u'/' + hugeCustomer;
    while (models->conversations()->rowOf(hugeId) < 0 && models->conversations()->canFetchMore({}))
        models->conversations()->fetchMore({}); // when an earlier run's ingest is newer
    const int hugeRow = models->conversations()->rowOf(hugeId);
    const double openMs =
        timed([&] { list->setCurrentIndex(models->conversations()->index(hugeRow, 0)); });
    const int loaded = models->messages()->rowCount();

    QList<double> olderPages;
    for (int i = 0; i < 20 && models->messages()->hasOlder(); ++i)
        olderPages << timed([&] { models->messages()->fetchOlder(); });
    QList<double> listPages;
    for (int i = 0; i < 20 && models->conversations()->canFetchMore({}); ++i)
        listPages << timed([&] { models->conversations()->fetchMore({}); });
    std::sort(olderPages.begin(), olderPages.end());
    std::sort(listPages.begin(), listPages.end());
    const double rssBrowse = residentMb();

    // Ingest: signed webhooks at a fixed rate into the embedded receiver, while a 5 ms timer
    // measures how late the GUI thread's event loop runs it.
    if (Status s = engine.startServices(); !s || engine.port() == 0) {
        print(QStringLiteral("cannot start the receiver: %1\n").arg(engine.stats().listening));
        return 1;
    }
    window.selectLine(0);
    const QList<BenchLine> lines = {
        {"106540352242922", "15550100001", "102290129340398", northwindSecret},
        {"107711223344556", "15550100002", "102290129340398", northwindSecret},
        {"108877665544332", "15550100003", "109988776655443", lumenSecret},
    };
    BodyFactory factory(lines, "127.0.0.1:" + QByteArray::number(engine.port()));
    const double seconds = parser.value(QStringLiteral("ingest-seconds")).toDouble();
    const double rate = parser.value(QStringLiteral("rate")).toDouble();
    QList<PreparedRequest> pool;
    for (int i = 0; i < int(rate * seconds * 1.2) + 100; ++i)
        pool.append(factory.next());
    // One photo in ten goes to the conversation on screen, so its bubbles download, decode and
    // lay out while the agent watches; the others come from new customers, as the text load's
    // messages do (messages to the million's existing conversations cost processing more, with
    // or without media: see RESULTS.md).
    QList<PreparedRequest> mediaPool;
    if (mediaRate > 0) {
        for (int i = 0; i < int(mediaRate * seconds * 1.2) + 10; ++i) {
            const QString customer = i % 10 == 0
                                         ? hugeCustomer
                                         : QStringLiteral("1666%1").arg(i, 7, 10, QLatin1Char('0'));
            mediaPool.append(mediaRequest(i, customer, mediaIds.at(i % mediaIds.size()),
                                          mediaShas.at(i % mediaShas.size()),
                                          "127.0.0.1:" + QByteArray::number(engine.port())));
        }
        list->setCurrentIndex(
            models->conversations()->index(std::max(0, models->conversations()->rowOf(hugeId)), 0));
    }
    LoadResult load;
    LoadResult mediaLoad;
    std::atomic<bool> loadDone = false;
    std::thread loader([&] {
        std::thread photos;
        if (mediaRate > 0)
            photos = std::thread([&] {
                mediaLoad = HttpLoad::run(engine.port(), 4, seconds, mediaRate, factory, mediaPool);
            });
        load = HttpLoad::run(engine.port(), 16, seconds, rate, factory, pool);
        if (photos.joinable())
            photos.join();
        loadDone = true;
    });
    QList<double> lateness;
    double worst = 0; // the longest stall, and when it ended (ms into the ingest)
    qint64 worstAtMs = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 expected = 5;
    // Where the longest stall went (Linux): the GUI thread's own time on a CPU, and its time
    // runnable but waiting for one (the machine's other threads had both cores).
    const auto schedstat = [] {
        QFile file(QStringLiteral("/proc/thread-self/schedstat"));
        const QList<QByteArray> fields =
            file.open(QIODevice::ReadOnly) ? file.readAll().split(' ') : QList<QByteArray>();
        return std::pair<qint64, qint64>(fields.value(0).toLongLong(),
                                         fields.value(1).toLongLong());
    };
    auto lastSched = schedstat();
    double worstRunMs = 0;
    double worstWaitMs = 0;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        const qint64 late = std::max<qint64>(0, now - expected);
        const auto sched = schedstat();
        if (lateness.isEmpty() || double(late) > worst) {
            worst = double(late);
            worstAtMs = now;
            worstRunMs = double(sched.first - lastSched.first) / 1e6;
            worstWaitMs = double(sched.second - lastSched.second) / 1e6;
        }
        lastSched = sched;
        lateness << double(late);
        expected = now + 5;
    });
    tick.start();
    app.watching = true;
    QTimer stopper;
    QObject::connect(&stopper, &QTimer::timeout, [&] {
        if (loadDone)
            app.quit();
    });
    stopper.start(100);
    app.exec();
    app.watching = false;
    loader.join();
    // Let processing catch up, then stop.
    QElapsedTimer drain;
    drain.start();
    while (engine.stats().backlog > 0 && drain.elapsed() < 30'000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    }
    const double drainMs = double(drain.elapsed());
    // And the downloads: every photo received, kept (or not) before the figures are read.
    QElapsedTimer downloads;
    downloads.start();
    auto mediaCount = [&](const char *state) {
        QSqlQuery q(engine.database().handle());
        q.prepare(QStringLiteral("SELECT count(*) FROM main.media WHERE state = ?"));
        q.addBindValue(QString::fromLatin1(state));
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    };
    while (mediaRate > 0 && options.mediaDownloads && mediaCount("stored") < mediaLoad.completed &&
           downloads.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    const double downloadsMs = double(downloads.elapsed());
    std::sort(lateness.begin(), lateness.end());
    Stall stall;
    stall.samples = int(lateness.size());
    if (!lateness.isEmpty()) {
        stall.maxMs = lateness.last();
        stall.p99Ms = lateness.at(int(lateness.size() * 0.99));
    }
    const double rssEnd = residentMb();
    engine.stop();

    auto pct = [](const QList<double> &v, double p) {
        return v.isEmpty() ? 0.0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(v.size() * p)));
    };
    QSqlQuery count(engine.database().handle());
    count.exec(QStringLiteral("SELECT count(*) FROM proj.messages"));
    const qint64 total = count.next() ? count.value(0).toLongLong() : 0;
    print(QStringLiteral("messages in the database            %1\n").arg(total));
    print(QStringLiteral("usable window after start           %1 ms   (target < 1500)\n")
              .arg(usableMs, 0, 'f', 1));
    print(QStringLiteral("busiest line's conversation list    %1 ms   (target < 200; %2 rows "
                         "loaded)\n")
              .arg(busyListMs, 0, 'f', 1)
              .arg(conversations));
    print(QStringLiteral("open the 50,000-message conversation %1 ms  (target < 150; %2 rows "
                         "loaded)\n")
              .arg(openMs, 0, 'f', 1)
              .arg(loaded));
    print(QStringLiteral("older page while scrolling up       p50 %1 ms, max %2 ms (%3 pages)\n")
              .arg(pct(olderPages, 0.5), 0, 'f', 1)
              .arg(olderPages.isEmpty() ? 0 : olderPages.last(), 0, 'f', 1)
              .arg(olderPages.size()));
    print(QStringLiteral("conversation list page (fetchMore)  p50 %1 ms, max %2 ms (%3 pages)\n")
              .arg(pct(listPages, 0.5), 0, 'f', 1)
              .arg(listPages.isEmpty() ? 0 : listPages.last(), 0, 'f', 1)
              .arg(listPages.size()));
    print(QStringLiteral("resident memory                     %1 MB open, %2 MB after browsing, "
                         "%3 MB after ingest (target < 300)\n")
              .arg(rssOpen, 0, 'f', 0)
              .arg(rssBrowse, 0, 'f', 0)
              .arg(rssEnd, 0, 'f', 0));
    print(QStringLiteral("ingest                              %1 webhooks in %2 s (%3/s offered), "
                         "non-2xx %4, errors %5, p99 %6 ms\n")
              .arg(load.completed)
              .arg(load.seconds, 0, 'f', 1)
              .arg(rate)
              .arg(load.non2xx)
              .arg(load.errors)
              .arg(load.p99Ms, 0, 'f', 1));
    print(QStringLiteral("GUI thread lateness during ingest   max %1 ms, p99 %2 ms over %3 "
                         "ticks (target: never > 50); the longest ended %4 s in, the GUI "
                         "thread ran %5 ms of it, waited %6 ms for a CPU and was blocked (disk, "
                         "lock) %7 ms\n")
              .arg(stall.maxMs, 0, 'f', 1)
              .arg(stall.p99Ms, 0, 'f', 1)
              .arg(stall.samples)
              .arg(double(worstAtMs) / 1000.0, 0, 'f', 2)
              .arg(worstRunMs, 0, 'f', 0)
              .arg(worstWaitMs, 0, 'f', 0)
              .arg(std::max(0.0, stall.maxMs + 5 - worstRunMs - worstWaitMs), 0, 'f', 0));
    print(QStringLiteral("longest GUI event during ingest     %1 ms: %2\n")
              .arg(app.longestMs, 0, 'f', 1)
              .arg(app.longest));
    print(QStringLiteral("processing caught up                %1 ms after the load ended\n")
              .arg(drainMs, 0, 'f', 0));
    if (mediaRate > 0)
        print(QStringLiteral("photos                              %1 sent (%2/s offered, non-2xx "
                             "%3), %4 downloaded and kept, %5 pending, %6 failed; all kept %7 ms "
                             "after processing caught up; %8 downloads from the mock\n")
                  .arg(mediaLoad.completed)
                  .arg(mediaRate)
                  .arg(mediaLoad.non2xx)
                  .arg(mediaCount("stored"))
                  .arg(mediaCount("pending"))
                  .arg(mediaCount("failed"))
                  .arg(options.mediaDownloads ? QString::number(downloadsMs, 'f', 0)
                                              : QStringLiteral("(downloads off) 0"))
                  .arg(graph->downloadRequests()));
    return 0;
}
