#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

class QNetworkAccessManager;

namespace hookline {

// Sends a test webhook to the running receiver the way Meta does: POST over HTTP, signed with
// X-Hub-Signature-256 under the secret of the app that owns the line.
class TestWebhookSender final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestWebhookSender)

public:
    explicit TestWebhookSender(QObject *parent = nullptr);

    void send(const QString &url, const QByteArray &body, const QByteArray &secret);
    static QByteArray signatureHeader(const QByteArray &body, const QByteArray &secret);

signals:
    // status 0: no HTTP answer (error says why).
    void answered(int status, const QByteArray &body, const QString &error);

private:
    QNetworkAccessManager *m_network;
};

} // namespace hookline
