#pragma once

#include "diagnostics/doctor.h"
#include "expected.h"
#include "graph/graphendpoint.h"
#include "processing/changeset.h"
#include "processing/deliveryprocessor.h"
#include "receiver.h"
#include "runtime/workerthread.h"
#include "storage/integritycheck.h"

#include <QObject>

#include <memory>

namespace hookline {

class ChangeFeed;
class InstanceLock;
class MediaService;
class OperatorService;
class ProcessingService;
class SendService;

struct RuntimeOptions
{
    ReceiverOptions receiver; // its database options are the runtime's
    bool embeddedReceiver = true;
    // Processing's own settings (batch sizes, backoff, retention, lease); its database is the
    // receiver's, with what processing changes about it.
    ProcessorOptions processing;
    // changed() for a live view (a console's): this runtime's commits on SQLite, every
    // process's on a shared PostgreSQL database (a change feed). serve has no view and no feed.
    bool liveChanges = false;
    // The operator's actions (retry, discard, replay, erase, ...), and who is recorded doing
    // them; empty: OperatorService::defaultOperatorName().
    bool operatorActions = false;
    QString operatorName;
    // Replies through the Graph API (the console's composer).
    bool sends = false;
    GraphEndpoint graph; // where sends and media downloads go
    bool mediaDownloads = true;
    QString mediaRoot;                      // empty: beside the database
    qint64 mediaCapBytes = qint64(2) << 30; // what downloaded media may take on disk
};

// The one runtime behind `hookline serve` and the console: it owns every thread and service
// that is not a window — the instance lock, the delivery-log writer and the receiver,
// processing (with its alerts and retention), the change feed on PostgreSQL, the operator's
// actions, sends, media downloads and the integrity check — and starts and stops them in one
// order. Its signals arrive on the thread it was created on.
class Runtime final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Runtime)

public:
    explicit Runtime(RuntimeOptions options, QObject *parent = nullptr);
    ~Runtime() override;

    // One runtime per SQLite file (a PostgreSQL database is shared by design), held until this
    // is destroyed; waits up to patienceMs for one that is still closing.
    Status lock(int patienceMs = 0);
    // The services that need no receiver: the operator's actions, sends and media downloads.
    void openActions();
    // The change feed on PostgreSQL (when asked for), processing (it finishes what a previous
    // run left), the actions, then the receiver. A receiver that cannot listen leaves the rest
    // running: port() is 0 and receiverError() says why.
    Status start();
    // The integrity check, on a thread of its own: integrityChecked() when it is done. A damaged
    // delivery log stops the receiver (Meta retries what it does not get).
    void checkIntegrity();
    // `hookline doctor`'s checks, on a thread of its own: setUpChecked() with the results. One
    // run at a time: false (and the running one's results to come) when one is running.
    bool checkSetUp(const DoctorOptions &options);
    // Stops accepting, answers what is in flight once committed, then stops processing.
    void stop();

    const RuntimeOptions &options() const { return m_options; }
    OperatorService *operations() const { return m_operations.get(); }
    SendService *sends() const { return m_sends.get(); }
    MediaService *media() const { return m_media.get(); }
    quint16 port() const;
    // "http://127.0.0.1:8080", or empty when not listening.
    QString receiverUrl() const;
    QString receiverError() const { return m_receiverError; }
    // Deliveries acknowledged by this runtime's receiver since it started.
    quint64 accepted() const;
    // Thread-safe (from any thread): processing looks for work now (after a retry or a replay).
    void wakeProcessing();

signals:
    // What processing committed: this runtime's (SQLite), or every processor's and every
    // console's operator actions on a shared PostgreSQL database.
    void changed(const hookline::ChangeSet &changes);
    void deliveriesStored(const QList<qint64> &deliveryIds);
    void integrityChecked(const hookline::IntegrityReport &report);
    void setUpChecked(const QList<hookline::DoctorCheck> &checks);

private:
    RuntimeOptions m_options;
    std::unique_ptr<InstanceLock> m_lock;
    std::unique_ptr<OperatorService> m_operations;
    std::unique_ptr<SendService> m_sends;
    std::unique_ptr<MediaService> m_media;
    std::unique_ptr<ProcessingService> m_processing;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<Receiver> m_receiver;
    WorkerThread<QObject> m_integrity{QStringLiteral("hookline-integrity")};
    WorkerThread<QObject> m_doctor{QStringLiteral("hookline-doctor")};
    bool m_checkingSetUp = false;
    QString m_receiverError;
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::IntegrityReport)
