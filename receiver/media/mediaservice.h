#pragma once

#include "mediaworker.h"
#include "runtime/workerthread.h"

#include <QObject>

namespace hookline {

// The console's media downloads, in a thread of their own (MediaWorker). Every call returns at
// once; changed() and progress() come back on the caller's thread.
class MediaService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaService)

public:
    explicit MediaService(MediaOptions options, QObject *parent = nullptr);
    ~MediaService() override;

    // The folder files are kept in (read-only for callers: files there are whole and verified).
    const MediaStore &store() const { return m_store; }

    void fetchNow(const QString &line, const QString &wamid);
    void setCap(qint64 bytes);
    void markViewed(const QString &line, const QString &wamid);
    void setPinned(const QString &line, const QString &wamid, bool pinned);

signals:
    void progress(const QString &line, const QString &wamid, qint64 received, qint64 total);
    void changed(const QString &line, const QString &wamid, const QString &state);
    void failed(const QString &error);

private:
    MediaStore m_store;
    WorkerThread<MediaWorker> m_thread{QStringLiteral("hookline-media"), QThread::LowPriority};
};

} // namespace hookline
