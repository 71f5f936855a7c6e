// ResponseSequencer: answers completed out of order are written in the order their requests
// arrived on the connection, a connection that closed drops its answers, and a request that
// closes its connection is answered and then closed. The receiver's real edge
// (GuardedTcpServer) on an ephemeral port and a raw client that pipelines its requests.

#include "http/guardedtcpserver.h"
#include "http/responsesequencer.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QTest>

using namespace hookline;

namespace {

// Holds every request's slot until the test completes it.
class HoldingServer
{
public:
    ReceiverMetrics metrics;
    GuardedTcpServer edge{ConnectionLimits{}, &metrics};
    ResponseSequencer &sequencer = *edge.answers();
    QList<std::pair<QByteArray, quint64>> held; // target, slot
    QByteArray answerAtOnce; // when set, every request is answered with it right away

    HoldingServer()
    {
        edge.setRequestHandler([this](QTcpSocket *socket, HttpRequest &&request) {
            held.append({request.target,
                         sequencer.open(socket, {request.method == "HEAD", request.keepAlive})});
            if (!answerAtOnce.isEmpty())
                sequencer.complete(
                    held.last().second,
                    HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, answerAtOnce));
        });
    }

    // Listens on an ephemeral port of loopback and connects client to it.
    bool connectClient(QTcpSocket &client)
    {
        if (!edge.isListening() && !edge.listen(QHostAddress::LocalHost))
            return false;
        client.connectToHost(QHostAddress::LocalHost, edge.serverPort());
        return client.waitForConnected(5000);
    }
};

QByteArray get(const char *path)
{
    return QByteArray("GET ") + path + " HTTP/1.1\r\nHost: test\r\n\r\n";
}

// The bodies of the answers read so far, in order.
QList<QByteArray> bodies(const QByteArray &stream)
{
    QList<QByteArray> found;
    qsizetype at = 0;
    while ((at = stream.indexOf("\r\n\r\n", at)) >= 0) {
        const qsizetype head = stream.lastIndexOf("HTTP/1.1 ", at);
        const QByteArray headers = stream.mid(head, at - head).toLower();
        const qsizetype lengthAt = headers.indexOf("content-length: ");
        const int length =
            headers.mid(lengthAt + 16, headers.indexOf('\r', lengthAt) - lengthAt - 16).toInt();
        found.append(stream.mid(at + 4, length));
        at += 4 + length;
    }
    return found;
}

} // namespace

class TestResponseSequencer : public QObject
{
    Q_OBJECT

private slots:
    void answersGoOutInRequestOrder();
    void aClosedConnectionDropsItsAnswers();
    void aRequestThatClosesIsAnsweredThenClosed();
    void headAnswersCarryNoBody();
    void aRefusalWaitsForTheAnswersBeforeIt();
    void continueNeverFollowsAnAnswer();
    void aClientThatDoesNotReadIsNotReadEither();
    void everyAnswerIsDated();
};

void TestResponseSequencer::answersGoOutInRequestOrder()
{
    HoldingServer server;
    QTcpSocket client;
    QVERIFY(server.connectClient(client));
    client.write(get("/one") + get("/two") + get("/three"));
    QTRY_COMPARE(server.held.size(), 3);
    QCOMPARE(server.held.at(0).first, QByteArray("/one"));

    // The last and the second are ready first: nothing may go out before the first.
    server.sequencer.complete(server.held.at(2).second,
                              HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "three"));
    server.sequencer.complete(server.held.at(1).second,
                              HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "two"));
    QTest::qWait(100);
    QByteArray stream = client.readAll();
    QCOMPARE(stream, QByteArray());
    QCOMPARE(server.sequencer.waiting(), 3);

    server.sequencer.complete(server.held.at(0).second,
                              HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "one"));
    QTRY_COMPARE(bodies(stream += client.readAll()).size(), 3);
    QCOMPARE(bodies(stream), (QList<QByteArray>{"one", "two", "three"}));
    QCOMPARE(server.sequencer.waiting(), 0);
    // An id already answered, or never given, changes nothing.
    server.sequencer.complete(server.held.at(0).second,
                              HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "again"));
    server.sequencer.complete(9999, HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "x"));
    QTest::qWait(50);
    QCOMPARE(client.readAll(), QByteArray());
}

void TestResponseSequencer::aClosedConnectionDropsItsAnswers()
{
    HoldingServer server;
    {
        QTcpSocket client;
        QVERIFY(server.connectClient(client));
        client.write(get("/gone"));
        QTRY_COMPARE(server.held.size(), 1);
    }
    // The server's side of the connection goes once the client has closed it.
    QTRY_COMPARE(server.sequencer.waiting(), 0);
    server.sequencer.complete(server.held.at(0).second,
                              HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "late"));
    QCOMPARE(server.sequencer.waiting(), 0);
}

void TestResponseSequencer::aRequestThatClosesIsAnsweredThenClosed()
{
    HoldingServer server;
    QTcpSocket client;
    QVERIFY(server.connectClient(client));
    // The second request closes the connection: the third is never read.
    client.write(get("/one") + "GET /two HTTP/1.1\r\nConnection: close\r\n\r\n" + get("/three"));
    QTRY_COMPARE(server.held.size(), 2);
    server.sequencer.complete(server.held.at(1).second,
                              HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "two"));
    server.sequencer.complete(server.held.at(0).second,
                              HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "one"));
    QTRY_COMPARE(client.state(), QAbstractSocket::UnconnectedState);
    const QByteArray stream = client.readAll();
    QCOMPARE(bodies(stream), (QList<QByteArray>{"one", "two"}));
    QCOMPARE(stream.count("Connection: close\r\n"), 1);
    QVERIFY(stream.indexOf("Connection: close") > stream.indexOf("\r\n\r\none"));
    QCOMPARE(server.held.size(), 2);

    // HTTP/1.0 closes unless asked to keep the connection.
    QTcpSocket old;
    QVERIFY(server.connectClient(old));
    old.write("GET /old HTTP/1.0\r\n\r\n");
    QTRY_COMPARE(server.held.size(), 3);
    server.sequencer.complete(server.held.at(2).second,
                              HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "old"));
    QTRY_COMPARE(old.state(), QAbstractSocket::UnconnectedState);
    QCOMPARE(bodies(old.readAll()), QList<QByteArray>{"old"});
}

void TestResponseSequencer::headAnswersCarryNoBody()
{
    HoldingServer server;
    QTcpSocket client;
    QVERIFY(server.connectClient(client));
    client.write("HEAD /h HTTP/1.1\r\n\r\n" + get("/g"));
    QTRY_COMPARE(server.held.size(), 2);
    server.sequencer.complete(server.held.at(0).second,
                              HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "head"));
    server.sequencer.complete(server.held.at(1).second,
                              HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "get"));
    QByteArray stream;
    QTRY_VERIFY((stream += client.readAll()).endsWith("get"));
    // The HEAD answer says how long its body would be, and the next answer follows its headers.
    QVERIFY(stream.startsWith("HTTP/1.1 200 OK\r\n"));
    QCOMPARE(stream.count("Content-Length: 4\r\n"), 1);
    QVERIFY(stream.contains("Content-Length: 4\r\n\r\nHTTP/1.1 200 OK\r\n"));
    QVERIFY(!stream.contains("head"));
}

void TestResponseSequencer::everyAnswerIsDated()
{
    // An HTTP-date, in English and GMT whatever the locale, within a few seconds of now.
    QLocale::setDefault(QLocale(QLocale::Portuguese, QLocale::Brazil));
    const QByteArray answer = ResponseSequencer::serialize(
        HttpAnswer::text(QHttpServerResponder::StatusCode::NotFound, "no"), {false, true});
    QLocale::setDefault(QLocale::c());
    const qsizetype at = answer.indexOf("\r\nDate: ");
    QVERIFY2(at > 0, answer.constData());
    const QByteArray date = answer.mid(at + 8, answer.indexOf("\r\n", at + 2) - at - 8);
    QVERIFY2(date.endsWith(" GMT"), date.constData());
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(date.chopped(4)),
                                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
    when.setTimeSpec(Qt::UTC);
    QVERIFY2(when.isValid(), date.constData());
    QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

void TestResponseSequencer::aRefusalWaitsForTheAnswersBeforeIt()
{
    HoldingServer server;
    QTcpSocket client;
    QVERIFY(server.connectClient(client));
    client.write(get("/one"));
    QTRY_COMPARE(server.held.size(), 1);
    client.write("NOT A REQUEST\r\n\r\n");
    QTest::qWait(100);
    QCOMPARE(client.readAll(), QByteArray()); // the 400 waits for /one's answer
    server.sequencer.complete(server.held.at(0).second,
                              HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "one"));
    QByteArray stream;
    QTRY_VERIFY((stream += client.readAll()).contains("malformed request line"));
    QVERIFY(stream.startsWith("HTTP/1.1 200 OK\r\n"));
    QVERIFY(stream.indexOf("HTTP/1.1 400 Bad Request\r\n") > stream.indexOf("\r\n\r\none"));
    QVERIFY(stream.contains("Connection: close\r\n"));
    QCOMPARE(server.held.size(), 1);
}

void TestResponseSequencer::continueNeverFollowsAnAnswer()
{
    HoldingServer server;
    QTcpSocket client;
    QVERIFY(server.connectClient(client));
    // The body came with the headers: nothing to continue.
    client.write("POST /whole HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n{}");
    QTRY_COMPARE(server.held.size(), 1);
    server.sequencer.complete(server.held.at(0).second,
                              HttpAnswer::text(QHttpServerResponder::StatusCode::Ok, "whole"));
    QByteArray stream;
    QTRY_VERIFY((stream += client.readAll()).endsWith("whole"));
    QVERIFY2(!stream.contains("100 Continue"), stream.constData());
    // An answer still to come: no 100 for the next request may go before it.
    client.write(get("/first") +
                 "POST /next HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    QTRY_COMPARE(server.held.size(), 2);
    QTest::qWait(100);
    stream += client.readAll();
    QVERIFY2(!stream.contains("100 Continue"), stream.constData());
    client.write("{}");
    QTRY_COMPARE(server.held.size(), 3);
    // Alone on its connection, a request waiting for its body is told to continue.
    QTcpSocket alone;
    QVERIFY(server.connectClient(alone));
    alone.write("POST /alone HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n");
    QByteArray interim;
    QTRY_VERIFY((interim += alone.readAll()).contains("HTTP/1.1 100 Continue\r\n\r\n"));
}

void TestResponseSequencer::aClientThatDoesNotReadIsNotReadEither()
{
    // Each answer is 1 MiB and the client reads none: the edge stops reading its requests
    // once answers pile up, instead of answering all 100 into memory; it reads on as the
    // client reads.
    HoldingServer server;
    server.answerAtOnce = QByteArray(1024 * 1024, 'a');
    QTcpSocket client;
    QVERIFY(server.connectClient(client));
    client.setReadBufferSize(64 * 1024);
    QByteArray requests;
    for (int i = 0; i < 100; ++i)
        requests += get("/again");
    client.write(requests);
    QTest::qWait(1000);
    const qsizetype whileNotReading = server.held.size();
    QVERIFY2(whileNotReading > 0 && whileNotReading < 60,
             qPrintable(QString::number(whileNotReading)));
    client.setReadBufferSize(0);
    qint64 received = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        (received += client.readAll().size(), received >= 100 * (1024 * 1024 + 100)), 20000);
    QCOMPARE(server.held.size(), 100);
}

QTEST_GUILESS_MAIN(TestResponseSequencer)
#include "tst_responsesequencer.moc"
