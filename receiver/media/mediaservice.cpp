#include "mediaservice.h"

#include "medialogging.h"

#include <QThread>

namespace hookline {

MediaService::MediaService(MediaOptions options, QObject *parent)
    : QObject(parent)
    , m_store(options.root.isEmpty() ? MediaStore::rootFor(options.database) : options.root)
    , m_thread(new QThread(this))
    , m_worker(new MediaWorker(std::move(options)))
{
    m_thread->setObjectName(QStringLiteral("hookline-media"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &MediaWorker::progress, this, &MediaService::progress, Qt::QueuedConnection);
    connect(m_worker, &MediaWorker::changed, this, &MediaService::changed, Qt::QueuedConnection);
    connect(m_worker, &MediaWorker::failed, this, &MediaService::failed, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);
    MediaWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            if (const Status opened = worker->open(true); !opened)
                qCWarning(lcMedia).noquote() << opened.error();
        },
        Qt::QueuedConnection);
}

MediaService::~MediaService()
{
    m_thread->quit();
    m_thread->wait();
}

void MediaService::fetchNow(const QString &line, const QString &wamid)
{
    MediaWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, line, wamid] {
            if (const Status started = worker->fetchNow(line, wamid); !started)
                emit
            worker->failed(started.error());
        },
        Qt::QueuedConnection);
}

void MediaService::setCap(qint64 bytes)
{
    MediaWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, bytes] { worker->setCap(bytes); }, Qt::QueuedConnection);
}

void MediaService::markViewed(const QString &line, const QString &wamid)
{
    MediaWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, line, wamid] { worker->markViewed(line, wamid); }, Qt::QueuedConnection);
}

void MediaService::setPinned(const QString &line, const QString &wamid, bool pinned)
{
    MediaWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, line, wamid, pinned] { worker->setPinned(line, wamid, pinned); },
        Qt::QueuedConnection);
}

} // namespace hookline
