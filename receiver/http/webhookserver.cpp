#include "webhookserver.h"

#include "http/receivermetrics.h"
#include "http/responsesequencer.h"
#include "http/signatureverifier.h"
#include "logging.h"
#include "routing/deliveryclassifier.h"
#include "storage/clock.h"
#include "storage/deliverywriter.h"

#include <QTcpSocket>
#include <QUrlQuery>

namespace hookline {

namespace {

using Code = QHttpServerResponder::StatusCode;

constexpr QLatin1StringView webhookPath("/webhook");
constexpr QLatin1StringView webhookPrefix("/webhook/");

// The request headers kept with a delivery, in the order of their names. Never a secret: the
// signature is an HMAC.
const QByteArray keptHeaders[] = {"content-length", "content-type",    "transfer-encoding",
                                  "user-agent",     "x-hub-signature", "x-hub-signature-256"};

QString peerOf(const QTcpSocket *socket)
{
    return socket->peerAddress().toString() + u':' + QString::number(socket->peerPort());
}

bool isLineId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (QChar c : id) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

HttpAnswer methodNotAllowed(const QByteArray &allow)
{
    HttpAnswer answer = HttpAnswer::text(Code::MethodNotAllowed, "method not allowed\n");
    answer.allow = allow;
    return answer;
}

// A header's value (ISO 8859-1, as HTTP has it) as a JSON string.
void appendJsonString(QByteArray &out, QByteArrayView latin1)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : latin1) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte == '"' || byte == '\\') {
            out += '\\';
            out += c;
        } else if (byte == '\t') {
            out += "\\t";
        } else if (byte < 0x20) { // not in a header HTTP lets through, but JSON needs them escaped
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else if (byte >= 0x80) { // to UTF-8
            out += char(0xc0 | (byte >> 6));
            out += char(0x80 | (byte & 0x3f));
        } else {
            out += c;
        }
    }
    out += '"';
}

// The kept headers as one JSON object, written directly: per request, QJsonObject cost more than
// the HMAC.
QByteArray headersJson(const HttpRequest &request)
{
    QByteArray json;
    json.reserve(256);
    json += '{';
    for (const QByteArray &name : keptHeaders) {
        const QByteArray value = request.header(name);
        if (value.isEmpty())
            continue;
        if (json.size() > 1)
            json += ',';
        appendJsonString(json, name);
        json += ':';
        appendJsonString(json, value);
    }
    json += '}';
    return json;
}

} // namespace

WebhookServer::WebhookServer(WebhookServerOptions options, DeliveryWriter *writer,
                             ReceiverMetrics *metrics, TrustDirectory directory,
                             ResponseSequencer *answers, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_writer(writer)
    , m_metrics(metrics)
    , m_directory(std::move(directory))
    , m_sequencer(answers)
{}

WebhookServer::~WebhookServer() = default;

void WebhookServer::setDirectory(const TrustDirectory &directory)
{
    m_directory = directory;
}

qsizetype WebhookServer::waitingAnswers() const
{
    return m_sequencer->waiting();
}

void WebhookServer::handle(QTcpSocket *socket, HttpRequest &&request)
{
    const quint64 slot = m_sequencer->open(socket, {request.method == "HEAD", request.keepAlive});
    std::optional<HttpAnswer> answer = route(request, socket, slot);
    if (answer)
        m_sequencer->complete(slot, std::move(*answer));
}

std::optional<HttpAnswer> WebhookServer::route(HttpRequest &request, QTcpSocket *socket,
                                               quint64 slot)
{
    const QUrl url = request.url();
    const QString path = url.path();
    const QByteArray &method = request.method;

    if (path == webhookPath || path.startsWith(webhookPrefix)) {
        QString routeLine;
        if (path != webhookPath) {
            routeLine = path.mid(webhookPrefix.size());
            if (!isLineId(routeLine))
                return refuse(request, path, socket, Verdict::NotFound, Code::NotFound,
                              "no such route\n");
            // An unknown line is answered like a known one with a wrong token or signature, so
            // no client can learn which lines exist.
        }
        if (method == "GET")
            return handshake(url, socket, routeLine);
        if (method == "POST")
            return receive(request, path, socket, routeLine, slot);
        m_metrics->count(Verdict::MethodNotAllowed);
        return methodNotAllowed("GET, POST");
    }
    // What only reads answers HEAD as it answers GET, without the body (health checkers use it).
    const bool reads = method == "GET" || method == "HEAD";
    if (path == QLatin1String("/healthz")) {
        if (!reads) {
            m_metrics->count(Verdict::MethodNotAllowed);
            return methodNotAllowed("GET, HEAD");
        }
        return HttpAnswer::json(Code::Ok, "{\"status\":\"ok\"}");
    }
    if (path == QLatin1String("/metrics")) {
        if (!reads) {
            m_metrics->count(Verdict::MethodNotAllowed);
            return methodNotAllowed("GET, HEAD");
        }
        if (!socket->peerAddress().isLoopback())
            return refuse(request, path, socket, Verdict::Forbidden, Code::Forbidden,
                          "metrics are served to loopback clients only\n");
        HttpAnswer answer = HttpAnswer::text(Code::Ok, m_metrics->render());
        answer.contentType = "text/plain; version=0.0.4; charset=utf-8";
        return answer;
    }
    m_metrics->count(Verdict::NotFound);
    return HttpAnswer::text(Code::NotFound, "no such route\n");
}

HttpAnswer WebhookServer::handshake(const QUrl &url, QTcpSocket *socket, const QString &routeLine)
{
    const QUrlQuery query(url);
    const QString mode = query.queryItemValue(QStringLiteral("hub.mode"), QUrl::FullyDecoded);
    const QByteArray token =
        query.queryItemValue(QStringLiteral("hub.verify_token"), QUrl::FullyDecoded).toUtf8();
    const QString challenge =
        query.queryItemValue(QStringLiteral("hub.challenge"), QUrl::FullyDecoded);

    // Every app's token is compared whatever the route, so an unknown line and a wrong token
    // take the same time and get the same answer.
    const AppRecord *tokenApp = m_directory.appForVerifyToken(token);
    bool tokenMatches = false;
    if (routeLine.isEmpty()) {
        tokenMatches = tokenApp != nullptr;
    } else if (const LineRecord *line = m_directory.line(routeLine)) {
        tokenMatches = tokenApp && tokenApp->appId == line->appId;
    }
    if (mode != QLatin1String("subscribe") || !tokenMatches || challenge.isEmpty()) {
        m_metrics->count(Verdict::HandshakeRefused);
        m_writer->record(RejectionRecord::now(
            socket->peerAddress().toString(), QStringLiteral("GET"), url.path(),
            mode != QLatin1String("subscribe") ? QStringLiteral("handshake_bad_mode")
            : !tokenMatches                    ? QStringLiteral("handshake_bad_token")
                                               : QStringLiteral("handshake_no_challenge"),
            403));
        return HttpAnswer::text(Code::Forbidden, "verification refused\n");
    }
    m_metrics->count(Verdict::HandshakeAccepted);
    // The challenge is echoed as plain text, exactly as received.
    return HttpAnswer::text(Code::Ok, challenge.toUtf8());
}

std::optional<HttpAnswer> WebhookServer::receive(HttpRequest &request, const QString &path,
                                                 QTcpSocket *socket, const QString &routeLine,
                                                 quint64 slot)
{
    const qint64 receivedAtUs = Clock::nowMicros();
    const QByteArray signature = request.header("X-Hub-Signature-256");
    if (signature.isEmpty()) {
        if (!request.header("X-Hub-Signature").isEmpty())
            return refuse(request, path, socket, Verdict::LegacySignatureOnly, Code::Unauthorized,
                          "X-Hub-Signature (sha1) alone is not accepted; "
                          "X-Hub-Signature-256 is required\n");
        return refuse(request, path, socket, Verdict::SignatureMissing, Code::Unauthorized,
                      "X-Hub-Signature-256 is missing\n");
    }
    const std::optional<QByteArray> digest = SignatureVerifier::parseHeader(signature);
    if (!digest)
        return refuse(request, path, socket, Verdict::SignatureMalformed, Code::Unauthorized,
                      "X-Hub-Signature-256 is not sha256=<64 hex digits>\n");

    const QByteArray &body = request.body;
    const AppRecord *app = nullptr;
    // A line nobody configured (or whose app is gone) gets the same 401 as a wrong signature on
    // a known line, after the same work (one HMAC), so neither answer nor time tells which
    // lines exist.
    static const HmacKey nobody(QByteArrayLiteral("no line is configured here"));
    if (routeLine.isEmpty()) {
        app = m_directory.appForSignature(body, *digest);
    } else if (const LineRecord *line = m_directory.line(routeLine)) {
        const AppRecord *owner = m_directory.app(line->appId);
        if (!owner)
            nobody.matches(body, *digest);
        else if (m_directory.signedBy(*owner, body, *digest))
            app = owner;
    } else {
        nobody.matches(body, *digest);
    }
    if (!app)
        return refuse(request, path, socket, Verdict::SignatureMismatch, Code::Unauthorized,
                      "X-Hub-Signature-256 does not match the body\n");

    if (m_writer->backlog() >= m_options.maxBacklog) {
        m_metrics->count(Verdict::Overloaded);
        return HttpAnswer::text(Code::ServiceUnavailable, "busy; retry later\n");
    }

    IncomingDelivery delivery;
    delivery.ticket = slot;
    delivery.receivedAtUs = receivedAtUs;
    delivery.source = QStringLiteral("meta");
    delivery.route = path;
    delivery.routeLine = routeLine;
    delivery.appId = app->appId;
    delivery.peer = peerOf(socket);
    delivery.headersJson = headersJson(request);
    delivery.verdict = QStringLiteral("verified");
    delivery.routing = DeliveryClassifier::classify(body, app->appId, m_directory);
    delivery.sha256Hex = SignatureVerifier::sha256Hex(body);
    m_metrics->addBytes(body.size());
    delivery.body = std::move(request.body);
    m_writer->submit(std::move(delivery));
    return std::nullopt; // answered in onCommitted
}

void WebhookServer::onCommitted(const QList<CommitOutcome> &outcomes)
{
    for (const CommitOutcome &outcome : outcomes) {
        if (outcome.committed) {
            m_metrics->count(Verdict::Accepted);
            m_sequencer->complete(
                outcome.ticket,
                HttpAnswer::json(
                    Code::Ok, "{\"delivery_id\":" + QByteArray::number(outcome.deliveryId) + "}"));
        } else {
            m_metrics->count(Verdict::CommitFailed);
            m_sequencer->complete(
                outcome.ticket,
                HttpAnswer::text(Code::ServiceUnavailable,
                                 "the delivery could not be stored; retry later\n"));
        }
    }
}

HttpAnswer WebhookServer::refuse(const HttpRequest &request, const QString &path,
                                 QTcpSocket *socket, Verdict verdict,
                                 QHttpServerResponder::StatusCode status, const QByteArray &message)
{
    m_metrics->count(verdict);
    const QByteArray &body = request.body;
    RejectionRecord rejection = RejectionRecord::now(
        peerOf(socket), QString::fromLatin1(request.method), path,
        QString::fromLatin1(ReceiverMetrics::verdictName(verdict)), int(status), body.size());
    if (!body.isEmpty())
        rejection.sha256Hex = SignatureVerifier::sha256Hex(body);
    m_writer->record(rejection);
    return HttpAnswer::text(status, message);
}

} // namespace hookline
