#include "deliveryprocessor.h"

#include "logsink.h"

#include "logging.h"
#include "processing/deliverysplitter.h"
#include "storage/changefeed.h"
#include "storage/clock.h"
#include "storage/configstore.h"
#include "storage/processingqueue.h"
#include "storage/sqldialect.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSysInfo>
#include <QThread>

namespace hookline {

namespace {

const char *const recordAttemptSql =
    "INSERT INTO attempts (item_key, attempt, delivery_id, at_us, outcome, error, next_attempt_us) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_key, attempt) DO UPDATE SET at_us = "
    "excluded.at_us, "
    "outcome = excluded.outcome, error = excluded.error, "
    "next_attempt_us = excluded.next_attempt_us";
const char *const itemStateSql =
    "SELECT state, attempts, next_attempt_us, delivery_id FROM items WHERE key = ?";
const char *const claimItemSql =
    "INSERT INTO items (key, delivery_id, kind, line, state, attempts, updated_at_us) "
    "VALUES (?, ?, ?, ?, 'done', 1, ?) ON CONFLICT (key) DO NOTHING";
// A later delivery carrying an item already projected (Meta delivers again): where its copies
// are, so retention can derive it from a copy once the delivery that brought it first is gone.
const char *const copyItemSql =
    "INSERT INTO item_copies (key, delivery_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
const char *const saveItemSql =
    "INSERT INTO items (key, delivery_id, kind, line, state, attempts, next_attempt_us, "
    "last_error, "
    "updated_at_us) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
    "state = excluded.state, attempts = excluded.attempts, next_attempt_us = "
    "excluded.next_attempt_us, "
    "last_error = excluded.last_error, updated_at_us = excluded.updated_at_us";
// A dead letter is created once per cause; meeting it again after an operator retry puts it
// back in the queue with one more attempt.
const char *const deadLetterSql =
    "INSERT INTO dead_letters (key, delivery_id, reason, line, entry_index, change_index, "
    "item_key, "
    "detail, attempts, last_error, state, created_at_us, updated_at_us, subject) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 'dead', ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
    "state = 'dead', attempts = dead_letters.attempts + 1, last_error = excluded.last_error, "
    "updated_at_us = excluded.updated_at_us WHERE dead_letters.state = 'retrying' "
    "RETURNING id";
const char *const settleSql =
    "UPDATE dead_letters SET state = 'retried', updated_at_us = ? WHERE delivery_id = ? AND "
    "state = 'retrying' RETURNING id";
const char *const dueAgainSql =
    "SELECT d.id, d.received_at_us, d.app_id, d.body FROM proj.delivery_state s "
    "JOIN main.deliveries d ON d.id = s.delivery_id "
    // Ordered by the small table's key: ordering by d.id made SQLite walk the whole log.
    "WHERE s.state = 'pending' OR s.next_attempt_us <= ? ORDER BY s.delivery_id LIMIT ?";
const char *const advanceCursorSql =
    "UPDATE proj.processing_cursor SET last_delivery_id = GREATEST(last_delivery_id, ?)";
const char *const setStateSql =
    "INSERT INTO proj.delivery_state (delivery_id, state, next_attempt_us) VALUES (?, ?, ?) "
    "ON CONFLICT (delivery_id) DO UPDATE SET state = excluded.state, "
    "next_attempt_us = excluded.next_attempt_us";
const char *const clearStateSql = "DELETE FROM proj.delivery_state WHERE delivery_id = ?";

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace

void BatchResult::add(const BatchResult &other)
{
    deliveries += other.deliveries;
    items += other.items;
    duplicates += other.duplicates;
    retrying += other.retrying;
    dead += other.dead;
    changes.merge(other.changes);
}

DeliveryProcessor::DeliveryProcessor(ProcessorOptions options)
    : m_options(std::move(options))
    , m_random(m_options.seed ? m_options.seed : QRandomGenerator::global()->generate())
{}

DeliveryProcessor::~DeliveryProcessor()
{
    if (m_postgres && m_db) {
        // Hand the turn over at once rather than when the lease expires.
        QSqlQuery release(m_db->handle());
        release.prepare(QStringLiteral(
            "UPDATE main.processing_lease SET until_us = 0 WHERE id = 1 AND owner = ?"));
        release.addBindValue(m_leaseOwner);
        release.exec();
    }
    m_statements.clear(); // before the connection they belong to
    m_searchQueue.release();
    m_projector.reset();
    m_db.reset();
}

Status DeliveryProcessor::open()
{
    auto db = Database::open(m_options.database, QStringLiteral("processor"));
    if (!db)
        return Error{db.error()};
    m_db = std::move(*db);
    m_postgres = m_db->isPostgres();
    m_leaseOwner = QStringLiteral("%1:%2:%3")
                       .arg(QSysInfo::machineHostName())
                       .arg(QCoreApplication::applicationPid())
                       .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    m_projector = std::make_unique<Projector>(m_db->handle());
    if (Status prepared = m_projector->prepare(); !prepared)
        return prepared;
    if (Status prepared = m_searchQueue.prepare(m_db->handle()); !prepared)
        return prepared;
    const Engine engine = SqlDialect::of(m_db->handle()).engine();
    const char *const taken = ProcessingQueue::takenSql(engine);
    m_marksTaken = taken != nullptr;
    const std::pair<SqlStatement **, const char *> statements[] = {
        {&m_savepoint, "SAVEPOINT item"},
        {&m_release, "RELEASE item"},
        {&m_rollbackTo, "ROLLBACK TO item"},
        {&m_itemState, itemStateSql},
        {&m_claimItem, claimItemSql},
        {&m_copyItem, copyItemSql},
        {&m_lastErasure, "SELECT coalesce(max(id), 0) FROM main.erasures"},
        {&m_saveItem, saveItemSql},
        {&m_deadLetter, deadLetterSql},
        {&m_settleDeadLetters, settleSql},
        {&m_dueAgain, dueAgainSql},
        {&m_dueNew, ProcessingQueue::dueNewSql(engine)},
        {&m_markTaken, taken ? taken : "SELECT 1"},
        {&m_advanceCursor, advanceCursorSql},
        {&m_setState, setStateSql},
        {&m_clearState, clearStateSql},
        {&m_recordAttempt, recordAttemptSql},
    };
    for (const auto &[slot, sql] : statements) {
        auto &query = m_statements.emplace_back(std::make_unique<SqlStatement>());
        if (!query->prepare(m_db->handle(), sql))
            return Error{QStringLiteral("cannot prepare processing: %1").arg(query->lastError())};
        *slot = query.get();
    }
    return reloadDirectoryIfChanged();
}

Status DeliveryProcessor::reloadDirectoryIfChanged()
{
    ConfigStore config(m_db->handle());
    const auto version = config.configVersion();
    if (!version)
        return Error{version.error()};
    if (*version == m_configVersion)
        return ok();
    auto directory = config.load();
    if (!directory)
        return Error{directory.error()};
    m_directory = *directory;
    m_configVersion = *version;
    return ok();
}

bool DeliveryProcessor::exec(SqlStatement &query, const QVariantList &values, QString *error)
{
    if (query.exec(values))
        return true;
    *error = query.lastError();
    return false;
}

void DeliveryProcessor::checkpointLog()
{
    if (!m_options.checkpointLog || m_postgres)
        return;
    QSqlQuery query(m_db->handle());
    query.exec(QStringLiteral("PRAGMA main.wal_checkpoint(PASSIVE)"));
}

std::optional<qint64> DeliveryProcessor::nextRetryAt()
{
    if (m_postgres && m_otherLeaseUntil > 0)
        return m_otherLeaseUntil; // another processor's turn: look again when it ends
    QSqlQuery query(m_db->handle());
    if (!query.exec(QStringLiteral(
            "SELECT min(next_attempt_us) FROM proj.delivery_state WHERE state = 'retrying'")) ||
        !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toLongLong();
}

Expected<BatchResult> DeliveryProcessor::processAll()
{
    BatchResult total;
    for (;;) {
        auto batch = processBatch();
        if (!batch)
            return batch;
        total.add(*batch);
        if (batch->deliveries == 0)
            return total;
    }
}

Expected<BatchResult> DeliveryProcessor::processBatch()
{
    if (Status reloaded = reloadDirectoryIfChanged(); !reloaded)
        return Error{reloaded.error()};
    const qint64 now = Clock::nowMicros();
    QSqlDatabase &db = m_db->handle();
    auto rollback = [&db](const QString &error) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Expected<BatchResult>(Error{error});
    };

    // PostgreSQL: one processor's turn at a time. The lease row is locked for the batch, so a
    // processor busy with one makes the others skip; its expiry hands a dead one's turn over.
    if (m_postgres) {
        QSqlQuery lease(db);
        if (!lease.exec(QStringLiteral("BEGIN")))
            return Error{
                QStringLiteral("cannot start processing: %1").arg(lease.lastError().text())};
        if (!lease.exec(QStringLiteral("SELECT owner, until_us FROM main.processing_lease "
                                       "WHERE id = 1 FOR UPDATE SKIP LOCKED")))
            return rollback(QStringLiteral("cannot take the processing lease: %1")
                                .arg(lease.lastError().text()));
        const bool locked = lease.next();
        const bool othersTurn = locked && lease.value(0).toString() != m_leaseOwner &&
                                lease.value(1).toLongLong() > now;
        if (!locked || othersTurn) {
            m_otherLeaseUntil = othersTurn ? lease.value(1).toLongLong() : now + 1'000'000;
            m_otherLeaseOwner = othersTurn ? lease.value(0).toString() : QStringLiteral("?");
            lease.finish();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return BatchResult{};
        }
        lease.finish();
        m_otherLeaseUntil = 0;
        m_otherLeaseOwner.clear();
        lease.prepare(QStringLiteral(
            "UPDATE main.processing_lease SET owner = ?, until_us = ? WHERE id = 1"));
        lease.addBindValue(m_leaseOwner);
        lease.addBindValue(now + qint64(m_options.leaseMs) * 1000);
        if (!lease.exec())
            return rollback(QStringLiteral("cannot take the processing lease: %1")
                                .arg(lease.lastError().text()));
    }

    // An erasure that starts while this batch is projected may rewrite a delivery it read: the
    // batch is done again from what the log then says (checked below, before the commit).
    QString error;
    qint64 erasures = 0;
    if (!exec(*m_lastErasure, {}, &error) || !m_lastErasure->next())
        return rollback(QStringLiteral("cannot read the erasures: %1").arg(error));
    erasures = m_lastErasure->value(0).toLongLong();
    m_lastErasure->finish();

    // Read what is due first, outside the write transaction: a read snapshot of the delivery
    // log held open for a whole batch would keep its WAL from ever being reset. (PostgreSQL
    // reads it in the transaction that holds the lease.)
    QList<std::pair<Pending, bool>> due; // the delivery, and whether it is taken again
    for (SqlStatement *query : {m_dueAgain, m_dueNew}) {
        const bool again = query == m_dueAgain;
        if (!exec(*query,
                  again ? QVariantList{now, m_options.maxDeliveriesPerCommit}
                        : QVariantList{m_options.maxDeliveriesPerCommit},
                  &error))
            return rollback(QStringLiteral("cannot read pending deliveries: %1").arg(error));
        while (query->next())
            due.append({Pending{query->value(0).toLongLong(), query->value(1).toLongLong(),
                                query->value(2).toString(), query->value(3).toByteArray()},
                        again});
        query->finish();
    }
    if (due.isEmpty()) {
        if (m_postgres)
            QSqlQuery(db).exec(QStringLiteral("COMMIT")); // the renewed lease
        return BatchResult{};
    }

    // Only the projections file is written: BEGIN IMMEDIATE would lock the delivery log too,
    // so take the projections' write lock with a first write instead.
    if (!m_postgres) {
        QSqlQuery begin(db);
        if (!begin.exec(QStringLiteral("BEGIN")))
            return Error{
                QStringLiteral("cannot start processing: %1").arg(begin.lastError().text())};
        if (!begin.exec(QStringLiteral(
                "UPDATE proj.processing_cursor SET last_delivery_id = last_delivery_id")))
            return rollback(
                QStringLiteral("cannot start processing: %1").arg(begin.lastError().text()));
    }
    {
        QSqlQuery retrying(db);
        m_anyRetryingDeadLetters =
            !retrying.exec(
                QStringLiteral("SELECT 1 FROM dead_letters WHERE state = 'retrying' LIMIT 1")) ||
            retrying.next();
    }
    m_projector->beginBatch();
    BatchResult result;
    int processedDeliveries = 0;
    int projectedItems = 0;
    qint64 cursor = -1;
    // Retries first, then new deliveries in receipt order; each split when its turn comes.
    for (const auto &[pending, again] : std::as_const(due)) {
        if (projectedItems >= m_options.maxItemsPerCommit)
            break;
        const SplitDelivery split =
            DeliverySplitter::split(pending.body, pending.appId, m_directory);
        if (Status s = processDelivery(pending, split, now, again, result); !s) {
            // Anything but an item's failure, or anything at all once items have savepoints,
            // fails the batch.
            if (!m_firstFailure || m_itemSavepoints)
                return rollback(s.error());
            // An item failed without a savepoint to undo it alone: the whole batch again, each
            // item in its own savepoint.
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            m_itemSavepoints = true;
            auto redone = processBatch();
            m_itemSavepoints = false;
            m_firstFailure.reset();
            return redone;
        }
        if (!again)
            cursor = pending.id;
        if (!again && m_marksTaken && !exec(*m_markTaken, {pending.id}, &error))
            return rollback(error);
        projectedItems += int(split.items.size());
        ++processedDeliveries;
    }
    if (cursor >= 0 && !exec(*m_advanceCursor, {cursor}, &error))
        return rollback(error);
    if (const Status indexed = m_searchQueue.flush(); !indexed)
        return rollback(indexed.error());
    // Every console on this database hears of it when (and only if) this commits.
    if (const Status published = ChangeFeed::publish(db, result.changes); !published)
        return rollback(QStringLiteral("cannot publish the changes: %1").arg(published.error()));
    // The first read of the delivery log in this transaction: it sees the latest erasure, and
    // an erasure's rewrite, which writes the projections too, waits for this commit.
    if (!exec(*m_lastErasure, {}, &error) || !m_lastErasure->next())
        return rollback(QStringLiteral("cannot read the erasures: %1").arg(error));
    const bool erased = m_lastErasure->value(0).toLongLong() != erasures;
    m_lastErasure->finish();
    if (erased) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        qCInfo(lcProcessing) << "an erasure started during the batch: processing it again";
        return processBatch();
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT")))
        return rollback(
            QStringLiteral("cannot commit processing: %1").arg(commit.lastError().text()));
    result.deliveries = processedDeliveries;
    return result;
}

Status DeliveryProcessor::upsertDeadLetter(const DeadLetterDraft &draft, qint64 deliveryId,
                                           const QString &itemKey, qint64 now, ChangeSet &changes)
{
    QString error;
    SqlStatement &q = *m_deadLetter;
    if (!exec(q,
              {draft.key, deliveryId, draft.reason, nullable(draft.line),
               draft.entryIndex < 0 ? QVariant() : QVariant(draft.entryIndex),
               draft.changeIndex < 0 ? QVariant() : QVariant(draft.changeIndex), nullable(itemKey),
               draft.detail, draft.lastError.isEmpty() ? draft.detail : draft.lastError, now, now,
               nullable(draft.subject)},
              &error))
        return Error{QStringLiteral("cannot record a dead letter: %1").arg(error)};
    if (q.next()) {
        changes.deadLetters.insert(q.value(0).toLongLong());
        qCInfo(lcProcessing).noquote() << "dead letter:" << draft.reason
                                       << LogIds{{"delivery", deliveryId},
                                                 {"dead_letter", q.value(0).toLongLong()},
                                                 {"line", draft.line},
                                                 {"item", itemKey}};
    }
    q.finish();
    return ok();
}

Status DeliveryProcessor::processDelivery(const Pending &delivery, const SplitDelivery &split,
                                          qint64 now, bool again, BatchResult &result)
{
    QString error;
    ChangeSet &changes = result.changes;
    for (const DeadLetterDraft &draft : split.deadLetters) {
        if (Status s = upsertDeadLetter(draft, delivery.id, {}, now, changes); !s)
            return s;
    }

    QString deliveryState = QStringLiteral("processed");
    std::optional<qint64> nextAttempt;
    for (const WorkItem &item : split.items) {
        const QString kind = QString::fromLatin1(itemKindName(item.kind));
        if (m_itemSavepoints && !m_savepoint->exec())
            return Error{m_savepoint->lastError()};
        // Claim the key: a new item is recorded as done, which the savepoint undoes if it fails.
        if (!exec(*m_claimItem, {item.key, delivery.id, kind, nullable(item.line), now}, &error))
            return Error{error};
        int attempt = 1;
        if (m_claimItem->numRowsAffected() == 0) {
            SqlStatement &state = *m_itemState;
            if (!exec(state, {item.key}, &error) || !state.next())
                return Error{error.isEmpty() ? QStringLiteral("item state vanished") : error};
            const QString current = state.value(0).toString();
            const int attempts = state.value(1).toInt();
            const qint64 due = state.value(2).toLongLong();
            const qint64 holder = state.value(3).toLongLong();
            state.finish();
            const bool skip =
                current == QLatin1String("done") || current == QLatin1String("dead") || due > now;
            if (skip && m_itemSavepoints && !m_release->exec())
                return Error{m_release->lastError()};
            if (current == QLatin1String("done") || current == QLatin1String("dead")) {
                ++result.duplicates;
                if (holder != delivery.id && !exec(*m_copyItem, {item.key, delivery.id}, &error))
                    return Error{error};
                continue;
            }
            if (due > now) { // retrying, not yet due
                deliveryState = QStringLiteral("retrying");
                nextAttempt = nextAttempt ? qMin(*nextAttempt, due) : due;
                continue;
            }
            attempt = attempts + 1;
        }

        std::optional<ItemFailure> failure;
        if (m_firstFailure && m_firstFailure->key == item.key && m_firstFailure->attempt == attempt)
            failure = m_firstFailure->failure; // what happened the first time through
        if (!failure && m_options.faultHook)
            failure = m_options.faultHook(item, attempt);
        if (!failure)
            failure = m_projector->project(item, delivery.id, delivery.receivedAtUs, changes);
        if (failure && !m_itemSavepoints) {
            m_firstFailure = FirstFailure{item.key, attempt, *failure};
            return Error{failure->message};
        }
        if (!failure) {
            if (attempt > 1 &&
                (!exec(*m_saveItem,
                       {item.key, delivery.id, kind, nullable(item.line), QStringLiteral("done"),
                        attempt, QVariant(), QVariant(), now},
                       &error) ||
                 !exec(*m_recordAttempt,
                       {item.key, attempt, delivery.id, now, QStringLiteral("done"), QVariant(),
                        QVariant()},
                       &error)))
                return Error{error};
            if (m_itemSavepoints && !m_release->exec())
                return Error{m_release->lastError()};
            ++result.items;
            continue;
        }

        // Undo this item's partial effects only; its siblings keep theirs.
        if (!m_rollbackTo->exec() || !m_release->exec())
            return Error{m_rollbackTo->lastError() + m_release->lastError()};
        const bool retry = failure->transient && attempt < m_options.backoff.maxAttempts;
        if (retry) {
            const qint64 due = now + 1000 * m_options.backoff.delayMs(attempt, m_random);
            if (!exec(*m_saveItem,
                      {item.key, delivery.id, QString::fromLatin1(itemKindName(item.kind)),
                       nullable(item.line), QStringLiteral("retrying"), attempt, due,
                       failure->message, now},
                      &error))
                return Error{error};
            if (!exec(*m_recordAttempt,
                      {item.key, attempt, delivery.id, now, QStringLiteral("retrying"),
                       failure->message, due},
                      &error))
                return Error{error};
            deliveryState = QStringLiteral("retrying");
            nextAttempt = nextAttempt ? qMin(*nextAttempt, due) : due;
            ++result.retrying;
            qCInfo(lcProcessing).noquote() << "attempt failed, retrying:" << failure->message
                                           << LogIds{{"delivery", delivery.id},
                                                     {"item", item.key},
                                                     {"attempt", attempt},
                                                     {"line", item.line}};
            continue;
        }
        if (!exec(*m_saveItem,
                  {item.key, delivery.id, QString::fromLatin1(itemKindName(item.kind)),
                   nullable(item.line), QStringLiteral("dead"), attempt, QVariant(),
                   failure->message, now},
                  &error) ||
            !exec(*m_recordAttempt,
                  {item.key, attempt, delivery.id, now, QStringLiteral("dead"), failure->message,
                   QVariant()},
                  &error))
            return Error{error};
        const QString reason =
            failure->reason.isEmpty() ? QStringLiteral("processing_error") : failure->reason;
        const DeadLetterDraft draft{QStringLiteral("dl:") + reason + u':' + item.key,
                                    reason,
                                    item.line,
                                    item.entryIndex,
                                    item.changeIndex,
                                    QStringLiteral("%1 %2 failed after %3 attempt(s): %4")
                                        .arg(QString::fromLatin1(itemKindName(item.kind)), item.key)
                                        .arg(attempt)
                                        .arg(failure->message),
                                    failure->message,
                                    {}};
        if (Status s = upsertDeadLetter(draft, delivery.id, item.key, now, changes); !s)
            return s;
        ++result.dead;
    }

    // Dead letters of this delivery that an operator retried and that did not fail again.
    if (m_anyRetryingDeadLetters) {
        SqlStatement &settle = *m_settleDeadLetters;
        if (!exec(settle, {now, delivery.id}, &error))
            return Error{error};
        while (settle.next())
            changes.deadLetters.insert(settle.value(0).toLongLong());
        settle.finish();
    }

    changes.deliveries.append(delivery.id);
    if (deliveryState == QLatin1String("processed")) {
        if (again && !exec(*m_clearState, {delivery.id}, &error))
            return Error{error};
        return ok();
    }
    if (!exec(*m_setState,
              {delivery.id, deliveryState, nextAttempt ? QVariant(*nextAttempt) : QVariant()},
              &error))
        return Error{error};
    return ok();
}

} // namespace hookline
