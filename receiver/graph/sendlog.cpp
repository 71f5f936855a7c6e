#include "sendlog.h"

#include "storage/clock.h"
#include "storage/operatoractions.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

QString SendLog::callbackData(qint64 id)
{
    return QStringLiteral("hookline-send-%1").arg(id);
}

Expected<qint64> SendLog::begin(QSqlDatabase &db, const SendRequest &request)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN")))
        return Error{query.lastError().text()};
    auto fail = [&](const QString &what) {
        const QString text = what + QStringLiteral(": ") + query.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Expected<qint64>(Error{text});
    };
    const qint64 now = Clock::nowMicros();
    query.prepare(QStringLiteral("INSERT INTO main.sends (at_us, operator, line, recipient, kind, "
                                 "request, text, reply_to, state, updated_at_us) VALUES (?, ?, ?, "
                                 "?, ?, '{}', ?, ?, 'sending', ?) RETURNING id"));
    query.addBindValue(now);
    query.addBindValue(request.by.isEmpty() ? QStringLiteral("operator") : request.by);
    query.addBindValue(request.line);
    query.addBindValue(request.to.trimmed());
    query.addBindValue(request.kindWord());
    query.addBindValue(request.displayText());
    query.addBindValue(request.replyTo.isEmpty() ? QVariant() : QVariant(request.replyTo));
    query.addBindValue(now);
    if (!query.exec() || !query.next())
        return fail(QStringLiteral("cannot record the send"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    query.prepare(QStringLiteral("UPDATE main.sends SET request = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(request.body(callbackData(id))).toJson(QJsonDocument::Compact)));
    query.addBindValue(id);
    if (!query.exec())
        return fail(QStringLiteral("cannot record the send"));
    if (const Status audited =
            OperatorActions::record(db, request.by, QStringLiteral("send"),
                                    QStringLiteral("send %1: %2").arg(id).arg(request.summary()));
        !audited) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("cannot record the send: %1").arg(audited.error())};
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot record the send"));
    return id;
}

Status SendLog::settle(QSqlDatabase &db, qint64 id, const QString &state, const QString &wamid,
                       const QString &error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE main.sends SET state = ?, wamid = ?, error = ?, "
                                 "updated_at_us = ? WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(wamid.isEmpty() ? QVariant() : QVariant(wamid));
    query.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    query.addBindValue(Clock::nowMicros());
    query.addBindValue(id);
    if (!query.exec())
        return Error{QStringLiteral("cannot record how send %1 went: %2")
                         .arg(id)
                         .arg(query.lastError().text())};
    return ok();
}

Expected<int> SendLog::reconcile(QSqlDatabase &db, qint64 nowUs, qint64 stuckAfterUs)
{
    QSqlQuery query(db);
    const QString seen = QStringLiteral(
        "FROM proj.status_events e WHERE e.callback_data = 'hookline-send-' || CAST(sends.id AS "
        "TEXT) AND e.line = sends.line AND e.origin = 'meta'");
    query.prepare(QStringLiteral("UPDATE main.sends SET state = 'accepted', wamid = (SELECT "
                                 "e.wamid %1 LIMIT 1), updated_at_us = ? WHERE state IN "
                                 "('sending', 'unknown') AND wamid IS NULL AND EXISTS (SELECT 1 "
                                 "%1)")
                      .arg(seen));
    query.addBindValue(nowUs);
    if (!query.exec())
        return Error{QStringLiteral("cannot settle the sends: %1").arg(query.lastError().text())};
    int changed = query.numRowsAffected();
    query.prepare(QStringLiteral("UPDATE main.sends SET state = 'unknown', error = ?, "
                                 "updated_at_us = ? WHERE state = 'sending' AND at_us < ?"));
    query.addBindValue(QStringLiteral("Hookline stopped before Meta answered; whether Meta took "
                                      "it is unknown, and it is not sent again"));
    query.addBindValue(nowUs);
    query.addBindValue(nowUs - stuckAfterUs);
    if (!query.exec())
        return Error{QStringLiteral("cannot settle the sends: %1").arg(query.lastError().text())};
    changed += query.numRowsAffected();
    return changed;
}

Expected<QList<SendLog::Send>> SendLog::list(const QSqlDatabase &db, const QString &line, int limit)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // A send whose answer was lost takes the wamid of the statuses its callback data came
    // back on (on its own line).
    query.prepare(QStringLiteral(
        "SELECT s.id, s.at_us, s.operator, s.line, s.recipient, s.kind, s.request, s.reply_to, "
        "s.state, s.wamid, s.error, (SELECT e.wamid FROM proj.status_events e WHERE "
        "e.callback_data = 'hookline-send-' || s.id AND e.line = s.line AND e.origin = 'meta' "
        "LIMIT 1) FROM main.sends s WHERE (? = '' OR s.line = ?) ORDER BY s.id DESC LIMIT ?"));
    const QString only = line.isEmpty() ? QStringLiteral("") : line; // '' (not NULL): every line
    query.addBindValue(only);
    query.addBindValue(only);
    query.addBindValue(limit);
    if (!query.exec())
        return Error{QStringLiteral("cannot read the sends: %1").arg(query.lastError().text())};
    QList<Send> sends;
    while (query.next()) {
        Send send;
        send.id = query.value(0).toLongLong();
        send.atUs = query.value(1).toLongLong();
        send.by = query.value(2).toString();
        send.line = query.value(3).toString();
        send.recipient = query.value(4).toString();
        send.kind = query.value(5).toString();
        send.request = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
        send.replyTo = query.value(7).toString();
        send.state = query.value(8).toString();
        send.wamid = query.value(9).toString();
        send.error = query.value(10).toString();
        const QString seen = query.value(11).toString();
        if (send.state == QLatin1String("unknown") && !seen.isEmpty()) {
            send.state = QStringLiteral("accepted");
            send.wamid = seen;
            send.knownFromStatuses = true;
        }
        sends.append(send);
    }
    return sends;
}

} // namespace hookline
