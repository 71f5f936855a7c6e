#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace hookline {

// What Hookline reads out of one WhatsApp message object (inbound or echo), whatever its type.
struct MessageFields
{
    QString wamid;
    QString type;
    QString from;
    QString fromUserId;
    QString fromParentUserId;
    QString to;
    QString toUserId;
    QString groupId;         // a group message: the group's conversation
    QString requestOrigin;   // a contacts message: contact_request or other
    QStringList sharedWaIds; // a contacts message: the numbers on its cards
    qint64 timestamp = 0;
    QString text;        // body, caption, reply title, ...; null when the type has none
    QJsonValue content;  // the type's own value as received (an array for contacts); the
                         // whole message for types Hookline does not know
    QJsonObject context; // reply / forward information
    QString replyTo;
    bool forwarded = false;
    bool frequentlyForwarded = false;
    QJsonObject referral;
    QJsonArray errors;     // [{code, title}]
    QString target;        // the message an edit, revoke or reaction refers to
    QString editedText;    // for edits: the new text or caption
    QString reactionEmoji; // for reactions: empty when removed
    bool known = true;     // false: a type Hookline does not know yet

    static MessageFields read(const QJsonObject &message);

    // The customer a message belongs to: its wa_id, or the business-scoped user id for
    // username users whose wa_id is empty.
    static QString customerOf(const QString &waId, const QString &userId);

    // Meta's timestamps are strings of Unix seconds; accept numbers too.
    static qint64 timestampOf(const QJsonValue &value);

    static QJsonArray errorsOf(const QJsonArray &errors);

    // An id Meta sends as a string or as a number (WABA and template ids), as an exact string.
    static QString idOf(const QJsonValue &value);
};

} // namespace hookline
