#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace hookline {

// What a message shows, whatever its type: a label for its kind, its main text and the
// details that matter (file name and type, coordinates, card fields, order lines, ...).
// Types Hookline does not know, and unsupported ones, show their JSON.
struct MessageCard
{
    QString kind;        // "Image", "Location", ... ; empty for plain text
    QString text;        // body, caption, reply title
    QStringList details; // one short line each
    QString rawJson;     // set for unknown and unsupported types
    bool system = false; // a notice, drawn centred

    static MessageCard describe(const QString &type, const QString &text, const QVariant &content);

    // Types drawn as a centred notice rather than a bubble: system messages, calls, a group's
    // changes.
    static bool isNotice(const QString &type);

    // "3 min 4 s", "45 s".
    static QString duration(qint64 seconds);

private:
    // Members, so that their strings are translated in the MessageCard context.
    static MessageCard describeCall(const QVariantMap &call);
    static MessageCard describeCallPermission(const QVariantMap &reply);
    static MessageCard describeFlowReply(const QVariantMap &reply, const QString &text);
    static MessageCard describeGroupEvent(const QString &event, const QVariantMap &facts);
};

} // namespace hookline
