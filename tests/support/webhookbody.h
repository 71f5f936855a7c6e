#pragma once

#include <QByteArray>
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
// A status of a message the line sent, echoing the send's biz_opaque_callback_data.
QByteArray status(const QString &line, const QString &wamid, const QString &status,
                  const QString &recipient, qint64 ts, const QString &callbackData = {});

} // namespace WebhookBody

} // namespace hookline::test
