#include "webhookbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookline::test::WebhookBody {

namespace {

QByteArray envelope(const QString &line, QJsonObject value)
{
    value.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    value.insert(
        QStringLiteral("metadata"),
        QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550100001")},
                    {QStringLiteral("phone_number_id"), line}});
    const QJsonObject change{{QStringLiteral("field"), QStringLiteral("messages")},
                             {QStringLiteral("value"), value}};
    const QJsonObject entry{{QStringLiteral("id"), QStringLiteral("102290129340398")},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    return QJsonDocument(
               QJsonObject{{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                           {QStringLiteral("entry"), QJsonArray{entry}}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray customerText(const QString &line, const QString &from, qint64 ts, const QString &wamid,
                        const QString &text, bool fromAnAd)
{
    QJsonObject message{{QStringLiteral("from"), from},
                        {QStringLiteral("id"), wamid},
                        {QStringLiteral("timestamp"), QString::number(ts)},
                        {QStringLiteral("type"), QStringLiteral("text")},
                        {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text}}}};
    if (fromAnAd)
        message.insert(QStringLiteral("referral"),
                       QJsonObject{{QStringLiteral("source_type"), QStringLiteral("ad")},
                                   {QStringLiteral("source_id"), QStringLiteral("120200000001")},
                                   {QStringLiteral("ctwa_clid"), QStringLiteral("ARAkLkA8rmlF")}});
    return envelope(
        line,
        {{QStringLiteral("contacts"),
          QJsonArray{QJsonObject{{QStringLiteral("profile"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")}}},
                                 {QStringLiteral("wa_id"), from}}}},
         {QStringLiteral("messages"), QJsonArray{message}}});
}

QByteArray customerMedia(const QString &line, const QString &from, qint64 ts, const QString &wamid,
                         const QString &type, const QJsonObject &media)
{
    const QJsonObject message{{QStringLiteral("from"), from},
                              {QStringLiteral("id"), wamid},
                              {QStringLiteral("timestamp"), QString::number(ts)},
                              {QStringLiteral("type"), type},
                              {type, media}};
    return envelope(
        line,
        {{QStringLiteral("contacts"),
          QJsonArray{QJsonObject{{QStringLiteral("profile"),
                                  QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana")}}},
                                 {QStringLiteral("wa_id"), from}}}},
         {QStringLiteral("messages"), QJsonArray{message}}});
}

QByteArray status(const QString &line, const QString &wamid, const QString &status,
                  const QString &recipient, qint64 ts, const QString &callbackData)
{
    QJsonObject object{{QStringLiteral("id"), wamid},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("timestamp"), QString::number(ts)},
                       {QStringLiteral("recipient_id"), recipient}};
    if (!callbackData.isEmpty())
        object.insert(QStringLiteral("biz_opaque_callback_data"), callbackData);
    return envelope(line, {{QStringLiteral("statuses"), QJsonArray{object}}});
}

} // namespace hookline::test::WebhookBody
