#pragma once

#include "expected.h"
#include "operatorresult.h"
#include "processing/changeset.h"
#include "storage/database.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace hookline {

class DeadLetterQueue;

// The operator's writes, in a thread of their own with their own connection, so that a
// processing commit holding the lock never stalls the window.
class OperatorWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OperatorWorker)

public:
    OperatorWorker(DatabaseOptions options, QString operatorName, std::atomic<int> *cancelRequest);
    ~OperatorWorker() override;

    void open();
    void retry(int request, const QList<qint64> &ids);
    void discard(int request, const QList<qint64> &ids);
    void reprocess(int request, qint64 deliveryId);
    void replay(int request, const QByteArray &body, const QString &origin);
    void acknowledgeAlerts(int request, const QList<qint64> &ids);
    void saveAlertRules(int request, const QByteArray &rulesJson, const QByteArray &webhookSecret);
    void eraseContact(int request, const QString &line, const QString &customer);
    void markRead(int request, const QString &line, const QString &customer, qint64 readTs);

signals:
    void progress(int request, int done, int total);
    void finished(const hookline::OperatorResult &result);
    void opened(const QString &error);

private:
    void publish(const ChangeSet &changes);
    // The audit trail: who did what to which delivery or dead letter.
    void record(const QString &action, const QVariant &deliveryId, const QVariant &deadLetterId,
                const QString &detail);
    bool ready(OperatorResult &result);
    void
    inChunks(int request, OperatorResult::Action action, const QList<qint64> &ids,
             const std::function<Expected<int>(DeadLetterQueue &, const QList<qint64> &)> &apply);

    DatabaseOptions m_options;
    QString m_operator;
    std::unique_ptr<Database> m_db;
    QString m_openError;
    std::atomic<int> *m_cancelRequest;
};

} // namespace hookline
