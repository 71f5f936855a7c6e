#include "responsesequencer.h"

#include <QTcpSocket>

namespace hookline {

ResponseSequencer::ResponseSequencer(QObject *parent)
    : QObject(parent)
{}

ResponseSequencer::~ResponseSequencer() = default;

quint64 ResponseSequencer::open(QTcpSocket *socket, QHttpServerResponder &&responder)
{
    auto [it, inserted] = m_connections.try_emplace(socket);
    if (inserted) {
        it->second.socket = socket;
        connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    }
    const quint64 id = ++m_nextId;
    it->second.queue.push_back(
        Slot{id, std::make_unique<QHttpServerResponder>(std::move(responder)), std::nullopt});
    m_owner.insert(id, socket);
    return id;
}

void ResponseSequencer::complete(quint64 id, HttpAnswer answer)
{
    QTcpSocket *const socket = m_owner.value(id);
    if (!socket)
        return;
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    for (Slot &slot : it->second.queue) {
        if (slot.id == id) {
            slot.answer = std::move(answer);
            break;
        }
    }
    writeReady(it->second);
}

void ResponseSequencer::writeReady(Connection &connection)
{
    while (!connection.queue.empty() && connection.queue.front().answer) {
        Slot slot = std::move(connection.queue.front());
        connection.queue.pop_front();
        m_owner.remove(slot.id);
        if (!connection.socket || connection.socket->state() != QAbstractSocket::ConnectedState)
            continue; // the client has gone: writing now would touch freed memory on 6.4.2
        const HttpAnswer &answer = *slot.answer;
        // nosniff: no browser ever takes an answer (an echoed challenge) for another type.
        if (answer.allow.isEmpty())
            slot.responder->write(
                answer.body,
                {{"Content-Type", answer.contentType}, {"X-Content-Type-Options", "nosniff"}},
                answer.status);
        else
            slot.responder->write(answer.body,
                                  {{"Content-Type", answer.contentType},
                                   {"X-Content-Type-Options", "nosniff"},
                                   {"Allow", answer.allow}},
                                  answer.status);
    }
}

void ResponseSequencer::forget(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    for (const Slot &slot : it->second.queue)
        m_owner.remove(slot.id);
    m_connections.erase(it);
}

} // namespace hookline
