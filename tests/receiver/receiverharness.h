#pragma once

#include "httpclient.h"
#include "receiver.h"
#include "storage/database.h"
#include "testworld.h"

#include <QTcpSocket>

#include <functional>
#include <memory>

namespace hookline::test {

// The real receiver on 127.0.0.1, port 0, over the test world's SQLite file, plus a real HTTP
// client and a read connection for assertions.
class ReceiverHarness
{
public:
    // tweak adjusts the options before start (short timeouts, small caps, ...).
    explicit ReceiverHarness(const std::function<void(ReceiverOptions &)> &tweak = {});
    ~ReceiverHarness();

    bool isRunning() const { return m_receiver && m_receiver->isRunning(); }
    QString error() const { return m_error; }

    QUrl url(const QString &path) const;
    quint16 port() const { return m_receiver->port(); }
    HttpClient &client() { return m_client; }
    Receiver &receiver() { return *m_receiver; }
    TestWorld &world() { return m_world; }
    Database &db() { return *m_db; }

    HttpReply postSigned(const QString &path, const QByteArray &body, const QByteArray &secret);

    // Reads one value from the database (test thread's own connection).
    QVariant scalar(const QString &sql, const QVariantList &bind = {});

private:
    TestWorld m_world;
    HttpClient m_client;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<Database> m_db;
    QString m_error;
};

// A raw TCP client for what QNetworkAccessManager will not send (byte-by-byte headers,
// garbage, pipelining).
class RawClient
{
public:
    explicit RawClient(quint16 port);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send(const QByteArray &bytes);
    // Reads until predicate(received) holds or the time is up; returns what was received.
    QByteArray readUntil(const std::function<bool(const QByteArray &)> &predicate, int timeoutMs);
    // Reads until the peer closes the connection or the time is up; true if it closed.
    bool waitForClose(int timeoutMs);
    QByteArray received() const { return m_received; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
};

// Number of complete HTTP responses (status line + headers + Content-Length body) in bytes.
int countResponses(const QByteArray &bytes);

} // namespace hookline::test
