// GuardedTcpServer: the receiver's edge refuses by itself what must not reach the handler, and
// bounds what one client can hold. The real edge on an ephemeral port of loopback, with limits
// small enough to reach, a handler that answers every request at once, and raw clients.

#include "http/guardedtcpserver.h"
#include "http/httpanswer.h"
#include "http/responsesequencer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace hookline;

namespace {

class Edge
{
public:
    explicit Edge(ConnectionLimits limits)
        : edge(limits, &metrics)
        , refused(&edge, &GuardedTcpServer::refused)
    {
        edge.setRequestHandler([this](QTcpSocket *socket, HttpRequest &&request) {
            handled.append(request);
            const quint64 slot =
                edge.answers()->open(socket, {request.method == "HEAD", request.keepAlive});
            edge.answers()->complete(
                slot, HttpAnswer::text(QHttpServerResponder::StatusCode::Ok,
                                       "seen " + request.target + ' ' + request.body));
        });
    }

    // A client connected to the edge, which listens on an ephemeral port on first use.
    std::unique_ptr<QTcpSocket> connect()
    {
        if (!edge.isListening() && !edge.listen(QHostAddress::LocalHost))
            return nullptr;
        auto client = std::make_unique<QTcpSocket>();
        client->connectToHost(QHostAddress::LocalHost, edge.serverPort());
        if (!client->waitForConnected(5000))
            return nullptr;
        return client;
    }

    ReceiverMetrics metrics;
    GuardedTcpServer edge;
    QSignalSpy refused;
    QList<HttpRequest> handled;
};

ConnectionLimits smallLimits()
{
    ConnectionLimits limits;
    limits.framing.maxBodyBytes = 1000;
    limits.framing.maxHeaderBytes = 512;
    limits.framing.maxHeaderCount = 10;
    return limits;
}

QByteArray post(const QByteArray &path, const QByteArray &body, const QByteArray &extra = {})
{
    return "POST " + path +
           " HTTP/1.1\r\nHost: test\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\n" + extra + "\r\n" + body;
}

// Runs the event loop (the edge shares this thread) until the client has seen `needle` or the
// connection ended.
bool readUntil(QTcpSocket &client, QByteArray &seen, const QByteArray &needle)
{
    (void)QTest::qWaitFor(
        [&] {
            seen += client.readAll();
            return seen.contains(needle) || client.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
    seen += client.readAll();
    return seen.contains(needle);
}

bool waitClosed(QTcpSocket &client)
{
    return QTest::qWaitFor(
        [&] {
            client.readAll();
            return client.state() == QAbstractSocket::UnconnectedState;
        },
        5000);
}

} // namespace

class TestGuardedTcpServer : public QObject
{
    Q_OBJECT

private slots:
    void requestsWithinTheLimitsReachTheHandler();
    void refusalsNeverReachTheHandler_data();
    void refusalsNeverReachTheHandler();
    void aBodyOverTheLimitIsRefusedBeforeItIsSent();
    void headersNotReceivedInTimeAre408();
    void idleKeepAliveConnectionsAreClosed();
    void oneClientCannotHoldEverySlot();
    void unfinishedBytesAreBoundedAcrossConnections();
    void continueIsSentWhenTheBodyIsAwaited();
    void nothingIsReadAfterARequestThatCloses();
};

void TestGuardedTcpServer::requestsWithinTheLimitsReachTheHandler()
{
    Edge edge(smallLimits());
    auto client = edge.connect();
    QVERIFY(client);
    client->write(post("/one", "first") + post("/two", "second"));
    QByteArray seen;
    QVERIFY(readUntil(*client, seen, "seen /two second"));
    QCOMPARE(edge.handled.size(), 2);
    QCOMPARE(edge.handled.at(0).body, QByteArray("first"));
    QCOMPARE(edge.handled.at(1).header("host"), QByteArray("test"));
    QVERIFY(seen.indexOf("seen /one first") < seen.indexOf("seen /two second"));
    QCOMPARE(edge.refused.size(), 0);
    QCOMPARE(edge.metrics.openConnections(), 1);
}

void TestGuardedTcpServer::refusalsNeverReachTheHandler_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("verdict");

    QTest::newRow("oversized headers")
        << post("/x", "a", "X-Padding: " + QByteArray(600, 'p') + "\r\n") << 431
        << int(Verdict::HeadersTooLarge);
    QByteArray many;
    for (int i = 0; i < 12; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    QTest::newRow("too many headers")
        << post("/x", "a", many) << 431 << int(Verdict::HeadersTooLarge);
    QTest::newRow("malformed length")
        << QByteArray("POST /x HTTP/1.1\r\nHost: test\r\nContent-Length: ten\r\n\r\n") << 400
        << int(Verdict::BadRequest);
    QTest::newRow("two lengths") << QByteArray(
                                        "POST /x HTTP/1.1\r\nHost: test\r\nContent-Length: 1\r\n"
                                        "Content-Length: 2\r\n\r\nab")
                                 << 400 << int(Verdict::BadRequest);
    QTest::newRow("unsupported coding")
        << QByteArray("POST /x HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: gzip\r\n\r\n") << 501
        << int(Verdict::BadRequest);
    QTest::newRow("body over the limit")
        << post("/x", QByteArray(1001, 'b')) << 413 << int(Verdict::PayloadTooLarge);
}

void TestGuardedTcpServer::refusalsNeverReachTheHandler()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(int, verdict);
    Edge edge(smallLimits());
    auto client = edge.connect();
    QVERIFY(client);
    client->write(request + post("/after", "later"));
    QByteArray seen;
    const QByteArray statusLine = "HTTP/1.1 " + QByteArray::number(status) + ' ';
    QVERIFY2(readUntil(*client, seen, statusLine), seen.constData());
    QVERIFY(seen.startsWith(statusLine));
    QVERIFY(seen.toLower().contains("connection: close"));
    // The refusal ends the connection: neither the refused request nor the one after it is
    // handed over.
    QVERIFY(waitClosed(*client));
    QVERIFY(edge.handled.isEmpty());
    QCOMPARE(edge.refused.size(), 1);
    QCOMPARE(edge.refused.at(0).at(1).toInt(), status);
    QVERIFY(!edge.refused.at(0).at(2).toString().isEmpty());
    QCOMPARE(edge.metrics.verdictCount(Verdict(verdict)), quint64(1));
}

void TestGuardedTcpServer::aBodyOverTheLimitIsRefusedBeforeItIsSent()
{
    Edge edge(smallLimits());
    auto client = edge.connect();
    QVERIFY(client);
    // Only the headers: the declared length alone is enough to refuse.
    client->write("POST /big HTTP/1.1\r\nHost: test\r\nContent-Length: 5000000\r\n\r\n");
    QByteArray seen;
    QVERIFY(readUntil(*client, seen, "HTTP/1.1 413 "));
    QCOMPARE(edge.refused.size(), 1);
    QVERIFY(edge.refused.at(0).at(3).toLongLong() < 1000); // bytes seen: the headers
    QVERIFY(edge.handled.isEmpty());
}

void TestGuardedTcpServer::headersNotReceivedInTimeAre408()
{
    ConnectionLimits limits = smallLimits();
    limits.headerTimeoutMs = 300;
    Edge edge(limits);
    auto client = edge.connect();
    QVERIFY(client);
    QElapsedTimer timer;
    timer.start();
    client->write("POST /slow HTTP/1.1\r\nHost: te");
    QByteArray seen;
    QVERIFY(readUntil(*client, seen, "HTTP/1.1 408 "));
    QVERIFY(timer.elapsed() >= 300);
    QVERIFY(seen.contains("headers not received in time"));
    QCOMPARE(edge.metrics.verdictCount(Verdict::Timeout), quint64(1));
    QVERIFY(edge.handled.isEmpty());
}

void TestGuardedTcpServer::idleKeepAliveConnectionsAreClosed()
{
    ConnectionLimits limits = smallLimits();
    limits.idleTimeoutMs = 300;
    Edge edge(limits);
    auto client = edge.connect();
    QVERIFY(client);
    client->write(post("/one", "x"));
    QByteArray seen;
    QVERIFY(readUntil(*client, seen, "seen /one x"));
    QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(waitClosed(*client));
    QVERIFY(timer.elapsed() >= 200);  // kept while it might send again
    QCOMPARE(edge.refused.size(), 0); // closed quietly: no request was in progress
    QTRY_COMPARE(edge.metrics.openConnections(), 0);
}

void TestGuardedTcpServer::oneClientCannotHoldEverySlot()
{
    ConnectionLimits limits = smallLimits();
    limits.maxConnectionsPerPeer = 2;
    Edge edge(limits);
    auto first = edge.connect();
    auto second = edge.connect();
    QVERIFY(first && second);
    QTRY_COMPARE(edge.metrics.openConnections(), 2);
    auto third = edge.connect(); // the kernel accepts it; the edge drops it
    QVERIFY(third);
    QVERIFY(waitClosed(*third));
    QCOMPARE(edge.metrics.openConnections(), 2);

    // The two it holds still work, and a slot given back can be taken again.
    first->write(post("/one", "x"));
    QByteArray seen;
    QVERIFY(readUntil(*first, seen, "seen /one x"));
    second->disconnectFromHost();
    QTRY_COMPARE(edge.metrics.openConnections(), 1);
    auto fourth = edge.connect();
    QVERIFY(fourth);
    fourth->write(post("/four", "y"));
    seen.clear();
    QVERIFY(readUntil(*fourth, seen, "seen /four y"));
}

void TestGuardedTcpServer::unfinishedBytesAreBoundedAcrossConnections()
{
    ConnectionLimits limits = smallLimits();
    limits.maxUnfinishedBytes = 1200;
    Edge edge(limits);
    auto slow = edge.connect();
    auto other = edge.connect();
    QVERIFY(slow && other);
    // The first declares 800 bytes: once its headers are read (the 100 says so), they are held
    // for it.
    slow->write("POST /slow HTTP/1.1\r\nHost: test\r\nContent-Length: 800\r\n"
                "Expect: 100-continue\r\n\r\n");
    QByteArray slowSeen;
    QVERIFY(readUntil(*slow, slowSeen, "HTTP/1.1 100 Continue"));
    // The second would take the total past the bound.
    other->write(post("/other", QByteArray(800, 'o')).left(200));
    QByteArray seen;
    QVERIFY2(readUntil(*other, seen, "HTTP/1.1 503 "), seen.constData());
    QCOMPARE(edge.metrics.verdictCount(Verdict::Overloaded), quint64(1));
    // The first, already holding its share, finishes and is handled.
    const QByteArray body(800, 's');
    slow->write(body);
    QVERIFY(readUntil(*slow, slowSeen, "seen /slow " + body));
    QCOMPARE(edge.handled.size(), 1);
}

void TestGuardedTcpServer::continueIsSentWhenTheBodyIsAwaited()
{
    Edge edge(smallLimits());
    auto client = edge.connect();
    QVERIFY(client);
    client->write("POST /ask HTTP/1.1\r\nHost: test\r\nContent-Length: 5\r\n"
                  "Expect: 100-continue\r\n\r\n");
    QByteArray seen;
    QVERIFY(readUntil(*client, seen, "HTTP/1.1 100 Continue\r\n\r\n"));
    QVERIFY(edge.handled.isEmpty());
    client->write("hello");
    QVERIFY(readUntil(*client, seen, "seen /ask hello"));
    QVERIFY(seen.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 "));
}

void TestGuardedTcpServer::nothingIsReadAfterARequestThatCloses()
{
    Edge edge(smallLimits());
    auto client = edge.connect();
    QVERIFY(client);
    client->write(post("/last", "x", "Connection: close\r\n") + post("/ignored", "y"));
    QByteArray seen;
    QVERIFY(readUntil(*client, seen, "seen /last x"));
    QVERIFY(waitClosed(*client));
    QCOMPARE(edge.handled.size(), 1);
    QCOMPARE(edge.handled.at(0).target, QByteArray("/last"));
    QVERIFY(!seen.contains("/ignored"));
    QVERIFY(seen.toLower().contains("connection: close"));
}

QTEST_MAIN(TestGuardedTcpServer)
#include "tst_guardedtcpserver.moc"
