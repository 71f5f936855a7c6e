#include "linecountservice.h"

#include "logging.h"

#include <QDateTime>

namespace hookline {

LineCountService::LineCountService(const DatabaseOptions &options, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<WorkerThread<LineCountWorker>>(QStringLiteral("hookline-lines"),
                                                               QThread::LowPriority))
{
    qRegisterMetaType<QList<hookline::LineReader::Line>>();
    auto *worker = new LineCountWorker(options);
    connect(worker, &LineCountWorker::done, this, &LineCountService::finished,
            Qt::QueuedConnection);
    m_thread->start(worker);
}

LineCountService::~LineCountService() = default;

void LineCountService::request()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    m_thread->post([](LineCountWorker *lines) { lines->read(); });
}

void LineCountService::finished(const QList<LineReader::Line> &lines, bool ok, qint64 startedUs)
{
    m_busy = false;
    if (ok)
        emit
    counted(lines, startedUs);
    if (m_again) {
        m_again = false;
        request();
    }
}

LineCountWorker::LineCountWorker(DatabaseOptions options)
    : m_options(std::move(options))
{
    m_options.autoCheckpoint = false; // a reader: the writers checkpoint
}

LineCountWorker::~LineCountWorker() = default;

void LineCountWorker::read()
{
    if (!m_db) {
        auto db = Database::open(m_options, QStringLiteral("lines"));
        if (!db) {
            qCWarning(lcRuntime).noquote()
                << "cannot open the database to count lines:" << db.error();
            emit
            done({}, false, 0);
            return;
        }
        m_db = std::move(*db);
    }
    bool ok = false;
    QSqlDatabase handle = m_db->handle();
    const qint64 started = QDateTime::currentMSecsSinceEpoch() * 1000;
    const QList<LineReader::Line> lines = m_reader.read(handle, started, &ok);
    emit
    done(lines, ok, started);
}

} // namespace hookline
