#include "samplewebhooks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace hookline {

namespace {

QJsonObject envelope(const SampleWebhooks::Params &p, const QString &field,
                     const QJsonObject &value)
{
    const QJsonObject change{{QStringLiteral("field"), field}, {QStringLiteral("value"), value}};
    const QJsonObject entry{{QStringLiteral("id"), p.wabaId},
                            {QStringLiteral("changes"), QJsonArray{change}}};
    return {{QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
            {QStringLiteral("entry"), QJsonArray{entry}}};
}

QJsonObject messagesValue(const SampleWebhooks::Params &p)
{
    return {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("display_phone_number"), p.displayDigits},
                         {QStringLiteral("phone_number_id"), p.phoneNumberId}}}};
}

QJsonObject inboundValue(const SampleWebhooks::Params &p, const QString &wamid, const QString &time,
                         const QString &type, const QJsonValue &body)
{
    QJsonObject value = messagesValue(p);
    value.insert(QStringLiteral("contacts"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), p.name}}},
                     {QStringLiteral("wa_id"), p.customer}}});
    QJsonObject message{{QStringLiteral("from"), p.customer},
                        {QStringLiteral("id"), wamid},
                        {QStringLiteral("timestamp"), time},
                        {QStringLiteral("type"), type}};
    message.insert(type, body);
    value.insert(QStringLiteral("messages"), QJsonArray{message});
    return value;
}

QJsonObject inboundValue(const SampleWebhooks::Params &p, const QString &wamid, const QString &time,
                         const QString &type, const QJsonObject &body)
{
    return inboundValue(p, wamid, time, type, QJsonValue(body));
}

QJsonObject status(const SampleWebhooks::Params &p, const QString &wamid, const QString &time,
                   const QString &name)
{
    QJsonObject s{{QStringLiteral("id"), wamid},
                  {QStringLiteral("status"), name},
                  {QStringLiteral("timestamp"), time},
                  {QStringLiteral("recipient_id"), p.customer}};
    if (name == QLatin1String("failed")) {
        s.insert(QStringLiteral("errors"),
                 QJsonArray{QJsonObject{
                     {QStringLiteral("code"), 131047},
                     {QStringLiteral("title"), QStringLiteral("Re-engagement message")},
                     {QStringLiteral("message"), QStringLiteral("Re-engagement message")},
                     {QStringLiteral("error_data"),
                      QJsonObject{{QStringLiteral("details"),
                                   QStringLiteral("Message failed to send because more than 24 "
                                                  "hours have passed since the customer last "
                                                  "replied to this number.")}}}}});
    } else {
        s.insert(QStringLiteral("pricing"),
                 QJsonObject{{QStringLiteral("billable"), true},
                             {QStringLiteral("pricing_model"), QStringLiteral("PMP")},
                             {QStringLiteral("category"), QStringLiteral("utility")}});
    }
    QJsonObject value = messagesValue(p);
    value.insert(QStringLiteral("statuses"), QJsonArray{s});
    return value;
}

} // namespace

QStringList SampleWebhooks::kindNames()
{
    return {QCoreApplication::translate("SampleWebhooks", "Text message"),
            QCoreApplication::translate("SampleWebhooks", "Image with caption"),
            QCoreApplication::translate("SampleWebhooks", "Status: sent"),
            QCoreApplication::translate("SampleWebhooks", "Status: delivered"),
            QCoreApplication::translate("SampleWebhooks", "Status: read"),
            QCoreApplication::translate("SampleWebhooks", "Status: failed (131047)"),
            QCoreApplication::translate("SampleWebhooks", "Reaction"),
            QCoreApplication::translate("SampleWebhooks", "Template status update")};
}

QByteArray SampleWebhooks::inbound(const QString &type, const QJsonValue &content, const Params &p,
                                   bool indented)
{
    const QString wamid = p.wamid.isEmpty() ? freshWamid() : p.wamid;
    const QString time =
        QString::number(p.timestamp > 0 ? p.timestamp : QDateTime::currentSecsSinceEpoch());
    const QJsonObject body = envelope(p, QStringLiteral("messages"),
                                      hookline::inboundValue(p, wamid, time, type, content));
    return QJsonDocument(body).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

QString SampleWebhooks::freshWamid()
{
    QByteArray random(18, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(random.data()),
                                          random.size() / 4);
    return QStringLiteral("wamid.") + QString::fromLatin1(random.toBase64());
}

QByteArray SampleWebhooks::build(Kind kind, const Params &p, bool indented)
{
    const QString wamid = p.wamid.isEmpty() ? freshWamid() : p.wamid;
    const QString target = p.target.isEmpty() ? wamid : p.target;
    const QString time =
        QString::number(p.timestamp > 0 ? p.timestamp : QDateTime::currentSecsSinceEpoch());
    QJsonObject body;
    switch (kind) {
    case Text:
        body = envelope(p, QStringLiteral("messages"),
                        inboundValue(p, wamid, time, QStringLiteral("text"),
                                     QJsonObject{{QStringLiteral("body"), p.text}}));
        break;
    case Image:
        body = envelope(
            p, QStringLiteral("messages"),
            inboundValue(p, wamid, time, QStringLiteral("image"),
                         {{QStringLiteral("caption"), p.text},
                          {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                          {QStringLiteral("sha256"),
                           QStringLiteral(
                               "3b4f1c1a8e2d4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c")},
                          {QStringLiteral("id"), QStringLiteral("1023456789012345")}}));
        break;
    case StatusSent:
    case StatusDelivered:
    case StatusRead:
    case StatusFailed: {
        static const char *const names[] = {"sent", "delivered", "read", "failed"};
        body = envelope(p, QStringLiteral("messages"),
                        status(p, target, time, QString::fromLatin1(names[kind - StatusSent])));
        break;
    }
    case Reaction:
        body = envelope(p, QStringLiteral("messages"),
                        inboundValue(p, wamid, time, QStringLiteral("reaction"),
                                     {{QStringLiteral("message_id"), target},
                                      {QStringLiteral("emoji"), QStringLiteral("\U0001F44D")}}));
        break;
    case TemplateUpdate:
        body = envelope(p, QStringLiteral("message_template_status_update"),
                        {{QStringLiteral("event"), QStringLiteral("APPROVED")},
                         {QStringLiteral("message_template_id"), 1234567890},
                         {QStringLiteral("message_template_name"), QStringLiteral("order_update")},
                         {QStringLiteral("message_template_language"), QStringLiteral("en_US")},
                         {QStringLiteral("reason"), QStringLiteral("NONE")}});
        break;
    }
    return QJsonDocument(body).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace hookline
