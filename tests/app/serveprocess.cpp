#include "serveprocess.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <algorithm>

namespace hookline::test {

QJsonObject ServeProcess::exportOf(const QString &dbPath, const QStringList &extra)
{
    QByteArray out;
    if (run(QStringList{QStringLiteral("export"), QStringLiteral("--db"), dbPath} + extra, {},
            &out) != 0)
        return {};
    return QJsonDocument::fromJson(out).object();
}

qint64 ServeProcess::unprocessed(const QString &dbPath)
{
    DatabaseOptions options;
    options.path = dbPath;
    auto db = Database::open(options, QStringLiteral("probe"));
    if (!db)
        return -1;
    QSqlQuery query((*db)->handle());
    if (!query.exec(
            QStringLiteral("SELECT count(*) FROM delivery_status WHERE state <> 'processed'")) ||
        !query.next())
        return -1;
    return query.value(0).toLongLong();
}

int ServeProcess::run(const QStringList &args, const QByteArray &stdinData, QByteArray *out,
                      QByteArray *err, int timeoutMs)
{
    QProcess process;
    process.start(binary(), args);
    if (!process.waitForStarted(timeoutMs))
        return -1;
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

ServeProcess::~ServeProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool ServeProcess::launch(const QString &dbPath, const QStringList &extraArgs)
{
    m_output.clear();
    m_port = 0;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(binary(),
                    QStringList{QStringLiteral("serve"), QStringLiteral("--db"), dbPath,
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                        extraArgs);
    return m_process.waitForStarted(10'000);
}

bool ServeProcess::start(const QString &dbPath, const QStringList &extraArgs, const QString &scheme)
{
    if (!launch(dbPath, extraArgs))
        return false;
    const QRegularExpression listening(
        QStringLiteral("listening on %1://127\\.0\\.0\\.1:(\\d+)").arg(scheme));
    const QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAll();
        const auto match = listening.match(QString::fromUtf8(m_output));
        if (match.hasMatch()) {
            m_port = quint16(match.captured(1).toUInt());
            return true;
        }
    }
    m_output += m_process.readAll();
    return false;
}

qint64 ServeProcess::residentKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 ServeProcess::settledResidentKiB(int timeoutMs) const
{
    QElapsedTimer clock;
    clock.start();
    QList<qint64> samples{residentKiB()};
    while (clock.elapsed() < timeoutMs) {
        QThread::msleep(200);
        samples.append(residentKiB());
        if (samples.size() >= 3) {
            const auto last = samples.mid(samples.size() - 3);
            const auto [low, high] = std::minmax_element(last.begin(), last.end());
            if (*high - *low < 64)
                return samples.last();
        }
    }
    return samples.last();
}

} // namespace hookline::test
