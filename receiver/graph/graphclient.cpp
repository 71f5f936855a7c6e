#include "graphclient.h"

#include "graphlogging.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cstring>

namespace hookline {

struct GraphClient::Call
{
    QByteArray verb;
    QString path;
    QByteArray token;
    QByteArray body;
    Resend resend = Resend::Never;
    Done done;
    int attempts = 0;
};

namespace {

// A request body that can be read once. Qt's HTTP stack sends a request again, unasked, when
// the connection closes while it waits for the answer; for a send that would message the
// customer twice. Told it cannot be read again, Qt reports ContentReSendError instead, which
// the client takes as a lost answer.
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray bytes, QObject *parent)
        : QIODevice(parent)
        , m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_bytes.size() - m_at + QIODevice::bytesAvailable();
    }
    bool reset() override { return m_at == 0 && QIODevice::reset(); }
    bool atEnd() const override { return m_at >= m_bytes.size(); }

protected:
    qint64 readData(char *data, qint64 most) override
    {
        const qint64 n = qMin(most, m_bytes.size() - m_at);
        if (n <= 0)
            return m_at >= m_bytes.size() ? -1 : 0;
        std::memcpy(data, m_bytes.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_at = 0;
};

// No connection was made, so nothing reached Meta.
bool neverSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

} // namespace

GraphClient::GraphClient(GraphEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_network(new QNetworkAccessManager(this))
{
    // The Graph API does not redirect these calls; following one would carry the access token
    // to another host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

GraphClient::~GraphClient() = default;

void GraphClient::get(const QString &path, const QByteArray &token, Done done)
{
    auto call = std::make_shared<Call>();
    call->verb = "GET";
    call->path = path;
    call->token = token;
    call->resend = Resend::WhenUnanswered;
    call->done = std::move(done);
    start(call);
}

void GraphClient::post(const QString &path, const QByteArray &token, const QJsonObject &body,
                       Done done)
{
    auto call = std::make_shared<Call>();
    call->verb = "POST";
    call->path = path;
    call->token = token;
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    call->resend = Resend::Never;
    call->done = std::move(done);
    start(call);
}

void GraphClient::start(std::shared_ptr<Call> call)
{
    ++call->attempts;
    QNetworkRequest request(m_endpoint.url(call->path));
    request.setRawHeader("Authorization", "Bearer " + call->token);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Hookline"));
    request.setTransferTimeout(m_endpoint.timeoutMs);
    QNetworkReply *reply = nullptr;
    if (call->verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        auto *body = new OneShotBody(call->body, nullptr);
        reply = m_network->post(request, body);
        body->setParent(reply);
    } else {
        reply = m_network->get(request);
    }
    connect(reply, &QNetworkReply::finished, this, [this, call, reply] { finished(call, reply); });
}

void GraphClient::finished(std::shared_ptr<Call> call, QNetworkReply *reply)
{
    reply->deleteLater();
    Answer answer;
    answer.attempts = call->attempts;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QNetworkReply::NetworkError network = reply->error();
    const bool answered = status > 0 && (network == QNetworkReply::NoError || status >= 400);
    if (answered) {
        answer.error = GraphError::fromAnswer(status, body, reply->rawHeader("Retry-After"));
        if (!answer.error.isError()) {
            QJsonParseError parse{};
            const QJsonDocument document = QJsonDocument::fromJson(body, &parse);
            if (parse.error == QJsonParseError::NoError && document.isObject()) {
                answer.body = document.object();
            } else {
                answer.error.kind = GraphError::Kind::AnswerLost;
                answer.error.networkError = tr("the answer was not JSON");
            }
        }
    } else {
        answer.error.networkError = reply->errorString();
        answer.error.kind =
            neverSent(network) ? GraphError::Kind::Unreachable : GraphError::Kind::AnswerLost;
    }

    // Asked again: a refusal (rate limit), anything a read can ask again, or a connection that
    // was never made.
    const GraphError::Kind kind = answer.error.kind;
    const bool again =
        answer.error.isRateLimit() || kind == GraphError::Kind::Unreachable ||
        (call->resend == Resend::WhenUnanswered &&
         (kind == GraphError::Kind::AnswerLost || kind == GraphError::Kind::ServerError));
    if (again && call->attempts < m_endpoint.attempts) {
        const qint64 doubling = qint64(m_endpoint.retryBaseMs) << (call->attempts - 1);
        const qint64 waitMs = answer.error.retryAfterSeconds >= 0
                                  ? qint64(answer.error.retryAfterSeconds) * 1000
                                  : doubling;
        if (waitMs <= m_endpoint.longestWaitMs) {
            qCInfo(lcGraph).noquote()
                << call->verb << call->path.section(u'?', 0, 0) << "attempt" << call->attempts
                << answer.error.word() << "- again in" << waitMs << "ms";
            QTimer::singleShot(int(waitMs), this, [this, call] { start(call); });
            return;
        }
    }
    if (answer.error.isError())
        qCWarning(lcGraph).noquote()
            << call->verb << call->path.section(u'?', 0, 0) << answer.error.word() << "HTTP"
            << status << "code" << answer.error.code;
    call->done(answer);
}

GraphClient::Answer GraphClient::wait(const std::function<void(Done)> &begin)
{
    Answer result;
    QEventLoop loop;
    bool over = false;
    begin([&](const Answer &answer) {
        result = answer;
        over = true;
        loop.quit();
    });
    if (!over)
        loop.exec();
    return result;
}

GraphClient::Answer GraphClient::getNow(const QString &path, const QByteArray &token)
{
    return wait([&](Done done) { get(path, token, std::move(done)); });
}

GraphClient::Answer GraphClient::postNow(const QString &path, const QByteArray &token,
                                         const QJsonObject &body)
{
    return wait([&](Done done) { post(path, token, body, std::move(done)); });
}

} // namespace hookline
