#include "operatorservice.h"

#include <QSysInfo>

namespace hookline {

QString OperatorService::defaultOperatorName()
{
    const QString configured = qEnvironmentVariable("HOOKLINE_OPERATOR").trimmed();
    if (!configured.isEmpty())
        return configured;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QStringLiteral("operator");
    return user + u'@' + QSysInfo::machineHostName();
}

OperatorService::OperatorService(DatabaseOptions options, QString operatorName, QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<hookline::OperatorResult>();
    auto *worker =
        new OperatorWorker(std::move(options), std::move(operatorName), &m_cancelRequest);
    connect(worker, &OperatorWorker::progress, this, &OperatorService::progress,
            Qt::QueuedConnection);
    connect(worker, &OperatorWorker::finished, this, &OperatorService::finished,
            Qt::QueuedConnection);
    m_thread.start(worker);
    m_thread.post([](OperatorWorker *operations) { operations->open(); });
}

OperatorService::~OperatorService() = default;

template <typename Action> int OperatorService::post(Action &&action)
{
    const int request = m_nextRequest++;
    m_thread.post([request, action = std::forward<Action>(action)](OperatorWorker *operations) {
        action(operations, request);
    });
    return request;
}

int OperatorService::retry(const QList<qint64> &deadLetterIds)
{
    return post([deadLetterIds](OperatorWorker *operations, int request) {
        operations->retry(request, deadLetterIds);
    });
}

int OperatorService::discard(const QList<qint64> &deadLetterIds)
{
    return post([deadLetterIds](OperatorWorker *operations, int request) {
        operations->discard(request, deadLetterIds);
    });
}

int OperatorService::reprocess(qint64 deliveryId)
{
    return post([deliveryId](OperatorWorker *operations, int request) {
        operations->reprocess(request, deliveryId);
    });
}

int OperatorService::replay(const QByteArray &body, const QString &origin)
{
    return post([body, origin](OperatorWorker *operations, int request) {
        operations->replay(request, body, origin);
    });
}

int OperatorService::eraseContact(const QString &line, const QString &customer)
{
    return post([line, customer](OperatorWorker *operations, int request) {
        operations->eraseContact(request, line, customer);
    });
}

int OperatorService::markRead(const QString &line, const QString &customer, qint64 readTs)
{
    return post([line, customer, readTs](OperatorWorker *operations, int request) {
        operations->markRead(request, line, customer, readTs);
    });
}

int OperatorService::acknowledgeAlerts(const QList<qint64> &alertIds)
{
    return post([alertIds](OperatorWorker *operations, int request) {
        operations->acknowledgeAlerts(request, alertIds);
    });
}

int OperatorService::saveAlertRules(const QByteArray &rulesJson, const QByteArray &webhookSecret)
{
    return post([rulesJson, webhookSecret](OperatorWorker *operations, int request) {
        operations->saveAlertRules(request, rulesJson, webhookSecret);
    });
}

void OperatorService::cancel(int request)
{
    m_cancelRequest.store(request);
}

} // namespace hookline
