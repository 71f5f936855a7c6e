#include "deliverysplitter.h"

#include "http/signatureverifier.h"
#include "processing/messagefields.h"
#include "trustdirectory.h"

#include <QJsonDocument>
#include <QSet>

namespace hookline {

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString hashOf(const QJsonObject &object)
{
    return QString::fromLatin1(
        SignatureVerifier::sha256Hex(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

QString lineByDisplay(const TrustDirectory &directory, const QString &display)
{
    const QString digits = digitsOf(display);
    if (digits.isEmpty())
        return {};
    for (const LineRecord &line : directory.lines()) {
        if (digitsOf(line.display) == digits)
            return line.phoneNumberId;
    }
    return {};
}

bool isKnownWaba(const TrustDirectory &directory, const QString &wabaId)
{
    for (const LineRecord &line : directory.lines()) {
        if (line.wabaId == wabaId)
            return true;
    }
    return false;
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
        item.key =
            id.isEmpty() ? QStringLiteral("m:?") + hashOf(item.element) : QStringLiteral("m:") + id;
        out.items.append(item);
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
        item.key = id.isEmpty() ? QString(QStringLiteral("s:?") + hashOf(item.element))
                                : QString(QStringLiteral("s:") + id + u':' + status);
        out.items.append(item);
    }
    const QJsonArray errors = value.value(QLatin1String("errors")).toArray();
    for (int i = 0; i < errors.size(); ++i) {
        WorkItem item = base;
        item.kind = ItemKind::ValueError;
        item.elementIndex = i;
        item.element = errors.at(i).toObject();
        item.key = QStringLiteral("x:") + base.line + u':' + hashOf(item.element);
        out.items.append(item);
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
        item.key =
            id.isEmpty() ? QStringLiteral("e:?") + hashOf(item.element) : QStringLiteral("e:") + id;
        out.items.append(item);
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

            if (field == QLatin1String("messages") ||
                field == QLatin1String("smb_message_echoes")) {
                const QString lineId = value.value(QLatin1String("metadata"))
                                           .toObject()
                                           .value(QLatin1String("phone_number_id"))
                                           .toString();
                const LineRecord *line = directory.line(lineId);
                if (!line) {
                    deadLetter(QStringLiteral("unknown_phone_number_id"), lineId,
                               lineId.isEmpty()
                                   ? QStringLiteral("the change names no phone_number_id")
                                   : QStringLiteral("phone_number_id %1 is not a configured line")
                                         .arg(lineId));
                    continue;
                }
                if (!signingAppId.isEmpty() && line->appId != signingAppId) {
                    deadLetter(
                        QStringLiteral("line_not_owned_by_app"), lineId,
                        QStringLiteral("line %1 belongs to app %2, but app %3 signed the delivery")
                            .arg(lineId, line->appId, signingAppId));
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
            if (!isKnownWaba(directory, wabaId)) {
                deadLetter(QStringLiteral("unknown_waba"), {},
                           QStringLiteral("WABA %1 is not the account of any configured line")
                               .arg(wabaId));
                continue;
            }
            WorkItem item = base;
            item.kind = ItemKind::Event;
            item.element = value;
            item.line = lineByDisplay(
                directory, value.value(QLatin1String("display_phone_number")).toString());
            item.key = QStringLiteral("v:") + wabaId + u':' + changeHash() + u':' +
                       QString::number(item.entryTime);
            out.items.append(item);
        }
    }
    return out;
}

} // namespace hookline
