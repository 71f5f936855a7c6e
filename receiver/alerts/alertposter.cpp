#include "alertposter.h"

#include "alerts/alertrules.h"
#include "logging.h"
#include "logsink.h"
#include "storage/clock.h"

#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace hookline {

AlertPoster::AlertPoster(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
    , m_random(QRandomGenerator::global()->generate())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AlertPoster::sendNext);
}

void AlertPoster::wake()
{
    if (!m_busy)
        sendNext();
}

void AlertPoster::armTimer()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT min(next_attempt_us) FROM main.alert_posts WHERE state = 'pending'")) ||
        !q.next() || q.value(0).isNull())
        return;
    const qint64 waitMs =
        std::max<qint64>(0, (q.value(0).toLongLong() - Clock::nowMicros()) / 1000);
    m_timer->start(int(std::min<qint64>(waitMs + 1, 3'600'000)));
}

void AlertPoster::sendNext()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT alert_id, url, body, attempts FROM main.alert_posts WHERE "
                             "state = 'pending' AND next_attempt_us <= ? ORDER BY alert_id "
                             "LIMIT 1"));
    q.addBindValue(Clock::nowMicros());
    if (!q.exec()) {
        qCWarning(lcAlerts) << "cannot read the alerts to post:" << q.lastError().text();
        return;
    }
    if (!q.next()) {
        armTimer();
        return;
    }
    const qint64 alertId = q.value(0).toLongLong();
    const QUrl url(q.value(1).toString());
    const QByteArray body = q.value(2).toByteArray();
    const int attempts = q.value(3).toInt() + 1;
    q.finish();
    const auto secret = AlertRules::webhookSecret(m_db);
    if (!secret) {
        finish(alertId, attempts, secret.error());
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("User-Agent", "Hookline-Alerts/1");
    request.setRawHeader(
        "X-Hookline-Signature-256",
        "sha256=" +
            QMessageAuthenticationCode::hash(body, *secret, QCryptographicHash::Sha256).toHex());
    request.setTransferTimeout(TimeoutMs);
    m_busy = true;
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, alertId, attempts] {
        reply->deleteLater();
        m_busy = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
            finish(alertId, attempts, {});
        else
            finish(alertId, attempts,
                   status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString());
        sendNext();
    });
}

void AlertPoster::finish(qint64 alertId, int attempts, const QString &error)
{
    const qint64 now = Clock::nowMicros();
    QString state = QStringLiteral("sent");
    QVariant next;
    if (!error.isEmpty()) {
        const bool again = attempts < m_backoff.maxAttempts;
        state = again ? QStringLiteral("pending") : QStringLiteral("dead");
        if (again)
            next = now + 1000 * std::max<qint64>(m_backoff.delayMs(attempts, m_random), 200);
        qCWarning(lcAlerts).noquote()
            << (again ? "alert POST failed, retrying:" : "alert POST failed for good:") << error
            << LogIds{{"alert", alertId}, {"attempt", attempts}};
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE main.alert_posts SET state = ?, attempts = ?, "
                             "next_attempt_us = ?, last_error = ?, updated_at_us = ? WHERE "
                             "alert_id = ?"));
    q.addBindValue(state);
    q.addBindValue(attempts);
    q.addBindValue(next);
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(now);
    q.addBindValue(alertId);
    if (!q.exec())
        qCWarning(lcAlerts) << "cannot record an alert's POST:" << q.lastError().text();
}

} // namespace hookline
