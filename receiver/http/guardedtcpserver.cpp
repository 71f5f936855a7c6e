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
        if (it != m_tracked.end())
            it->second.lastActivityMs = nowMs();
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
    for (HttpRequest &request : progress.requests) {
        const bool last = !request.keepAlive;
        if (m_handler)
            m_handler(socket, std::move(request));
        if (last) {
            // Nothing after a request that closes the connection is read or answered.
            tracked.closing = true;
            setUnfinished(tracked, 0);
            socket->skip(socket->bytesAvailable());
            return;
        }
    }
    if (progress.sendContinue)
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
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
    const QByteArray phrase = HttpAnswer::reasonPhrase(status);
    const QByteArray body = phrase + ": " + reason + '\n';
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + phrase +
                          "\r\nContent-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: "
                          "nosniff\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n" +
                          (status == 503 ? "Retry-After: 1\r\n" : "") + "\r\n" + body;
    socket->write(response);
    socket->flush();
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
        if (tracked.drainUntilMs > 0) {
            if (now >= tracked.drainUntilMs || now - tracked.lastActivityMs >= DrainQuietMs)
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
        } else if (now - tracked.lastActivityMs > m_limits.idleTimeoutMs) {
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
