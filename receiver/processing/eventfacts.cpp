#include "eventfacts.h"

#include "processing/messagefields.h"
#include "processing/workitem.h"

namespace hookline {

namespace {

QString string(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString();
}

// The ids of a group change's participant list: numbers, else user ids, else what the business
// asked for.
QJsonArray participantIds(const QJsonArray &participants)
{
    QJsonArray ids;
    for (const QJsonValue &value : participants) {
        const QJsonObject p = value.toObject();
        for (const char *key : {"wa_id", "user_id", "input"}) {
            const QString id = string(p, key);
            if (!id.isEmpty()) {
                ids.append(id);
                break;
            }
        }
    }
    return ids;
}

QJsonArray errorCodes(const QJsonValue &errors)
{
    QJsonArray codes;
    for (const QJsonValue &error : errors.toArray())
        codes.append(error.toObject().value(QLatin1String("code")).toInteger());
    return codes;
}

void readCall(const QJsonObject &call, const WorkItem &item, EventFacts &out)
{
    out.event = string(call, "event");
    out.facts.remove(QStringLiteral("id"));
    out.facts.insert(QStringLiteral("call_id"), call.value(QLatin1String("id")));
    const QJsonObject session = call.value(QLatin1String("session")).toObject();
    if (session.contains(QLatin1String("sdp_type")))
        out.facts.insert(QStringLiteral("sdp_type"), session.value(QLatin1String("sdp_type")));
    // Who the customer is follows the direction: Meta's samples put numbers in from and to
    // inconsistently.
    const QString direction = string(call, "direction").toUpper();
    bool customerIsCaller = direction == QLatin1String("USER_INITIATED");
    if (direction.isEmpty())
        customerIsCaller = string(call, "from") != item.display;
    const char *side = customerIsCaller ? "from" : "to";
    out.waId = string(call, side);
    out.userId = call.value(QLatin1String(side) + QLatin1String("_user_id")).toString();
    out.parentUserId =
        call.value(QLatin1String(side) + QLatin1String("_parent_user_id")).toString();
    out.callId = string(call, "id");
}

void readCallStatus(const QJsonObject &status, EventFacts &out)
{
    out.event = QStringLiteral("call_status");
    out.facts.remove(QStringLiteral("id"));
    out.facts.remove(QStringLiteral("type"));
    out.facts.insert(QStringLiteral("call_id"), status.value(QLatin1String("id")));
    out.callId = string(status, "id");
    out.waId = string(status, "recipient_id");
    out.userId = string(status, "recipient_user_id");
    out.parentUserId = string(status, "recipient_parent_user_id");
}

void readGroup(const QJsonObject &group, EventFacts &out)
{
    out.event = string(group, "type");
    out.facts.remove(QStringLiteral("type"));
    out.groupId = string(group, "group_id");
    const std::pair<const char *, const char *> lists[] = {
        {"added_participants", "added"},
        {"removed_participants", "removed"},
        {"failed_participants", "failed"},
    };
    for (const auto &[list, key] : lists) {
        if (group.contains(QLatin1String(list)))
            out.facts.insert(QLatin1String(key),
                             participantIds(group.value(QLatin1String(list)).toArray()));
    }
    const std::pair<const char *, const char *> settings[] = {
        {"group_subject", "group_subject_ok"},
        {"group_description", "group_description_ok"},
        {"profile_picture", "profile_picture_ok"},
    };
    for (const auto &[setting, key] : settings) {
        const QJsonObject object = group.value(QLatin1String(setting)).toObject();
        if (object.contains(QLatin1String("update_successful")))
            out.facts.insert(QLatin1String(key), object.value(QLatin1String("update_successful")));
    }
    if (group.contains(QLatin1String("errors")))
        out.facts.insert(QStringLiteral("error_codes"),
                         errorCodes(group.value(QLatin1String("errors"))));
    out.name = string(group, "subject");
    const QJsonObject subject = group.value(QLatin1String("group_subject")).toObject();
    if (out.name.isEmpty() && subject.value(QLatin1String("update_successful")).toBool())
        out.name = string(subject, "text");
}

void readStateSync(const QJsonObject &sync, EventFacts &out)
{
    out.event = string(sync, "action");
    out.facts.remove(QStringLiteral("action"));
    const QJsonObject contact = sync.value(QLatin1String("contact")).toObject();
    const QJsonObject scalars = EventFacts::scalarsOf(contact);
    for (auto it = scalars.begin(); it != scalars.end(); ++it)
        out.facts.insert(it.key(), it.value());
    const QJsonValue timestamp =
        sync.value(QLatin1String("metadata")).toObject().value(QLatin1String("timestamp"));
    if (!timestamp.isUndefined())
        out.facts.insert(QStringLiteral("timestamp"), timestamp);
    out.waId = string(contact, "phone_number");
    out.userId = string(contact, "user_id");
    out.parentUserId = string(contact, "parent_user_id");
    out.name = string(contact, "full_name");
    if (out.name.isEmpty())
        out.name = string(contact, "first_name");
}

void readUserAction(const QJsonObject &action, EventFacts &out)
{
    out.event = string(action, "action_type");
    out.facts.remove(QStringLiteral("action_type"));
    // The action's data sits under "<action_type>_data".
    for (auto it = action.begin(); it != action.end(); ++it) {
        if (!it.key().endsWith(QLatin1String("_data")) || !it.value().isObject())
            continue;
        const QJsonObject data = EventFacts::scalarsOf(it.value().toObject());
        for (auto d = data.begin(); d != data.end(); ++d)
            out.facts.insert(d.key(), d.value());
    }
}

void readPayment(const QJsonObject &status, EventFacts &out)
{
    out.event = QStringLiteral("payment_status");
    out.facts.remove(QStringLiteral("id"));
    out.facts.remove(QStringLiteral("type"));
    out.facts.insert(QStringLiteral("message_id"), status.value(QLatin1String("id")));
    const QJsonObject payment = status.value(QLatin1String("payment")).toObject();
    const QJsonObject amount = payment.value(QLatin1String("amount")).toObject();
    const QJsonObject transaction = payment.value(QLatin1String("transaction")).toObject();
    const std::pair<const char *, QJsonValue> facts[] = {
        {"reference_id", payment.value(QLatin1String("reference_id"))},
        {"amount_value", amount.value(QLatin1String("value"))},
        {"amount_offset", amount.value(QLatin1String("offset"))},
        {"currency", payment.value(QLatin1String("currency"))},
        {"transaction_id", transaction.value(QLatin1String("id"))},
        {"transaction_status", transaction.value(QLatin1String("status"))},
        {"transaction_type", transaction.value(QLatin1String("type"))},
        {"method",
         transaction.value(QLatin1String("method")).toObject().value(QLatin1String("type"))},
    };
    for (const auto &[key, value] : facts) {
        if (!value.isUndefined())
            out.facts.insert(QLatin1String(key), value);
    }
    if (transaction.contains(QLatin1String("error")))
        out.facts.insert(QStringLiteral("error_codes"),
                         errorCodes(QJsonArray{transaction.value(QLatin1String("error"))}));
    out.messageId = string(status, "id");
    out.waId = string(status, "recipient_id");
    out.userId = string(status, "recipient_user_id");
}

void readHistoryChunk(const QJsonObject &chunk, EventFacts &out)
{
    const bool declined = !chunk.value(QLatin1String("errors")).toArray().isEmpty();
    out.event = declined ? QStringLiteral("history_declined") : QStringLiteral("history_chunk");
    out.facts = EventFacts::scalarsOf(chunk.value(QLatin1String("metadata")).toObject());
    out.facts.insert(QStringLiteral("threads"), chunk.value(QLatin1String("thread_count")));
    out.facts.insert(QStringLiteral("messages"), chunk.value(QLatin1String("message_count")));
    if (declined)
        out.facts.insert(QStringLiteral("error_codes"),
                         errorCodes(chunk.value(QLatin1String("errors"))));
}

} // namespace

QJsonObject EventFacts::scalarsOf(const QJsonObject &value)
{
    QJsonObject out;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!it.value().isObject() && !it.value().isArray())
            out.insert(it.key(), it.value());
    }
    return out;
}

EventFacts EventFacts::read(const WorkItem &item)
{
    EventFacts out;
    const QJsonObject &element = item.element;
    out.facts = scalarsOf(element);
    if (item.part == QLatin1String("call"))
        readCall(element, item, out);
    else if (item.part == QLatin1String("call_status"))
        readCallStatus(element, out);
    else if (item.part == QLatin1String("group"))
        readGroup(element, out);
    else if (item.part == QLatin1String("preference")) {
        out.event = string(element, "value");
        out.waId = string(element, "wa_id");
        out.userId = string(element, "user_id");
        out.parentUserId = string(element, "parent_user_id");
    } else if (item.part == QLatin1String("state_sync"))
        readStateSync(element, out);
    else if (item.part == QLatin1String("user_action"))
        readUserAction(element, out);
    else if (item.part == QLatin1String("payment_status"))
        readPayment(element, out);
    else if (item.part == QLatin1String("history_chunk"))
        readHistoryChunk(element, out);
    else if (item.part == QLatin1String("history_media")) {
        out.event = QStringLiteral("history_media");
        out.facts = {{QStringLiteral("messages"), element.value(QLatin1String("message_count"))}};
    }
    out.time = MessageFields::timestampOf(out.facts.value(QLatin1String("timestamp")));
    return out;
}

} // namespace hookline
