#pragma once

#include <QMetaType>
#include <QString>

namespace hookline {

// What became of an operator's action (retry, discard, replay, ...).
struct OperatorResult
{
    enum Action
    {
        Retry,
        Discard,
        Reprocess,
        Replay,
        MarkRead,
        AcknowledgeAlerts,
        SaveAlertRules,
        EraseContact,
    };
    int request = 0;
    Action action = Retry;
    int count = 0;         // items affected
    qint64 deliveryId = 0; // the replay's new delivery
    bool cancelled = false;
    QString subject; // what the action was about ("<line>/<customer>" for MarkRead)
    QString error;   // empty on success
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::OperatorResult)
