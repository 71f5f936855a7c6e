#pragma once

#include "operatorresult.h"
#include "operatorworker.h"
#include "runtime/workerthread.h"
#include "storage/database.h"

#include <QObject>

#include <atomic>

namespace hookline {

// The console's side of the operator's actions: each call queues the work onto the
// "hookline-operator" thread and returns a request number that progress() and finished()
// report against. Long actions (retrying thousands of dead letters) can be cancelled.
class OperatorService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorService)

public:
    // operatorName: who acts, recorded with each retry, discard, replay and reprocess.
    OperatorService(DatabaseOptions options, QString operatorName, QObject *parent = nullptr);
    // The default name: HOOKLINE_OPERATOR, else user@host.
    static QString defaultOperatorName();
    ~OperatorService() override;

    int retry(const QList<qint64> &deadLetterIds);
    int discard(const QList<qint64> &deadLetterIds);
    int reprocess(qint64 deliveryId);
    int replay(const QByteArray &body, const QString &origin);
    int markRead(const QString &line, const QString &customer, qint64 readTs);
    // Forgets a person on one line (ContactEraser): their projections and their parts of the log.
    int eraseContact(const QString &line, const QString &customer);
    // Records who acknowledged them (the operator's name) and when.
    int acknowledgeAlerts(const QList<qint64> &alertIds);
    // The rules as AlertRules::toJson writes them; a non-empty secret replaces the webhook's.
    int saveAlertRules(const QByteArray &rulesJson, const QByteArray &webhookSecret);
    void cancel(int request);

signals:
    void progress(int request, int done, int total);
    void finished(const hookline::OperatorResult &result);

private:
    // Queues action(worker, request number) on the operator's thread.
    template <typename Action> int post(Action &&action);

    std::atomic<int> m_cancelRequest{0};
    WorkerThread<OperatorWorker> m_thread{QStringLiteral("hookline-operator")};
    int m_nextRequest = 1;
};

} // namespace hookline
