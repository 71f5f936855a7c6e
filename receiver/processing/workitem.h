#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hookline {

enum class ItemKind
{
    Message,
    Echo,
    StatusUpdate,
    Event,
    ValueError,
    LineEvent,     // a call, call status, group change, preference, click, payment, history chunk
    HistoryMessage // a message imported by a coexistence history sync
};

// Where an item's content came from: Meta's signed delivery, or an operator's replay.
enum class ItemOrigin
{
    Meta,
    Replay
};

inline QString originName(ItemOrigin origin)
{
    return origin == ItemOrigin::Replay ? QStringLiteral("replay") : QStringLiteral("meta");
}

// One unit of processing: a message, status, echo, WABA-level event or value-level error of a
// delivery, under the dedupe key that makes processing it twice change nothing.
struct WorkItem
{
    ItemKind kind = ItemKind::Message;
    QString key;
    QString line; // phone_number_id, or the line a WABA event names, or empty
    QString wabaId;
    QString field;
    QString part;    // LineEvent: which kind of element (see DeliverySplitter)
    QString display; // the line's display number, as the change's metadata gives it
    int entryIndex = 0;
    int changeIndex = 0;
    int elementIndex = 0;
    QJsonObject element;  // the message, status, echo or error; the value for events
    QJsonArray contacts;  // value.contacts, for messages, statuses and line events
    QJsonObject thread;   // HistoryMessage: the thread it belongs to, without its messages
    qint64 entryTime = 0; // entry.time, for events
    ItemOrigin origin = ItemOrigin::Meta;
    int ordinal = 0; // position in its delivery: with the delivery id, the order of receipt
};

// Something of a delivery that cannot be projected, kept for the operator under a key that
// names its cause, so the same content arriving again does not add a second one.
struct DeadLetterDraft
{
    QString key;
    QString reason;
    QString line;
    int entryIndex = -1;
    int changeIndex = -1;
    QString detail;
    QString lastError; // the failure itself, when it differs from the detail
    QString subject;   // what the operator groups it by beside its reason (an unknown field)
};

struct SplitDelivery
{
    QList<WorkItem> items;
    QList<DeadLetterDraft> deadLetters;
};

inline const char *itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Message:
        return "message";
    case ItemKind::Echo:
        return "echo";
    case ItemKind::StatusUpdate:
        return "status";
    case ItemKind::Event:
        return "event";
    case ItemKind::ValueError:
        return "value_error";
    case ItemKind::LineEvent:
        return "line_event";
    case ItemKind::HistoryMessage:
        return "history";
    }
    return "unknown";
}

} // namespace hookline
