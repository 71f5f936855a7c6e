#include "operatorservice.h"

#include "operatorworker.h"

#include <QSysInfo>
#include <QThread>

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
    , m_thread(new QThread(this))
    , m_worker(new OperatorWorker(std::move(options), std::move(operatorName), &m_cancelRequest))
{
    qRegisterMetaType<hookline::OperatorResult>();
    m_thread->setObjectName(QStringLiteral("hookline-operator"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &OperatorWorker::progress, this, &OperatorService::progress,
            Qt::QueuedConnection);
    connect(m_worker, &OperatorWorker::finished, this, &OperatorService::finished,
            Qt::QueuedConnection);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, "open", Qt::QueuedConnection);
}

OperatorService::~OperatorService()
{
    m_thread->quit();
    m_thread->wait();
}

template <typename... Args> int OperatorService::post(const char *method, Args &&...args)
{
    const int request = m_nextRequest++;
    QMetaObject::invokeMethod(m_worker, method, Qt::QueuedConnection, Q_ARG(int, request),
                              std::forward<Args>(args)...);
    return request;
}

int OperatorService::retry(const QList<qint64> &deadLetterIds)
{
    return post("retry", Q_ARG(QList<qint64>, deadLetterIds));
}

int OperatorService::discard(const QList<qint64> &deadLetterIds)
{
    return post("discard", Q_ARG(QList<qint64>, deadLetterIds));
}

int OperatorService::reprocess(qint64 deliveryId)
{
    return post("reprocess", Q_ARG(qint64, deliveryId));
}

int OperatorService::replay(const QByteArray &body, const QString &origin)
{
    return post("replay", Q_ARG(QByteArray, body), Q_ARG(QString, origin));
}

int OperatorService::eraseContact(const QString &line, const QString &customer)
{
    return post("eraseContact", Q_ARG(QString, line), Q_ARG(QString, customer));
}

int OperatorService::markRead(const QString &line, const QString &customer, qint64 readTs)
{
    return post("markRead", Q_ARG(QString, line), Q_ARG(QString, customer), Q_ARG(qint64, readTs));
}

int OperatorService::acknowledgeAlerts(const QList<qint64> &alertIds)
{
    return post("acknowledgeAlerts", Q_ARG(QList<qint64>, alertIds));
}

int OperatorService::saveAlertRules(const QByteArray &rulesJson, const QByteArray &webhookSecret)
{
    return post("saveAlertRules", Q_ARG(QByteArray, rulesJson), Q_ARG(QByteArray, webhookSecret));
}

void OperatorService::cancel(int request)
{
    m_cancelRequest.store(request);
}

} // namespace hookline
