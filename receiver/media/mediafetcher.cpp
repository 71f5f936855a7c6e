#include "mediafetcher.h"

#include "medialogging.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace hookline {

namespace {

using Outcome = MediaFetcher::Result::Outcome;

bool safeUrl(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return !url.host().isEmpty();
    // Plain HTTP only to this machine (a test's mock server): the token goes with the request.
    const QHostAddress host(url.host());
    return url.scheme() == QLatin1String("http") &&
           (host.isLoopback() || url.host() == QLatin1String("localhost"));
}

const char *word(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Stored:
        return "stored";
    case Outcome::Retry:
        return "to retry";
    case Outcome::Expired:
        return "expired";
    case Outcome::TooLarge:
        return "too large";
    case Outcome::Refused:
        return "refused";
    }
    return "";
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

MediaFetcher::MediaFetcher(GraphClient &client, QNetworkAccessManager &network,
                           const MediaStore &store, qint64 capBytes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_network(network)
    , m_store(store)
    , m_cap(capBytes)
{}

QString MediaFetcher::hexDigest(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (hex.match(trimmed).hasMatch())
        return trimmed.toLower();
    const QByteArray raw = QByteArray::fromBase64(trimmed.toLatin1());
    return raw.size() == 32 ? QString::fromLatin1(raw.toHex()) : QString();
}

QString MediaFetcher::noTokenText()
{
    return tr("the line's app has no access token here; set one with: hookline apps "
              "token --app-id ID");
}

void MediaFetcher::fetch(const MediaItem &item, const QByteArray &token)
{
    m_item = item;
    m_token = token;
    m_expected = hexDigest(item.expectedSha256);
    m_result.mime = item.mime;
    if (token.isEmpty()) {
        Result r;
        r.error = noTokenText();
        r.noToken = true;
        return finish(r);
    }
    if (const Status made = m_store.ensure(); !made) {
        Result r;
        r.error = made.error();
        return finish(r);
    }
    m_client.get(
        QStringLiteral("/%1").arg(QString::fromUtf8(QUrl::toPercentEncoding(item.mediaId))), token,
        [this](const GraphClient::Answer &answer) { resolved(answer); });
}

void MediaFetcher::resolved(const GraphClient::Answer &answer)
{
    Result r;
    if (answer.error.isError()) {
        r.error = answer.error.describe();
        // Meta keeps webhook media for a limited time; after that the id is unknown.
        r.outcome =
            answer.error.kind == GraphError::Kind::NotFound ? Outcome::Expired : Outcome::Retry;
        return finish(r);
    }
    const QUrl url(answer.body.value(QLatin1String("url")).toString());
    const qint64 declared = qint64(answer.body.value(QLatin1String("file_size")).toDouble(-1));
    m_result.declaredSize = declared;
    const QString mime = answer.body.value(QLatin1String("mime_type")).toString();
    if (!mime.isEmpty())
        m_result.mime = mime;
    const QString graphSha = hexDigest(answer.body.value(QLatin1String("sha256")).toString());
    if (m_expected.isEmpty())
        m_expected = graphSha;
    if (m_expected.isEmpty()) {
        r.outcome = Outcome::Refused;
        r.error = tr("neither the webhook nor the Graph API named the file's SHA-256; it cannot "
                     "be verified, so it is not downloaded");
        return finish(r);
    }
    if (!url.isValid() || url.isEmpty()) {
        r.error = tr("the Graph API gave no download address for media %1").arg(m_item.mediaId);
        return finish(r);
    }
    if (!safeUrl(url)) {
        r.outcome = Outcome::Refused;
        r.error = tr("the download address is not HTTPS; the token is not sent there");
        return finish(r);
    }
    if (declared > m_cap) {
        r.outcome = Outcome::TooLarge;
        r.declaredSize = declared;
        r.error = tr("%1 MB, over the media cap of %2 MB (Settings)")
                      .arg(megabytes(declared), megabytes(m_cap));
        return finish(r);
    }
    download(url);
}

void MediaFetcher::download(const QUrl &url)
{
    m_partialPath = m_store.partialPath(m_item.line, m_item.wamid);
    m_file.setFileName(m_partialPath);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        Result r;
        r.error = tr("cannot write %1: %2").arg(m_partialPath, m_file.errorString());
        return finish(r);
    }
    m_hash.reset();
    m_received = 0;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Hookline"));
    // Never follow a redirect: the token would go along to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Given up when no byte comes for this long, however long the whole file takes.
    request.setTransferTimeout(m_client.endpoint().timeoutMs);
    m_reply = m_network.get(request);
    // Read as it comes, so Qt never buffers more than this.
    m_reply->setReadBufferSize(1 << 20);
    connect(m_reply, &QNetworkReply::readyRead, this, &MediaFetcher::received);
    connect(m_reply, &QNetworkReply::finished, this, &MediaFetcher::downloaded);
}

void MediaFetcher::received()
{
    if (!m_reply || m_done || !m_reply->isOpen())
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        m_reply->readAll(); // an error page: read in downloaded()
        return;
    }
    const QByteArray chunk = m_reply->readAll();
    m_received += chunk.size();
    if (m_received > m_cap) {
        Result r;
        r.outcome = Outcome::TooLarge;
        r.declaredSize = m_result.declaredSize;
        r.error = tr("more than the media cap of %1 MB (Settings)").arg(megabytes(m_cap));
        finish(r);
        m_reply->abort();
        return;
    }
    m_hash.addData(chunk);
    if (m_file.write(chunk) != chunk.size()) {
        Result r;
        r.error = tr("cannot write %1: %2").arg(m_partialPath, m_file.errorString());
        finish(r);
        m_reply->abort();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastProgressAt >= 200) {
        m_lastProgressAt = now;
        const qint64 total = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        emit
        progress(m_item.line, m_item.wamid, m_received, total > 0 ? total : -1);
    }
}

void MediaFetcher::downloaded()
{
    if (m_done || !m_reply)
        return;
    received();
    if (m_done)
        return;
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    Result r;
    r.declaredSize = m_result.declaredSize;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 404 || status == 410) {
        r.outcome = Outcome::Expired;
        r.error = tr("Meta no longer serves this media (HTTP %1)").arg(status);
        return finish(r);
    }
    if (status == 401 || status == 403) {
        r.error = tr("the download answered HTTP %1: the access token was refused (expired or "
                     "revoked?); set a new one with: hookline apps token --app-id ID")
                      .arg(status);
        return finish(r);
    }
    if (status != 200) {
        if (status > 0)
            r.error = tr("the download answered HTTP %1").arg(status);
        else if (reply->error() == QNetworkReply::OperationCanceledError)
            r.error = tr("the download stalled: nothing came for %1 s")
                          .arg(m_client.endpoint().timeoutMs / 1000.0);
        else
            r.error = tr("the download failed: %1").arg(reply->errorString());
        return finish(r);
    }
    if (reply->error() != QNetworkReply::NoError) {
        r.error = tr("the download broke off after %1 bytes: %2")
                      .arg(m_received)
                      .arg(reply->errorString());
        return finish(r);
    }
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const qint64 expectedSize = length > 0 ? length : m_result.declaredSize;
    if (expectedSize > 0 && m_received != expectedSize) {
        r.error = tr("the download broke off: %1 of %2 bytes").arg(m_received).arg(expectedSize);
        return finish(r);
    }
    m_file.close();
    const QString sha = QString::fromLatin1(m_hash.result().toHex());
    if (sha != m_expected) {
        r.outcome = Outcome::Refused;
        r.error = tr("the file's SHA-256 is not the one Meta named; it was not kept");
        return finish(r);
    }
    if (const Status adopted = m_store.adopt(m_partialPath, sha, m_result.mime); !adopted) {
        r.error = adopted.error();
        return finish(r);
    }
    r.outcome = Outcome::Stored;
    r.sha256 = sha;
    r.size = m_received;
    finish(r);
}

void MediaFetcher::finish(Result result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_file.isOpen())
        m_file.close();
    if (result.outcome != Outcome::Stored && !m_partialPath.isEmpty())
        QFile::remove(m_partialPath);
    if (result.mime.isEmpty())
        result.mime = m_result.mime;
    if (result.declaredSize < 0)
        result.declaredSize = m_result.declaredSize;
    qCInfo(lcMedia).noquote() << m_item.type << m_item.wamid << "download:" << word(result.outcome)
                              << result.error;
    emit
    finished(result);
}

} // namespace hookline
