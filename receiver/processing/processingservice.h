#pragma once

#include "expected.h"
#include "processing/changeset.h"
#include "processing/deliveryprocessor.h"

#include <QObject>

class QThread;
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

private:
    ProcessorOptions m_options;
    QThread *m_thread = nullptr;
    ProcessingWorker *m_worker = nullptr;
};

// The part of ProcessingService that lives in the processing thread.
class ProcessingWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessingWorker)

public:
    explicit ProcessingWorker(ProcessorOptions options);
    ~ProcessingWorker() override;

    Status open();
    void schedule();

signals:
    void changed(const hookline::ChangeSet &changes);

private:
    void run();
    void armRetryTimer();

    DeliveryProcessor m_processor;
    QTimer *m_retryTimer = nullptr;
    QTimer *m_checkpointTimer = nullptr;
    bool m_scheduled = false;
    int m_failureDelayMs = 0;
};

} // namespace hookline
