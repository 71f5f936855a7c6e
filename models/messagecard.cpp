#include "messagecard.h"

#include <QCoreApplication>
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

} // namespace

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
    card.rawJson =
        QString::fromUtf8(QJsonDocument::fromVariant(content).toJson(QJsonDocument::Indented));
    return card;
}

} // namespace hookline
