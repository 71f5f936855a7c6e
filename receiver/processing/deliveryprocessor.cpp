#include "deliveryprocessor.h"

#include "logging.h"
#include "processing/deliverysplitter.h"
#include "storage/clock.h"
#include "storage/configstore.h"

#include <QSqlError>

namespace hookline {

namespace {

const char *const itemStateSql = "SELECT state, attempts, next_attempt_us FROM items WHERE key = ?";
const char *const claimItemSql =
    "INSERT INTO items (key, delivery_id, kind, line, state, attempts, updated_at_us) "
    "VALUES (?, ?, ?, ?, 'done', 1, ?) ON CONFLICT (key) DO NOTHING";
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
    "detail, attempts, last_error, state, created_at_us, updated_at_us) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 'dead', ?, ?) ON CONFLICT (key) DO UPDATE SET "
    "state = 'dead', attempts = dead_letters.attempts + 1, last_error = excluded.last_error, "
    "updated_at_us = excluded.updated_at_us WHERE dead_letters.state = 'retrying' "
    "RETURNING id";
const char *const settleSql =
    "UPDATE dead_letters SET state = 'retried', updated_at_us = ? WHERE delivery_id = ? AND "
    "state = 'retrying' RETURNING id";
const char *const markProcessedSql =
    "UPDATE deliveries SET state = 'processed', next_attempt_us = NULL, processed_at_us = ? "
    "WHERE id IN (SELECT value FROM json_each(?))";
const char *const finishSql =
    "UPDATE deliveries SET state = ?, next_attempt_us = ?, processed_at_us = ? WHERE id = ?";

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
    m_itemState.reset();
    m_saveItem.reset();
    m_claimItem.reset();
    m_markProcessed.reset();
    m_deadLetter.reset();
    m_settleDeadLetters.reset();
    m_finishDelivery.reset();
    m_savepoint.reset();
    m_release.reset();
    m_rollbackTo.reset();
    m_projector.reset();
    m_db.reset();
}

Status DeliveryProcessor::open()
{
    auto db = Database::open(m_options.database, QStringLiteral("processor"));
    if (!db)
        return Error{db.error()};
    m_db = std::move(*db);
    m_projector = std::make_unique<Projector>(m_db->handle());
    if (Status prepared = m_projector->prepare(); !prepared)
        return prepared;
    m_itemState.emplace(m_db->handle());
    m_itemState->setForwardOnly(true);
    m_markProcessed.emplace(m_db->handle());
    m_markProcessed->setForwardOnly(true);
    m_claimItem.emplace(m_db->handle());
    m_claimItem->setForwardOnly(true);
    m_saveItem.emplace(m_db->handle());
    m_saveItem->setForwardOnly(true);
    m_deadLetter.emplace(m_db->handle());
    m_deadLetter->setForwardOnly(true);
    m_settleDeadLetters.emplace(m_db->handle());
    m_settleDeadLetters->setForwardOnly(true);
    m_finishDelivery.emplace(m_db->handle());
    m_finishDelivery->setForwardOnly(true);
    m_savepoint.emplace(m_db->handle());
    m_savepoint->setForwardOnly(true);
    m_release.emplace(m_db->handle());
    m_release->setForwardOnly(true);
    m_rollbackTo.emplace(m_db->handle());
    m_rollbackTo->setForwardOnly(true);
    if (!m_savepoint->prepare(QStringLiteral("SAVEPOINT item")) ||
        !m_release->prepare(QStringLiteral("RELEASE item")) ||
        !m_rollbackTo->prepare(QStringLiteral("ROLLBACK TO item")) ||
        !m_itemState->prepare(QString::fromLatin1(itemStateSql)) ||
        !m_saveItem->prepare(QString::fromLatin1(saveItemSql)) ||
        !m_claimItem->prepare(QString::fromLatin1(claimItemSql)) ||
        !m_markProcessed->prepare(QString::fromLatin1(markProcessedSql)) ||
        !m_deadLetter->prepare(QString::fromLatin1(deadLetterSql)) ||
        !m_settleDeadLetters->prepare(QString::fromLatin1(settleSql)) ||
        !m_finishDelivery->prepare(QString::fromLatin1(finishSql)))
        return Error{
            QStringLiteral("cannot prepare processing: %1").arg(m_db->handle().lastError().text())};
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

bool DeliveryProcessor::exec(QSqlQuery &query, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

std::optional<qint64> DeliveryProcessor::nextRetryAt()
{
    QSqlQuery query(m_db->handle());
    if (!query.exec(QStringLiteral(
            "SELECT min(next_attempt_us) FROM deliveries WHERE state = 'retrying'")) ||
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

    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{QStringLiteral("cannot start processing: %1").arg(begin.lastError().text())};

    QSqlQuery due(db);
    due.setForwardOnly(true);
    due.prepare(
        QStringLiteral("SELECT id, received_at_us, app_id, body FROM deliveries "
                       "WHERE state <> 'processed' AND (state = 'pending' OR next_attempt_us <= ?) "
                       "ORDER BY id LIMIT ?"));
    due.addBindValue(now);
    due.addBindValue(m_options.maxDeliveriesPerCommit);
    if (!due.exec()) {
        const QString error = due.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("cannot read pending deliveries: %1").arg(error)};
    }
    QList<std::pair<Pending, SplitDelivery>> work;
    int plannedItems = 0;
    while (due.next() && (work.isEmpty() || plannedItems < m_options.maxItemsPerCommit)) {
        Pending pending{due.value(0).toLongLong(), due.value(1).toLongLong(),
                        due.value(2).toString(), due.value(3).toByteArray()};
        SplitDelivery split = DeliverySplitter::split(pending.body, pending.appId, m_directory);
        plannedItems += int(split.items.size());
        work.append({std::move(pending), std::move(split)});
    }
    due.finish();

    {
        QSqlQuery retrying(db);
        m_anyRetryingDeadLetters =
            !retrying.exec(
                QStringLiteral("SELECT 1 FROM dead_letters WHERE state = 'retrying' LIMIT 1")) ||
            retrying.next();
    }
    m_projector->beginBatch();
    m_processedIds.clear();
    BatchResult result;
    for (const auto &[pending, split] : work) {
        if (Status s = processDelivery(pending, split, now, result); !s) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Error{s.error()};
        }
    }
    if (!m_processedIds.isEmpty()) {
        QByteArray ids = "[";
        for (qint64 id : std::as_const(m_processedIds))
            ids.append(QByteArray::number(id)).append(',');
        ids.back() = ']';
        QString error;
        if (!exec(*m_markProcessed, {now, QString::fromLatin1(ids)}, &error)) {
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Error{error};
        }
    }
    QSqlQuery commit(db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString error = commit.lastError().text();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("cannot commit processing: %1").arg(error)};
    }
    result.deliveries = int(work.size());
    return result;
}

Status DeliveryProcessor::upsertDeadLetter(const DeadLetterDraft &draft, qint64 deliveryId,
                                           const QString &itemKey, qint64 now, ChangeSet &changes)
{
    QString error;
    QSqlQuery &q = *m_deadLetter;
    if (!exec(q,
              {draft.key, deliveryId, draft.reason, nullable(draft.line),
               draft.entryIndex < 0 ? QVariant() : QVariant(draft.entryIndex),
               draft.changeIndex < 0 ? QVariant() : QVariant(draft.changeIndex), nullable(itemKey),
               draft.detail, draft.lastError.isEmpty() ? draft.detail : draft.lastError, now, now},
              &error))
        return Error{QStringLiteral("cannot record a dead letter: %1").arg(error)};
    if (q.next()) {
        changes.deadLetters.insert(q.value(0).toLongLong());
        qCInfo(lcProcessing).noquote()
            << "dead letter" << q.value(0).toLongLong() << draft.reason << "delivery" << deliveryId;
    }
    q.finish();
    return ok();
}

Status DeliveryProcessor::processDelivery(const Pending &delivery, const SplitDelivery &split,
                                          qint64 now, BatchResult &result)
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
        if (!m_savepoint->exec())
            return Error{m_savepoint->lastError().text()};
        // Claim the key: a new item is recorded as done, which the savepoint undoes if it fails.
        if (!exec(*m_claimItem, {item.key, delivery.id, kind, nullable(item.line), now}, &error))
            return Error{error};
        int attempt = 1;
        if (m_claimItem->numRowsAffected() == 0) {
            QSqlQuery &state = *m_itemState;
            if (!exec(state, {item.key}, &error) || !state.next())
                return Error{error.isEmpty() ? QStringLiteral("item state vanished") : error};
            const QString current = state.value(0).toString();
            const int attempts = state.value(1).toInt();
            const qint64 due = state.value(2).toLongLong();
            state.finish();
            const bool skip =
                current == QLatin1String("done") || current == QLatin1String("dead") || due > now;
            if (skip && !m_release->exec())
                return Error{m_release->lastError().text()};
            if (current == QLatin1String("done") || current == QLatin1String("dead")) {
                ++result.duplicates;
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
        if (m_options.faultHook)
            failure = m_options.faultHook(item, attempt);
        if (!failure)
            failure = m_projector->project(item, delivery.id, delivery.receivedAtUs, changes);
        if (!failure) {
            if (attempt > 1 && !exec(*m_saveItem,
                                     {item.key, delivery.id, kind, nullable(item.line),
                                      QStringLiteral("done"), attempt, QVariant(), QVariant(), now},
                                     &error))
                return Error{error};
            if (!m_release->exec())
                return Error{m_release->lastError().text()};
            ++result.items;
            continue;
        }

        // Undo this item's partial effects only; its siblings keep theirs.
        if (!m_rollbackTo->exec() || !m_release->exec())
            return Error{m_rollbackTo->lastError().text() + m_release->lastError().text()};
        const bool retry = failure->transient && attempt < m_options.backoff.maxAttempts;
        if (retry) {
            const qint64 due = now + 1000 * m_options.backoff.delayMs(attempt, m_random);
            if (!exec(*m_saveItem,
                      {item.key, delivery.id, QString::fromLatin1(itemKindName(item.kind)),
                       nullable(item.line), QStringLiteral("retrying"), attempt, due,
                       failure->message, now},
                      &error))
                return Error{error};
            deliveryState = QStringLiteral("retrying");
            nextAttempt = nextAttempt ? qMin(*nextAttempt, due) : due;
            ++result.retrying;
            qCInfo(lcProcessing).noquote()
                << "item" << item.key << "of delivery" << delivery.id << "attempt" << attempt
                << "failed, retrying:" << failure->message;
            continue;
        }
        if (!exec(*m_saveItem,
                  {item.key, delivery.id, QString::fromLatin1(itemKindName(item.kind)),
                   nullable(item.line), QStringLiteral("dead"), attempt, QVariant(),
                   failure->message, now},
                  &error))
            return Error{error};
        const DeadLetterDraft draft{QStringLiteral("dl:processing_error:") + item.key,
                                    QStringLiteral("processing_error"),
                                    item.line,
                                    item.entryIndex,
                                    item.changeIndex,
                                    QStringLiteral("%1 %2 failed after %3 attempt(s): %4")
                                        .arg(QString::fromLatin1(itemKindName(item.kind)), item.key)
                                        .arg(attempt)
                                        .arg(failure->message),
                                    failure->message};
        if (Status s = upsertDeadLetter(draft, delivery.id, item.key, now, changes); !s)
            return s;
        ++result.dead;
    }

    // Dead letters of this delivery that an operator retried and that did not fail again.
    if (m_anyRetryingDeadLetters) {
        QSqlQuery &settle = *m_settleDeadLetters;
        if (!exec(settle, {now, delivery.id}, &error))
            return Error{error};
        while (settle.next())
            changes.deadLetters.insert(settle.value(0).toLongLong());
        settle.finish();
    }

    changes.deliveries.append(delivery.id);
    if (deliveryState == QLatin1String("processed")) {
        m_processedIds.append(delivery.id); // marked together at the end of the batch
        return ok();
    }
    if (!exec(*m_finishDelivery,
              {deliveryState, nextAttempt ? QVariant(*nextAttempt) : QVariant(), QVariant(),
               delivery.id},
              &error))
        return Error{error};
    return ok();
}

} // namespace hookline
