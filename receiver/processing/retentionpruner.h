#pragma once

#include "expected.h"
#include "processing/changeset.h"

#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace hookline {

// Retention: forgets deliveries received before a cutoff, and what they produced, so that the
// projections stay exactly what a rebuild from the deliveries that remain would give.
//
// Each batch is one short transaction over about `batch` deliveries, oldest first, and only ones
// already processed (nothing acknowledged goes before it was seen). The conversations they
// touched are forgotten whole (with their group's and members' conversations, whose profiles
// come from each other's deliveries) and derived again, in order, from the kept deliveries that
// spoke of them, including Meta's redeliveries of the same items (item_copies): those are marked
// for processing in the same transaction. A delivery due that such a conversation needs goes
// in the same batch. A conversation with nothing left goes with its contact and read marker.
// Rejections older than the cutoff go too; the audit trail and alerts stay.
class RetentionPruner
{
public:
    explicit RetentionPruner(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    static constexpr int DefaultBatch = 200;

    struct Report
    {
        int deliveries = 0;    // removed from the log
        int rejections = 0;    // removed
        int messages = 0;      // received before the cutoff, removed
        int conversations = 0; // nothing was left in them
        int reprocess = 0;     // kept deliveries marked for processing again
        bool more = false;     // a batch: more are due
        qint64 logLockUs = 0;  // the longest the delivery log's write lock was held
        bool truncatedWal = true;
        ChangeSet changes;

        void add(const Report &other);
    };

    // The cutoff `days` days before nowUs.
    static qint64 cutoffFor(int days, qint64 nowUs);

    // One batch of deliveries received before cutoffUs.
    Expected<Report> pruneBatch(qint64 cutoffUs, int batch = DefaultBatch);
    // Every batch, then SecureErasure::finish; progress is told after each batch.
    Expected<Report> prune(qint64 cutoffUs,
                           const std::function<void(const Report &)> &progress = {});

    // The audit trail's record of a round: who (or "retention"), the age, how much went.
    Status record(const QString &by, int days, const Report &report);

private:
    Expected<QList<qint64>> due(qint64 cutoffUs, int batch, bool &more);
    // The deliveries of the batch (prune_deliveries) and old rejections out of the log.
    Expected<Report> removeFromLog(qint64 cutoffUs, Report report);

    QSqlDatabase m_db;
    qint64 m_after = 0;    // deliveries up to here were looked at and kept (not processed yet)
    QSet<qint64> m_marked; // for processing again by this round
};

} // namespace hookline
