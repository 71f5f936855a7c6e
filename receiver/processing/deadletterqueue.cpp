#include "deadletterqueue.h"

#include "storage/clock.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hookline {

namespace {

const QString columns = QStringLiteral(
    "SELECT id, key, delivery_id, reason, line, entry_index, change_index, item_key, detail, "
    "attempts, last_error, state, created_at_us, updated_at_us FROM dead_letters ");

} // namespace

DeadLetterQueue::DeadLetterQueue(QSqlDatabase &db)
    : m_db(db)
{}

Expected<QList<DeadLetter>> DeadLetterQueue::list(const DeadLetterFilter &filter) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(columns + QStringLiteral("WHERE (? = '' OR state = ?) AND (? = '' OR reason = ?) "
                                           "AND (? = '' OR line = ?) ORDER BY id"));
    for (const QString &value : {filter.state, filter.reason, filter.line}) {
        query.addBindValue(value.isNull() ? QStringLiteral("") : value);
        query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    }
    if (!query.exec())
        return Error{QStringLiteral("cannot read dead letters: %1").arg(query.lastError().text())};
    QList<DeadLetter> rows;
    while (query.next()) {
        DeadLetter d;
        d.id = query.value(0).toLongLong();
        d.key = query.value(1).toString();
        d.deliveryId = query.value(2).toLongLong();
        d.reason = query.value(3).toString();
        d.line = query.value(4).toString();
        d.entryIndex = query.value(5).isNull() ? -1 : query.value(5).toInt();
        d.changeIndex = query.value(6).isNull() ? -1 : query.value(6).toInt();
        d.itemKey = query.value(7).toString();
        d.detail = query.value(8).toString();
        d.attempts = query.value(9).toInt();
        d.lastError = query.value(10).toString();
        d.state = query.value(11).toString();
        d.createdAtUs = query.value(12).toLongLong();
        d.updatedAtUs = query.value(13).toLongLong();
        rows.append(d);
    }
    return rows;
}

Expected<int> DeadLetterQueue::retry(const QList<qint64> &ids)
{
    if (!m_db.transaction())
        return Error{m_db.lastError().text()};
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("UPDATE dead_letters SET state = 'retrying', updated_at_us = ? "
                                "WHERE id = ? AND state = 'dead' RETURNING delivery_id, item_key, "
                                "reason, line"));
    // A media download that kept failing is asked again by the media downloads, not by
    // processing: its row is pending again and its dead letter settled until it fails anew.
    QSqlQuery media(m_db);
    media.prepare(QStringLiteral("UPDATE main.media SET state = 'pending', attempts = 0, "
                                 "next_attempt_us = 0, error = '', updated_at_us = ? WHERE line = "
                                 "? AND wamid = ? AND state <> 'stored'"));
    QSqlQuery settled(m_db);
    settled.prepare(QStringLiteral("UPDATE dead_letters SET state = 'retried' WHERE id = ?"));
    QSqlQuery forget(m_db);
    forget.prepare(QStringLiteral("DELETE FROM items WHERE key = ? AND state <> 'done'"));
    QSqlQuery pending(m_db);
    pending.prepare(
        QStringLiteral("INSERT INTO proj.delivery_state (delivery_id, state) VALUES (?, 'pending') "
                       "ON CONFLICT (delivery_id) DO UPDATE SET state = 'pending', "
                       "next_attempt_us = NULL"));
    int count = 0;
    for (qint64 id : ids) {
        mark.bindValue(0, Clock::nowMicros());
        mark.bindValue(1, id);
        if (!mark.exec()) {
            const QString error = mark.lastError().text();
            m_db.rollback();
            return Error{QStringLiteral("cannot retry dead letter %1: %2").arg(id).arg(error)};
        }
        if (!mark.next())
            continue; // not dead (already retried or discarded) or no such id
        const qint64 deliveryId = mark.value(0).toLongLong();
        const QString itemKey = mark.value(1).toString();
        const QString reason = mark.value(2).toString();
        const QString line = mark.value(3).toString();
        mark.finish();
        if (reason == QLatin1String("media_unavailable")) {
            media.bindValue(0, Clock::nowMicros());
            media.bindValue(1, line);
            media.bindValue(2, itemKey);
            settled.bindValue(0, id);
            if (!media.exec() || !settled.exec()) {
                const QString error = media.lastError().text() + settled.lastError().text();
                m_db.rollback();
                return Error{QStringLiteral("cannot retry dead letter %1: %2").arg(id).arg(error)};
            }
            ++count;
            continue;
        }
        if (!itemKey.isEmpty()) {
            forget.bindValue(0, itemKey);
            forget.exec();
        }
        pending.bindValue(0, deliveryId);
        if (!pending.exec()) {
            const QString error = pending.lastError().text();
            m_db.rollback();
            return Error{QStringLiteral("cannot retry dead letter %1: %2").arg(id).arg(error)};
        }
        ++count;
    }
    if (!m_db.commit())
        return Error{m_db.lastError().text()};
    return count;
}

Expected<int> DeadLetterQueue::retryWhere(const DeadLetterFilter &filter)
{
    DeadLetterFilter dead = filter;
    dead.state = QStringLiteral("dead");
    const auto rows = list(dead);
    if (!rows)
        return Error{rows.error()};
    QList<qint64> ids;
    for (const DeadLetter &d : *rows)
        ids.append(d.id);
    return retry(ids);
}

Expected<int> DeadLetterQueue::discard(const QList<qint64> &ids)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE dead_letters SET state = 'discarded', updated_at_us = ? "
                                 "WHERE id = ? AND state IN ('dead', 'retrying')"));
    int count = 0;
    for (qint64 id : ids) {
        query.bindValue(0, Clock::nowMicros());
        query.bindValue(1, id);
        if (!query.exec())
            return Error{QStringLiteral("cannot discard dead letter %1: %2")
                             .arg(id)
                             .arg(query.lastError().text())};
        count += query.numRowsAffected();
    }
    return count;
}

} // namespace hookline
