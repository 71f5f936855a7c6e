#include "sendrequest.h"

#include <QJsonArray>

namespace hookline {

QString SendRequest::kindWord() const
{
    switch (kind) {
    case Kind::Text:
        return QStringLiteral("text");
    case Kind::Template:
        return QStringLiteral("template");
    case Kind::Reaction:
        return QStringLiteral("reaction");
    }
    return {};
}

Status SendRequest::check() const
{
    if (line.trimmed().isEmpty())
        return Error{tr("no line to send from")};
    if (to.trimmed().isEmpty())
        return Error{tr("no recipient")};
    switch (kind) {
    case Kind::Text:
        if (text.trimmed().isEmpty())
            return Error{tr("the message is empty")};
        if (text.size() > LongestText)
            return Error{tr("the message has %1 characters; WhatsApp takes at most %2")
                             .arg(text.size())
                             .arg(LongestText)};
        break;
    case Kind::Template:
        if (templateName.trimmed().isEmpty())
            return Error{tr("no template name")};
        if (language.trimmed().isEmpty())
            return Error{tr("template %1 needs a language code (such as en_US)").arg(templateName)};
        for (qsizetype i = 0; i < params.size(); ++i) {
            if (params.at(i).trimmed().isEmpty())
                return Error{tr("variable {{%1}} of template %2 is empty; fill it before sending")
                                 .arg(i + 1)
                                 .arg(templateName)};
        }
        break;
    case Kind::Reaction:
        if (replyTo.trimmed().isEmpty())
            return Error{tr("a reaction needs the message it reacts to")};
        if (emoji.trimmed().isEmpty())
            return Error{tr("a reaction needs an emoji")};
        break;
    }
    return ok();
}

QJsonObject SendRequest::body(const QString &callbackData) const
{
    QJsonObject body{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                     {QStringLiteral("recipient_type"), QStringLiteral("individual")},
                     {QStringLiteral("to"), to.trimmed()},
                     {QStringLiteral("type"), kindWord()}};
    switch (kind) {
    case Kind::Text:
        body.insert(QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), text},
                                                        {QStringLiteral("preview_url"), false}});
        break;
    case Kind::Template: {
        QJsonObject content{{QStringLiteral("name"), templateName.trimmed()},
                            {QStringLiteral("language"),
                             QJsonObject{{QStringLiteral("code"), language.trimmed()}}}};
        if (!params.isEmpty()) {
            QJsonArray parameters;
            for (const QString &param : params)
                parameters.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                              {QStringLiteral("text"), param}});
            content.insert(QStringLiteral("components"),
                           QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("body")},
                                                  {QStringLiteral("parameters"), parameters}}});
        }
        body.insert(QStringLiteral("template"), content);
        break;
    }
    case Kind::Reaction:
        body.insert(QStringLiteral("reaction"),
                    QJsonObject{{QStringLiteral("message_id"), replyTo.trimmed()},
                                {QStringLiteral("emoji"), emoji.trimmed()}});
        break;
    }
    if (kind != Kind::Reaction && !replyTo.trimmed().isEmpty())
        body.insert(QStringLiteral("context"),
                    QJsonObject{{QStringLiteral("message_id"), replyTo.trimmed()}});
    if (!callbackData.isEmpty())
        body.insert(QStringLiteral("biz_opaque_callback_data"), callbackData);
    return body;
}

QString SendRequest::displayText() const
{
    switch (kind) {
    case Kind::Text:
        return text;
    case Kind::Template:
        return params.isEmpty()
                   ? tr("Template %1 (%2)").arg(templateName.trimmed(), language.trimmed())
                   : tr("Template %1 (%2): %3")
                         .arg(templateName.trimmed(), language.trimmed(),
                              params.join(QStringLiteral(" · ")));
    case Kind::Reaction:
        return tr("Reacted %1").arg(emoji.trimmed());
    }
    return {};
}

QString SendRequest::summary() const
{
    QString what = kindWord();
    if (kind == Kind::Template)
        what += QStringLiteral(" %1 (%2)").arg(templateName.trimmed(), language.trimmed());
    return QStringLiteral("%1 from line %2").arg(what, line);
}

} // namespace hookline
