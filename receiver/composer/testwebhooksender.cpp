#include "testwebhooksender.h"

#include "http/signatureverifier.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace hookline {

TestWebhookSender::TestWebhookSender(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

QByteArray TestWebhookSender::signatureHeader(const QByteArray &body, const QByteArray &secret)
{
    return SignatureVerifier::headerFor(secret, body);
}

void TestWebhookSender::send(const QString &url, const QByteArray &body, const QByteArray &secret)
{
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("X-Hub-Signature-256"), signatureHeader(body, secret));
    request.setTransferTimeout(15'000);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        emit
        answered(status, reply->readAll(), status == 0 ? reply->errorString() : QString());
    });
}

} // namespace hookline
