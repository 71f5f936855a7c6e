#pragma once

#include "graph/graphendpoint.h"
#include "mediafetcher.h"
#include "mediaitem.h"
#include "mediastore.h"
#include "processing/backoffpolicy.h"
#include "storage/database.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace hookline {

class TrustDirectory;

struct MediaOptions
{
    DatabaseOptions database;
    GraphEndpoint endpoint;
    QString root;                      // empty: MediaStore::rootFor(database)
    qint64 capBytes = qint64(2) << 30; // what the store may hold; 2 GiB unless Settings say
    int concurrent = 2;                // downloads at a time
    int pollMs = 1000;                 // how often new media are looked for
    BackoffPolicy backoff{5000, 15 * 60 * 1000, 6};
};

// Schedules and runs media downloads: finds inbound media in the projections (MediaLog), fetches
// what is due a few at a time (MediaFetcher), retries with backoff, gives up into a dead letter,
// and keeps the store under its cap by removing the least recently viewed files that are not
// pinned. Lives in one thread (MediaService's, or the command line's) and uses its own
// connection; the receiver and processing never wait for it.
class MediaWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaWorker)

public:
    explicit MediaWorker(MediaOptions options, QObject *parent = nullptr);
    ~MediaWorker() override;

    // Opens the connection. With polling, also looks for new media every pollMs and downloads.
    Status open(bool polling);
    const MediaStore &store() const { return m_store; }

    // Pending again and started now (an operator's fetch or retry). Empty line: any line.
    Status fetchNow(const QString &line, const QString &wamid);
    void setCap(qint64 bytes);
    void markViewed(const QString &line, const QString &wamid);
    void setPinned(const QString &line, const QString &wamid, bool pinned);
    // One round: discover, start what is due, keep under the cap.
    void poll();

signals:
    void progress(const QString &line, const QString &wamid, qint64 received, qint64 total);
    // A row changed state (stored, failed, expired, ...): bubbles may show it anew.
    void changed(const QString &line, const QString &wamid, const QString &state);
    void failed(const QString &error);

private:
    void start(const MediaItem &item, const QByteArray &token);
    void settle(const MediaItem &item, const MediaFetcher::Result &result);
    void evict();
    QByteArray tokenFor(const QString &line);
    // Puts off the line's due downloads until its app has a token; false (and failed()) when
    // that could not be recorded.
    bool deferForToken(const QString &line, const QList<MediaItem> &due, qint64 now);
    QSet<QString> m_waitingForToken; // lines said to wait for a token (said once)

    MediaOptions m_options;
    MediaStore m_store;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GraphClient> m_client;
    QNetworkAccessManager *m_network = nullptr;
    QTimer *m_timer = nullptr;
    std::unique_ptr<TrustDirectory> m_trust;
    qint64 m_trustAtUs = 0;
    qint64 m_cursor = 0;
    qint64 m_lastFullScanUs = 0;
    QHash<QString, MediaFetcher *> m_active; // line/wamid
    QRandomGenerator m_random{quint32(QRandomGenerator::global()->generate())};
};

} // namespace hookline
