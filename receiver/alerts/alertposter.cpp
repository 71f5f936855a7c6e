#include "alertposter.h"

#include "alerts/alertrules.h"
#include "http/signatureverifier.h"
#include "logging.h"
#include "logsink.h"
#include "storage/clock.h"

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
    const qint64 now = Clock::nowMicros();
    // A POST some process claimed and never finished (it died): due again.
    QSqlQuery stale(m_db);
    stale.prepare(QStringLiteral("UPDATE main.alert_posts SET state = 'pending' WHERE state = "
                                 "'sending' AND updated_at_us < ?"));
    stale.addBindValue(now - 2 * qint64(TimeoutMs) * 1000);
    stale.exec();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT alert_id, url, body, attempts FROM main.alert_posts WHERE "
                             "state = 'pending' AND next_attempt_us <= ? ORDER BY alert_id "
                             "LIMIT 1"));
    q.addBindValue(now);
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
    // Claimed: on a shared database every process runs a poster, and only one sends each POST.
    QSqlQuery claim(m_db);
    claim.prepare(QStringLiteral("UPDATE main.alert_posts SET state = 'sending', updated_at_us = ? "
                                 "WHERE alert_id = ? AND state = 'pending'"));
    claim.addBindValue(now);
    claim.addBindValue(alertId);
    if (!claim.exec()) {
        qCWarning(lcAlerts) << "cannot claim an alert's POST:" << claim.lastError().text();
        m_timer->start(1000);
        return;
    }
    if (claim.numRowsAffected() != 1) { // another process took it: the next one
        QTimer::singleShot(0, this, &AlertPoster::sendNext);
        return;
    }
    const auto secret = AlertRules::webhookSecret(m_db);
    if (!secret) {
        finish(alertId, attempts, secret.error());
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("User-Agent", "Hookline-Alerts/1");
    request.setRawHeader("X-Hookline-Signature-256", SignatureVerifier::headerFor(*secret, body));
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
