// hookline-loadgen: measures the receiver with signed, realistic load on keep-alive
// connections. Starts its own `hookline serve` on a fresh database unless told otherwise.

#include "benchserver.h"
#include "bodyfactory.h"
#include "httpload.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <QFile>

#include <cstdio>
#include <unistd.h>

using namespace hookline;
using namespace hookline::bench;

namespace {

// CPU time (user + system) a process has used, in seconds, from /proc/PID/stat; -1 elsewhere.
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // After the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
}

// The same, per thread, summed by thread name (/proc/PID/task/*/stat): where the CPU goes.
QMap<QString, double> threadCpuSeconds(qint64 pid)
{
    QMap<QString, double> byName;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(task + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // the thread has ended
        const QByteArray line = stat.readAll();
        const qsizetype open = line.indexOf('(');
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (open < 0 || close < open || fields.size() < 13)
            continue;
        byName[QString::fromUtf8(line.mid(open + 1, close - open - 1))] +=
            double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / ticks;
    }
    return byName;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Signed webhook load against hookline serve."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("connections"), QStringLiteral("Comma-separated connection counts."),
         QStringLiteral("list"), QStringLiteral("1,16,64,256")},
        {QStringLiteral("duration"), QStringLiteral("Seconds per connection count."),
         QStringLiteral("s"), QStringLiteral("10")},
        {QStringLiteral("synchronous"), QStringLiteral("full or normal (passed to serve)."),
         QStringLiteral("mode"), QStringLiteral("full")},
        {QStringLiteral("hookline"),
         QStringLiteral("The hookline binary (default: beside this one)."), QStringLiteral("path")},
        {QStringLiteral("rate"),
         QStringLiteral("Requests per second offered in all (open loop); 0: as fast as answered."),
         QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("db"),
         QStringLiteral("The database (default: a new SQLite file); a postgresql:// address "
                        "names an empty database to seed."),
         QStringLiteral("target")},
        {QStringLiteral("pool"),
         QStringLiteral("Requests prepared per second of duration before each run."),
         QStringLiteral("n"), QStringLiteral("16000")},
        {QStringLiteral("serve-arg"),
         QStringLiteral("An option passed to hookline serve as it is (repeatable), e.g. "
                        "--serve-arg=--no-media."),
         QStringLiteral("arg")},
    });
    parser.process(app);

    QList<int> levels;
    for (const QString &part : parser.value(QStringLiteral("connections")).split(u',')) {
        const int n = part.toInt();
        if (n <= 0) {
            print(QStringLiteral("invalid --connections\n"));
            return 2;
        }
        levels.append(n);
    }
    const double duration = parser.value(QStringLiteral("duration")).toDouble();
    const int poolPerSecond = parser.value(QStringLiteral("pool")).toInt();
    const double rate = parser.value(QStringLiteral("rate")).toDouble();
    QString binary = parser.value(QStringLiteral("hookline"));
    if (binary.isEmpty())
        binary = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("hookline"));

    QTemporaryDir dir;
    const QString dbPath = parser.isSet(QStringLiteral("db"))
                               ? parser.value(QStringLiteral("db"))
                               : dir.filePath(QStringLiteral("bench.sqlite"));
    if (const QString error = BenchServer::seed(dbPath); !error.isEmpty()) {
        print(QStringLiteral("cannot seed the database: %1\n").arg(error));
        return 1;
    }

    BenchServer serve;
    if (const QString error = serve.start(binary, dbPath,
                                          QStringList{QStringLiteral("--synchronous"),
                                                      parser.value(QStringLiteral("synchronous"))} +
                                              parser.values(QStringLiteral("serve-arg")));
        !error.isEmpty()) {
        print(error + u'\n');
        return 1;
    }
    const quint16 port = serve.port();
    const QList<BenchLine> lines = BenchServer::lines();
    BodyFactory factory(lines, "127.0.0.1:" + QByteArray::number(port));

    print(QStringLiteral("hookline-loadgen: %1 s per level, %4, synchronous=%2, server pid %3\n\n")
              .arg(duration)
              .arg(parser.value(QStringLiteral("synchronous")))
              .arg(serve.pid())
              .arg(rate > 0 ? QStringLiteral("%1 requests/s offered").arg(rate)
                            : QStringLiteral("closed loop")));
    const DatabaseOptions probeOptions = BenchServer::optionsFor(dbPath);
    auto probe = Database::open(probeOptions, QStringLiteral("bench-probe"));
    if (!probe) {
        print(QStringLiteral("cannot open the database: %1\n").arg(probe.error()));
        return 1;
    }
    auto backlog = [&probe] { return BenchServer::backlog(**probe); };

    print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
              .arg(QStringLiteral("conns"), 6)
              .arg(QStringLiteral("requests/s"), 11)
              .arg(QStringLiteral("p50 ms"), 8)
              .arg(QStringLiteral("p99 ms"), 8)
              .arg(QStringLiteral("max ms"), 8)
              .arg(QStringLiteral("non-2xx"), 8)
              .arg(QStringLiteral("errors"), 7)
              .arg(QStringLiteral("unprocessed"), 12)
              .arg(QStringLiteral("server CPU us/req"), 18));
    // The server's CPU from before the first request to the end of processing: what one
    // delivery costs it, received, verified, committed and processed.
    const double cpuAtStart = cpuSeconds(serve.pid());
    const QMap<QString, double> threadsAtStart = threadCpuSeconds(serve.pid());

    QList<QByteArray> acknowledged;
    QElapsedTimer wholeRun;
    wholeRun.start();
    for (int connections : levels) {
        QList<PreparedRequest> pool;
        const qsizetype poolSize = qsizetype(
            (rate > 0 ? qMin(rate * 1.1, double(poolPerSecond)) : poolPerSecond) * duration);
        pool.reserve(poolSize);
        for (qsizetype i = 0; i < poolSize; ++i)
            pool.append(factory.next());
        const double cpuBefore = cpuSeconds(serve.pid());
        const LoadResult r = HttpLoad::run(port, connections, duration, rate, factory, pool);
        const double levelCpu = cpuSeconds(serve.pid()) - cpuBefore;
        acknowledged += r.acknowledged;
        print(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                  .arg(connections, 6)
                  .arg(double(r.completed) / r.seconds, 11, 'f', 0)
                  .arg(r.p50Ms, 8, 'f', 2)
                  .arg(r.p99Ms, 8, 'f', 2)
                  .arg(r.maxMs, 8, 'f', 2)
                  .arg(r.non2xx, 8)
                  .arg(r.errors, 7)
                  .arg(backlog(), 12)
                  .arg(r.completed > 0 ? levelCpu * 1e6 / double(r.completed) : 0.0, 18, 'f', 0));
    }

    // How long the processor needs to finish what was received.
    QElapsedTimer drain;
    drain.start();
    while (backlog() > 0 && drain.elapsed() < 120'000)
        QThread::msleep(20);
    print(QStringLiteral("\nbacklog processed %1 s after the last level; processing kept up "
                         "with %2 deliveries/s over the whole run (%3 in %4 s)\n")
              .arg(double(drain.elapsed()) / 1000, 0, 'f', 2)
              .arg(double(acknowledged.size()) / (double(wholeRun.elapsed()) / 1000), 0, 'f', 0)
              .arg(acknowledged.size())
              .arg(double(wholeRun.elapsed()) / 1000, 0, 'f', 1));
    const double cpu = cpuSeconds(serve.pid()) - cpuAtStart;
    print(QStringLiteral("server CPU %1 s for %2 acknowledged and processed deliveries: %3 us "
                         "per delivery\n")
              .arg(cpu, 0, 'f', 2)
              .arg(acknowledged.size())
              .arg(acknowledged.isEmpty() ? 0.0 : cpu * 1e6 / double(acknowledged.size()), 0, 'f',
                   1));
    // Threads that ended during the run are not counted here.
    QStringList byThread;
    const QMap<QString, double> threadsAtEnd = threadCpuSeconds(serve.pid());
    for (auto it = threadsAtEnd.cbegin(); it != threadsAtEnd.cend(); ++it) {
        const double used = it.value() - threadsAtStart.value(it.key());
        if (used > 0 && !acknowledged.isEmpty())
            byThread << QStringLiteral("%1 %2").arg(it.key()).arg(
                used * 1e6 / double(acknowledged.size()), 0, 'f', 1);
    }
    print(QStringLiteral("  by thread, us per delivery (ticks of %1 ms): %2\n")
              .arg(1000.0 / double(sysconf(_SC_CLK_TCK)), 0, 'f', 0)
              .arg(byThread.join(QStringLiteral(", "))));
    probe->reset();

    const QByteArray metrics = serve.fetchMetrics();
    const double commits = BenchServer::metric(metrics, "hookline_commits_total");
    const double rows = BenchServer::metric(metrics, "hookline_committed_deliveries_total");
    serve.stop();

    const QSet<QByteArray> stored = BenchServer::storedShas(dbPath);
    qint64 missing = 0;
    for (const QByteArray &sha : std::as_const(acknowledged))
        missing += stored.contains(sha) ? 0 : 1;
    print(QStringLiteral("acknowledged %1, stored %2, acknowledged but missing %3\n")
              .arg(acknowledged.size())
              .arg(stored.size())
              .arg(missing));
    print(QStringLiteral("commits %1, deliveries per commit %2\n")
              .arg(commits, 0, 'f', 0)
              .arg(commits > 0 ? rows / commits : 0.0, 0, 'f', 1));
    return missing == 0 ? 0 : 1;
}
