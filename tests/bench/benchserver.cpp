#include "benchserver.h"

#include "storage/configstore.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <cstdio>

namespace hookline::bench {

namespace {

const QByteArray northwindSecret = "bench-secret-northwind";
const QByteArray lumenSecret = "bench-secret-lumen";

} // namespace

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

QByteArray sha256Hex(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QSet<QByteArray> BenchServer::storedShas(const QString &databasePath)
{
    QSet<QByteArray> stored;
    auto db = Database::open(optionsFor(databasePath), QStringLiteral("bench-check"));
    if (!db)
        return stored;
    QSqlQuery query((*db)->handle());
    query.exec(QStringLiteral("SELECT sha256 FROM deliveries"));
    while (query.next())
        stored.insert(query.value(0).toByteArray());
    return stored;
}

qint64 BenchServer::backlog(const QString &databasePath)
{
    auto db = Database::open(optionsFor(databasePath), QStringLiteral("bench-backlog"));
    return db ? backlog(**db) : -1;
}

qint64 BenchServer::backlog(Database &db)
{
    QSqlQuery query(db.handle());
    if (!query.exec(
            QStringLiteral("SELECT count(*) FROM delivery_status WHERE state <> 'processed'")) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

bool BenchServer::waitForDrain(const QString &databasePath, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (backlog(databasePath) == 0)
            return true;
        QThread::msleep(200);
    }
    return false;
}

QList<BenchLine> BenchServer::lines()
{
    return {
        {"106540352242922", "15550100001", "102290129340398", northwindSecret},
        {"107711223344556", "15550100002", "102290129340398", northwindSecret},
        {"108877665544332", "15550100003", "109988776655443", lumenSecret},
    };
}

DatabaseOptions BenchServer::optionsFor(const QString &databasePath)
{
    DatabaseOptions options;
    const auto location = DatabaseLocation::parse(databasePath);
    if (location && location->isPostgres())
        options.server = *location;
    else
        options.path = databasePath;
    return options;
}

QString BenchServer::seed(const QString &databasePath)
{
    auto db = Database::open(optionsFor(databasePath), QStringLiteral("bench-seed"));
    if (!db)
        return db.error();
    ConfigStore store((*db)->handle());
    store.addApp({QStringLiteral("northwind"), QStringLiteral("Northwind"), northwindSecret, "t1"});
    store.addApp({QStringLiteral("lumen"), QStringLiteral("Lumen"), lumenSecret, "t2"});
    const QStringList names = {QStringLiteral("Support"), QStringLiteral("Sales"),
                               QStringLiteral("Clinic")};
    const QList<BenchLine> all = lines();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const BenchLine &line = all.at(i);
        if (const Status s = store.addLine(
                {QString::fromLatin1(line.phoneNumberId),
                 QString::fromLatin1(line.wabaId),
                 names.at(i),
                 {},
                 line.secret == lumenSecret ? QStringLiteral("lumen") : QStringLiteral("northwind"),
                 true});
            !s)
            return s.error();
    }
    return {};
}

BenchServer::~BenchServer()
{
    if (running()) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString BenchServer::start(const QString &binary, const QString &databasePath,
                           const QStringList &extraArguments)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(binary,
                    QStringList{QStringLiteral("serve"), QStringLiteral("--db"), databasePath,
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                        extraArguments);
    static const QRegularExpression listening(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    m_port = 0;
    while (m_port == 0 && m_process.waitForReadyRead(10'000)) {
        output += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            m_port = quint16(match.captured(1).toUInt());
    }
    if (m_port == 0)
        return QStringLiteral("hookline serve did not start: %1").arg(QString::fromUtf8(output));
    return {};
}

int BenchServer::stop(int waitMs)
{
    if (!running())
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(waitMs))
        return -1;
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QByteArray BenchServer::fetchMetrics() const
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
    if (!socket.waitForConnected(2000))
        return {};
    socket.write("GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray all;
    while (socket.waitForReadyRead(2000))
        all += socket.readAll();
    return all;
}

double BenchServer::metric(const QByteArray &metrics, const QByteArray &name)
{
    for (const QByteArray &line : metrics.split('\n')) {
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).toDouble();
    }
    return 0;
}

} // namespace hookline::bench
