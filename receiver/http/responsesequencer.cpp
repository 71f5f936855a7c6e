#include "responsesequencer.h"

#include <QDateTime>
#include <QTcpSocket>

namespace hookline {

namespace {

// The Date header every answer carries (HTTP asks it of a server with a clock), formatted once
// a second on each thread that answers.
const QByteArray &httpDate()
{
    static thread_local qint64 second = -1;
    static thread_local QByteArray text;
    if (const qint64 now = QDateTime::currentSecsSinceEpoch(); now != second) {
        second = now;
        // Day and month names are English whatever the locale: toString's format uses C's.
        text = QDateTime::fromSecsSinceEpoch(now, Qt::UTC)
                   .toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                   .toLatin1();
    }
    return text;
}

} // namespace

ResponseSequencer::ResponseSequencer(QObject *parent)
    : QObject(parent)
{}

ResponseSequencer::~ResponseSequencer() = default;

quint64 ResponseSequencer::open(QTcpSocket *socket, Framing framing)
{
    auto [it, inserted] = m_connections.try_emplace(socket);
    if (inserted) {
        it->second.socket = socket;
        connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    }
    const quint64 id = ++m_nextId;
    it->second.queue.push_back(Slot{id, framing, std::nullopt});
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

qsizetype ResponseSequencer::waiting(QTcpSocket *socket) const
{
    const auto it = m_connections.find(socket);
    return it == m_connections.end() ? 0 : qsizetype(it->second.queue.size());
}

QByteArray ResponseSequencer::serialize(const HttpAnswer &answer, Framing framing)
{
    const int status = int(answer.status);
    QByteArray out;
    out.reserve(192 + (framing.head ? 0 : answer.body.size()));
    out += "HTTP/1.1 ";
    out += QByteArray::number(status);
    out += ' ';
    out += HttpAnswer::reasonPhrase(status);
    out += "\r\nContent-Type: ";
    out += answer.contentType;
    // nosniff: no browser ever takes an answer (an echoed challenge) for another type.
    out += "\r\nX-Content-Type-Options: nosniff\r\nDate: ";
    out += httpDate();
    out += "\r\n";
    if (!answer.allow.isEmpty()) {
        out += "Allow: ";
        out += answer.allow;
        out += "\r\n";
    }
    if (status == 503)
        out += "Retry-After: 1\r\n";
    if (!framing.keepAlive)
        out += "Connection: close\r\n";
    out += "Content-Length: ";
    out += QByteArray::number(answer.body.size());
    out += "\r\n\r\n";
    if (!framing.head)
        out += answer.body;
    return out;
}

void ResponseSequencer::writeReady(Connection &connection)
{
    QByteArray out;
    bool close = false;
    bool closeNow = false;
    while (!connection.queue.empty() && connection.queue.front().answer) {
        Slot slot = std::move(connection.queue.front());
        connection.queue.pop_front();
        m_owner.remove(slot.id);
        if (close)
            continue; // nothing goes after an answer that closes the connection
        out += serialize(*slot.answer, slot.framing);
        close = !slot.framing.keepAlive;
        closeNow = close && slot.framing.closeWhenWritten;
    }
    if (out.isEmpty() || !connection.socket ||
        connection.socket->state() != QAbstractSocket::ConnectedState)
        return; // the client has gone
    connection.socket->write(out);
    if (closeNow)
        connection.socket->disconnectFromHost(); // after what is buffered is written
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
