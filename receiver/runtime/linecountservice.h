#pragma once

#include "storage/database.h"
#include "storage/linereader.h"

#include "runtime/workerthread.h"

#include <QObject>

#include <memory>

namespace hookline {

class LineCountWorker;

// Reads the lines pane's counts on a thread of its own, on its own connection: counting a busy
// line's unread conversations takes tens of milliseconds, which the GUI thread must not spend
// every second while deliveries pour in. request() asks for a read; requests made while one is
// under way are folded into one more read after it.
class LineCountService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineCountService)

public:
    explicit LineCountService(const DatabaseOptions &options, QObject *parent = nullptr);
    ~LineCountService() override;

    void request();

signals:
    // startedUs: when the read began (a newer read on another connection wins over it).
    void counted(const QList<hookline::LineReader::Line> &lines, qint64 startedUs);

private:
    void finished(const QList<LineReader::Line> &lines, bool ok, qint64 startedUs);

    std::unique_ptr<WorkerThread<LineCountWorker>> m_thread; // the worker is declared below
    bool m_busy = false;
    bool m_again = false;
};

// Lives on the service's thread.
class LineCountWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineCountWorker)

public:
    explicit LineCountWorker(DatabaseOptions options);
    ~LineCountWorker() override;

    void read();

signals:
    void done(const QList<hookline::LineReader::Line> &lines, bool ok, qint64 startedUs);

private:
    DatabaseOptions m_options;
    std::unique_ptr<Database> m_db;
    LineReader m_reader;
};

} // namespace hookline
