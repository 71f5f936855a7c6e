#include "mockgraph.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace hookline::test {

struct MockGraph::State
{
    mutable QMutex lock;
    struct Planned
    {
        Failure failure;
        int retryAfter;
        int slowMs;
    };
    QList<Planned> planned;
    QList<Request> requests;
    QHash<QString, QString> lines;
    int sent = 0;
    struct Media
    {
        QByteArray bytes; // empty when generated
        bool generated = false;
        qint64 size = 0;
        qint64 declared = 0;
        QString mime;
        QString shaHex;
    };
    QHash<QString, Media> media;
    QList<Planned> plannedDownloads;
    int downloads = 0;
    quint16 port = 0;
};

namespace {

QByteArray error(int code, int subcode, const QString &message, const QString &type)
{
    QJsonObject object{{QStringLiteral("message"), message},
                       {QStringLiteral("type"), type},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("fbtrace_id"), QStringLiteral("AmockTrace1")}};
    if (subcode)
        object.insert(QStringLiteral("error_subcode"), subcode);
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), object}})
        .toJson(QJsonDocument::Compact);
}

QByteArray reasonOf(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    default:
        return "Internal Server Error";
    }
}

void answer(QTcpSocket *socket, int status, const QByteArray &body, int retryAfter = -1,
            bool truncate = false)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonOf(status) +
                      "\r\nContent-Type: application/json\r\nConnection: close\r\n"
                      "Content-Length: " +
                      QByteArray::number(body.size()) + "\r\n";
    if (retryAfter >= 0)
        head += "Retry-After: " + QByteArray::number(retryAfter) + "\r\n";
    socket->write(head + "\r\n" + (truncate ? body.left(body.size() / 2) : body));
    socket->disconnectFromHost();
}

// One connection: reads one request, answers it as Meta would (or fails as planned).
class Exchange : public QObject
{
public:
    Exchange(QTcpSocket *socket, std::shared_ptr<MockGraph::State> state)
        : QObject(socket)
        , m_socket(socket)
        , m_state(std::move(state))
    {
        connect(socket, &QTcpSocket::readyRead, this, &Exchange::read);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void read()
    {
        m_buffer += m_socket->readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0 || m_done)
            return;
        const QList<QByteArray> headLines = m_buffer.left(end).split('\n');
        MockGraph::Request request;
        const QList<QByteArray> first = headLines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.path = QString::fromUtf8(first.value(1));
        qsizetype length = 0;
        for (const QByteArray &line : headLines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                length = value.toLongLong();
            else if (name == "authorization")
                request.authorization = value;
        }
        if (m_buffer.size() < end + 4 + length)
            return;
        m_done = true;
        request.body = m_buffer.mid(end + 4, length);
        respond(request);
    }

    void respond(const MockGraph::Request &request)
    {
        if (request.path.startsWith(QLatin1String("/media-download/")))
            return download(request);
        std::optional<MockGraph::State::Planned> planned;
        {
            QMutexLocker locker(&m_state->lock);
            m_state->requests.append(request);
            if (!m_state->planned.isEmpty())
                planned = m_state->planned.takeFirst();
        }
        if (planned) {
            switch (planned->failure) {
            case MockGraph::Failure::ExpiredToken:
                return answer(m_socket, 401,
                              error(190, 463,
                                    QStringLiteral("Error validating access token: Session has "
                                                   "expired."),
                                    QStringLiteral("OAuthException")));
            case MockGraph::Failure::RateLimited:
                return answer(m_socket, 429,
                              error(130429, 0, QStringLiteral("Rate limit hit"),
                                    QStringLiteral("OAuthException")),
                              planned->retryAfter);
            case MockGraph::Failure::PairRateLimited:
                return answer(m_socket, 400,
                              error(131056, 0,
                                    QStringLiteral("(Business Account, Consumer Account) pair rate "
                                                   "limit hit"),
                                    QStringLiteral("OAuthException")),
                              planned->retryAfter);
            case MockGraph::Failure::OutsideWindow:
                return answer(m_socket, 400,
                              error(131047, 0, QStringLiteral("Re-engagement message"),
                                    QStringLiteral("OAuthException")));
            case MockGraph::Failure::ServerError:
                return answer(m_socket, 500, QByteArrayLiteral("{}"));
            case MockGraph::Failure::DropAnswer:
                m_socket->abort();
                return;
            case MockGraph::Failure::Truncated:
                return answer(m_socket, 200, success(request), -1, true);
            case MockGraph::Failure::NotFound:
                return answer(m_socket, 404,
                              error(100, 33, QStringLiteral("Object does not exist"),
                                    QStringLiteral("GraphMethodException")));
            case MockGraph::Failure::WrongBytes:
                break;
            case MockGraph::Failure::Slow: {
                QPointer<QTcpSocket> socket = m_socket;
                const QByteArray body = success(request);
                QTimer::singleShot(planned->slowMs, socket, [socket, body] {
                    if (socket)
                        answer(socket, 200, body);
                });
                return;
            }
            }
        }
        if (request.authorization != QByteArray("Bearer ") + MockGraph::goodToken)
            return answer(m_socket, 401,
                          error(190, 467, QStringLiteral("Invalid OAuth access token."),
                                QStringLiteral("OAuthException")));
        const QByteArray body = success(request);
        if (body.isEmpty())
            return answer(m_socket, 404,
                          error(100, 33,
                                QStringLiteral("Unsupported get request. Object does not exist "
                                               "or cannot be loaded due to missing permissions."),
                                QStringLiteral("GraphMethodException")));
        answer(m_socket, 200, body);
    }

    QByteArray success(const MockGraph::Request &request)
    {
        static const QRegularExpression messages(QStringLiteral("^/v[\\d.]+/(\\d+)/messages$"));
        static const QRegularExpression node(QStringLiteral("^/v[\\d.]+/(\\w+)(\\?.*)?$"));
        const QString path = request.path;
        if (request.method == "POST") {
            const auto match = messages.match(path);
            if (!match.hasMatch())
                return {};
            const QJsonObject sent = QJsonDocument::fromJson(request.body).object();
            int n = 0;
            {
                QMutexLocker locker(&m_state->lock);
                n = ++m_state->sent;
            }
            const QString to = sent.value(QLatin1String("to")).toString();
            return QJsonDocument(
                       QJsonObject{
                           {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("contacts"),
                            QJsonArray{QJsonObject{{QStringLiteral("input"), to},
                                                   {QStringLiteral("wa_id"), to}}}},
                           {QStringLiteral("messages"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("id"),
                                 QStringLiteral("wamid.MOCK%1").arg(n, 6, 10, QChar(u'0'))}}}}})
                .toJson(QJsonDocument::Compact);
        }
        static const QRegularExpression templates(
            QStringLiteral("^/v[\\d.]+/(\\d+)/message_templates\\?(.*)$"));
        if (const auto listing = templates.match(path); listing.hasMatch())
            return templatePage(listing.captured(2).contains(QLatin1String("after=P2")));
        const auto match = node.match(path);
        if (!match.hasMatch())
            return {};
        QMutexLocker locker(&m_state->lock);
        if (const auto media = m_state->media.constFind(match.captured(1));
            media != m_state->media.cend()) {
            return QJsonDocument(
                       QJsonObject{
                           {QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                           {QStringLiteral("url"),
                            QStringLiteral("http://127.0.0.1:%1/media-download/%2?ext=1")
                                .arg(m_state->port)
                                .arg(media.key())},
                           {QStringLiteral("mime_type"), media->mime},
                           {QStringLiteral("sha256"), media->shaHex},
                           {QStringLiteral("file_size"), double(media->declared)},
                           {QStringLiteral("id"), media.key()}})
                .toJson(QJsonDocument::Compact);
        }
        const auto line = m_state->lines.constFind(match.captured(1));
        if (line == m_state->lines.cend())
            return {};
        return QJsonDocument(QJsonObject{{QStringLiteral("verified_name"), *line},
                                         {QStringLiteral("display_phone_number"),
                                          QStringLiteral("+1 555-010-0000")},
                                         {QStringLiteral("id"), line.key()}})
            .toJson(QJsonDocument::Compact);
    }

    // Two pages, as Meta pages them: data, then paging with a cursor and a next link.
    static QByteArray templatePage(bool second)
    {
        auto one = [](const QString &name, const QString &language, const QString &category,
                      const QString &status, const QString &body) {
            return QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("language"), language},
                {QStringLiteral("category"), category},
                {QStringLiteral("status"), status},
                {QStringLiteral("id"), QStringLiteral("9%1").arg(name.size())},
                {QStringLiteral("components"),
                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("HEADER")},
                                        {QStringLiteral("format"), QStringLiteral("TEXT")},
                                        {QStringLiteral("text"), QStringLiteral("Northwind")}},
                            QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                        {QStringLiteral("text"), body}}}}};
        };
        QJsonObject page;
        if (!second) {
            page.insert(QStringLiteral("data"),
                        QJsonArray{one(QStringLiteral("order_update"), QStringLiteral("pt_BR"),
                                       QStringLiteral("UTILITY"), QStringLiteral("APPROVED"),
                                       QStringLiteral("Olá {{1}}, seu pedido {{2}} saiu para "
                                                      "entrega.")),
                                   one(QStringLiteral("promo_draft"), QStringLiteral("en_US"),
                                       QStringLiteral("MARKETING"), QStringLiteral("PENDING"),
                                       QStringLiteral("Soon!"))});
            page.insert(QStringLiteral("paging"),
                        QJsonObject{{QStringLiteral("cursors"),
                                     QJsonObject{{QStringLiteral("before"), QStringLiteral("P0")},
                                                 {QStringLiteral("after"), QStringLiteral("P2")}}},
                                    {QStringLiteral("next"),
                                     QStringLiteral("https://graph.facebook.com/v24.0/x/"
                                                    "message_templates?after=P2")}});
        } else {
            page.insert(QStringLiteral("data"),
                        QJsonArray{one(QStringLiteral("welcome_back"), QStringLiteral("en_US"),
                                       QStringLiteral("MARKETING"), QStringLiteral("APPROVED"),
                                       QStringLiteral("Welcome back! Here is {{1}} off."))});
            page.insert(
                QStringLiteral("paging"),
                QJsonObject{{QStringLiteral("cursors"),
                             QJsonObject{{QStringLiteral("before"), QStringLiteral("P2")},
                                         {QStringLiteral("after"), QStringLiteral("P3")}}}});
        }
        return QJsonDocument(page).toJson(QJsonDocument::Compact);
    }

    QTcpSocket *m_socket;
    // A media file, as Meta's download URL serves it: with the token only, streamed in pieces
    // as the socket takes them.
    void download(const MockGraph::Request &request)
    {
        std::optional<MockGraph::State::Planned> planned;
        MockGraph::State::Media media;
        bool known = false;
        const QString id = request.path.mid(16).section(u'?', 0, 0);
        {
            QMutexLocker locker(&m_state->lock);
            m_state->requests.append(request);
            ++m_state->downloads;
            if (!m_state->plannedDownloads.isEmpty())
                planned = m_state->plannedDownloads.takeFirst();
            known = m_state->media.contains(id);
            media = m_state->media.value(id);
        }
        if (request.authorization != QByteArray("Bearer ") + MockGraph::goodToken ||
            (planned && planned->failure == MockGraph::Failure::ExpiredToken))
            return answer(m_socket, 401,
                          error(190, 463, QStringLiteral("Session has expired."),
                                QStringLiteral("OAuthException")));
        if (!known || (planned && planned->failure == MockGraph::Failure::NotFound))
            return answer(m_socket, 404, QByteArrayLiteral("Not Found"));
        if (planned && planned->failure == MockGraph::Failure::ServerError)
            return answer(m_socket, 500, QByteArrayLiteral("{}"));
        if (planned && planned->failure == MockGraph::Failure::DropAnswer) {
            m_socket->abort();
            return;
        }
        m_media = media;
        m_limit = media.size;
        if (planned && planned->failure == MockGraph::Failure::Truncated)
            m_limit = media.size / 2;
        m_wrong = planned && planned->failure == MockGraph::Failure::WrongBytes;
        const QByteArray head =
            "HTTP/1.1 200 OK\r\nContent-Type: " + media.mime.toLatin1() +
            "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(media.size) +
            "\r\n\r\n";
        QPointer<QTcpSocket> socket = m_socket;
        auto begin = [this, socket, head] {
            if (!socket)
                return;
            socket->write(head);
            connect(socket, &QTcpSocket::bytesWritten, this, &Exchange::pump);
            pump();
        };
        if (planned && planned->failure == MockGraph::Failure::Slow)
            QTimer::singleShot(planned->slowMs, this, begin);
        else
            begin();
    }

    void pump()
    {
        constexpr qint64 piece = 256 * 1024;
        while (m_sent < m_limit && m_socket->bytesToWrite() < 4 * piece) {
            const qint64 n = qMin(piece, m_limit - m_sent);
            QByteArray chunk =
                m_media.generated ? MockGraph::generated(m_sent, n) : m_media.bytes.mid(m_sent, n);
            if (m_wrong && m_sent == 0 && !chunk.isEmpty())
                chunk[0] = char(chunk.at(0) ^ 0x5a);
            m_socket->write(chunk);
            m_sent += n;
        }
        if (m_sent >= m_limit && !m_closing) {
            m_closing = true;
            m_socket->disconnectFromHost();
        }
    }

    MockGraph::State::Media m_media;
    qint64 m_sent = 0;
    qint64 m_limit = 0;
    bool m_wrong = false;
    bool m_closing = false;
    std::shared_ptr<MockGraph::State> m_state;
    QByteArray m_buffer;
    bool m_done = false;
};

} // namespace

MockGraph::MockGraph()
    : m_state(std::make_shared<State>())
    , m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("mock-graph"));
    m_thread->start();
    QSemaphore ready;
    auto *server = new QTcpServer;
    server->moveToThread(m_thread);
    auto state = m_state;
    QMetaObject::invokeMethod(
        server,
        [this, server, state, &ready] {
            QObject::connect(server, &QTcpServer::newConnection, server, [server, state] {
                while (QTcpSocket *socket = server->nextPendingConnection())
                    new Exchange(socket, state);
            });
            QObject::connect(m_thread, &QThread::finished, server, &QObject::deleteLater);
            if (server->listen(QHostAddress::LocalHost, 0)) {
                m_port = server->serverPort();
                QMutexLocker locker(&state->lock);
                state->port = m_port;
            }
            ready.release();
        },
        Qt::QueuedConnection);
    ready.acquire();
}

MockGraph::~MockGraph()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QUrl MockGraph::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void MockGraph::failNext(Failure failure, int times, int retryAfterSeconds, int slowMs)
{
    QMutexLocker locker(&m_state->lock);
    for (int i = 0; i < times; ++i)
        m_state->planned.append({failure, retryAfterSeconds, slowMs});
}

void MockGraph::addLine(const QString &phoneNumberId, const QString &verifiedName)
{
    QMutexLocker locker(&m_state->lock);
    m_state->lines.insert(phoneNumberId, verifiedName);
}

QList<MockGraph::Request> MockGraph::requests() const
{
    QMutexLocker locker(&m_state->lock);
    return m_state->requests;
}

int MockGraph::messageRequests() const
{
    QMutexLocker locker(&m_state->lock);
    int n = 0;
    for (const Request &request : m_state->requests)
        n += request.path.endsWith(QLatin1String("/messages")) ? 1 : 0;
    return n;
}

} // namespace hookline::test

namespace hookline::test {

QByteArray MockGraph::generated(qint64 offset, qint64 size)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i) {
        const quint64 n = quint64(offset + i);
        out[i] = char((n * 2654435761ULL >> 13) ^ (n >> 7));
    }
    return out;
}

QString MockGraph::base64Sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toBase64());
}

void MockGraph::addMedia(const QString &mediaId, const QByteArray &bytes, const QString &mime,
                         qint64 declaredSize, bool withDigest)
{
    State::Media media;
    media.bytes = bytes;
    media.size = bytes.size();
    media.declared = declaredSize >= 0 ? declaredSize : bytes.size();
    media.mime = mime;
    if (withDigest)
        media.shaHex = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QMutexLocker locker(&m_state->lock);
    m_state->media.insert(mediaId, media);
}

void MockGraph::addGeneratedMedia(const QString &mediaId, qint64 size, const QString &mime,
                                  qint64 declaredSize)
{
    State::Media media;
    media.generated = true;
    media.size = size;
    media.declared = declaredSize >= 0 ? declaredSize : size;
    media.mime = mime;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qint64 at = 0; at < size; at += 1 << 20)
        hash.addData(generated(at, qMin<qint64>(1 << 20, size - at)));
    media.shaHex = QString::fromLatin1(hash.result().toHex());
    QMutexLocker locker(&m_state->lock);
    m_state->media.insert(mediaId, media);
}

QString MockGraph::mediaSha256Base64(const QString &mediaId) const
{
    QMutexLocker locker(&m_state->lock);
    return QString::fromLatin1(
        QByteArray::fromHex(m_state->media.value(mediaId).shaHex.toLatin1()).toBase64());
}

void MockGraph::failDownloads(Failure failure, int times, int slowMs)
{
    QMutexLocker locker(&m_state->lock);
    for (int i = 0; i < times; ++i)
        m_state->plannedDownloads.append({failure, -1, slowMs});
}

void MockGraph::clearDownloadFailures()
{
    QMutexLocker locker(&m_state->lock);
    m_state->plannedDownloads.clear();
}

int MockGraph::downloadRequests() const
{
    QMutexLocker locker(&m_state->lock);
    return m_state->downloads;
}

} // namespace hookline::test
