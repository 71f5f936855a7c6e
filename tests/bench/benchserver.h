#pragma once

#include "bodyfactory.h"
#include "storage/database.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>

namespace hookline::bench {

// What every bench tool prints with: stdout, flushed at once.
void print(const QString &text);
QByteArray sha256Hex(const QByteArray &body);

// A `hookline serve` child process on a database seeded with the benchmarks' apps and lines.
class BenchServer
{
public:
    // Creates the apps (northwind, lumen) and three lines; returns an error or an empty string.
    // databasePath may also be a postgresql:// address (of an empty database).
    static QString seed(const QString &databasePath);
    static DatabaseOptions optionsFor(const QString &databasePath);
    static QList<BenchLine> lines();

    ~BenchServer();

    // Starts `binary serve --db path --listen 127.0.0.1:0 extraArguments` and waits for its
    // port. Returns an error or an empty string.
    QString start(const QString &binary, const QString &databasePath,
                  const QStringList &extraArguments);
    // SIGTERM, then waits; returns the exit code, or -1 if it crashed or did not stop.
    int stop(int waitMs = 30'000);

    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    QProcess &process() { return m_process; }

    QByteArray fetchMetrics() const;
    static double metric(const QByteArray &metrics, const QByteArray &name);

    // The sha256 of every stored delivery, to check acknowledged ones against.
    static QSet<QByteArray> storedShas(const QString &databasePath);
    // Deliveries not yet processed, or -1 if the database cannot be read.
    static qint64 backlog(const QString &databasePath);
    static qint64 backlog(Database &db);
    // Waits until the backlog is 0; false on timeout.
    static bool waitForDrain(const QString &databasePath, int timeoutMs);

private:
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace hookline::bench
