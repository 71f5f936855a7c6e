#pragma once

#include "expected.h"
#include "processing/backoffpolicy.h"
#include "processing/changeset.h"
#include "processing/projector.h"
#include "processing/workitem.h"
#include "storage/database.h"
#include "storage/searchindexqueue.h"
#include "storage/sqlstatement.h"
#include "trustdirectory.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace hookline {

struct ProcessorOptions
{
    DatabaseOptions database;
    BackoffPolicy backoff;
    int maxItemsPerCommit = 4000;
    int maxDeliveriesPerCommit = 1000;
    // ProcessingService: while deliveries keep coming, a batch starts at most this long after
    // the one before it started, and takes what came meanwhile. Each batch has a cost of its
    // own (its commit writes the pages it touched to the WAL again, the alert rules are looked
    // at, the search index is flushed), so many small batches cost more CPU per delivery than
    // a few larger ones. The first delivery after a quiet moment is processed at once, and a
    // backlog in full batches back to back.
    int gatherMs = 25;
    quint32 seed = 0;           // of the jitter; 0: random
    bool checkpointLog = false; // checkpoint the delivery log's WAL (its writer does not)
    // PostgreSQL: how long a processor's turn lasts without renewal; a standby takes over once
    // the turn of one that died expires.
    int leaseMs = 15'000;
    // Retention: deliveries older than this many days, and what they produced, are pruned in
    // the background (RetentionPruner); 0 keeps everything.
    int retainDays = 0;
    int retentionFirstMs = 60'000; // the first round, after a start
    // A seam for fault-injection tests: a failure to report instead of projecting the item.
    std::function<std::optional<ItemFailure>(const WorkItem &, int attempt)> faultHook;
};

struct BatchResult
{
    int deliveries = 0;
    int items = 0;      // projected now
    int duplicates = 0; // already projected, skipped
    int retrying = 0;
    int dead = 0;
    ChangeSet changes;

    void add(const BatchResult &other);
};

// Turns committed deliveries into projections, in receipt order. Each pass takes the deliveries
// that are due (pending, or retrying and past their next attempt), splits them into items, and
// projects each item together with its dedupe key, all in one transaction. A failing item never
// affects its siblings: once one fails, the batch is done again with each item in a savepoint.
// Transient failures are retried with backoff; what keeps failing, or cannot work at all, becomes a
// dead letter. Synchronous: the caller owns the thread (ProcessingService, or the command line).
class DeliveryProcessor
{
public:
    explicit DeliveryProcessor(ProcessorOptions options);
    ~DeliveryProcessor();

    Status open();

    // One transaction's worth of due deliveries.
    Expected<BatchResult> processBatch();
    // Every due delivery (not waiting for later retries).
    Expected<BatchResult> processAll();

    // When the next retry is due (µs since the epoch), if any delivery waits for one.
    std::optional<qint64> nextRetryAt();
    // PostgreSQL: several processors may share a database; deliveries other receivers stored
    // are found by polling (0: no need).
    int pollIntervalMs() const { return m_postgres ? 1000 : 0; }
    // PostgreSQL: the processor whose turn it was when the last batch stood by (host:pid:tag),
    // or an empty string.
    QString standingByFor() const { return m_otherLeaseOwner; }

    // A passive checkpoint of the delivery log's WAL, if checkpointLog is set.
    void checkpointLog();

    QSqlDatabase &database() { return m_db->handle(); }

private:
    struct Pending
    {
        qint64 id;
        qint64 receivedAtUs;
        QString appId;
        QByteArray body;
    };

    Status reloadDirectoryIfChanged();
    // again: taken again (a retry), not new; its state row is cleared once processed.
    Status processDelivery(const Pending &delivery, const SplitDelivery &split, qint64 now,
                           bool again, BatchResult &result);
    Status upsertDeadLetter(const DeadLetterDraft &draft, qint64 deliveryId, const QString &itemKey,
                            qint64 now, ChangeSet &changes);
    bool exec(SqlStatement &query, const QVariantList &values, QString *error);

    ProcessorOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Projector> m_projector;
    SearchIndexQueue m_searchQueue;
    TrustDirectory m_directory;
    qint64 m_configVersion = -1;
    QRandomGenerator m_random;
    std::vector<std::unique_ptr<SqlStatement>> m_statements; // owns the prepared statements below
    SqlStatement *m_savepoint = nullptr;
    SqlStatement *m_release = nullptr;
    SqlStatement *m_rollbackTo = nullptr;
    SqlStatement *m_itemState = nullptr;
    SqlStatement *m_claimItem = nullptr;
    SqlStatement *m_copyItem = nullptr;
    SqlStatement *m_lastErasure = nullptr;
    SqlStatement *m_saveItem = nullptr;
    SqlStatement *m_deadLetter = nullptr;
    SqlStatement *m_settleDeadLetters = nullptr;
    SqlStatement *m_dueAgain = nullptr;
    SqlStatement *m_dueNew = nullptr;
    SqlStatement *m_advanceCursor = nullptr;
    SqlStatement *m_setState = nullptr;
    SqlStatement *m_clearState = nullptr;
    SqlStatement *m_recordAttempt = nullptr;
    SqlStatement *m_markTaken = nullptr; // where the engine needs it (ProcessingQueue::takenSql)
    bool m_marksTaken = false;
    bool m_postgres = false;
    QString m_leaseOwner;         // this processor, for the PostgreSQL lease
    qint64 m_otherLeaseUntil = 0; // another processor's turn, when it was last seen
    QString m_otherLeaseOwner;
    bool m_anyRetryingDeadLetters = false; // in this batch
    // Items are projected without a savepoint each until one fails; the batch is then done
    // again from the start with savepoints, the failure that happened standing for that item's
    // attempt (a savepoint and its release cost more than most items' own statements).
    bool m_itemSavepoints = false;
    struct FirstFailure
    {
        QString key;
        int attempt = 0;
        ItemFailure failure;
    };
    std::optional<FirstFailure> m_firstFailure;
};

} // namespace hookline
