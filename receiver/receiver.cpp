#include "receiver.h"

#include "http/guardedtcpserver.h"
#include "http/webhookserver.h"
#include "logging.h"
#include "storage/clock.h"
#include "storage/deliverywriter.h"

#include <QThread>

namespace hookline {

namespace {

void registerTypes()
{
    qRegisterMetaType<hookline::TrustDirectory>();
    qRegisterMetaType<hookline::CommitOutcome>();
    qRegisterMetaType<QList<hookline::CommitOutcome>>();
    qRegisterMetaType<QList<qint64>>();
}

} // namespace

Receiver::Receiver(ReceiverOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    registerTypes();
}

Receiver::~Receiver()
{
    stop();
}

Expected<quint16> Receiver::start()
{
    if (m_running)
        return m_port;

    WriterOptions writerOptions;
    writerOptions.database = m_options.database;
    writerOptions.maxBatch = m_options.maxBatch;
    writerOptions.rejectionCap = m_options.rejectionCap;
    writerOptions.configPollMs = m_options.configPollMs;

    m_writerThread = new QThread;
    m_writerThread->setObjectName(QStringLiteral("hookline-writer"));
    m_writer = new DeliveryWriter(writerOptions, &m_metrics);
    m_writer->moveToThread(m_writerThread);
    connect(m_writer, &DeliveryWriter::deliveriesStored, this, &Receiver::deliveriesStored,
            Qt::DirectConnection);
    m_writerThread->start();

    std::optional<Status> opened;
    TrustDirectory directory;
    QMetaObject::invokeMethod(
        m_writer,
        [&] {
            opened = m_writer->open();
            directory = m_writer->directory();
        },
        Qt::BlockingQueuedConnection);
    if (!*opened) {
        const QString error = opened->error();
        stop();
        return Error{error};
    }

    m_serverThread = new QThread;
    m_serverThread->setObjectName(QStringLiteral("hookline-receiver"));
    m_serverAnchor = new QObject;
    m_serverAnchor->moveToThread(m_serverThread);
    m_serverThread->start();

    // The HTTP server and its listening socket are created inside the receiver thread.
    std::optional<Expected<quint16>> listening;
    QMetaObject::invokeMethod(
        m_serverAnchor,
        [&] {
            WebhookServerOptions serverOptions;
            serverOptions.maxBacklog = m_options.maxBacklog;
            m_server =
                new WebhookServer(serverOptions, m_writer, &m_metrics, directory, m_serverAnchor);
            m_listener = new GuardedTcpServer(m_options.limits, &m_metrics, m_server);
#if QT_CONFIG(ssl)
            if (m_options.tls)
                m_listener->setTlsConfiguration(*m_options.tls);
#endif
            if (!m_listener->listen(m_options.address, m_options.port)) {
                listening = Error{QStringLiteral("cannot listen on %1:%2: %3")
                                      .arg(m_options.address.toString())
                                      .arg(m_options.port)
                                      .arg(m_listener->errorString())};
                return;
            }
            m_server->bind(m_listener);
            listening = m_listener->serverPort();
        },
        Qt::BlockingQueuedConnection);
    if (!*listening) {
        const QString error = listening->error();
        stop();
        return Error{error};
    }
    connect(m_writer, &DeliveryWriter::committed, m_server, &WebhookServer::onCommitted);
    connect(m_writer, &DeliveryWriter::directoryChanged, m_server, &WebhookServer::setDirectory);
    connect(m_listener, &GuardedTcpServer::refused, m_server,
            [writer = m_writer](const QString &peer, int status, const QString &reason,
                                qint64 bytesSeen) {
                RejectionRecord rejection;
                rejection.atUs = Clock::nowMicros();
                rejection.peer = peer;
                rejection.method = QStringLiteral("-");
                rejection.route = QStringLiteral("-");
                rejection.reason = reason;
                rejection.status = status;
                rejection.size = bytesSeen;
                writer->record(rejection);
            });
    m_port = **listening;
    m_running = true;
    qCInfo(lcReceiver) << "listening on" << m_options.address.toString() << "port" << m_port;
    return m_port;
}

void Receiver::stop()
{
    if (m_serverThread && m_listener) {
        // 1. Stop accepting new connections.
        QMetaObject::invokeMethod(
            m_serverAnchor, [this] { m_listener->close(); }, Qt::BlockingQueuedConnection);
    }
    if (m_writerThread && m_writer) {
        // 2. Commit everything already received; the outcomes are queued to the receiver.
        QMetaObject::invokeMethod(
            m_writer, [this] { m_writer->drain(); }, Qt::BlockingQueuedConnection);
    }
    if (m_serverThread) {
        // 3. Write those answers, then close the connections and the server in its thread.
        QMetaObject::invokeMethod(
            m_serverAnchor,
            [this] {
                if (m_listener)
                    m_listener->closeAll(2000);
                delete m_serverAnchor;
            },
            Qt::BlockingQueuedConnection);
        m_serverAnchor = nullptr;
        m_server = nullptr;
        m_listener = nullptr;
        m_serverThread->quit();
        m_serverThread->wait();
        delete m_serverThread;
        m_serverThread = nullptr;
    }
    if (m_writerThread) {
        QMetaObject::invokeMethod(
            m_writer, [this] { delete m_writer; }, Qt::BlockingQueuedConnection);
        m_writer = nullptr;
        m_writerThread->quit();
        m_writerThread->wait();
        delete m_writerThread;
        m_writerThread = nullptr;
    }
    if (m_running)
        qCInfo(lcReceiver) << "stopped";
    m_running = false;
}

} // namespace hookline
