#include "alertrules.h"

#include "storage/secretstore.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

const char *const metaKey = "alert_rules";
// The secret store's entry for the alert webhook: no Meta app id starts with '@'.
const char *const secretEntry = "@alerts";

} // namespace

QJsonObject AlertRules::toJson() const
{
    return {
        {QStringLiteral("quality_drop"), qualityDrop},
        {QStringLiteral("template_status"), templateStatus},
        {QStringLiteral("account_restriction"), accountRestriction},
        {QStringLiteral("failure_share"), failureShare},
        {QStringLiteral("failure_share_threshold"), failureShareThreshold},
        {QStringLiteral("failure_share_window_minutes"), failureShareWindowMinutes},
        {QStringLiteral("failure_share_minimum"), failureShareMinimum},
        {QStringLiteral("silent_line"), silentLine},
        {QStringLiteral("silence_factor"), silenceFactor},
        {QStringLiteral("silence_minimum_minutes"), silenceMinimumMinutes},
        {QStringLiteral("silence_minimum_deliveries"), silenceMinimumDeliveries},
        {QStringLiteral("dead_letter_growth"), deadLetterGrowth},
        {QStringLiteral("dead_letter_threshold"), deadLetterThreshold},
        {QStringLiteral("webhook_url"), webhookUrl},
    };
}

AlertRules AlertRules::fromJson(const QJsonObject &o)
{
    AlertRules r;
    auto flag = [&o](const char *key, bool &out) {
        if (o.value(QLatin1String(key)).isBool())
            out = o.value(QLatin1String(key)).toBool();
    };
    auto number = [&o](const char *key, auto &out, double low, double high) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble() && v.toDouble() >= low && v.toDouble() <= high)
            out = static_cast<std::remove_reference_t<decltype(out)>>(v.toDouble());
    };
    flag("quality_drop", r.qualityDrop);
    flag("template_status", r.templateStatus);
    flag("account_restriction", r.accountRestriction);
    flag("failure_share", r.failureShare);
    number("failure_share_threshold", r.failureShareThreshold, 0.001, 1);
    number("failure_share_window_minutes", r.failureShareWindowMinutes, 1, 24 * 60);
    number("failure_share_minimum", r.failureShareMinimum, 1, 1'000'000);
    flag("silent_line", r.silentLine);
    number("silence_factor", r.silenceFactor, 1, 1000);
    number("silence_minimum_minutes", r.silenceMinimumMinutes, 1, 7 * 24 * 60);
    number("silence_minimum_deliveries", r.silenceMinimumDeliveries, 1, 1'000'000);
    flag("dead_letter_growth", r.deadLetterGrowth);
    number("dead_letter_threshold", r.deadLetterThreshold, 1, 1'000'000);
    r.webhookUrl = o.value(QLatin1String("webhook_url")).toString();
    return r;
}

Expected<AlertRules> AlertRules::load(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM main.meta WHERE key = ?"));
    q.addBindValue(QLatin1String(metaKey));
    if (!q.exec())
        return Error{QStringLiteral("cannot read the alert rules: %1").arg(q.lastError().text())};
    if (!q.next())
        return AlertRules{};
    return fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

Status AlertRules::save(QSqlDatabase &db) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO main.meta (key, value) VALUES (?, ?) ON CONFLICT (key) "
                             "DO UPDATE SET value = excluded.value"));
    q.addBindValue(QLatin1String(metaKey));
    q.addBindValue(QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return Error{QStringLiteral("cannot save the alert rules: %1").arg(q.lastError().text())};
    return ok();
}

Expected<QByteArray> AlertRules::webhookSecret(const QSqlDatabase &db)
{
    const SecretStore store(db);
    const auto kept = store.read();
    if (!kept)
        return Error{kept.error()};
    const QByteArray secret = kept->value(QLatin1String(secretEntry)).secrets.secret;
    if (!secret.isEmpty())
        return secret;
    // First use: a random key, kept with the app secrets.
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray fresh =
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
    if (Status stored = setWebhookSecret(db, fresh); !stored)
        return Error{stored.error()};
    return fresh;
}

Status AlertRules::setWebhookSecret(const QSqlDatabase &db, const QByteArray &secret)
{
    return SecretStore(db).store(QLatin1String(secretEntry), {secret, "-", {}});
}

} // namespace hookline
