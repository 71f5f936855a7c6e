#include "consoleengine.h"

#include "linecountservice.h"

#include "deliverylogmodel.h"
#include "deliverystatusmodel.h"
#include "reactionmodel.h"

#include "storage/changefeed.h"
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
#include "operatorservice.h"
#include "processing/processingservice.h"
#include "storage/configstore.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QSqlQuery>

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
}

ConsoleEngine::~ConsoleEngine()
{
    stop();
    // The models hold the read connection: they go before it does.
    delete m_live;
    delete m_models;
    delete m_operations;
    delete m_log;
    m_db.reset();
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
    m_operations = new OperatorService(m_options.receiver.database, operatorName(), this);
    m_sends = new SendService(m_options.receiver.database, m_options.graph, this);
    if (m_options.mediaDownloads) {
        MediaOptions media;
        media.database = m_options.receiver.database;
        media.endpoint = m_options.graph;
        media.capBytes = m_options.mediaCapBytes;
        m_media = new MediaService(media, this);
    }
    connect(m_operations, &OperatorService::finished, this, [this](const OperatorResult &result) {
        if (result.error.isEmpty() && result.action != OperatorResult::MarkRead)
            wakeProcessing();
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
    ProcessorOptions processing;
    processing.database = m_options.receiver.database;
    processing.database.synchronousFull = false;
    processing.checkpointLog = true;
    processing.backoff = m_options.backoff;
    processing.retainDays = m_options.retainDays;
    m_processing = std::make_unique<ProcessingService>(processing);
    if (m_db->isPostgres()) {
        // Shared database: every processor's commits, this console's own included, arrive
        // through NOTIFY, and so do other consoles' operator actions.
        m_feed = new ChangeFeed(this);
        if (Status listening = m_feed->start(m_options.receiver.database); !listening)
            return listening;
        connect(m_feed, &ChangeFeed::changed, m_live, &LiveChanges::addChanges);
    } else {
        connect(m_processing.get(), &ProcessingService::changed, m_live, &LiveChanges::addChanges,
                Qt::QueuedConnection);
    }
    if (Status started = m_processing->start(); !started)
        return started;

    if (m_options.embeddedReceiver) {
        ReceiverOptions receiverOptions = m_options.receiver;
        receiverOptions.database.autoCheckpoint = false;
        m_receiver = std::make_unique<Receiver>(receiverOptions);
        ProcessingService *processor = m_processing.get();
        connect(
            m_receiver.get(), &Receiver::deliveriesStored, processor,
            [processor] { processor->wake(); }, Qt::DirectConnection);
        connect(m_receiver.get(), &Receiver::deliveriesStored, m_live, &LiveChanges::addDeliveries,
                Qt::QueuedConnection);
        const auto port = m_receiver->start();
        if (!port) {
            m_receiverError = port.error();
            qCWarning(lcModels) << "the embedded receiver did not start:" << m_receiverError;
            m_receiver.reset();
        }
    } else {
        m_receiverError =
            m_db->isPostgres() ? tr("shared database; the servers receive") : tr("receiver off");
    }
    m_sampler.start();
    sample();
    return ok();
}

void ConsoleEngine::stop()
{
    m_sampler.stop();
    if (m_receiver)
        m_receiver->stop();
    if (m_processing)
        m_processing->stop();
}

void ConsoleEngine::wakeProcessing()
{
    if (m_processing)
        m_processing->wake();
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

quint16 ConsoleEngine::port() const
{
    return m_receiver && m_receiver->isRunning() ? m_receiver->port() : 0;
}

QString ConsoleEngine::receiverUrl() const
{
    if (!port())
        return {};
    QString host = m_options.receiver.address.toString();
    if (m_options.receiver.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
#if QT_CONFIG(ssl)
    const bool tls = m_options.receiver.tls.has_value();
#else
    const bool tls = false;
#endif
    return QStringLiteral("%1://%2:%3")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(port());
}

void ConsoleEngine::sample()
{
    if (!m_db)
        return;
    m_stats.receiving = port() != 0;
    m_stats.listening = m_stats.receiving ? receiverUrl() : m_receiverError;
    quint64 accepted = 0;
    if (m_receiver)
        accepted = m_receiver->metrics().verdictCount(Verdict::Accepted);
    if (m_sampler.isActive()) {
        m_stats.eventsPerSecond.append(double(accepted - std::min(accepted, m_lastAccepted)));
        if (m_stats.eventsPerSecond.size() > 60)
            m_stats.eventsPerSecond.removeFirst();
    }
    m_lastAccepted = accepted;

    if (const auto backlog = DeliveryLog(m_db->handle()).backlog())
        m_stats.backlog = *backlog;
    m_stats.deadLetters = m_models->deadLetterGroups()->total();
    qint64 bytes = 0;
    if (m_db->isPostgres()) {
        QSqlQuery size(m_db->handle());
        if (size.exec(QStringLiteral("SELECT pg_database_size(current_database())")) && size.next())
            bytes = size.value(0).toLongLong();
    } else {
        for (const QString &file : {m_db->path(), m_db->projectionsPath()})
            bytes += QFileInfo(file).size() + QFileInfo(file + QStringLiteral("-wal")).size();
    }
    m_stats.databaseBytes = bytes;
    m_models->tick();
    for (const ConsoleModels::RaisedAlert &alert : m_models->takeNewAlerts())
        emit
    alertRaised(alert.id, alert.rule, alert.summary);
    m_stats.openAlerts = m_models->alerts()->openCount();
    emit
    statsChanged(m_stats);
}

} // namespace hookline
