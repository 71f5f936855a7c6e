#include "guardedtcpserver.h"

#include "logging.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace hookline {

namespace {

constexpr int SweepIntervalMs = 200;
constexpr int DrainMs = 1000;
constexpr qint64 DrainReadBuffer = 64 * 1024;

qint64 nowMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

QByteArray statusText(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
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
    m_sweepTimer->setInterval(SweepIntervalMs);
    connect(m_sweepTimer, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweepTimer->start();
}

GuardedTcpServer::~GuardedTcpServer() = default;

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
    // Never buffer more than one request may hold: a larger body is refused before this fills.
    socket->setReadBufferSize(m_limits.framing.maxBodyBytes + m_limits.framing.maxHeaderBytes +
                              64 * 1024);
    track(socket);
#if QT_CONFIG(ssl)
    if (tlsSocket) {
        connect(tlsSocket, &QSslSocket::encrypted, this, [this, tlsSocket] {
            auto it = m_tracked.find(tlsSocket);
            if (it == m_tracked.end())
                return;
            it->second.handedToQt = true;
            addPendingConnection(tlsSocket);
            emit
            newConnection();
        });
        tlsSocket->startServerEncryption();
        return;
    }
#endif
    m_tracked[socket].handedToQt = true;
    addPendingConnection(socket);
}

void GuardedTcpServer::track(QTcpSocket *socket)
{
    Tracked tracked{socket, RequestFramer(m_limits.framing)};
    tracked.lastActivityMs = nowMs();
    m_tracked.emplace(socket, std::move(tracked));
    m_metrics->connectionOpened();
    // Connected before QAbstractHttpServer connects its own slot, so this sees each byte first.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        auto it = m_tracked.find(socket);
        if (it != m_tracked.end())
            it->second.lastActivityMs = nowMs();
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        auto it = m_tracked.find(socket);
        if (it != m_tracked.end() && !it->second.handedToQt)
            socket->deleteLater();
    });
    connect(socket, &QObject::destroyed, this, [this, socket] {
        if (m_tracked.erase(socket) > 0)
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
    if (tracked.drainUntilMs > 0) {
        socket->skip(socket->bytesAvailable());
        return;
    }
    // QHttpServer reads everything available on each readyRead, so what is available now is
    // exactly what arrived since the last signal.
    const QByteArray fresh = socket->peek(socket->bytesAvailable());
    if (fresh.isEmpty())
        return;
    if (!tracked.framer.inRequest()) {
        tracked.requestStartMs = now;
        tracked.bytesInRequest = 0;
    }
    tracked.bytesInRequest += fresh.size();
    const RequestFramer::Progress progress = tracked.framer.feed(fresh);
    switch (progress.failure) {
    case RequestFramer::Failure::None:
        break;
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
    if (progress.sendContinue)
        socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    if (progress.completedRequests > 0 && tracked.framer.inRequest())
        tracked.requestStartMs = now; // a pipelined request started in the same bytes
}

void GuardedTcpServer::refuse(Tracked &tracked, int status, const QByteArray &reason)
{
    QTcpSocket *socket = tracked.socket;
    if (!socket)
        return;
    const QByteArray body = statusText(status) + ": " + reason + '\n';
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status) +
                          "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
    socket->write(response);
    socket->flush();
    m_metrics->count(verdictFor(status));
    emit
    refused(peerOf(socket), status, QString::fromLatin1(reason), tracked.bytesInRequest);
    // Read and discard for a moment so the client sees the answer rather than a reset, then
    // close. Nothing more of this connection reaches QHttpServer.
    tracked.drainUntilMs = nowMs() + DrainMs;
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
            if (now >= tracked.drainUntilMs)
                toClose.append(socket);
            continue;
        }
        if (tracked.framer.inRequest()) {
            const qint64 age = now - tracked.requestStartMs;
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
