#include "mediaservice.h"

#include "medialogging.h"

namespace hookline {

MediaService::MediaService(MediaOptions options, QObject *parent)
    : QObject(parent)
    , m_store(options.root.isEmpty() ? MediaStore::rootFor(options.database) : options.root)
{
    auto *worker = new MediaWorker(std::move(options));
    connect(worker, &MediaWorker::progress, this, &MediaService::progress, Qt::QueuedConnection);
    connect(worker, &MediaWorker::changed, this, &MediaService::changed, Qt::QueuedConnection);
    connect(worker, &MediaWorker::failed, this, &MediaService::failed, Qt::QueuedConnection);
    m_thread.start(worker);
    m_thread.post([](MediaWorker *media) {
        if (const Status opened = media->open(true); !opened)
            qCWarning(lcMedia).noquote() << opened.error();
    });
}

MediaService::~MediaService() = default;

void MediaService::fetchNow(const QString &line, const QString &wamid)
{
    m_thread.post([line, wamid](MediaWorker *media) {
        if (const Status started = media->fetchNow(line, wamid); !started)
            emit
        media->failed(started.error());
    });
}

void MediaService::setCap(qint64 bytes)
{
    m_thread.post([bytes](MediaWorker *media) { media->setCap(bytes); });
}

void MediaService::markViewed(const QString &line, const QString &wamid)
{
    m_thread.post([line, wamid](MediaWorker *media) { media->markViewed(line, wamid); });
}

void MediaService::setPinned(const QString &line, const QString &wamid, bool pinned)
{
    m_thread.post(
        [line, wamid, pinned](MediaWorker *media) { media->setPinned(line, wamid, pinned); });
}

} // namespace hookline
