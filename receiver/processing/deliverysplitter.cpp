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
    // What an erasure left of a person's element (ContactEraser): nothing to project.
    if (item.element.contains(QLatin1String("hookline_erased")))
        return;
    item.key = (item.origin == ItemOrigin::Replay ? QStringLiteral("r/") : QString()) + kind +
               item.line + u':' + id;
    item.ordinal = int(out.items.size());
    out.items.append(item);
}

// Value-level errors (value.errors[]): Meta could not send something about the line.
void splitValueErrors(const QJsonObject &value, const WorkItem &base, SplitDelivery &out)
{
    const QJsonArray errors = value.value(QLatin1String("errors")).toArray();
    for (int i = 0; i < errors.size(); ++i) {
        WorkItem item = base;
        item.kind = ItemKind::ValueError;
        item.elementIndex = i;
        item.element = errors.at(i).toObject();
        appendItem(out, item, QStringLiteral("x:"), hashOf(item.element));
    }
}

WorkItem lineEvent(const WorkItem &base, const QString &part, int index, const QJsonObject &element,
                   const QJsonArray &contacts = {})
{
    WorkItem item = base;
    item.kind = ItemKind::LineEvent;
    item.part = part;
    item.elementIndex = index;
    item.element = element;
    item.contacts = contacts;
    return item;
}

// A status of the messages field is a delivery status, or a payment's status (type "payment"),
// which never enters a message's status rank.
bool isPaymentStatus(const QJsonObject &status)
{
    return status.value(QLatin1String("type")).toString() == QLatin1String("payment");
}

// A group receipt's participant: the number, or since 2026 the user id (Meta spells the key two
// ways).
QString participantOf(const QJsonObject &status)
{
    for (const char *key : {"recipient_participant_id", "participant_recipient_id",
                            "recipient_participant_user_id"}) {
        const QString id = status.value(QLatin1String(key)).toString();
        if (!id.isEmpty())
            return id;
    }
    return {};
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
        const QJsonObject status = statuses.at(i).toObject();
        const QString id = status.value(QLatin1String("id")).toString();
        const QString state = status.value(QLatin1String("status")).toString();
        if (isPaymentStatus(status)) {
            WorkItem item = lineEvent(base, QStringLiteral("payment_status"), i, status, contacts);
            appendItem(out, item, QStringLiteral("p:"), id + u':' + state + u':' + hashOf(status));
            continue;
        }
        WorkItem item = base;
        item.kind = ItemKind::StatusUpdate;
        item.elementIndex = i;
        item.element = status;
        item.contacts = contacts;
        // Each participant's receipt of a group message is its own item.
        const QString participant = participantOf(status);
        appendItem(out, item, QStringLiteral("s:"),
                   id.isEmpty()
                       ? QString(u'?' + hashOf(status))
                       : QString(id + u':' + state +
                                 (participant.isEmpty() ? QString() : u':' + participant)));
    }
    splitValueErrors(value, base, out);
    const QJsonArray actions = value.value(QLatin1String("user_actions")).toArray();
    for (int i = 0; i < actions.size(); ++i) {
        WorkItem item = lineEvent(base, QStringLiteral("user_action"), i, actions.at(i).toObject());
        appendItem(out, item, QStringLiteral("ua:"), hashOf(item.element));
    }
}

void splitCalls(const QJsonObject &value, const WorkItem &base, SplitDelivery &out)
{
    const QJsonArray contacts = value.value(QLatin1String("contacts")).toArray();
    // A call's connect and terminate, and its statuses: each keyed by the call id and what it
    // says, so connect, RINGING and terminate of one call are three items.
    struct Part
    {
        const char *list;
        const char *part;
        const char *prefix;
        const char *discriminator;
    };
    for (const Part &p :
         {Part{"calls", "call", "c:", "event"}, Part{"statuses", "call_status", "cs:", "status"}}) {
        const QJsonArray elements = value.value(QLatin1String(p.list)).toArray();
        for (int i = 0; i < elements.size(); ++i) {
            WorkItem item =
                lineEvent(base, QLatin1String(p.part), i, elements.at(i).toObject(), contacts);
            const QString id = item.element.value(QLatin1String("id")).toString();
            appendItem(
                out, item, QLatin1String(p.prefix),
                id.isEmpty()
                    ? QString(u'?' + hashOf(item.element))
                    : QString(id + u':' +
                              item.element.value(QLatin1String(p.discriminator)).toString()));
        }
    }
    splitValueErrors(value, base, out);
}

// Each element of the change's list is one line event: groups[], user_preferences[],
// state_sync[].
void splitList(const QJsonObject &value, const char *list, const QString &part,
               const WorkItem &base, SplitDelivery &out)
{
    const QJsonArray contacts = value.value(QLatin1String("contacts")).toArray();
    const QJsonArray elements = value.value(QLatin1String(list)).toArray();
    for (int i = 0; i < elements.size(); ++i) {
        WorkItem item = lineEvent(base, part, i, elements.at(i).toObject(), contacts);
        appendItem(out, item, part + u':', hashOf(item.element));
    }
}

// A history sync: each chunk is an event, and each of its threads' messages an item of its own
// (a chunk may hold thousands). The media follow-up carries messages[] instead of history[].
void splitHistory(const QJsonObject &value, const WorkItem &base, SplitDelivery &out)
{
    const QJsonArray chunks = value.value(QLatin1String("history")).toArray();
    for (int c = 0; c < chunks.size(); ++c) {
        const QJsonObject chunk = chunks.at(c).toObject();
        const QJsonArray threads = chunk.value(QLatin1String("threads")).toArray();
        QJsonObject summary = chunk;
        summary.remove(QStringLiteral("threads"));
        int messageCount = 0;
        for (const QJsonValue &thread : threads)
            messageCount +=
                int(thread.toObject().value(QLatin1String("messages")).toArray().size());
        summary.insert(QStringLiteral("thread_count"), threads.size());
        summary.insert(QStringLiteral("message_count"), messageCount);
        WorkItem event = lineEvent(base, QStringLiteral("history_chunk"), c, summary);
        // Keyed by the whole chunk: another sync with the same counts is another chunk.
        appendItem(out, event, QStringLiteral("hc:"), hashOf(chunk));
        for (const QJsonValue &threadValue : threads) {
            QJsonObject thread = threadValue.toObject();
            const QJsonArray messages = thread.value(QLatin1String("messages")).toArray();
            thread.remove(QStringLiteral("messages"));
            for (int i = 0; i < messages.size(); ++i) {
                WorkItem item = base;
                item.kind = ItemKind::HistoryMessage;
                item.elementIndex = i;
                item.element = messages.at(i).toObject();
                item.thread = thread;
                const QString id = item.element.value(QLatin1String("id")).toString();
                const QString type = item.element.value(QLatin1String("type")).toString();
                appendItem(out, item, QStringLiteral("h:"),
                           id.isEmpty() ? QString(u'?' + hashOf(item.element))
                                        : QString(id + u':' + type));
            }
        }
    }
    const QJsonArray media = value.value(QLatin1String("messages")).toArray();
    if (media.isEmpty())
        return;
    QJsonObject summary{{QStringLiteral("message_count"), media.size()}};
    WorkItem event = lineEvent(base, QStringLiteral("history_media"), 0, summary);
    QJsonArray ids;
    for (const QJsonValue &m : media)
        ids.append(m.toObject().value(QLatin1String("id")));
    appendItem(out, event, QStringLiteral("hm:"),
               hashOf(QJsonObject{{QStringLiteral("ids"), ids}}));
    for (int i = 0; i < media.size(); ++i) {
        WorkItem item = base;
        item.kind = ItemKind::HistoryMessage;
        item.elementIndex = i;
        item.element = media.at(i).toObject();
        const QString id = item.element.value(QLatin1String("id")).toString();
        const QString type = item.element.value(QLatin1String("type")).toString();
        appendItem(out, item, QStringLiteral("h:"),
                   id.isEmpty() ? QString(u'?' + hashOf(item.element)) : QString(id + u':' + type));
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
        QStringLiteral("flows"),
        QStringLiteral("payment_configuration_update"),
    };
    return fields.contains(field);
}

bool DeliverySplitter::isLineField(const QString &field)
{
    static const QSet<QString> fields = {
        QStringLiteral("messages"),
        QStringLiteral("smb_message_echoes"),
        QStringLiteral("calls"),
        QStringLiteral("history"),
        QStringLiteral("user_preferences"),
        QStringLiteral("smb_app_state_sync"),
        QStringLiteral("group_lifecycle_update"),
        QStringLiteral("group_participants_update"),
        QStringLiteral("group_settings_update"),
        QStringLiteral("group_status_update"),
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
             {},
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
             {},
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
            auto deadLetter = [&](const QString &reason, const QString &subjectOrLine,
                                  const QString &detail) {
                const bool unknownField = reason == QLatin1String("unknown_field");
                out.deadLetters.append({QStringLiteral("dl:") + reason + u':' + changeHash(),
                                        reason,
                                        unknownField ? QString() : subjectOrLine,
                                        e,
                                        c,
                                        detail,
                                        {},
                                        unknownField ? subjectOrLine : QString()});
            };

            WorkItem base;
            base.wabaId = wabaId;
            base.field = field;
            base.entryIndex = e;
            base.changeIndex = c;
            base.entryTime = entry.value(QLatin1String("time")).toInteger();
            base.origin = signingAppId.isEmpty() ? ItemOrigin::Replay : ItemOrigin::Meta;

            if (isLineField(field)) {
                const QJsonObject metadata = value.value(QLatin1String("metadata")).toObject();
                const QString lineId = metadata.value(QLatin1String("phone_number_id")).toString();
                if (const auto problem = directory.lineProblem(lineId, signingAppId)) {
                    deadLetter(problem->reason, lineId, problem->detail);
                    continue;
                }
                base.line = lineId;
                base.display = metadata.value(QLatin1String("display_phone_number")).toString();
                if (field == QLatin1String("messages"))
                    splitMessagesValue(value, base, out);
                else if (field == QLatin1String("smb_message_echoes"))
                    splitEchoes(value, base, out);
                else if (field == QLatin1String("calls"))
                    splitCalls(value, base, out);
                else if (field == QLatin1String("history"))
                    splitHistory(value, base, out);
                else if (field == QLatin1String("user_preferences"))
                    splitList(value, "user_preferences", QStringLiteral("preference"), base, out);
                else if (field == QLatin1String("smb_app_state_sync"))
                    splitList(value, "state_sync", QStringLiteral("state_sync"), base, out);
                else
                    splitList(value, "groups", QStringLiteral("group"), base, out);
                continue;
            }
            if (!isWabaField(field)) {
                deadLetter(QStringLiteral("unknown_field"), field,
                           QStringLiteral("Field '%1' of WABA %2 is not one this version of "
                                          "Hookline understands. The delivery is kept: a version "
                                          "that understands it projects it when this dead letter "
                                          "is retried.")
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
