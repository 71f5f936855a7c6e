#pragma once

#include "http/connectionlimits.h"
#include "http/receivermetrics.h"
#include "http/requestframer.h"
#include "http/responsesequencer.h"

#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>

#include <deque>
#include <functional>
#include <optional>
#include <unordered_map>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

class QTcpSocket;
class QTimer;

namespace hookline {

// The receiver's HTTP/1.1 edge: it accepts connections, reads their bytes, frames them once
// (RequestFramer) and hands each complete request to the handler, which answers through a
// ResponseSequencer. It refuses by itself what must not reach the handler: bodies over the
// limit (413, before they are read), oversized headers (431), malformed framing (400),
// unsupported transfer codings (501), too many unfinished bytes (503), requests that do not
// arrive in time (408), and idle keep-alive connections (closed). It answers
// "Expect: 100-continue" and stops reading a connection after a request that closes it.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    using RequestHandler = std::function<void(QTcpSocket *socket, HttpRequest &&request)>;

    GuardedTcpServer(ConnectionLimits limits, ReceiverMetrics *metrics, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    // Called for every complete request, in the order of each connection's requests. The
    // handler answers through answers().
    void setRequestHandler(RequestHandler handler);
    // Every answer written to a connection, the edge's refusals included, goes through this.
    ResponseSequencer *answers() const { return m_answers; }

#if QT_CONFIG(ssl)
    void setTlsConfiguration(const QSslConfiguration &configuration);
#endif

    // Writes what is buffered and closes every connection (used when stopping).
    void closeAll(int waitMs);

signals:
    // A request this server answered by itself with an error status.
    void refused(const QString &peer, int status, const QString &reason, qint64 bytesSeen);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Tracked
    {
        QPointer<QTcpSocket> socket;
        QHostAddress peer;
        RequestFramer framer;
        qint64 requestStartMs = 0;
        qint64 lastActivityMs = 0;
        qint64 bytesInRequest = 0;
        qint64 unfinishedBytes = 0; // this connection's share of m_unfinishedBytes
        qint64 drainUntilMs = 0;    // > 0 once refused: reading and discarding until then
        bool closing = false;       // a request asked to close: nothing more is read
        qint64 closingSinceMs = 0;  // > 0 while the socket flushes before closing
        // Requests framed but not handed over yet: too many answers were waiting.
        std::deque<HttpRequest> parked = {};
    };

    void track(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void refuse(Tracked &tracked, int status, const QByteArray &reason);
    bool mustWait(QTcpSocket *socket) const;
    // Hands parked requests over; false once one closes the connection.
    bool dispatch(QTcpSocket *socket, Tracked &tracked, bool despiteBackPressure = false);
    void resume(QTcpSocket *socket);
    void setUnfinished(Tracked &tracked, qint64 bytes);
    void sweep();

    const ConnectionLimits m_limits;
    ReceiverMetrics *const m_metrics;
    RequestHandler m_handler;
    ResponseSequencer *m_answers;
    std::unordered_map<QTcpSocket *, Tracked> m_tracked;
    QHash<QHostAddress, int> m_perPeer; // open connections by client address
    qint64 m_unfinishedBytes = 0;
    qint64 m_unfinishedPeak = 0; // since memory was last given back
    QTimer *m_sweepTimer;
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> m_tls;
#endif
};

} // namespace hookline
