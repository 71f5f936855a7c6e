#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace hookline {

struct WorkItem;

// What one line event (a call, call status, group change, marketing preference, address-book
// entry, link click, payment status or history chunk) says, in one flat shape: its discriminator
// ("event"), the facts an operator reads and a rule checks (ids, status, amounts, times as Meta
// sent them), and whom it concerns. The facts are what the export lists under events; the raw
// element stays beside them.
struct EventFacts
{
    QString event;     // connect, terminate, call_status, group_create, stop, add, ...
    QJsonObject facts; // flat; keys as the fixtures' facts format names them
    qint64 time = 0;   // Unix seconds of the event (0: use the entry's time)
    QString groupId;   // a group event: the group's conversation
    QString messageId; // a payment status: the order message it is about
    QString callId;    // calls and call statuses
    QString waId;      // the customer concerned, when the event names one
    QString userId;
    QString parentUserId;
    QString name; // a name the event gives the customer or group

    static EventFacts read(const WorkItem &item);

    // For a WABA-level change: its scalar fields, as Meta sent them.
    static QJsonObject scalarsOf(const QJsonObject &value);
};

} // namespace hookline
