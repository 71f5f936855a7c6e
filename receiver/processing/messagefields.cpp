#include "messagefields.h"

#include <QSet>

namespace hookline {

namespace {

const QSet<QString> &knownTypes()
{
    static const QSet<QString> types = {
        QStringLiteral("text"),        QStringLiteral("image"),
        QStringLiteral("audio"),       QStringLiteral("video"),
        QStringLiteral("document"),    QStringLiteral("sticker"),
        QStringLiteral("location"),    QStringLiteral("contacts"),
        QStringLiteral("interactive"), QStringLiteral("button"),
        QStringLiteral("reaction"),    QStringLiteral("order"),
        QStringLiteral("system"),      QStringLiteral("request_welcome"),
        QStringLiteral("unsupported"), QStringLiteral("unknown"),
        QStringLiteral("edit"),        QStringLiteral("revoke"),
    };
    return types;
}

QString textOf(const QString &type, const QJsonObject &content)
{
    if (type == QLatin1String("text"))
        return content.value(QLatin1String("body")).toString();
    if (type == QLatin1String("image") || type == QLatin1String("video") ||
        type == QLatin1String("document") || type == QLatin1String("audio"))
        return content.value(QLatin1String("caption")).toString();
    if (type == QLatin1String("button") || type == QLatin1String("order"))
        return content.value(QLatin1String("text")).toString();
    if (type == QLatin1String("system"))
        return content.value(QLatin1String("body")).toString();
    if (type == QLatin1String("interactive")) {
        const QString kind = content.value(QLatin1String("type")).toString();
        const QJsonObject reply = content.value(kind).toObject();
        if (kind == QLatin1String("nfm_reply"))
            return reply.value(QLatin1String("body")).toString();
        return reply.value(QLatin1String("title")).toString();
    }
    return {};
}

} // namespace

qint64 MessageFields::timestampOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toLongLong();
    return value.toInteger();
}

QString MessageFields::idOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QString MessageFields::customerOf(const QString &waId, const QString &userId)
{
    return waId.isEmpty() ? userId : waId;
}

QJsonArray MessageFields::errorsOf(const QJsonArray &errors)
{
    QJsonArray out;
    for (const QJsonValue &error : errors) {
        const QJsonObject object = error.toObject();
        out.append(QJsonObject{
            {QStringLiteral("code"), object.value(QLatin1String("code")).toInteger()},
            {QStringLiteral("title"), object.value(QLatin1String("title")).toString()}});
    }
    return out;
}

MessageFields MessageFields::read(const QJsonObject &message)
{
    MessageFields f;
    f.wamid = message.value(QLatin1String("id")).toString();
    f.type = message.value(QLatin1String("type")).toString();
    f.from = message.value(QLatin1String("from")).toString();
    f.fromUserId = message.value(QLatin1String("from_user_id")).toString();
    f.fromParentUserId = message.value(QLatin1String("from_parent_user_id")).toString();
    f.to = message.value(QLatin1String("to")).toString();
    f.toUserId = message.value(QLatin1String("to_user_id")).toString();
    f.groupId = message.value(QLatin1String("group_id")).toString();
    f.timestamp = timestampOf(message.value(QLatin1String("timestamp")));
    f.known = knownTypes().contains(f.type);
    f.content = f.known ? message.value(f.type) : QJsonValue(message);
    if (f.content.isUndefined())
        f.content = QJsonObject();
    const QJsonObject content = f.content.toObject();
    f.text = f.known ? textOf(f.type, content) : QString();
    f.context = message.value(QLatin1String("context")).toObject();
    f.replyTo = f.context.value(QLatin1String("id")).toString();
    f.frequentlyForwarded = f.context.value(QLatin1String("frequently_forwarded")).toBool();
    f.forwarded = f.context.value(QLatin1String("forwarded")).toBool() || f.frequentlyForwarded;
    f.referral = message.value(QLatin1String("referral")).toObject();
    f.errors = errorsOf(message.value(QLatin1String("errors")).toArray());

    if (f.type == QLatin1String("edit") || f.type == QLatin1String("revoke")) {
        f.target = content.value(QLatin1String("original_message_id")).toString();
        const QJsonObject edited = content.value(QLatin1String("message")).toObject();
        const QString editedType = edited.value(QLatin1String("type")).toString();
        f.editedText = textOf(editedType, edited.value(editedType).toObject());
    } else if (f.type == QLatin1String("contacts")) {
        // Meta's example puts origin on the message; some integrations put it on each card.
        f.requestOrigin = message.value(QLatin1String("origin")).toString();
        for (const QJsonValue &card : f.content.toArray()) {
            const QJsonObject object = card.toObject();
            if (f.requestOrigin.isEmpty())
                f.requestOrigin = object.value(QLatin1String("origin")).toString();
            for (const QJsonValue &phone : object.value(QLatin1String("phones")).toArray()) {
                const QString waId = phone.toObject().value(QLatin1String("wa_id")).toString();
                if (!waId.isEmpty())
                    f.sharedWaIds.append(waId);
            }
        }
    } else if (f.type == QLatin1String("reaction")) {
        f.target = content.value(QLatin1String("message_id")).toString();
        f.reactionEmoji = content.value(QLatin1String("emoji")).toString();
    }
    return f;
}

} // namespace hookline
