#include "messagecard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace hookline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hookline::MessageCard", text);
}

QString field(const QVariantMap &map, const char *path)
{
    QVariant value = map;
    for (const QString &part : QString::fromLatin1(path).split(u'.'))
        value = value.toMap().value(part);
    return value.toString();
}

void addIf(QStringList &lines, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        lines << (label.isEmpty() ? value : label + QStringLiteral(": ") + value);
}

QString ids(const QVariant &list)
{
    QStringList out;
    for (const QVariant &id : list.toList())
        out << id.toString();
    return out.join(QStringLiteral(", "));
}

} // namespace

MessageCard MessageCard::describeCall(const QVariantMap &call)
{
    MessageCard card;
    card.system = true;
    const bool incoming = call.value(QStringLiteral("direction")).toString().toUpper() !=
                          QLatin1String("BUSINESS_INITIATED");
    card.kind = incoming ? tr("☎ Incoming call") : tr("☎ Outgoing call");
    const QString end = call.value(QStringLiteral("end_status")).toString().toUpper();
    const QString status = call.value(QStringLiteral("call_status")).toString().toUpper();
    const qint64 seconds = call.value(QStringLiteral("duration")).toLongLong();
    if (!end.isEmpty() && seconds > 0)
        card.text = tr("Answered · %1").arg(MessageCard::duration(seconds));
    else if (!end.isEmpty() && status == QLatin1String("REJECTED"))
        card.text = tr("Declined by the customer");
    else if (!end.isEmpty())
        card.text = incoming ? tr("Missed") : tr("Not answered");
    else if (status == QLatin1String("ACCEPTED"))
        card.text = tr("In progress");
    else if (status == QLatin1String("REJECTED"))
        card.text = tr("Declined by the customer");
    else
        card.text = tr("Ringing");
    return card;
}

// The customer's answer to the business's request to call them.
MessageCard MessageCard::describeCallPermission(const QVariantMap &reply)
{
    MessageCard card;
    card.kind = tr("☎ Call permission");
    const bool accepted = reply.value(QStringLiteral("response")).toString() == u"accept";
    const bool permanent = reply.value(QStringLiteral("is_permanent")).toBool();
    const qint64 until = reply.value(QStringLiteral("expiration_timestamp")).toLongLong();
    if (!accepted)
        card.text = tr("Declined: the business may not call");
    else if (permanent)
        card.text = tr("Accepted: the business may call at any time");
    else if (until > 0)
        card.text = tr("Accepted: the business may call until %1")
                        .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(until),
                                                QLocale::ShortFormat));
    else
        card.text = tr("Accepted: the business may call");
    if (reply.value(QStringLiteral("response_source")).toString() == u"automatic")
        card.details << tr("Answered automatically by the customer's settings");
    return card;
}

// A WhatsApp Flow's answers: each field the customer filled in, not the raw JSON.
MessageCard MessageCard::describeFlowReply(const QVariantMap &reply, const QString &text)
{
    MessageCard card;
    card.kind = tr("Flow reply");
    card.text = text.isEmpty() ? reply.value(QStringLiteral("body")).toString() : text;
    const QJsonObject answers =
        QJsonDocument::fromJson(reply.value(QStringLiteral("response_json")).toString().toUtf8())
            .object();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (it.key() == u"flow_token")
            continue; // the business's own correlation id, nothing a person reads
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue &item : it.value().toArray())
                items << item.toVariant().toString();
            value = items.join(QStringLiteral(", "));
        } else if (it.value().isObject()) {
            value = QString::fromUtf8(
                QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact));
        } else {
            value = it.value().toVariant().toString();
        }
        QString label = it.key();
        label.replace(u'_', u' ');
        if (!label.isEmpty())
            label[0] = label.at(0).toUpper();
        addIf(card.details, label, value);
    }
    return card;
}

MessageCard MessageCard::describeGroupEvent(const QString &event, const QVariantMap &facts)
{
    MessageCard card;
    card.system = true;
    card.kind = tr("Group");
    const QString subject = facts.value(QStringLiteral("subject")).toString();
    if (event == QLatin1String("group_create"))
        card.text = subject.isEmpty() ? tr("Group created") : tr("Group “%1” created").arg(subject);
    else if (event == QLatin1String("group_delete"))
        card.text = tr("Group deleted");
    else if (event == QLatin1String("group_participants_add"))
        card.text = tr("Joined: %1").arg(ids(facts.value(QStringLiteral("added"))));
    else if (event == QLatin1String("group_participants_remove"))
        card.text = tr("Left or removed: %1").arg(ids(facts.value(QStringLiteral("removed"))));
    else if (event == QLatin1String("group_join_request_created"))
        card.text = tr("Asked to join: %1").arg(facts.value(QStringLiteral("wa_id")).toString());
    else if (event == QLatin1String("group_join_request_revoked"))
        card.text =
            tr("Withdrew a join request: %1").arg(facts.value(QStringLiteral("wa_id")).toString());
    else if (event == QLatin1String("group_settings_update"))
        card.text = tr("Group settings changed");
    else if (event == QLatin1String("group_suspend"))
        card.text = tr("WhatsApp suspended this group");
    else if (event == QLatin1String("group_suspend_cleared"))
        card.text = tr("The group's suspension was lifted");
    else
        card.text = tr("Group change “%1”").arg(event);
    const std::pair<const char *, const char *> settings[] = {
        {"group_subject_ok", QT_TRANSLATE_NOOP("hookline::MessageCard", "subject")},
        {"group_description_ok", QT_TRANSLATE_NOOP("hookline::MessageCard", "description")},
        {"profile_picture_ok", QT_TRANSLATE_NOOP("hookline::MessageCard", "picture")},
    };
    for (const auto &[key, label] : settings) {
        if (!facts.contains(QLatin1String(key)))
            continue;
        addIf(card.details, {},
              facts.value(QLatin1String(key)).toBool() ? tr("%1 updated").arg(tr(label))
                                                       : tr("%1 not updated").arg(tr(label)));
    }
    const QVariantList codes = facts.value(QStringLiteral("error_codes")).toList();
    if (!codes.isEmpty())
        card.details << tr("Errors: %1").arg(ids(codes));
    return card;
}

bool MessageCard::isNotice(const QString &type)
{
    return type == QLatin1String("system") || type == QLatin1String("request_welcome") ||
           type == QLatin1String("call") || type == QLatin1String("group_event");
}

QString MessageCard::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

MessageCard MessageCard::describe(const QString &type, const QString &text, const QVariant &content)
{
    MessageCard card;
    card.text = text;
    if (type == QLatin1String("text") || type.isEmpty())
        return card;
    if (type == QLatin1String("image") || type == QLatin1String("video") ||
        type == QLatin1String("audio") || type == QLatin1String("document") ||
        type == QLatin1String("sticker")) {
        static const QHash<QString, const char *> kinds = {
            {QStringLiteral("image"), QT_TRANSLATE_NOOP("hookline::MessageCard", "Image")},
            {QStringLiteral("video"), QT_TRANSLATE_NOOP("hookline::MessageCard", "Video")},
            {QStringLiteral("audio"), QT_TRANSLATE_NOOP("hookline::MessageCard", "Audio")},
            {QStringLiteral("document"), QT_TRANSLATE_NOOP("hookline::MessageCard", "Document")},
            {QStringLiteral("sticker"), QT_TRANSLATE_NOOP("hookline::MessageCard", "Sticker")},
        };
        card.kind = tr(kinds.value(type));
        const QVariantMap media = content.toMap();
        if (card.text.isEmpty())
            card.text = media.value(QStringLiteral("caption")).toString();
        addIf(card.details, {}, media.value(QStringLiteral("filename")).toString());
        QString mime = media.value(QStringLiteral("mime_type")).toString();
        if (media.value(QStringLiteral("voice")).toBool())
            mime += tr(" (voice note)");
        if (media.value(QStringLiteral("animated")).toBool())
            mime += tr(" (animated)");
        addIf(card.details, {}, mime);
        return card;
    }
    if (type == QLatin1String("location")) {
        card.kind = tr("Location");
        const QVariantMap l = content.toMap();
        addIf(card.details, {}, l.value(QStringLiteral("name")).toString());
        addIf(card.details, {}, l.value(QStringLiteral("address")).toString());
        card.details << QStringLiteral("%1, %2")
                            .arg(l.value(QStringLiteral("latitude")).toDouble(), 0, 'f', 6)
                            .arg(l.value(QStringLiteral("longitude")).toDouble(), 0, 'f', 6);
        addIf(card.details, {}, l.value(QStringLiteral("url")).toString());
        return card;
    }
    if (type == QLatin1String("contacts")) {
        card.kind = tr("Contact card");
        for (const QVariant &c : content.toList()) {
            const QVariantMap contact = c.toMap();
            QString line = field(contact, "name.formatted_name");
            for (const QVariant &p : contact.value(QStringLiteral("phones")).toList())
                line += QStringLiteral(" · ") + p.toMap().value(QStringLiteral("phone")).toString();
            for (const QVariant &e : contact.value(QStringLiteral("emails")).toList())
                line += QStringLiteral(" · ") + e.toMap().value(QStringLiteral("email")).toString();
            addIf(card.details, {}, line);
            addIf(card.details, tr("Organisation"), field(contact, "org.company"));
        }
        return card;
    }
    if (type == QLatin1String("interactive")) {
        const QVariantMap i = content.toMap();
        const QString kind = i.value(QStringLiteral("type")).toString();
        if (kind == QLatin1String("call_permission_reply"))
            return describeCallPermission(i.value(QStringLiteral("call_permission_reply")).toMap());
        if (kind == QLatin1String("nfm_reply"))
            return describeFlowReply(i.value(QStringLiteral("nfm_reply")).toMap(), card.text);
        card.kind = kind == QLatin1String("nfm_reply")    ? tr("Flow reply")
                    : kind == QLatin1String("list_reply") ? tr("List reply")
                                                          : tr("Button reply");
        const QVariantMap reply = i.value(kind).toMap();
        if (card.text.isEmpty())
            card.text = reply.value(QStringLiteral("title")).toString();
        addIf(card.details, {}, reply.value(QStringLiteral("description")).toString());
        addIf(card.details, tr("Id"), reply.value(QStringLiteral("id")).toString());
        addIf(card.details, {}, reply.value(QStringLiteral("response_json")).toString());
        return card;
    }
    if (type == QLatin1String("button")) {
        card.kind = tr("Quick reply");
        const QVariantMap b = content.toMap();
        if (card.text.isEmpty())
            card.text = b.value(QStringLiteral("text")).toString();
        addIf(card.details, tr("Payload"), b.value(QStringLiteral("payload")).toString());
        return card;
    }
    if (type == QLatin1String("order")) {
        card.kind = tr("Order");
        const QVariantMap o = content.toMap();
        double total = 0;
        QString currency;
        for (const QVariant &item : o.value(QStringLiteral("product_items")).toList()) {
            const QVariantMap p = item.toMap();
            const double price = p.value(QStringLiteral("item_price")).toDouble();
            const int quantity = p.value(QStringLiteral("quantity")).toInt();
            currency = p.value(QStringLiteral("currency")).toString();
            total += price * quantity;
            card.details << QStringLiteral("%1 × %2 @ %3 %4")
                                .arg(quantity)
                                .arg(p.value(QStringLiteral("product_retailer_id")).toString())
                                .arg(price, 0, 'f', 2)
                                .arg(currency);
        }
        card.details << tr("Total: %1 %2").arg(total, 0, 'f', 2).arg(currency);
        if (card.text.isEmpty())
            card.text = o.value(QStringLiteral("text")).toString();
        return card;
    }
    if (type == QLatin1String("system")) {
        card.system = true;
        card.kind = tr("Notice");
        if (card.text.isEmpty())
            card.text = field(content.toMap(), "body");
        return card;
    }
    if (type == QLatin1String("call"))
        return describeCall(content.toMap());
    if (type == QLatin1String("group_event"))
        return describeGroupEvent(text, content.toMap());
    if (type == QLatin1String("request_welcome")) {
        card.system = true;
        card.kind = tr("Notice");
        card.text = tr("The customer opened the chat for the first time");
        return card;
    }
    // unsupported, unknown, and any type Hookline does not know yet: the raw JSON.
    card.kind = type == QLatin1String("unsupported") || type == QLatin1String("unknown")
                    ? tr("Unsupported message")
                    : tr("Unknown type \"%1\"").arg(type);
    if (type != QLatin1String("unsupported"))
        card.details << tr("Kept as received: a version of Hookline that knows this type shows it "
                           "after a rebuild.");
    card.rawJson =
        QString::fromUtf8(QJsonDocument::fromVariant(content).toJson(QJsonDocument::Indented));
    return card;
}

} // namespace hookline
