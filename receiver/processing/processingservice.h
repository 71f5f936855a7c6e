#pragma once

#include "alerts/alertevaluator.h"
#include "alerts/alertposter.h"
#include "expected.h"
#include "processing/changeset.h"
#include "processing/deliveryprocessor.h"
#include "processing/retentionpruner.h"
#include "runtime/workerthread.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

#include <QObject>

class QTimer;

namespace hookline {

class ProcessingWorker;

// Runs the DeliveryProcessor in its own thread ("hookline-processing"): at start it finishes
// whatever a previous run left unprocessed, then it processes each newly committed delivery
// as it is woken, and retries at their due time. The receiver never waits for it.
class ProcessingService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessingService)

public:
    explicit ProcessingService(ProcessorOptions options, QObject *parent = nullptr);
    ~ProcessingService() override;

    Status start();
    void stop();

    // Thread-safe: new deliveries are waiting, or dead letters were retried.
    void wake();

signals:
    // After each processing commit, with the ids that changed (emitted in the processing thread).
    void changed(const hookline::ChangeSet &changes);
    // An alert rule fired (emitted in the processing thread).
    void alertFired(qint64 id, const QString &rule, const QString &line, const QString &summary);

private:
    ProcessorOptions m_options;
    WorkerThread<ProcessingWorker> m_thread{QStringLiteral("hookline-processing")};
};

// The part of ProcessingService that lives in the processing thread.
class ProcessingWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessingWorker)

public:
    explicit ProcessingWorker(ProcessorOptions options);
    // How often, at most, the rules over time windows are evaluated while deliveries arrive.
    static constexpr int ConditionsIntervalMs = 5000;
    // The wait before the next look at those rules, after one that took lastMs: long enough
    // that looking takes at most a twentieth of processing's time (the failure share reads
    // every status in its window, which grows with the rate), and never longer than the 30 s
    // between the looks made even when nothing arrives.
    static int conditionsIntervalMs(qint64 lastMs)
    {
        return int(std::clamp<qint64>(lastMs * 20, ConditionsIntervalMs, 30'000));
    }
    ~ProcessingWorker() override;

    Status open();
    void schedule();

signals:
    void changed(const hookline::ChangeSet &changes);
    void alertFired(qint64 id, const QString &rule, const QString &line, const QString &summary);

private:
    void run();
    void armRetryTimer();
    // Evaluates the alert rules; the rules over time windows at most every few seconds.
    void evaluateAlerts(bool force);
    // One batch of retention, then the next after any processing waiting in between.
    void prune();
    // The end of a round (error: why it stopped early): clean-up, audit, the next round.
    void finishRound(const QString &error);

    // How often retention looks for deliveries due.
    static constexpr int RetentionIntervalMs = 3'600'000;
    // During a long round of retention, how often processing catches up in between.
    static constexpr int RetentionProcessingMs = 2000;

    DeliveryProcessor m_processor;
    std::unique_ptr<AlertEvaluator> m_alerts;
    AlertPoster *m_poster = nullptr;
    QTimer *m_conditionsTimer = nullptr;
    QElapsedTimer m_conditionsEvaluated;
    int m_conditionsIntervalMs = ConditionsIntervalMs;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_checkpointTimer = nullptr;
    QTimer *m_retentionTimer = nullptr;
    std::unique_ptr<RetentionPruner> m_pruner; // during a round of retention
    int m_retainDays = 0;
    int m_retentionFirstMs = 0;
    RetentionPruner::Report m_pruned; // so far in this round
    QElapsedTimer m_sinceProcessing;
    int m_retentionFailures = 0;
    bool m_scrubbed = false; // since the start
    bool m_scheduled = false;
    int m_failureDelayMs = 0;
    const int m_gatherMs;
    const int m_maxDeliveries;
    const int m_maxItems;
    QTimer *m_gatherTimer = nullptr;
    QElapsedTimer m_lastBatch; // started as the last batch started
    bool m_gathering = false;  // the last batch took deliveries, and not a full batch
};

} // namespace hookline
