#pragma once

#include "expected.h"
#include "storage/database.h"
#include "storage/deliveryrecord.h"
#include "storage/sqlstatement.h"
#include "trustdirectory.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QSqlQuery>
#include <QWaitCondition>

#include <memory>
#include <optional>

class QTimer;

namespace hookline {

class ReceiverMetrics;

struct WriterOptions
{
    DatabaseOptions database;
    int maxBatch = 4096;      // deliveries per commit at most
    int rejectionCap = 10000; // rejected requests kept
    int configPollMs = 2000;  // how often to look for changed apps and lines
    // Under concurrent load, commits start at most this often, so that each fsync serves more
    // deliveries: at 4,000 deliveries a second, commits of 18 cost the writer half the CPU per
    // delivery of commits of 7, whose WAL pages are written and synced again and again. A lone
    // request never waits, nor does a commit once every open connection has a delivery in it
    // (clients waiting for their answers send nothing more).
    int commitIntervalUs = 4000;
};

// Appends verified deliveries to the delivery log in group commits. Deliveries submitted while
// a commit is in flight share the next one; each is reported with its own outcome only after
// its commit returned. Lives in its own thread with its own connection.
class DeliveryWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryWriter)

public:
    DeliveryWriter(WriterOptions options, ReceiverMetrics *metrics);
    ~DeliveryWriter() override;

    // Thread-safe.
    void submit(IncomingDelivery delivery);
    void record(RejectionRecord rejection);
    qsizetype backlog() const;

    // Writer thread only.
    Status open();
    TrustDirectory directory() const { return m_directory; }
    void drain();
    void close();

signals:
    void committed(const QList<hookline::CommitOutcome> &outcomes);
    void directoryChanged(const hookline::TrustDirectory &directory);
    void deliveriesStored(const QList<qint64> &deliveryIds);

private:
    void scheduleFlushLocked();
    // Whether no more deliveries are on their way: each open connection has one pending.
    bool everyConnectionWaitsLocked() const;
    void flush();
    bool writeBatch(const QList<IncomingDelivery> &batch, QList<CommitOutcome> &outcomes);
    void writeRejections(const QList<RejectionRecord> &rejections);
    void pollConfig();

    const WriterOptions m_options;
    ReceiverMetrics *const m_metrics;

    mutable QMutex m_mutex;
    QList<IncomingDelivery> m_pending;
    QList<RejectionRecord> m_pendingRejections;
    bool m_flushQueued = false;
    QWaitCondition m_arrived; // a delivery came while a commit gathers
    bool m_gathering = false;

    std::unique_ptr<Database> m_db;
    std::optional<SqlStatement> m_insertDelivery;
    std::optional<QSqlQuery> m_insertRejection;
    TrustDirectory m_directory;
    qint64 m_configVersion = -1;
    qint64 m_rejectionsSinceTrim = 0;
    QElapsedTimer m_sinceCommit;
    qsizetype m_lastBatchSize = 0;
    QTimer *m_configTimer = nullptr;
};

} // namespace hookline
