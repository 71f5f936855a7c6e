#pragma once

#include "http/httpanswer.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <optional>
#include <unordered_map>

class QTcpSocket;

namespace hookline {

// Holds the answers of a connection's requests, some of which are answered later (after their
// commit), and writes them in the order the requests arrived, each in one write with those
// ready after it. A request that asked to close the connection closes it once its answer is
// out; a HEAD request's answer goes without its body.
class ResponseSequencer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseSequencer)

public:
    struct Framing
    {
        bool head = false;     // HEAD: the answer's headers only
        bool keepAlive = true; // false: "Connection: close", and nothing written after it
        // With keepAlive false: close once written. A refusal leaves that to the edge, which
        // reads on for a moment so the client sees the answer rather than a reset.
        bool closeWhenWritten = true;
    };

    explicit ResponseSequencer(QObject *parent = nullptr);
    ~ResponseSequencer() override;

    // Reserves the next answer slot of socket's connection.
    quint64 open(QTcpSocket *socket, Framing framing);

    // Fills a slot; written as soon as every earlier slot of its connection is written.
    // Unknown ids (their connection closed) are ignored.
    void complete(quint64 id, HttpAnswer answer);

    qsizetype waiting() const { return m_owner.size(); }
    // The answers of socket's connection not written yet.
    qsizetype waiting(QTcpSocket *socket) const;

    // The bytes of one answer on the wire.
    static QByteArray serialize(const HttpAnswer &answer, Framing framing);

private:
    struct Slot
    {
        quint64 id = 0;
        Framing framing;
        std::optional<HttpAnswer> answer;
    };
    struct Connection
    {
        QPointer<QTcpSocket> socket;
        std::deque<Slot> queue;
    };

    void writeReady(Connection &connection);
    void forget(QTcpSocket *socket);

    std::unordered_map<QTcpSocket *, Connection> m_connections;
    QHash<quint64, QTcpSocket *> m_owner;
    quint64 m_nextId = 0;
};

} // namespace hookline
