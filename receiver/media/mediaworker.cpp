#include "mediaworker.h"

#include "medialog.h"
#include "medialogging.h"
#include "storage/clock.h"
#include "storage/configstore.h"
#include "trustdirectory.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace hookline {

namespace {

constexpr qint64 Second = 1'000'000;
// Meta serves the media of a webhook for this long; a failure after that is an expiry.
constexpr qint64 MediaLifetimeSeconds = 7 * 86'400;
// New media are found by delivery; a full look now and then finds a message processed late.
constexpr qint64 FullScanEveryUs = 5 * 60 * Second;
constexpr qint64 TrustKeptUs = 30 * Second;

QString key(const QString &line, const QString &wamid)
{
    return line + u'/' + wamid;
}

} // namespace

MediaWorker::MediaWorker(MediaOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_store(m_options.root.isEmpty() ? MediaStore::rootFor(m_options.database) : m_options.root)
{
    qRegisterMetaType<hookline::MediaFetcher::Result>();
}

MediaWorker::~MediaWorker() = default;

Status MediaWorker::open(bool polling)
{
    if (m_db)
        return ok();
    // What it writes can be found again (a lost row is downloaded again): its commits need not
    // wait for the disk, nor run a checkpoint the receiver's commits would wait behind.
    DatabaseOptions options = m_options.database;
    options.synchronousFull = false;
    options.autoCheckpoint = false;
    auto db = Database::open(options, QStringLiteral("hookline-media"));
    if (!db)
        return Error{db.error()};
    m_db = std::move(*db);
    m_client = std::make_unique<GraphClient>(m_options.endpoint);
    m_network = new QNetworkAccessManager(this);
    if (const Status made = m_store.ensure(); !made)
        return made;
    if (polling) {
        m_timer = new QTimer(this);
        m_timer->setInterval(m_options.pollMs);
        connect(m_timer, &QTimer::timeout, this, &MediaWorker::poll);
        m_timer->start();
        poll();
    }
    return ok();
}

QByteArray MediaWorker::tokenFor(const QString &line)
{
    const qint64 now = Clock::nowMicros();
    if (!m_trust || now - m_trustAtUs > TrustKeptUs) {
        auto trust = ConfigStore(m_db->handle()).load();
        if (!trust) {
            emit
            failed(trust.error());
            return {};
        }
        m_trust = std::make_unique<TrustDirectory>(std::move(*trust));
        m_trustAtUs = now;
    }
    const LineRecord *record = m_trust->line(line);
    return record ? m_trust->accessToken(record->appId) : QByteArray();
}

void MediaWorker::poll()
{
    if (!m_db)
        return;
    QSqlDatabase &db = m_db->handle();
    const qint64 now = Clock::nowMicros();
    if (now - m_lastFullScanUs > FullScanEveryUs) {
        m_cursor = 0;
        m_lastFullScanUs = now;
        // What was erased or pruned goes from the store too.
        if (const auto swept = MediaLog::sweep(db, m_store); !swept)
            emit
        failed(swept.error());
        else if (*swept > 0) qCInfo(lcMedia)
            << "media files no message names any more, removed:" << *swept;
    }
    for (;;) {
        const auto found = MediaLog::discover(db, m_cursor, 500, now);
        if (!found) {
            emit
            failed(found.error());
            return;
        }
        if (found->lastDeliveryId == m_cursor)
            break;
        m_cursor = found->lastDeliveryId;
    }
    const int room = m_options.concurrent - int(m_active.size());
    if (room <= 0)
        return;
    int started = 0;
    // A line whose app has no access token is put off whole, once a minute, and said once: a
    // set-up to finish, not thousands of attempts to record and log.
    for (int round = 0; round < 8 && started < room; ++round) {
        const auto due = MediaLog::due(db, now, room + int(m_active.size()));
        if (!due) {
            emit
            failed(due.error());
            return;
        }
        bool deferred = false;
        for (const MediaItem &item : *due) {
            if (started >= room)
                break;
            if (m_active.contains(key(item.line, item.wamid)))
                continue;
            const QByteArray token = tokenFor(item.line);
            if (token.isEmpty()) {
                if (!deferForToken(item.line, *due, now))
                    return;
                deferred = true;
                break;
            }
            if (m_waitingForToken.remove(item.line))
                qCInfo(lcMedia).noquote()
                    << "line" << item.line << "has an access token now; its media downloads resume";
            start(item, token);
            ++started;
        }
        if (!deferred)
            break;
    }
}

bool MediaWorker::deferForToken(const QString &line, const QList<MediaItem> &due, qint64 now)
{
    const QString reason = MediaFetcher::noTokenText();
    if (const Status put =
            MediaLog::deferLine(m_db->handle(), line, reason, now + 60 * Second, now);
        !put) {
        emit
        failed(put.error());
        return false;
    }
    if (!m_waitingForToken.contains(line)) {
        m_waitingForToken.insert(line);
        qCInfo(lcMedia).noquote() << "media downloads of line" << line << "wait:" << reason;
    }
    for (const MediaItem &item : due) {
        if (item.line == line)
            emit
        changed(item.line, item.wamid, QStringLiteral("pending"));
    }
    return true;
}

void MediaWorker::start(const MediaItem &item, const QByteArray &token)
{
    auto *fetcher = new MediaFetcher(*m_client, *m_network, m_store, m_options.capBytes, this);
    m_active.insert(key(item.line, item.wamid), fetcher);
    connect(fetcher, &MediaFetcher::progress, this, &MediaWorker::progress);
    connect(fetcher, &MediaFetcher::finished, this,
            [this, item, fetcher](const MediaFetcher::Result &result) {
                m_active.remove(key(item.line, item.wamid));
                fetcher->deleteLater();
                settle(item, result);
                // The next one at once (when polling; a caller that polls by hand decides).
                if (m_timer)
                    QTimer::singleShot(0, this, &MediaWorker::poll);
            });
    emit
    progress(item.line, item.wamid, 0, item.declaredSize);
    fetcher->fetch(item, token);
}

void MediaWorker::settle(const MediaItem &fetched, const MediaFetcher::Result &result)
{
    using Outcome = MediaFetcher::Result::Outcome;
    QSqlDatabase &db = m_db->handle();
    const qint64 now = Clock::nowMicros();
    MediaItem item = fetched;
    if (result.declaredSize >= 0)
        item.declaredSize = result.declaredSize;
    Status recorded = ok();
    QString state;
    switch (result.outcome) {
    case Outcome::Stored:
        state = QStringLiteral("stored");
        recorded = MediaLog::markStored(db, item, result.sha256, result.size, result.mime, now);
        break;
    case Outcome::Expired:
        state = QStringLiteral("expired");
        recorded = MediaLog::markFinal(db, item, state, result.error, now);
        break;
    case Outcome::TooLarge:
        state = QStringLiteral("too_large");
        recorded = MediaLog::markFinal(db, item, state, result.error, now);
        break;
    case Outcome::Refused:
        state = QStringLiteral("failed");
        recorded = MediaLog::markFinal(db, item, state, result.error, now);
        break;
    case Outcome::Retry: {
        const int attempt = item.attempts + 1;
        const bool old = item.messageTs > 0 && now / Second - item.messageTs > MediaLifetimeSeconds;
        if (result.noToken) {
            // Asked again in a minute, whenever the token is set; never a dead letter.
            state = QStringLiteral("pending");
            recorded = MediaLog::markRetry(db, item, result.error, now + 60 * Second, now, false);
        } else if (old) {
            state = QStringLiteral("expired");
            recorded = MediaLog::markFinal(db, item, state, result.error, now);
        } else if (attempt >= m_options.backoff.maxAttempts) {
            state = QStringLiteral("failed");
            recorded = MediaLog::markFinal(db, item, state, result.error, now);
        } else {
            state = QStringLiteral("pending");
            const qint64 wait = m_options.backoff.delayMs(attempt, m_random);
            recorded = MediaLog::markRetry(db, item, result.error, now + wait * 1000, now);
        }
        break;
    }
    }
    if (!recorded)
        emit
    failed(recorded.error());
    emit
    changed(item.line, item.wamid, state);
    if (result.outcome == Outcome::Stored)
        evict();
}

void MediaWorker::evict()
{
    QSqlDatabase &db = m_db->handle();
    auto total = MediaLog::storedBytes(db);
    if (!total || *total <= m_options.capBytes)
        return;
    const auto order = MediaLog::evictionOrder(db, 1000);
    if (!order)
        return;
    qint64 kept = *total;
    for (const MediaItem &item : *order) {
        if (kept <= m_options.capBytes)
            break;
        if (!MediaLog::markEvicted(db, item, Clock::nowMicros()))
            continue;
        const auto inUse = MediaLog::fileInUse(db, item.sha256, item.mime);
        if (inUse && !*inUse) {
            m_store.remove(item.sha256, item.mime);
            kept -= qMax<qint64>(0, item.size);
        }
        emit
        changed(item.line, item.wamid, QStringLiteral("evicted"));
    }
    qCInfo(lcMedia) << "media kept under the cap:" << kept << "bytes";
}

Status MediaWorker::fetchNow(const QString &line, const QString &wamid)
{
    if (!m_db)
        return Error{tr("the media downloads are not running")};
    QSqlDatabase &db = m_db->handle();
    auto item = MediaLog::find(db, wamid, line);
    if (item && item->state.isEmpty()) {
        // Perhaps processed after the last look.
        const auto found = MediaLog::discover(db, 0, 100000, Clock::nowMicros());
        if (!found)
            return Error{found.error()};
        item = MediaLog::find(db, wamid, line);
    }
    if (!item)
        return Error{item.error()};
    if (item->state.isEmpty())
        return Error{tr("no media message %1 from Meta here (has it been processed?)").arg(wamid)};
    if (item->isStored() && m_store.contains(item->sha256, item->mime)) {
        emit
        changed(item->line, item->wamid, item->state);
        return ok();
    }
    if (item->isStored()) {
        // Its file is gone (another machine's store, or removed by hand): fetch it again.
        MediaLog::markEvicted(db, *item, Clock::nowMicros());
    }
    if (const auto queued = MediaLog::requeue(db, item->line, item->wamid, Clock::nowMicros());
        !queued)
        return Error{queued.error()};
    if (m_active.contains(key(item->line, item->wamid)))
        return ok();
    auto fresh = MediaLog::find(db, item->wamid, item->line);
    if (!fresh)
        return Error{fresh.error()};
    start(*fresh, tokenFor(fresh->line));
    return ok();
}

void MediaWorker::setCap(qint64 bytes)
{
    m_options.capBytes = bytes;
    if (m_db)
        evict();
}

void MediaWorker::markViewed(const QString &line, const QString &wamid)
{
    if (m_db)
        MediaLog::markViewed(m_db->handle(), line, wamid, Clock::nowMicros());
}

void MediaWorker::setPinned(const QString &line, const QString &wamid, bool pinned)
{
    if (!m_db)
        return;
    MediaLog::setPinned(m_db->handle(), line, wamid, pinned);
    emit
    changed(line, wamid, QString());
}

} // namespace hookline
