#include "deliverytrail.h"

#include "storage/deliverylog.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hookline {

namespace {

QString isoTime(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
}

TrailStep makeStep(qint64 atUs, const char *name, const QString &detail, const QString &item = {},
                   qint64 deadLetter = 0)
{
    TrailStep step;
    step.atUs = atUs;
    step.step = QString::fromLatin1(name);
    step.detail = detail;
    step.item = item;
    step.deadLetter = deadLetter;
    return step;
}

QString attemptsText(int n)
{
    return n == 1 ? QStringLiteral("1 attempt") : QStringLiteral("%1 attempts").arg(n);
}

} // namespace

Expected<QList<TrailStep>> DeliveryTrail::build(QSqlDatabase &db, qint64 deliveryId)
{
    QSqlQuery d(db);
    d.prepare(QStringLiteral("SELECT received_at_us, source, route, peer, coalesce(app_id, ''), "
                             "verdict, lines, size, sha256, headers, routing, flags, s.state FROM "
                             "main.deliveries d ") +
              DeliveryLog::stateJoin() + QStringLiteral(" WHERE d.id = ?"));
    d.addBindValue(deliveryId);
    if (!d.exec())
        return Error{d.lastError().text()};
    if (!d.next())
        return Error{QStringLiteral("no delivery with id %1").arg(deliveryId)};
    const qint64 received = d.value(0).toLongLong();
    const QString source = d.value(1).toString();
    QList<TrailStep> steps;
    const QJsonObject headers = QJsonDocument::fromJson(d.value(9).toByteArray()).object();
    if (source == QLatin1String("replay")) {
        steps.append(
            makeStep(received, "received",
                     QStringLiteral("replayed by an operator from %1, %2 bytes, sha256 %3")
                         .arg(headers.value(QLatin1String("origin")).toString(QStringLiteral("?")))
                         .arg(d.value(7).toLongLong())
                         .arg(d.value(8).toString())));
        steps.append(
            makeStep(received, "replay",
                     QStringLiteral("no signature: an operator's replay, never taken for Meta's")));
    } else {
        steps.append(makeStep(received, "received",
                              QStringLiteral("POST %1 from %2, %3 bytes, sha256 %4")
                                  .arg(d.value(2).toString(), d.value(3).toString())
                                  .arg(d.value(7).toLongLong())
                                  .arg(d.value(8).toString())));
        steps.append(
            makeStep(received, "verified",
                     QStringLiteral("X-Hub-Signature-256 verified with the secret of app %1")
                         .arg(d.value(4).toString())));
    }
    steps.append(
        makeStep(received, "committed",
                 source == QLatin1String("replay")
                     ? QStringLiteral("stored as delivery %1").arg(deliveryId)
                     : QStringLiteral("stored as delivery %1, then answered 200").arg(deliveryId)));
    QString routed = d.value(6).toString().isEmpty()
                         ? QStringLiteral("names no configured line")
                         : QStringLiteral("for line(s) %1").arg(d.value(6).toString());
    const QJsonArray problems = QJsonDocument::fromJson(d.value(10).toByteArray()).array();
    if (!problems.isEmpty())
        routed += QStringLiteral("; %1 change(s) could not be attributed").arg(problems.size());
    if (!d.value(11).toString().isEmpty())
        routed += QStringLiteral("; flags: %1").arg(d.value(11).toString());
    steps.append(makeStep(received, "routed", routed));
    const QString state = d.value(12).toString();

    QSqlQuery items(db);
    items.prepare(
        QStringLiteral("SELECT key, kind, coalesce(line, ''), state, attempts, "
                       "updated_at_us FROM proj.items WHERE delivery_id = ? ORDER BY key"));
    items.addBindValue(deliveryId);
    if (!items.exec())
        return Error{items.lastError().text()};
    while (items.next()) {
        const QString key = items.value(0).toString();
        const QString line = items.value(2).toString();
        const int attempts = std::max(1, items.value(4).toInt());
        QString detail = QStringLiteral("%1 %2").arg(items.value(1).toString(), key);
        if (!line.isEmpty())
            detail += QStringLiteral(" on line %1").arg(line);
        detail +=
            QStringLiteral(": %1 after %2").arg(items.value(3).toString(), attemptsText(attempts));
        steps.append(makeStep(items.value(5).toLongLong(), "item", detail, key));
    }

    QSqlQuery attempts(db);
    attempts.prepare(
        QStringLiteral("SELECT item_key, attempt, at_us, outcome, coalesce(error, ''), "
                       "next_attempt_us FROM proj.attempts WHERE delivery_id = ? "
                       "ORDER BY at_us, item_key, attempt"));
    attempts.addBindValue(deliveryId);
    if (!attempts.exec())
        return Error{attempts.lastError().text()};
    while (attempts.next()) {
        const QString outcome = attempts.value(3).toString();
        QString detail;
        if (outcome == QLatin1String("done"))
            detail = QStringLiteral("attempt %1 succeeded").arg(attempts.value(1).toInt());
        else if (outcome == QLatin1String("retrying"))
            detail =
                QStringLiteral("attempt %1 failed: %2; next attempt at %3")
                    .arg(attempts.value(1).toInt())
                    .arg(attempts.value(4).toString(), isoTime(attempts.value(5).toLongLong()));
        else
            detail = QStringLiteral("attempt %1 failed: %2; no more attempts")
                         .arg(attempts.value(1).toInt())
                         .arg(attempts.value(4).toString());
        steps.append(makeStep(attempts.value(2).toLongLong(), "attempt", detail,
                              attempts.value(0).toString()));
    }

    QSqlQuery dead(db);
    dead.prepare(QStringLiteral("SELECT id, reason, state, attempts, detail, created_at_us, "
                                "coalesce(line, '') FROM proj.dead_letters WHERE delivery_id = ? "
                                "ORDER BY id"));
    dead.addBindValue(deliveryId);
    if (!dead.exec())
        return Error{dead.lastError().text()};
    while (dead.next()) {
        steps.append(
            makeStep(dead.value(5).toLongLong(), "dead_letter",
                     QStringLiteral("dead letter %1: %2 (%3, %4): %5")
                         .arg(dead.value(0).toLongLong())
                         .arg(dead.value(1).toString(), dead.value(2).toString(),
                              attemptsText(dead.value(3).toInt()), dead.value(4).toString()),
                     {}, dead.value(0).toLongLong()));
    }
    // What operators did to it, from their consoles.
    QSqlQuery actions(db);
    actions.prepare(QStringLiteral("SELECT at_us, operator, action, dead_letter_id, detail FROM "
                                   "main.operator_actions WHERE delivery_id = ? ORDER BY id"));
    actions.addBindValue(deliveryId);
    if (!actions.exec())
        return Error{actions.lastError().text()};
    while (actions.next()) {
        static const QHash<QString, QString> verbs = {
            {QStringLiteral("retry"), QStringLiteral("retried")},
            {QStringLiteral("discard"), QStringLiteral("discarded")},
            {QStringLiteral("replay"), QStringLiteral("replayed")},
            {QStringLiteral("reprocess"), QStringLiteral("reprocessed")}};
        const QString action = actions.value(2).toString();
        QString detail = QStringLiteral("%1 by %2")
                             .arg(verbs.value(action, action), actions.value(1).toString());
        const qint64 deadLetter = actions.value(3).toLongLong();
        if (deadLetter > 0)
            detail += QStringLiteral(" (dead letter %1)").arg(deadLetter);
        if (!actions.value(4).toString().isEmpty())
            detail += QStringLiteral(": ") + actions.value(4).toString();
        steps.append(makeStep(actions.value(0).toLongLong(), "operator", detail, {}, deadLetter));
    }
    std::stable_sort(steps.begin(), steps.end(),
                     [](const TrailStep &a, const TrailStep &b) { return a.atUs < b.atUs; });
    qint64 last = steps.isEmpty() ? received : steps.constLast().atUs;
    steps.append(makeStep(last, "state", QStringLiteral("processing: %1").arg(state)));
    return steps;
}

QJsonArray DeliveryTrail::toJson(const QList<TrailStep> &steps)
{
    QJsonArray array;
    for (const TrailStep &step : steps) {
        QJsonObject object{{QStringLiteral("at"), isoTime(step.atUs)},
                           {QStringLiteral("step"), step.step},
                           {QStringLiteral("detail"), step.detail}};
        if (!step.item.isEmpty())
            object.insert(QStringLiteral("item"), step.item);
        if (step.deadLetter)
            object.insert(QStringLiteral("dead_letter"), step.deadLetter);
        array.append(object);
    }
    return array;
}

} // namespace hookline
