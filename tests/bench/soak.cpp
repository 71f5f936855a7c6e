// hookline-soak: mixed signed load against a real `hookline serve` that is killed with SIGKILL
// at random moments and started again on the same database. At the end: no acknowledged
// delivery may be missing, the backlog must drain, and the export must equal that of a clean
// run (a fresh database, one serve, never killed) over the same stored deliveries.

#include "benchserver.h"
#include "bodyfactory.h"
#include "fixtures.h"
#include "http/signatureverifier.h"
#include "rawclient.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include <csignal>

using namespace hookline;
using namespace hookline::bench;

namespace {

QByteArray secretOf(const QByteArray &appId)
{
    for (const BenchLine &line : BenchServer::lines()) {
        if ((appId == "lumen") == (line.phoneNumberId == "108877665544332"))
            return line.secret;
    }
    return {};
}

QByteArray signedPost(const QByteArray &body, const QByteArray &secret)
{
    return "POST /webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "X-Hub-Signature-256: " +
           SignatureVerifier::headerFor(secret, body) +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// The mix: mostly fresh bodies (statuses, texts, media, reactions), every shared fixture now
// and then (all event types, unknown lines, odd shapes), and redeliveries of bodies already
// acknowledged, as Meta sends when an answer was lost.
class Mix
{
public:
    explicit Mix(QByteArray host)
        : m_factory(BenchServer::lines(), std::move(host))
    {
        for (const QString &name : test::Fixtures::bodies()) {
            const QByteArray body = test::Fixtures::read(name);
            // Signed with the app owning the line it names (Lumen's Clinic), else Northwind's.
            const QByteArray secret =
                body.contains("108877665544332") ? secretOf("lumen") : secretOf("northwind");
            m_fixtures.append({signedPost(body, secret), sha256Hex(body)});
        }
    }

    PreparedRequest next()
    {
        std::lock_guard lock(m_mutex);
        const quint32 roll = m_random.bounded(100);
        if (roll < 5 && !m_fixtures.isEmpty())
            return m_fixtures.at(qsizetype(m_random.bounded(quint32(m_fixtures.size()))));
        if (roll < 10 && !m_acknowledged.isEmpty()) {
            ++m_redeliveries;
            return m_acknowledged.at(
                qsizetype(m_random.bounded(quint32(qMin<qsizetype>(m_acknowledged.size(), 5000)))));
        }
        return m_factory.next();
    }

    void acknowledged(const PreparedRequest &request)
    {
        std::lock_guard lock(m_mutex);
        if (m_acknowledged.size() < 5000)
            m_acknowledged.append(request);
        m_acknowledgedShas.insert(request.sha256Hex);
        ++m_acknowledgedCount;
    }

    QSet<QByteArray> acknowledgedShas()
    {
        std::lock_guard lock(m_mutex);
        return m_acknowledgedShas;
    }
    qint64 acknowledgedCount()
    {
        std::lock_guard lock(m_mutex);
        return m_acknowledgedCount;
    }
    qint64 redeliveries()
    {
        std::lock_guard lock(m_mutex);
        return m_redeliveries;
    }

private:
    std::mutex m_mutex;
    BodyFactory m_factory;
    QList<PreparedRequest> m_fixtures;
    QList<PreparedRequest> m_acknowledged;
    QSet<QByteArray> m_acknowledgedShas;
    qint64 m_acknowledgedCount = 0;
    qint64 m_redeliveries = 0;
    QRandomGenerator m_random{20261128};
};

// Receipt times differ between any two runs; everything else must not.
QJsonValue withoutReceiptTimes(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        object.remove(QStringLiteral("received_at"));
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = withoutReceiptTimes(*it);
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = withoutReceiptTimes(array.at(i));
        return array;
    }
    return value;
}

QByteArray exportOf(const QString &binary, const QString &databasePath, QString *error)
{
    QProcess process;
    process.start(binary, {QStringLiteral("export"), QStringLiteral("--db"), databasePath});
    if (!process.waitForFinished(120'000) || process.exitCode() != 0) {
        *error = QString::fromUtf8(process.readAllStandardError());
        return {};
    }
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput());
    return QJsonDocument(withoutReceiptTimes(document.object()).toObject())
        .toJson(QJsonDocument::Indented);
}

QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> left = a.split('\n');
    const QList<QByteArray> right = b.split('\n');
    for (qsizetype i = 0; i < qMax(left.size(), right.size()); ++i) {
        if (left.value(i) != right.value(i))
            return QStringLiteral("line %1: soak `%2` / clean `%3`")
                .arg(i + 1)
                .arg(QString::fromUtf8(left.value(i).trimmed()),
                     QString::fromUtf8(right.value(i).trimmed()));
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Signed load against hookline serve, killed with SIGKILL at random."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("duration"), QStringLiteral("Seconds of load (default 1800)."),
         QStringLiteral("s"), QStringLiteral("1800")},
        {QStringLiteral("connections"), QStringLiteral("Concurrent connections (default 8)."),
         QStringLiteral("n"), QStringLiteral("8")},
        {QStringLiteral("kill-every"),
         QStringLiteral("A kill comes at a random moment in each such span of seconds "
                        "(default 30)."),
         QStringLiteral("s"), QStringLiteral("30")},
        {QStringLiteral("rate"),
         QStringLiteral("Requests per second offered in all (default 200; 0: as fast as "
                        "answered)."),
         QStringLiteral("n"), QStringLiteral("200")},
        {QStringLiteral("hookline"),
         QStringLiteral("The hookline binary (default: beside this one)."), QStringLiteral("path")},
        {QStringLiteral("keep"), QStringLiteral("Keep the databases in this folder."),
         QStringLiteral("dir")},
    });
    parser.process(app);
    const double duration = parser.value(QStringLiteral("duration")).toDouble();
    const int connections = qMax(1, parser.value(QStringLiteral("connections")).toInt());
    const double killEvery = qMax(1.0, parser.value(QStringLiteral("kill-every")).toDouble());
    const double rate = qMax(0.0, parser.value(QStringLiteral("rate")).toDouble());
    QString binary = parser.value(QStringLiteral("hookline"));
    if (binary.isEmpty())
        binary = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("hookline"));

    QTemporaryDir temporary;
    const QString folder = parser.isSet(QStringLiteral("keep"))
                               ? parser.value(QStringLiteral("keep"))
                               : temporary.path();
    QDir().mkpath(folder);
    const QString soakDb = QDir(folder).filePath(QStringLiteral("soak.sqlite"));
    const QString cleanDb = QDir(folder).filePath(QStringLiteral("clean.sqlite"));
    for (const QString &path : {soakDb, cleanDb}) {
        QFile::remove(path);
        if (const QString error = BenchServer::seed(path); !error.isEmpty()) {
            print(QStringLiteral("cannot seed %1: %2\n").arg(path, error));
            return 1;
        }
    }
    const QStringList serveArgs = {QStringLiteral("--no-log-file"), QStringLiteral("--log-level"),
                                   QStringLiteral("error")};

    auto serve = std::make_unique<BenchServer>();
    if (const QString error = serve->start(binary, soakDb, serveArgs); !error.isEmpty()) {
        print(error + u'\n');
        return 1;
    }
    std::atomic<quint16> port = serve->port();
    Mix mix("127.0.0.1");
    print(QStringLiteral("hookline-soak: %1 s, %2 connections, %4, a SIGKILL at a random moment "
                         "of every %3 s\n")
              .arg(duration)
              .arg(connections)
              .arg(killEvery)
              .arg(rate > 0 ? QStringLiteral("%1 requests/s offered").arg(rate)
                            : QStringLiteral("as fast as answered")));

    std::atomic<bool> stop = false;
    std::atomic<qint64> sent = 0;
    std::atomic<qint64> unanswered = 0;
    std::atomic<qint64> refused = 0;
    std::vector<std::thread> workers;
    for (int i = 0; i < connections; ++i) {
        workers.emplace_back([&, i] {
            RawClient client;
            const auto interval = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                std::chrono::duration<double>(rate > 0 ? connections / rate : 0.0));
            auto next = std::chrono::steady_clock::now() + (interval / connections) * i;
            while (!stop) {
                if (rate > 0) {
                    std::this_thread::sleep_until(next);
                    next += interval;
                }
                if (!client.isOpen() && !client.connectTo(port, 1000)) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(20));
                    continue;
                }
                const PreparedRequest request = mix.next();
                ++sent;
                const int status = client.send(request.bytes, 5000) ? client.readStatus(10'000)
                                                                    : RawClient::Closed;
                if (status == 200) {
                    mix.acknowledged(request);
                } else {
                    if (status < 0)
                        ++unanswered; // killed before answering: maybe stored, never acknowledged
                    else
                        ++refused;
                    client.close();
                }
            }
        });
    }

    QRandomGenerator random(11);
    QElapsedTimer clock;
    clock.start();
    int kills = 0;
    qint64 slowestRestartMs = 0;
    double nextSpan = 0;
    while (clock.elapsed() < duration * 1000) {
        const double at = nextSpan + random.bounded(killEvery);
        nextSpan += killEvery;
        while (clock.elapsed() < qMin(at, duration) * 1000)
            QThread::msleep(10);
        if (clock.elapsed() >= duration * 1000)
            break;
        ::kill(pid_t(serve->pid()), SIGKILL);
        serve->process().waitForFinished(10'000);
        ++kills;
        QElapsedTimer restart;
        restart.start();
        serve = std::make_unique<BenchServer>();
        if (const QString error = serve->start(binary, soakDb, serveArgs); !error.isEmpty()) {
            print(QStringLiteral("restart %1 failed: %2\n").arg(kills).arg(error));
            stop = true;
            for (auto &worker : workers)
                worker.join();
            return 1;
        }
        slowestRestartMs = qMax(slowestRestartMs, restart.elapsed());
        port = serve->port();
        print(QStringLiteral("  %1 s: SIGKILL %2, listening again after %3 ms; %4 acknowledged "
                             "so far\n")
                  .arg(double(clock.elapsed()) / 1000, 0, 'f', 1)
                  .arg(kills)
                  .arg(restart.elapsed())
                  .arg(mix.acknowledgedCount()));
    }
    stop = true;
    for (auto &worker : workers)
        worker.join();
    const double loadSeconds = double(clock.elapsed()) / 1000;

    const bool drained = BenchServer::waitForDrain(soakDb, 300'000);
    const int soakExit = serve->stop();
    serve.reset();

    // Everything acknowledged is stored.
    QList<QPair<QByteArray, QByteArray>> stored; // body, app, in receipt order
    QSet<QByteArray> storedShas;
    {
        DatabaseOptions options;
        options.path = soakDb;
        auto db = Database::open(options, QStringLiteral("soak-check"));
        if (!db) {
            print(QStringLiteral("cannot open %1: %2\n").arg(soakDb, db.error()));
            return 1;
        }
        QSqlQuery query((*db)->handle());
        query.exec(QStringLiteral("SELECT body, app_id, sha256 FROM deliveries ORDER BY id"));
        while (query.next()) {
            stored.append({query.value(0).toByteArray(), query.value(1).toByteArray()});
            storedShas.insert(query.value(2).toByteArray());
        }
    }
    qint64 missing = 0;
    const QSet<QByteArray> acknowledged = mix.acknowledgedShas();
    for (const QByteArray &sha : acknowledged)
        missing += storedShas.contains(sha) ? 0 : 1;

    // The clean run: the same stored deliveries, in the same order, to a serve never killed.
    BenchServer clean;
    if (const QString error = clean.start(binary, cleanDb, serveArgs); !error.isEmpty()) {
        print(error + u'\n');
        return 1;
    }
    RawClient client;
    qint64 cleanRefused = 0;
    for (const auto &[body, appId] : std::as_const(stored)) {
        if (!client.isOpen())
            client.connectTo(clean.port());
        client.send(signedPost(body, secretOf(appId)), 5000);
        if (client.readStatus(10'000) != 200) {
            ++cleanRefused;
            client.close();
        }
    }
    const bool cleanDrained = BenchServer::waitForDrain(cleanDb, 300'000);
    const int cleanExit = clean.stop();

    QString error;
    const QByteArray soakExport = exportOf(binary, soakDb, &error);
    const QByteArray cleanExport = exportOf(binary, cleanDb, &error);
    const bool equal = !soakExport.isEmpty() && soakExport == cleanExport;

    print(QStringLiteral(
              "\n%1 s of load, %2 SIGKILLs (slowest restart %3 ms)\n"
              "requests sent %4: acknowledged %5 (%6 redeliveries), unanswered at a kill %7, "
              "refused %8\n"
              "stored %9 deliveries; acknowledged but missing: %10\n"
              "backlog drained after the last restart: %11; clean shutdown: exit code %12\n"
              "clean run: %13 deliveries re-sent, %14 refused, drained: %15, exit code %16\n"
              "export (receipt times aside) equal to the clean run's: %17 (%18 bytes)\n")
              .arg(loadSeconds, 0, 'f', 0)
              .arg(kills)
              .arg(slowestRestartMs)
              .arg(sent.load())
              .arg(mix.acknowledgedCount())
              .arg(mix.redeliveries())
              .arg(unanswered.load())
              .arg(refused.load())
              .arg(stored.size())
              .arg(missing)
              .arg(drained ? QStringLiteral("yes") : QStringLiteral("NO"))
              .arg(soakExit)
              .arg(stored.size())
              .arg(cleanRefused)
              .arg(cleanDrained ? QStringLiteral("yes") : QStringLiteral("NO"))
              .arg(cleanExit)
              .arg(equal ? QStringLiteral("yes") : QStringLiteral("NO"))
              .arg(soakExport.size()));
    if (!equal)
        print(QStringLiteral("first difference: %1 %2\n")
                  .arg(firstDifference(soakExport, cleanExport), error));
    const bool ok = missing == 0 && drained && soakExit == 0 && cleanRefused == 0 && cleanDrained &&
                    cleanExit == 0 && equal && kills > 0;
    print(ok ? QStringLiteral("RESULT: pass\n") : QStringLiteral("RESULT: FAIL\n"));
    return ok ? 0 : 1;
}
