#pragma once

#include "http/httpanswer.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <memory>
#include <optional>
#include <unordered_map>

class QTcpSocket;

namespace hookline {

// Holds the responders of requests that are answered later (after their commit) and writes
// every answer of a connection in the order its requests arrived. On Qt 6.4.2 a responder must
// never write after its client has gone, so each write first checks the socket is alive.
class ResponseSequencer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResponseSequencer)

public:
    explicit ResponseSequencer(QObject *parent = nullptr);
    ~ResponseSequencer() override;

    // Reserves the next answer slot of socket's connection.
    quint64 open(QTcpSocket *socket, QHttpServerResponder &&responder);

    // Fills a slot; written as soon as every earlier slot of its connection is written.
    // Unknown ids (their connection closed) are ignored.
    void complete(quint64 id, HttpAnswer answer);

    qsizetype waiting() const { return m_owner.size(); }

private:
    struct Slot
    {
        quint64 id = 0;
        std::unique_ptr<QHttpServerResponder> responder;
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
