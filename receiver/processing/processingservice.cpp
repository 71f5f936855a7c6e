#include "processingservice.h"

#include "logging.h"
#include "processing/contacteraser.h"
#include "storage/clock.h"
#include "storage/secureerasure.h"

#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace hookline {

ProcessingService::ProcessingService(ProcessorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<hookline::ChangeSet>();
}

ProcessingService::~ProcessingService()
{
    stop();
}

Status ProcessingService::start()
{
    if (m_thread.isRunning())
        return ok();
    auto *worker = new ProcessingWorker(m_options);
    connect(worker, &ProcessingWorker::changed, this, &ProcessingService::changed,
            Qt::DirectConnection);
    connect(worker, &ProcessingWorker::alertFired, this, &ProcessingService::alertFired,
            Qt::DirectConnection);
    m_thread.start(worker);
    if (const Status opened =
            m_thread.call([](ProcessingWorker *processing) { return processing->open(); });
        !opened) {
        stop();
        return opened;
    }
    wake(); // finish what a previous run left
    return ok();
}

void ProcessingService::stop()
{
    m_thread.stop();
}

void ProcessingService::wake()
{
    m_thread.post([](ProcessingWorker *processing) { processing->schedule(); });
}

ProcessingWorker::ProcessingWorker(ProcessorOptions options)
    : m_processor(options)
    , m_retainDays(options.retainDays)
    , m_retentionFirstMs(options.retentionFirstMs)
    , m_gatherMs(options.gatherMs)
    , m_maxDeliveries(options.maxDeliveriesPerCommit)
    , m_maxItems(options.maxItemsPerCommit)
{}

ProcessingWorker::~ProcessingWorker()
{
    // Both hold the processor's connection: gone before it is.
    delete m_poster;
    m_alerts.reset();
}

Status ProcessingWorker::open()
{
#ifdef Q_OS_LINUX
    // Processing may lag behind and catch up; the receiver's answers may not. Give this thread
    // a lower share of the CPU than the receiver's threads when both want it.
    ::setpriority(PRIO_PROCESS, pid_t(::syscall(SYS_gettid)), 5);
#endif
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ProcessingWorker::schedule);
    m_gatherTimer = new QTimer(this);
    m_gatherTimer->setSingleShot(true);
    m_gatherTimer->setTimerType(Qt::PreciseTimer);
    connect(m_gatherTimer, &QTimer::timeout, this, &ProcessingWorker::run);
    m_checkpointTimer = new QTimer(this);
    m_checkpointTimer->setInterval(500);
    connect(m_checkpointTimer, &QTimer::timeout, this, [this] { m_processor.checkpointLog(); });
    m_checkpointTimer->start();
    const Status opened = m_processor.open();
    if (opened) {
        // An erasure cut short (kill -9) is finished before anything else.
        if (const auto resumed = ContactEraser(m_processor.database()).resumePending(); !resumed)
            qCWarning(lcProcessing) << "cannot finish an interrupted erasure:" << resumed.error();
        m_alerts = std::make_unique<AlertEvaluator>(m_processor.database());
        m_poster = new AlertPoster(m_processor.database(), this);
        m_conditionsTimer = new QTimer(this);
        m_conditionsTimer->setSingleShot(true);
        connect(m_conditionsTimer, &QTimer::timeout, this, [this] { evaluateAlerts(true); });
        // Time-based rules (silence, shares over a window) need a look now and then even when
        // nothing arrives.
        auto *alerts = new QTimer(this);
        alerts->setInterval(30'000);
        connect(alerts, &QTimer::timeout, this, [this] { evaluateAlerts(true); });
        alerts->start();
        evaluateAlerts(true);
        if (m_retainDays > 0) {
            m_retentionTimer = new QTimer(this);
            m_retentionTimer->setSingleShot(true);
            connect(m_retentionTimer, &QTimer::timeout, this, &ProcessingWorker::prune);
            m_retentionTimer->start(m_retentionFirstMs);
        }
    }
    if (opened && m_processor.pollIntervalMs() > 0) {
        // Other receivers store deliveries this process never hears of: look for them.
        auto *poll = new QTimer(this);
        poll->setInterval(m_processor.pollIntervalMs());
        connect(poll, &QTimer::timeout, this, &ProcessingWorker::schedule);
        poll->start();
    }
    return opened;
}

void ProcessingWorker::schedule()
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    const qint64 waitMs = m_gathering ? m_gatherMs - m_lastBatch.elapsed() : 0;
    if (waitMs > 0 && m_gatherTimer) {
        m_gatherTimer->start(int(waitMs));
        return;
    }
    QMetaObject::invokeMethod(this, &ProcessingWorker::run, Qt::QueuedConnection);
}

void ProcessingWorker::run()
{
    m_scheduled = false;
    m_lastBatch.start();
    const auto batch = m_processor.processBatch();
    m_gathering = batch && batch->deliveries > 0 && batch->deliveries < m_maxDeliveries &&
                  batch->items < m_maxItems;
    if (!batch) {
        // The database is busy or failing: try the whole batch again a little later.
        m_failureDelayMs = qBound(50, m_failureDelayMs * 2, 5000);
        qCWarning(lcProcessing).noquote()
            << batch.error() << "- retrying in" << m_failureDelayMs << "ms";
        m_retryTimer->start(m_failureDelayMs);
        return;
    }
    m_failureDelayMs = 0;
    if (!batch->changes.isEmpty())
        emit
    changed(batch->changes);
    if (batch->deliveries > 0)
        evaluateAlerts(false);
    if (batch->deliveries > 0) {
        // More may be waiting: at once after a full batch (other events in between), else once
        // the next batch has gathered.
        schedule();
        return;
    }
    armRetryTimer();
}

void ProcessingWorker::prune()
{
    // A round: batch after batch, each its own short transaction; what the round marked for
    // processing again is processed once it ends, so a conversation touched by many batches is
    // derived again once, not once per batch. Deliveries arriving meanwhile still wake
    // processing, and a long round lets it catch up every few seconds.
    if (!m_pruner) {
        m_pruner = std::make_unique<RetentionPruner>(m_processor.database());
        m_sinceProcessing.start();
    }
    const qint64 cutoff = RetentionPruner::cutoffFor(m_retainDays, Clock::nowMicros());
    const auto batch = m_pruner->pruneBatch(cutoff);
    if (batch) {
        m_pruned.add(*batch);
        if (!batch->changes.isEmpty())
            emit
        changed(batch->changes);
        if (m_pruned.reprocess > 0 && m_sinceProcessing.elapsed() >= RetentionProcessingMs) {
            schedule();
            m_sinceProcessing.start();
        }
        if (batch->more) {
            QMetaObject::invokeMethod(this, &ProcessingWorker::prune, Qt::QueuedConnection);
            return;
        }
    }
    finishRound(batch ? QString() : batch.error());
}

void ProcessingWorker::finishRound(const QString &error)
{
    const bool pruned = m_pruned.deliveries > 0 || m_pruned.rejections > 0;
    // No copy left behind: after a round that pruned, and after the first one since the start
    // (a round cut short by kill -9 may have left words in the search index's segments).
    if (pruned || !m_scrubbed) {
        const auto scrubbed = SecureErasure::finish(m_processor.database());
        if (!scrubbed) {
            qCWarning(lcProcessing).noquote() << "retention:" << scrubbed.error();
        } else {
            m_scrubbed = true;
            if (!*scrubbed)
                qCInfo(lcProcessing) << "retention: another process kept a WAL open; its old "
                                        "pages stay until it is checkpointed";
        }
    }
    if (pruned) {
        qCInfo(lcProcessing).noquote()
            << QStringLiteral("retention: pruned %1 deliveries older than %2 days, %3 messages, "
                              "%4 conversations")
                   .arg(m_pruned.deliveries)
                   .arg(m_retainDays)
                   .arg(m_pruned.messages)
                   .arg(m_pruned.conversations);
        if (const Status recorded =
                m_pruner->record(QStringLiteral("retention"), m_retainDays, m_pruned);
            !recorded)
            qCWarning(lcProcessing).noquote() << "retention:" << recorded.error();
    }
    // Even after a failure: what was marked is derived again.
    schedule();
    m_pruned = {};
    m_pruner.reset();
    if (error.isEmpty()) {
        m_retentionFailures = 0;
        m_retentionTimer->start(RetentionIntervalMs);
        return;
    }
    // Tried again later, less and less often while it keeps failing.
    ++m_retentionFailures;
    const qint64 delayMs =
        qMin<qint64>(RetentionIntervalMs, qint64(qMax(m_retentionFirstMs, 5000))
                                              << qMin(m_retentionFailures - 1, 20));
    qCWarning(lcProcessing).noquote()
        << "retention:" << error << "- trying again in" << delayMs / 1000 << "s";
    m_retentionTimer->start(int(delayMs));
}

void ProcessingWorker::evaluateAlerts(bool force)
{
    if (!m_alerts)
        return;
    const bool due = !m_conditionsEvaluated.isValid() ||
                     m_conditionsEvaluated.elapsed() >= m_conditionsIntervalMs;
    // A forced look (the periodic one, the one a delivery armed) waits too while looks are dear.
    const bool conditions = due || (force && m_conditionsIntervalMs <= ConditionsIntervalMs);
    if (conditions) {
        m_conditionsEvaluated.start();
        m_conditionsTimer->stop();
    } else if (!m_conditionsTimer->isActive()) {
        // Deliveries arrived since the last look: look again once the interval has passed.
        m_conditionsTimer->start(
            int(std::max<qint64>(0, m_conditionsIntervalMs - m_conditionsEvaluated.elapsed())));
    }
    const auto fired = m_alerts->evaluate(Clock::nowMicros(), conditions);
    if (conditions)
        m_conditionsIntervalMs = conditionsIntervalMs(m_conditionsEvaluated.elapsed());
    if (!fired) {
        qCWarning(lcAlerts).noquote() << "cannot evaluate the alert rules:" << fired.error();
        return;
    }
    for (const FiredAlert &alert : *fired)
        emit
    alertFired(alert.id, alert.rule, alert.line, alert.summary);
    // New POSTs to send; or, on the periodic look, any a dead process claimed and left. (After
    // every batch, the poster's look takes the delivery log's write lock, which the receiver's
    // commits wait for.)
    if (!fired->isEmpty() || force)
        m_poster->wake();
}

void ProcessingWorker::armRetryTimer()
{
    const auto due = m_processor.nextRetryAt();
    if (!due)
        return;
    const qint64 waitMs = qMax<qint64>(0, (*due - Clock::nowMicros()) / 1000 + 1);
    m_retryTimer->start(int(qMin<qint64>(waitMs, 3'600'000)));
}

} // namespace hookline
