#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace hookline {

// One message an operator asks to send through the Graph API: free text, an approved template
// with its variables, or a reaction to a message. Validated before anything is recorded or
// sent, and turned into the body Meta's messages endpoint takes.
struct SendRequest
{
    Q_DECLARE_TR_FUNCTIONS(SendRequest)

public:
    enum class Kind
    {
        Text,
        Template,
        Reaction
    };
    static constexpr int LongestText = 4096; // Meta's limit for a text body

    Kind kind = Kind::Text;
    QString line; // the sending line's phone_number_id
    QString to;   // the customer: a wa_id (any punctuation) or a user id
    QString text;
    QString templateName;
    QString language;   // a template's language code ("en_US", "pt_BR")
    QStringList params; // a template's body variables, {{1}}, {{2}}, ... in order
    QString replyTo;    // the message answered (context), or the one reacted to
    QString emoji;
    QString by; // who asks (the audit trail); empty: "operator"

    // Free text and reactions need an open customer-service window; templates do not.
    bool needsWindow() const { return kind != Kind::Template; }
    QString kindWord() const;
    // What is wrong with it, before anything goes out; ok() when it can be sent.
    Status check() const;
    // The body for POST /<line>/messages; callbackData comes back on every status.
    QJsonObject body(const QString &callbackData) const;
    // What the conversation shows of it: the text, a template with its variables, the emoji.
    QString displayText() const;
    // What the audit trail says: the kind and the line, never the text or the recipient (the
    // send's own row has them, and an erasure of the person takes it).
    QString summary() const;
};

} // namespace hookline
