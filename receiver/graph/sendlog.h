#pragma once

#include "expected.h"
#include "sendrequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace hookline {

// The sends operators made (main.sends): each is recorded, with its audit line, before the
// request goes out, and settled by Meta's answer: accepted (with the wamid), failed (with the
// reason) or unknown (the answer was lost: never sent again). A send left unknown is settled
// by the statuses its callback data came back on, so it is never mistaken for a failure.
class SendLog
{
public:
    struct Send
    {
        qint64 id = 0;
        qint64 atUs = 0;
        QString by;
        QString line;
        QString recipient;
        QString kind;
        QJsonObject request;
        QString replyTo;
        QString state; // sending | accepted | failed | unknown
        QString wamid;
        QString error;
        bool knownFromStatuses = false; // unknown to the HTTP call, then seen in a status
    };

    // What comes back on the statuses of send id.
    static QString callbackData(qint64 id);

    static Expected<qint64> begin(QSqlDatabase &db, const SendRequest &request);
    static Status settle(QSqlDatabase &db, qint64 id, const QString &state, const QString &wamid,
                         const QString &error);
    // Settles what the HTTP answers could not: a send whose answer was lost (or that was left
    // "sending" by a process that stopped) takes the wamid of the statuses Meta sent with its
    // callback data; one still "sending" after stuckAfterUs is "unknown". How many changed.
    static Expected<int> reconcile(QSqlDatabase &db, qint64 nowUs,
                                   qint64 stuckAfterUs = StuckAfterUs);
    static constexpr qint64 StuckAfterUs = qint64(10) * 60 * 1000000;

    // The newest first; line empty for every line.
    static Expected<QList<Send>> list(const QSqlDatabase &db, const QString &line, int limit);
};

} // namespace hookline
