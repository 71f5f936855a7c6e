#include "receiverharness.h"

#include "testsigner.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace hookline::test {

ReceiverHarness::ReceiverHarness(const std::function<void(ReceiverOptions &)> &tweak)
{
    QStandardPaths::setTestModeEnabled(true);
    if (const QString seeded = m_world.seed(); !seeded.isEmpty()) {
        m_error = seeded;
        return;
    }
    ReceiverOptions options;
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    options.database.path = m_world.databasePath();
    if (tweak)
        tweak(options);
    m_receiver = std::make_unique<Receiver>(options);
    const auto started = m_receiver->start();
    if (!started) {
        m_error = started.error();
        return;
    }
    auto db = m_world.open(QStringLiteral("test-reader"));
    if (!db) {
        m_error = db.error();
        return;
    }
    m_db = std::move(*db);
}

ReceiverHarness::~ReceiverHarness()
{
    if (m_receiver)
        m_receiver->stop();
}

QUrl ReceiverHarness::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_receiver->port()).arg(path));
}

HttpReply ReceiverHarness::postSigned(const QString &path, const QByteArray &body,
                                      const QByteArray &secret)
{
    return m_client.post(url(path), body, {{"X-Hub-Signature-256", sign(secret, body)}});
}

QVariant ReceiverHarness::scalar(const QString &sql, const QVariantList &bind)
{
    return TestWorld::scalar(*m_db, sql, bind);
}

RawClient::RawClient(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    m_socket.waitForConnected(5000);
}

void RawClient::send(const QByteArray &bytes)
{
    m_socket.write(bytes);
    m_socket.waitForBytesWritten(5000);
}

QByteArray RawClient::readUntil(const std::function<bool(const QByteArray &)> &predicate,
                                int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!predicate(m_received) && !deadline.hasExpired()) {
        if (m_socket.bytesAvailable() == 0 &&
            !m_socket.waitForReadyRead(
                int(qMax<qint64>(1, qMin<qint64>(100, deadline.remainingTime()))))) {
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                break;
            continue;
        }
        m_received += m_socket.readAll();
    }
    return m_received;
}

bool RawClient::waitForClose(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (m_socket.waitForReadyRead(50))
            m_received += m_socket.readAll();
    }
    m_received += m_socket.readAll();
    return m_socket.state() != QAbstractSocket::ConnectedState;
}

int countResponses(const QByteArray &bytes)
{
    int count = 0;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype headEnd = bytes.indexOf("\r\n\r\n", pos);
        if (headEnd < 0 || !bytes.mid(pos, 9).startsWith("HTTP/1.1 "))
            break;
        const QByteArray head = bytes.mid(pos, headEnd - pos).toLower();
        qsizetype length = 0;
        const qsizetype at = head.indexOf("content-length:");
        if (at >= 0) {
            const qsizetype lineEnd = head.indexOf("\r\n", at);
            length = head.mid(at + 15, lineEnd < 0 ? -1 : lineEnd - at - 15).trimmed().toLongLong();
        }
        if (headEnd + 4 + length > bytes.size())
            break;
        if (!head.startsWith("http/1.1 100"))
            ++count;
        pos = headEnd + 4 + length;
    }
    return count;
}

} // namespace hookline::test
