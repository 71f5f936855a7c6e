#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace hookline::test {

// `hookline` run as a child process, as a user or a service manager would.
class ServeProcess
{
public:
    static QString binary() { return QStringLiteral(HOOKLINE_BINARY); }

    // Runs a command to completion; returns its exit code (-1 if it did not finish).
    static int run(const QStringList &args, const QByteArray &stdinData = {},
                   QByteArray *out = nullptr, QByteArray *err = nullptr, int timeoutMs = 30'000);

    // `hookline export --db dbPath extra` parsed; an empty object if it fails.
    static QJsonObject exportOf(const QString &dbPath, const QStringList &extra = {});
    // Deliveries of that SQLite database not processed yet, or -1.
    static qint64 unprocessed(const QString &dbPath);

    ~ServeProcess();

    // Starts `hookline serve --db dbPath --listen 127.0.0.1:0 extraArgs` and waits for the
    // line that says where it listens. Returns false (with the output) if it does not come.
    bool start(const QString &dbPath, const QStringList &extraArgs = {},
               const QString &scheme = QStringLiteral("http"));
    // Starts it without waiting for it to listen.
    bool launch(const QString &dbPath, const QStringList &extraArgs = {});
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    QProcess &process() { return m_process; }
    QString output() const { return QString::fromUtf8(m_output); }

    // Resident memory of the child in KiB (Linux), or -1.
    qint64 residentKiB() const;
    // Resident memory once it has stopped moving: three samples 200 ms apart within 64 KiB of
    // each other (its background threads make their first allocations after it listens), or the
    // last sample after timeoutMs.
    qint64 settledResidentKiB(int timeoutMs = 10000) const;

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

} // namespace hookline::test
