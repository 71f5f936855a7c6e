#include "deliverysplitter.h"

#include "http/signatureverifier.h"
#include "processing/messagefields.h"
#include "trustdirectory.h"

#include <QJsonDocument>
#include <QSet>

namespace hookline {

namespace {

QString hashOf(const QJsonObject &object)
{
    return QString::fromLatin1(
        SignatureVerifier::sha256Hex(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

// Dedupe keys are scoped to the line (an id another line used first never swallows this one)
// and to the origin: a replay has its own namespace, so it never pre-empts Meta's delivery of
// the same item. The ordinal keeps the order of receipt within the delivery.
void appendItem(SplitDelivery &out, WorkItem &item, const QString &kind, const QString &id)
{
    item.key = (item.origin == ItemOrigin::Replay ? QStringLiteral("r/") : QString()) + kind +
               item.line + u':' + id;
    item.ordinal = int(out.items.size());
    out.items.append(item);
}

void splitMessagesValue(const QJsonObject &value, WorkItem base, SplitDelivery &out)
{
    const QJsonArray contacts = value.value(QLatin1String("contacts")).toArray();
    const QJsonArray messages = value.value(QLatin1String("messages")).toArray();
    for (int i = 0; i < messages.size(); ++i) {
        WorkItem item = base;
        item.kind = ItemKind::Message;
        item.elementIndex = i;
        item.element = messages.at(i).toObject();
        item.contacts = contacts;
        const QString id = item.element.value(QLatin1String("id")).toString();
        appendItem(out, item, QStringLiteral("m:"),
                   id.isEmpty() ? QString(u'?' + hashOf(item.element)) : id);
    }
    const QJsonArray statuses = value.value(QLatin1String("statuses")).toArray();
    for (int i = 0; i < statuses.size(); ++i) {
        WorkItem item = base;
        item.kind = ItemKind::StatusUpdate;
        item.elementIndex = i;
        item.element = statuses.at(i).toObject();
        item.contacts = contacts;
        const QString id = item.element.value(QLatin1String("id")).toString();
        const QString status = item.element.value(QLatin1String("status")).toString();
        appendItem(out, item, QStringLiteral("s:"),
                   id.isEmpty() ? QString(u'?' + hashOf(item.element))
                                : QString(id + u':' + status));
    }
    const QJsonArray errors = value.value(QLatin1String("errors")).toArray();
    for (int i = 0; i < errors.size(); ++i) {
        WorkItem item = base;
        item.kind = ItemKind::ValueError;
        item.elementIndex = i;
        item.element = errors.at(i).toObject();
        appendItem(out, item, QStringLiteral("x:"), hashOf(item.element));
    }
}

void splitEchoes(const QJsonObject &value, WorkItem base, SplitDelivery &out)
{
    const QJsonArray echoes = value.value(QLatin1String("message_echoes")).toArray();
    for (int i = 0; i < echoes.size(); ++i) {
        WorkItem item = base;
        item.kind = ItemKind::Echo;
        item.elementIndex = i;
        item.element = echoes.at(i).toObject();
        const QString id = item.element.value(QLatin1String("id")).toString();
        appendItem(out, item, QStringLiteral("e:"),
                   id.isEmpty() ? QString(u'?' + hashOf(item.element)) : id);
    }
}

} // namespace

bool DeliverySplitter::isWabaField(const QString &field)
{
    static const QSet<QString> fields = {
        QStringLiteral("message_template_status_update"),
        QStringLiteral("message_template_quality_update"),
        QStringLiteral("message_template_components_update"),
        QStringLiteral("template_category_update"),
        QStringLiteral("phone_number_quality_update"),
        QStringLiteral("phone_number_name_update"),
        QStringLiteral("account_update"),
        QStringLiteral("account_review_update"),
        QStringLiteral("account_alerts"),
        QStringLiteral("business_capability_update"),
        QStringLiteral("security"),
        QStringLiteral("user_preferences"),
        QStringLiteral("history"),
        QStringLiteral("flows"),
    };
    return fields.contains(field);
}

SplitDelivery DeliverySplitter::split(const QByteArray &body, const QString &signingAppId,
                                      const TrustDirectory &directory)
{
    SplitDelivery out;
    auto bodyHash = [&body] { return QString::fromLatin1(SignatureVerifier::sha256Hex(body)); };
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        out.deadLetters.append(
            {QStringLiteral("dl:invalid_json:") + bodyHash(),
             QStringLiteral("invalid_json"),
             {},
             -1,
             -1,
             error.error != QJsonParseError::NoError
                 ? QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset)
                 : QStringLiteral("the body is not a JSON object"),
             {}});
        return out;
    }
    const QJsonObject root = document.object();
    const QString object = root.value(QLatin1String("object")).toString();
    if (object != QLatin1String("whatsapp_business_account")) {
        out.deadLetters.append(
            {QStringLiteral("dl:unknown_object:") + bodyHash(),
             QStringLiteral("unknown_object"),
             {},
             -1,
             -1,
             QStringLiteral("object '%1' is not whatsapp_business_account").arg(object),
             {}});
        return out;
    }

    const QJsonArray entries = root.value(QLatin1String("entry")).toArray();
    for (int e = 0; e < entries.size(); ++e) {
        const QJsonObject entry = entries.at(e).toObject();
        const QString wabaId = MessageFields::idOf(entry.value(QLatin1String("id")));
        const QJsonArray changes = entry.value(QLatin1String("changes")).toArray();
        for (int c = 0; c < changes.size(); ++c) {
            const QJsonObject change = changes.at(c).toObject();
            const QString field = change.value(QLatin1String("field")).toString();
            const QJsonObject value = change.value(QLatin1String("value")).toObject();
            // Hashing the change is only needed to name a dead letter or an event.
            auto changeHash = [&change] { return hashOf(change); };
            auto deadLetter = [&](const QString &reason, const QString &line,
                                  const QString &detail) {
                out.deadLetters.append({QStringLiteral("dl:") + reason + u':' + changeHash(),
                                        reason,
                                        line,
                                        e,
                                        c,
                                        detail,
                                        {}});
            };

            WorkItem base;
            base.wabaId = wabaId;
            base.field = field;
            base.entryIndex = e;
            base.changeIndex = c;
            base.entryTime = entry.value(QLatin1String("time")).toInteger();
            base.origin = signingAppId.isEmpty() ? ItemOrigin::Replay : ItemOrigin::Meta;

            if (field == QLatin1String("messages") ||
                field == QLatin1String("smb_message_echoes")) {
                const QString lineId = value.value(QLatin1String("metadata"))
                                           .toObject()
                                           .value(QLatin1String("phone_number_id"))
                                           .toString();
                if (const auto problem = directory.lineProblem(lineId, signingAppId)) {
                    deadLetter(problem->reason, lineId, problem->detail);
                    continue;
                }
                base.line = lineId;
                if (field == QLatin1String("messages"))
                    splitMessagesValue(value, base, out);
                else
                    splitEchoes(value, base, out);
                continue;
            }
            if (!isWabaField(field)) {
                deadLetter(QStringLiteral("unknown_field"), {},
                           QStringLiteral("field '%1' of WABA %2 is not one Hookline projects")
                               .arg(field, wabaId));
                continue;
            }
            if (const auto problem = directory.wabaProblem(wabaId, signingAppId)) {
                deadLetter(problem->reason, {}, problem->detail);
                continue;
            }
            WorkItem item = base;
            item.kind = ItemKind::Event;
            item.element = value;
            item.line =
                directory.lineOfWaba(wabaId, signingAppId,
                                     value.value(QLatin1String("display_phone_number")).toString());
            item.key = (item.origin == ItemOrigin::Replay ? QStringLiteral("r/") : QString()) +
                       QStringLiteral("v:") + wabaId + u':' + changeHash() + u':' +
                       QString::number(item.entryTime);
            item.ordinal = int(out.items.size());
            out.items.append(item);
        }
    }
    return out;
}

} // namespace hookline
