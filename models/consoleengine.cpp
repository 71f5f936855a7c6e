#include "consoleengine.h"

#include "runtime/linecountservice.h"

#include "deliverylogmodel.h"
#include "deliverystatusmodel.h"
#include "reactionmodel.h"
#include "searchresultmodel.h"

#include "storage/deliverylog.h"

#include "alertlistmodel.h"
#include "consolemodels.h"
#include "conversationlistmodel.h"
#include "deadlettergroupmodel.h"
#include "graph/sendservice.h"
#include "linelistmodel.h"
#include "livechanges.h"
#include "logmodel.h"
#include "media/mediaservice.h"
#include "modelslogging.h"
#include "runtime/operatorservice.h"
#include "runtime/runtime.h"
#include "storage/configstore.h"
#include "storage/database.h"

namespace hookline {

QString ConsoleEngine::operatorName() const
{
    return m_options.operatorName.isEmpty() ? OperatorService::defaultOperatorName()
                                            : m_options.operatorName;
}

ConsoleEngine::ConsoleEngine(ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<hookline::ChangeSet>();
    qRegisterMetaType<hookline::ConsoleStats>();
    m_sampler.setObjectName(QStringLiteral("stats-sampler"));
    m_sampler.setInterval(1000);
    connect(&m_sampler, &QTimer::timeout, this, &ConsoleEngine::sample);
    RuntimeOptions runtime = m_options; // a console's always has these:
    runtime.liveChanges = true;
    runtime.operatorActions = true;
    runtime.operatorName = operatorName();
    runtime.sends = true;
    m_runtime = std::make_unique<Runtime>(std::move(runtime));
}

ConsoleEngine::~ConsoleEngine()
{
    stop();
    // The models hold the read connection: they go before it does.
    delete m_live;
    delete m_models;
    delete m_log;
    m_db.reset();
    // Last: it holds the database's lock.
    m_runtime.reset();
}

OperatorService *ConsoleEngine::operations() const
{
    return m_runtime ? m_runtime->operations() : nullptr;
}

SendService *ConsoleEngine::sends() const
{
    return m_runtime ? m_runtime->sends() : nullptr;
}

MediaService *ConsoleEngine::media() const
{
    return m_runtime ? m_runtime->media() : nullptr;
}

Status ConsoleEngine::open()
{
    DatabaseOptions readOptions = m_options.receiver.database;
    readOptions.autoCheckpoint = false;
    auto db = Database::open(readOptions, QStringLiteral("console"));
    if (!db)
        return Error{db.error()};
    m_db = std::move(*db);
    m_log = new LogModel(5000, this);
    m_log->listen();
    m_models = new ConsoleModels(m_db->handle(), this);
    m_models->load();
    // Counting a busy line's unread conversations is for another thread, every second.
    m_models->setLineCounts(new LineCountService(readOptions, this));
    m_live = new LiveChanges(m_options.flushIntervalMs, this);
    connect(m_live, &LiveChanges::flushed, this, [this](const ChangeSet &changes, int deliveries) {
        m_models->apply(changes, deliveries);
        emit
        changesApplied(changes);
    });

    connect(m_runtime.get(), &Runtime::changed, m_live, &LiveChanges::addChanges);
    connect(m_runtime.get(), &Runtime::deliveriesStored, m_live, &LiveChanges::addDeliveries);
    m_runtime->openActions();
    connect(operations(), &OperatorService::finished, this, [this](const OperatorResult &result) {
        if (result.action == OperatorResult::AcknowledgeAlerts)
            m_models->alerts()->reload();
        if (result.action == OperatorResult::EraseContact && result.error.isEmpty()) {
            // Nothing of them stays on screen.
            m_models->conversations()->reload();
            m_models->statuses()->reload();
            m_models->reactions()->reload();
            m_models->deliveries()->reload();
            m_models->refreshLines();
        }
        if (result.action == OperatorResult::MarkRead) {
            m_models->conversations()->refreshRows({result.subject});
            m_models->refreshLines();
        }
    });
    sample();
    return ok();
}

Status ConsoleEngine::startServices()
{
    if (Status started = m_runtime->start(); !started)
        return started;
    if (m_options.embeddedReceiver && !m_runtime->port())
        qCWarning(lcModels).noquote()
            << "the embedded receiver did not start:" << m_runtime->receiverError();
    m_sampler.start();
    sample();
    return ok();
}

void ConsoleEngine::stop()
{
    m_sampler.stop();
    if (m_runtime)
        m_runtime->stop();
}

void ConsoleEngine::wakeProcessing()
{
    if (m_runtime)
        m_runtime->wakeProcessing();
}

Expected<TrustDirectory> ConsoleEngine::trust() const
{
    return ConfigStore(m_db->handle()).load();
}

Status ConsoleEngine::addApp(const AppRecord &app)
{
    return ConfigStore(m_db->handle()).addApp(app);
}

Status ConsoleEngine::addLine(const LineRecord &line)
{
    Status added = ConfigStore(m_db->handle()).addLine(line);
    if (added)
        m_models->lines()->refresh();
    return added;
}

Status ConsoleEngine::updateApp(const AppRecord &app)
{
    return ConfigStore(m_db->handle()).updateApp(app);
}

Status ConsoleEngine::updateLine(const LineRecord &line)
{
    Status updated = ConfigStore(m_db->handle()).updateLine(line);
    if (updated)
        m_models->lines()->refresh();
    return updated;
}

QString ConsoleEngine::callbackUrl(const QString &line) const
{
    const QString base = receiverUrl();
    if (base.isEmpty())
        return {};
    return base + QStringLiteral("/webhook") + (line.isEmpty() ? QString() : u'/' + line);
}

QString ConsoleEngine::databaseName() const
{
    const DatabaseOptions &database = m_options.receiver.database;
    return database.server.isPostgres() ? database.server.display() : database.path;
}

Expected<AlertRules> ConsoleEngine::alertRules() const
{
    return AlertRules::load(m_db->handle());
}

Expected<QByteArray> ConsoleEngine::alertWebhookSecret() const
{
    return AlertRules::webhookSecret(m_db->handle());
}

Expected<DeliveryDetail> ConsoleEngine::deliveryDetail(qint64 deliveryId) const
{
    QSqlDatabase handle = m_db->handle();
    return DeliveryDetail::load(handle, deliveryId);
}

SearchResultModel *ConsoleEngine::createSearchResults(QObject *parent) const
{
    return new SearchResultModel(m_db->handle(), parent);
}

quint16 ConsoleEngine::port() const
{
    return m_runtime ? m_runtime->port() : 0;
}

QString ConsoleEngine::receiverUrl() const
{
    return m_runtime ? m_runtime->receiverUrl() : QString();
}

QString ConsoleEngine::receiverProblem() const
{
    if (m_options.embeddedReceiver)
        return m_runtime ? m_runtime->receiverError() : QString();
    return m_db->isPostgres() ? tr("shared database; the servers receive") : tr("receiver off");
}

void ConsoleEngine::sample()
{
    if (!m_db)
        return;
    m_stats.receiving = port() != 0;
    m_stats.listening = m_stats.receiving ? receiverUrl() : receiverProblem();
    const quint64 accepted = m_runtime ? m_runtime->accepted() : 0;
    if (m_sampler.isActive()) {
        m_stats.eventsPerSecond.append(double(accepted - std::min(accepted, m_lastAccepted)));
        if (m_stats.eventsPerSecond.size() > 60)
            m_stats.eventsPerSecond.removeFirst();
    }
    m_lastAccepted = accepted;

    if (const auto backlog = DeliveryLog(m_db->handle()).backlog())
        m_stats.backlog = *backlog;
    m_stats.deadLetters = m_models->deadLetterGroups()->total();
    m_stats.databaseBytes = m_db->sizeBytes();
    m_models->tick();
    for (const ConsoleModels::RaisedAlert &alert : m_models->takeNewAlerts())
        emit
    alertRaised(alert.id, alert.rule, alert.summary);
    m_stats.openAlerts = m_models->alerts()->openCount();
    emit
    statsChanged(m_stats);
}

} // namespace hookline
