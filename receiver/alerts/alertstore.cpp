#include "alertstore.h"

#include "storage/clock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

QJsonValue isoTime(qint64 micros)
{
    if (micros <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QJsonObject AlertRecord::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("rule"), rule},
            {QStringLiteral("cause"), cause},
            {QStringLiteral("line"), line.isEmpty() ? QJsonValue() : QJsonValue(line)},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("facts"), facts},
            {QStringLiteral("delivery_id"), deliveryId > 0 ? QJsonValue(deliveryId) : QJsonValue()},
            {QStringLiteral("fired_at"), isoTime(firedAtUs)},
            {QStringLiteral("cleared_at"), isoTime(clearedAtUs)},
            {QStringLiteral("acknowledged_by"),
             acknowledgedBy.isEmpty() ? QJsonValue() : QJsonValue(acknowledgedBy)},
            {QStringLiteral("acknowledged_at"), isoTime(acknowledgedAtUs)},
            {QStringLiteral("post"),
             postState.isEmpty()
                 ? QJsonValue()
                 : QJsonValue(
                       QJsonObject{{QStringLiteral("state"), postState},
                                   {QStringLiteral("attempts"), postAttempts},
                                   {QStringLiteral("last_error"),
                                    postError.isEmpty() ? QJsonValue() : QJsonValue(postError)}})}};
}

AlertStore::AlertStore(QSqlDatabase &db)
    : m_db(db)
{}

Expected<QList<AlertRecord>> AlertStore::list(bool all, int limit) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.rule, a.cause, coalesce(a.line, ''), a.summary, "
                             "a.facts, coalesce(a.delivery_id, 0), a.fired_at_us, "
                             "coalesce(a.cleared_at_us, 0), coalesce(a.acknowledged_by, ''), "
                             "coalesce(a.acknowledged_at_us, 0), coalesce(p.state, ''), "
                             "coalesce(p.attempts, 0), coalesce(p.last_error, '') FROM "
                             "main.alerts a LEFT JOIN main.alert_posts p ON p.alert_id = a.id ") +
              (all ? QString() : QStringLiteral("WHERE a.acknowledged_at_us IS NULL ")) +
              QStringLiteral("ORDER BY a.id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Error{QStringLiteral("cannot read the alerts: %1").arg(q.lastError().text())};
    QList<AlertRecord> out;
    while (q.next()) {
        AlertRecord r;
        r.id = q.value(0).toLongLong();
        r.rule = q.value(1).toString();
        r.cause = q.value(2).toString();
        r.line = q.value(3).toString();
        r.summary = q.value(4).toString();
        r.facts = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
        r.deliveryId = q.value(6).toLongLong();
        r.firedAtUs = q.value(7).toLongLong();
        r.clearedAtUs = q.value(8).toLongLong();
        r.acknowledgedBy = q.value(9).toString();
        r.acknowledgedAtUs = q.value(10).toLongLong();
        r.postState = q.value(11).toString();
        r.postAttempts = q.value(12).toInt();
        r.postError = q.value(13).toString();
        out.append(r);
    }
    return out;
}

Status AlertStore::acknowledge(qint64 id, const QString &who) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE main.alerts SET acknowledged_by = ?, acknowledged_at_us = ? "
                             "WHERE id = ? AND acknowledged_at_us IS NULL"));
    q.addBindValue(who);
    q.addBindValue(Clock::nowMicros());
    q.addBindValue(id);
    if (!q.exec())
        return Error{
            QStringLiteral("cannot acknowledge alert %1: %2").arg(id).arg(q.lastError().text())};
    if (q.numRowsAffected() == 0) {
        QSqlQuery exists(m_db);
        exists.prepare(QStringLiteral("SELECT acknowledged_by FROM main.alerts WHERE id = ?"));
        exists.addBindValue(id);
        if (exists.exec() && exists.next())
            return Error{QStringLiteral("alert %1 was already acknowledged by %2")
                             .arg(id)
                             .arg(exists.value(0).toString())};
        return Error{QStringLiteral("no alert with id %1").arg(id)};
    }
    return ok();
}

} // namespace hookline
