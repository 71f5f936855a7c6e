#pragma once

#include "expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QSqlDatabase;

namespace hookline {

// What should raise an alert, with sensible defaults on. Kept in the database (main.meta), so
// the console and `hookline serve` evaluate the same rules; the webhook's signing secret is kept
// with the app secrets (keyring or credentials file), never in the database.
struct AlertRules
{
    bool qualityDrop = true;        // a line's quality rating drops (flagged, downgraded)
    bool templateStatus = true;     // a template is paused, disabled or rejected
    bool accountRestriction = true; // an account restriction or violation
    bool failureShare = true;       // failed statuses with one error code exceed a share
    double failureShareThreshold = 0.05;
    int failureShareWindowMinutes = 15;
    int failureShareMinimum = 20; // messages with a status in the window
    bool silentLine = true;       // a line silent far beyond its usual rhythm
    double silenceFactor = 10;    // times the line's usual gap between deliveries
    int silenceMinimumMinutes = 30;
    int silenceMinimumDeliveries = 50; // in the last 7 days, to know a rhythm at all
    bool deadLetterGrowth = true;
    int deadLetterThreshold = 10; // new dead letters within an hour
    QString webhookUrl;           // empty: no POST

    static Expected<AlertRules> load(QSqlDatabase &db);
    Status save(QSqlDatabase &db) const;

    QJsonObject toJson() const;
    static AlertRules fromJson(const QJsonObject &object);

    // The key that signs the alert POSTs (created on first use).
    static Expected<QByteArray> webhookSecret(const QSqlDatabase &db);
    static Status setWebhookSecret(const QSqlDatabase &db, const QByteArray &secret);
};

} // namespace hookline
