#pragma once

#include "processing/backoffpolicy.h"

#include <QObject>
#include <QRandomGenerator>
#include <QSqlDatabase>

class QNetworkAccessManager;
class QTimer;

namespace hookline {

// Sends queued alerts (main.alert_posts) to the operator's URL as JSON POSTs signed like Meta's
// webhooks (X-Hookline-Signature-256: sha256=<HMAC-SHA256 of the body>), one at a time. A
// failure (no answer in 10 s, a status other than 2xx) is retried with exponential backoff;
// after the last attempt the post is dead, kept with its error for the operator.
class AlertPoster final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertPoster)

public:
    explicit AlertPoster(QSqlDatabase db, QObject *parent = nullptr);

    // Looks for posts that are due (call after alerts fire).
    void wake();

    static constexpr int TimeoutMs = 10'000;

private:
    void sendNext();
    void finish(qint64 alertId, int attempts, const QString &error);
    void armTimer();

    QSqlDatabase m_db;
    QNetworkAccessManager *m_network;
    QTimer *m_timer;
    BackoffPolicy m_backoff{1000, 300'000, 8};
    QRandomGenerator m_random;
    bool m_busy = false;
};

} // namespace hookline
