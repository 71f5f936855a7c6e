// ResponseSequencer: answers completed out of order are written in the order their requests
// arrived on the connection, and a connection that closed drops its answers. A real
// QAbstractHttpServer on an ephemeral port and a raw client that pipelines its requests.

#include "http/responsesequencer.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace hookline;

namespace {

// Holds every request's slot until the test completes it.
class HoldingServer final : public QAbstractHttpServer
{
public:
    ResponseSequencer sequencer;
    QList<std::pair<QString, quint64>> held; // path, slot

    // Listens on an ephemeral port of loopback and connects client to it.
    bool connectClient(QTcpSocket &client)
    {
        auto *listener = new QTcpServer(this);
        if (!listener->listen(QHostAddress::LocalHost))
            return false;
        bind(listener);
        client.connectToHost(QHostAddress::LocalHost, listener->serverPort());
        return client.waitForConnected(5000);
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        held.append({request.url().path(), sequencer.open(socket, makeResponder(request, socket))});
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
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
};

void TestResponseSequencer::answersGoOutInRequestOrder()
{
    HoldingServer server;
    QTcpSocket client;
    QVERIFY(server.connectClient(client));
    client.write(get("/one") + get("/two") + get("/three"));
    QTRY_COMPARE(server.held.size(), 3);
    QCOMPARE(server.held.at(0).first, QStringLiteral("/one"));

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

QTEST_GUILESS_MAIN(TestResponseSequencer)
#include "tst_responsesequencer.moc"
