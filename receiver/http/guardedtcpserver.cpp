#include "guardedtcpserver.h"

#include "http/httpanswer.h"
#include "logging.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace hookline {

namespace {

constexpr int SweepIntervalMs = 200;
constexpr int ListenBacklog = 1024;
constexpr qint64 HeadSlack = 64 * 1024;
constexpr qint64 TrimAfterBytes = 16 * 1024 * 1024;
// After a refusal: read and discard while the client is still sending (it may be mid-body and
// would otherwise see a reset instead of the answer), until it is quiet for DrainQuietMs, for at
// most DrainMaxMs in all.
constexpr int DrainQuietMs = 1000;
constexpr int DrainMaxMs = 5000;
// Small enough that the socket's buffer reuses one chunk for every read while draining, rather
// than allocating and freeing one per read (10 MB of churn for a 10 MB body under ASan).
constexpr qint64 DrainReadBuffer = 16 * 1024;
// A connection is not read while this much of its answers is unsent, or this many of its
// requests are unanswered: a client that sends without reading gets TCP's back-pressure, not
// the server's memory.
constexpr qint64 MaxUnsentBytes = 256 * 1024;
constexpr qsizetype MaxUnansweredRequests = 256;
// A closing connection whose client reads nothing is reset after this long.
constexpr int CloseGraceMs = 5000;

qint64 nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

Verdict verdictFor(int status)
{
    switch (status) {
    case 408:
        return Verdict::Timeout;
    case 413:
        return Verdict::PayloadTooLarge;
    case 431:
        return Verdict::HeadersTooLarge;
    case 503:
        return Verdict::Overloaded;
    default:
        return Verdict::BadRequest;
    }
}

QString peerOf(const QTcpSocket *socket)
{
    return socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
}

} // namespace

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, ReceiverMetrics *metrics,
                                   QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_metrics(metrics)
    , m_answers(new ResponseSequencer(this))
    , m_sweepTimer(new QTimer(this))
{
    // Qt's default backlog of 50 makes the kernel drop connections during a burst (each then
    // waits a SYN retransmission, a second or more); the kernel caps this at somaxconn.
    setListenBacklogSize(ListenBacklog);
    m_sweepTimer->setInterval(SweepIntervalMs);
    connect(m_sweepTimer, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweepTimer->start();
}

GuardedTcpServer::~GuardedTcpServer() = default;

void GuardedTcpServer::setRequestHandler(RequestHandler handler)
{
    m_handler = std::move(handler);
}

#if QT_CONFIG(ssl)
void GuardedTcpServer::setTlsConfiguration(const QSslConfiguration &configuration)
{
    m_tls = configuration;
}
#endif

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
#if QT_CONFIG(ssl)
    QSslSocket *tlsSocket = nullptr;
    if (m_tls) {
        tlsSocket = new QSslSocket(this);
        tlsSocket->setSslConfiguration(*m_tls);
        socket = tlsSocket;
    }
#endif
    if (!socket)
        socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (qsizetype(m_tracked.size()) >= m_limits.maxConnections) {
        qCWarning(lcReceiver) << "connection limit reached; refusing" << peerOf(socket);
        socket->abort();
        socket->deleteLater();
        return;
    }
    if (m_perPeer.value(socket->peerAddress()) >= m_limits.maxConnectionsPerPeer) {
        // One client cannot hold every slot: Meta's next delivery must find one free.
        qCWarning(lcReceiver) << "per-client connection limit reached; refusing" << peerOf(socket);
        socket->abort();
        socket->deleteLater();
        return;
    }
    // Each read takes at most this much from the socket: the framer sees every byte as it
    // comes, so a body over the limit is refused after its first read, not after all of it.
    socket->setReadBufferSize(m_limits.framing.maxHeaderBytes + HeadSlack);
    track(socket);
#if QT_CONFIG(ssl)
    if (tlsSocket)
        tlsSocket->startServerEncryption(); // readyRead carries decrypted bytes only
#endif
}

void GuardedTcpServer::track(QTcpSocket *socket)
{
    Tracked tracked{socket, socket->peerAddress(), RequestFramer(m_limits.framing)};
    tracked.lastActivityMs = nowMs();
    ++m_perPeer[tracked.peer];
    m_tracked.emplace(socket, std::move(tracked));
    m_metrics->connectionOpened();
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        auto it = m_tracked.find(socket);
        if (it == m_tracked.end())
            return;
        it->second.lastActivityMs = nowMs();
        resume(socket);
    });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QObject::destroyed, this, [this, socket] {
        auto it = m_tracked.find(socket);
        if (it == m_tracked.end())
            return;
        m_unfinishedBytes -= it->second.unfinishedBytes;
        const auto peer = m_perPeer.find(it->second.peer);
        if (peer != m_perPeer.end() && --*peer <= 0)
            m_perPeer.erase(peer);
        m_tracked.erase(it);
        m_metrics->connectionClosed();
    });
}

void GuardedTcpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_tracked.find(socket);
    if (it == m_tracked.end())
        return;
    Tracked &tracked = it->second;
    const qint64 now = nowMs();
    tracked.lastActivityMs = now;
    if (tracked.drainUntilMs > 0 || tracked.closing) {
        socket->skip(socket->bytesAvailable());
        return;
    }
    if (!tracked.parked.empty() || mustWait(socket))
        return; // read again once answers have gone out (resume)
    const QByteArray fresh = socket->read(socket->bytesAvailable());
    if (fresh.isEmpty())
        return;
    if (!tracked.framer.inRequest()) {
        tracked.requestStartMs = now;
        tracked.bytesInRequest = 0;
    }
    tracked.bytesInRequest += fresh.size();
    RequestFramer::Progress progress = tracked.framer.feed(fresh);
    switch (progress.failure) {
    case RequestFramer::Failure::None:
        break;
    // A refusal ends the connection: requests completed in the same bytes before it are not
    // handled (their answers could not be written before the refusal's).
    case RequestFramer::Failure::BadRequest:
        refuse(tracked, 400, progress.reason);
        return;
    case RequestFramer::Failure::HeadersTooLarge:
        refuse(tracked, 431, progress.reason);
        return;
    case RequestFramer::Failure::PayloadTooLarge:
        refuse(tracked, 413, progress.reason);
        return;
    case RequestFramer::Failure::NotImplemented:
        refuse(tracked, 501, progress.reason);
        return;
    }
    if (progress.completedRequests > 0 && tracked.framer.inRequest())
        tracked.requestStartMs = now; // a pipelined request started in the same bytes
    // What the framer holds, or will hold, for this connection's unfinished request: its
    // declared length once the headers are in, else what arrived (at most these bytes when a
    // request ended within them).
    const qint64 arrived = progress.completedRequests > 0
                               ? qMin<qint64>(fresh.size(), tracked.bytesInRequest)
                               : tracked.bytesInRequest;
    setUnfinished(tracked, !tracked.framer.inRequest()
                               ? 0
                               : qMax(arrived, tracked.framer.declaredBodyBytes()));
    if (tracked.unfinishedBytes > 0 && m_unfinishedBytes > m_limits.maxUnfinishedBytes) {
        refuse(tracked, 503, "the receiver holds too many unfinished requests; retry later");
        return;
    }
    for (HttpRequest &request : progress.requests)
        tracked.parked.push_back(std::move(request));
    if (!dispatch(socket, tracked))
        return;
    // Only when no earlier answer is still to come: a 100 must not go before them.
    if (progress.sendContinue && tracked.parked.empty() && m_answers->waiting(socket) == 0)
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

bool GuardedTcpServer::dispatch(QTcpSocket *socket, Tracked &tracked, bool despiteBackPressure)
{
    while (!tracked.parked.empty() && (despiteBackPressure || !mustWait(socket))) {
        HttpRequest request = std::move(tracked.parked.front());
        tracked.parked.pop_front();
        const bool last = !request.keepAlive;
        if (m_handler)
            m_handler(socket, std::move(request));
        if (last) {
            // Nothing after a request that closes the connection is read or answered.
            tracked.closing = true;
            tracked.parked.clear();
            setUnfinished(tracked, 0);
            socket->skip(socket->bytesAvailable());
            return false;
        }
    }
    return true;
}

void GuardedTcpServer::resume(QTcpSocket *socket)
{
    auto it = m_tracked.find(socket);
    if (it == m_tracked.end() || it->second.drainUntilMs > 0 || it->second.closing ||
        mustWait(socket))
        return;
    if (!dispatch(socket, it->second) || !it->second.parked.empty())
        return;
    if (socket->bytesAvailable() > 0)
        onReadyRead(socket); // what waited in the socket while answers were unsent
}

bool GuardedTcpServer::mustWait(QTcpSocket *socket) const
{
    return socket->bytesToWrite() > MaxUnsentBytes ||
           m_answers->waiting(socket) >= MaxUnansweredRequests;
}

void GuardedTcpServer::setUnfinished(Tracked &tracked, qint64 bytes)
{
    m_unfinishedBytes += bytes - tracked.unfinishedBytes;
    tracked.unfinishedBytes = bytes;
    m_unfinishedPeak = qMax(m_unfinishedPeak, m_unfinishedBytes);
}

void GuardedTcpServer::refuse(Tracked &tracked, int status, const QByteArray &reason)
{
    QTcpSocket *socket = tracked.socket;
    if (!socket)
        return;
    // The requests framed before the refused bytes are answered first, whatever is waiting.
    if (!dispatch(socket, tracked, true))
        return; // one of them closes the connection: the refusal would never be written
    // After the answers of the requests before it, with "Connection: close"; the drain below
    // closes the connection once they are out.
    const quint64 slot = m_answers->open(socket, {false, false, false});
    m_answers->complete(slot,
                        HttpAnswer::text(QHttpServerResponder::StatusCode(status),
                                         HttpAnswer::reasonPhrase(status) + ": " + reason + '\n'));
    m_metrics->count(verdictFor(status));
    emit
    refused(peerOf(socket), status, QString::fromLatin1(reason), tracked.bytesInRequest);
    // Read and discard for a moment so the client sees the answer rather than a reset, then
    // close. Nothing more of this connection reaches the handler.
    setUnfinished(tracked, 0);
    tracked.drainUntilMs = nowMs() + DrainMaxMs;
    socket->setReadBufferSize(DrainReadBuffer);
    socket->skip(socket->bytesAvailable());
}

void GuardedTcpServer::sweep()
{
    const qint64 now = nowMs();
    QList<QTcpSocket *> toClose;
    for (auto &[socket, tracked] : m_tracked) {
        if (!tracked.socket)
            continue;
        if (tracked.socket->state() == QAbstractSocket::UnconnectedState) {
            toClose.append(socket);
            continue;
        }
        if (tracked.socket->state() == QAbstractSocket::ClosingState) {
            // Flushing before it closes: a client that reads nothing is not waited for.
            if (tracked.closingSinceMs == 0)
                tracked.closingSinceMs = now;
            else if (now - tracked.closingSinceMs > CloseGraceMs)
                tracked.socket->abort();
            continue;
        }
        if (tracked.drainUntilMs > 0) {
            if (now >= tracked.drainUntilMs ||
                (now - tracked.lastActivityMs >= DrainQuietMs && m_answers->waiting(socket) == 0))
                toClose.append(socket);
            continue;
        }
        if (tracked.framer.inRequest()) {
            const qint64 age = now - tracked.requestStartMs;
            if (tracked.framer.onlyBlankLines()) {
                // Blank lines only: no request to answer, and no reason to keep the slot.
                if (age > m_limits.headerTimeoutMs)
                    toClose.append(socket);
                continue;
            }
            if ((!tracked.framer.headersComplete() && age > m_limits.headerTimeoutMs) ||
                age > m_limits.requestTimeoutMs)
                refuse(tracked, 408,
                       tracked.framer.headersComplete()
                           ? QByteArray("request body not received in time")
                           : QByteArray("request headers not received in time"));
        } else if (now - tracked.lastActivityMs > m_limits.idleTimeoutMs &&
                   m_answers->waiting(socket) == 0) {
            toClose.append(socket);
        }
    }
#ifdef __GLIBC__
    // After a flood of large unfinished bodies, give the freed memory back to the system
    // (glibc keeps it otherwise).
    if (m_unfinishedBytes == 0 && m_unfinishedPeak > TrimAfterBytes) {
        m_unfinishedPeak = 0;
        malloc_trim(0);
    }
#endif
    for (QTcpSocket *socket : toClose) {
        auto it = m_tracked.find(socket);
        if (it == m_tracked.end() || !it->second.socket)
            continue;
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        else
            socket->disconnectFromHost();
    }
}

void GuardedTcpServer::closeAll(int waitMs)
{
    close();
    const QDeadlineTimer deadline(waitMs);
    for (auto &[socket, tracked] : m_tracked) {
        if (!tracked.socket)
            continue;
        while (socket->bytesToWrite() > 0 && !deadline.hasExpired() &&
               socket->waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())))) {
        }
        socket->disconnectFromHost();
    }
}

} // namespace hookline
