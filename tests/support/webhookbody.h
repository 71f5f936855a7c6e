#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace hookline::test {

// Webhook bodies made to measure, as Meta shapes them, for what the shared fixtures cannot
// give: times relative to now (the customer-service window), chosen ids and callback data.
// The WABA is the Support and Sales lines' (TestWorld).
namespace WebhookBody {

// A customer's text message to a line at ts (unix seconds); fromAnAd adds a click-to-WhatsApp
// ad referral.
QByteArray customerText(const QString &line, const QString &from, qint64 ts, const QString &wamid,
                        const QString &text, bool fromAnAd = false);
// A customer's media message (type image, audio, document, ...) with its media object
// ({id, mime_type, sha256, ...}).
QByteArray customerMedia(const QString &line, const QString &from, qint64 ts, const QString &wamid,
                         const QString &type, const QJsonObject &media);
// A status of a message the line sent, echoing the send's biz_opaque_callback_data.
QByteArray status(const QString &line, const QString &wamid, const QString &status,
                  const QString &recipient, qint64 ts, const QString &callbackData = {});

} // namespace WebhookBody

} // namespace hookline::test
