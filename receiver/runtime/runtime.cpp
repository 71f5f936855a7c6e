#include "runtime.h"

#include "graph/sendservice.h"
#include "logging.h"
#include "media/mediaservice.h"
#include "processing/processingservice.h"
#include "runtime/operatorservice.h"
#include "storage/changefeed.h"
#include "storage/instancelock.h"

#include <QDeadlineTimer>
#include <QThread>

namespace hookline {

Runtime::Runtime(RuntimeOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    qRegisterMetaType<hookline::ChangeSet>();
    qRegisterMetaType<hookline::IntegrityReport>();
    qRegisterMetaType<QList<hookline::DoctorCheck>>();
}

Runtime::~Runtime()
{
    stop();
}

Status Runtime::lock(int patienceMs)
{
    const DatabaseOptions &database = m_options.receiver.database;
    if (m_lock || database.server.isPostgres())
        return ok();
    auto acquired = InstanceLock::acquire(database.path);
    for (QDeadlineTimer patience(patienceMs); !acquired && !patience.hasExpired();) {
        QThread::msleep(200);
        acquired = InstanceLock::acquire(database.path);
    }
    if (!acquired)
        return Error{acquired.error()};
    m_lock = std::move(*acquired);
    return ok();
}

void Runtime::openActions()
{
    const DatabaseOptions &database = m_options.receiver.database;
    if (m_options.operatorActions && !m_operations) {
        m_operations = std::make_unique<OperatorService>(
            database, m_options.operatorName.isEmpty() ? OperatorService::defaultOperatorName()
                                                       : m_options.operatorName);
        // What an action changed is for processing to carry on with (a read marker is not).
        connect(m_operations.get(), &OperatorService::finished, this,
                [this](const OperatorResult &result) {
                    if (result.error.isEmpty() && result.action != OperatorResult::MarkRead)
                        wakeProcessing();
                });
    }
    if (m_options.sends && !m_sends)
        m_sends = std::make_unique<SendService>(database, m_options.graph);
    if (m_options.mediaDownloads && !m_media) {
        MediaOptions media;
        media.database = database;
        media.endpoint = m_options.graph;
        media.root = m_options.mediaRoot;
        media.capBytes = m_options.mediaCapBytes;
        m_media = std::make_unique<MediaService>(media);
    }
}

Status Runtime::start()
{
    if (m_processing)
        return ok(); // started already
    // Processing's connection never holds up the receiver's commits: the log's WAL is
    // checkpointed by processing, and the projections can always be derived again.
    ProcessorOptions processing = m_options.processing;
    processing.database = m_options.receiver.database;
    processing.database.synchronousFull = false;
    processing.checkpointLog = true;
    auto service = std::make_unique<ProcessingService>(processing);
    if (m_options.receiver.database.server.isPostgres() && m_options.liveChanges) {
        // Shared database: every processor's commits, this one's included, arrive through
        // NOTIFY, and so do other consoles' operator actions.
        auto feed = std::make_unique<ChangeFeed>();
        if (Status listening = feed->start(m_options.receiver.database); !listening)
            return listening;
        connect(feed.get(), &ChangeFeed::changed, this, &Runtime::changed);
        m_feed = std::move(feed);
    } else if (m_options.liveChanges && !m_options.receiver.database.server.isPostgres()) {
        connect(service.get(), &ProcessingService::changed, this, &Runtime::changed,
                Qt::QueuedConnection);
    }
    if (Status started = service->start(); !started)
        return started;
    m_processing = std::move(service);
    openActions();

    if (!m_options.embeddedReceiver)
        return ok();
    ReceiverOptions receiverOptions = m_options.receiver;
    receiverOptions.database.autoCheckpoint = false; // processing checkpoints the log
    m_receiver = std::make_unique<Receiver>(receiverOptions);
    ProcessingService *processor = m_processing.get();
    connect(
        m_receiver.get(), &Receiver::deliveriesStored, processor,
        [processor] { processor->wake(); }, Qt::DirectConnection);
    connect(m_receiver.get(), &Receiver::deliveriesStored, this, &Runtime::deliveriesStored,
            Qt::QueuedConnection);
    if (const auto port = m_receiver->start(); !port) {
        m_receiverError = port.error();
        m_receiver.reset();
    }
    return ok();
}

void Runtime::checkIntegrity()
{
    if (m_integrity.isRunning())
        return;
    m_integrity.start(new QObject);
    m_integrity.post([this, database = m_options.receiver.database](QObject *) {
        const IntegrityReport report = IntegrityCheck::run(database);
        QMetaObject::invokeMethod(
            this,
            [this, report] {
                if (!report.logIntact || !report.projectionsIntact)
                    qCCritical(lcStorage).noquote() << report.message;
                else if (!m_options.receiver.database.server.isPostgres())
                    qCInfo(lcStorage) << "integrity check passed";
                if (!report.logIntact && m_receiver)
                    m_receiver->stop(); // nothing more goes into a damaged log
                emit
                integrityChecked(report);
            },
            Qt::QueuedConnection);
    });
}

bool Runtime::checkSetUp(const DoctorOptions &options)
{
    if (m_checkingSetUp)
        return false;
    m_checkingSetUp = true;
    if (!m_doctor.isRunning())
        m_doctor.start(new QObject);
    m_doctor.post([this, options](QObject *) {
        const QList<DoctorCheck> checks = Doctor::run(options);
        QMetaObject::invokeMethod(
            this,
            [this, checks] {
                m_checkingSetUp = false;
                emit
                setUpChecked(checks);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void Runtime::stop()
{
    // The checks read the whole database: they finish first. The operator's actions, sends and
    // media stay until this goes (windows may still hold them).
    m_integrity.stop();
    m_doctor.stop();
    if (m_receiver)
        m_receiver->stop();
    if (m_processing)
        m_processing->stop();
}

quint16 Runtime::port() const
{
    return m_receiver && m_receiver->isRunning() ? m_receiver->port() : 0;
}

QString Runtime::receiverUrl() const
{
    if (!port())
        return {};
    const QHostAddress &address = m_options.receiver.address;
    QString host = address.toString();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
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

quint64 Runtime::accepted() const
{
    return m_receiver ? m_receiver->metrics().verdictCount(Verdict::Accepted) : 0;
}

void Runtime::wakeProcessing()
{
    if (m_processing)
        m_processing->wake();
}

} // namespace hookline
