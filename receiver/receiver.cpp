#include "receiver.h"

#include "http/guardedtcpserver.h"
#include "http/webhookserver.h"
#include "logging.h"
#include "storage/clock.h"
#include "storage/deliverywriter.h"

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

    m_writer = new DeliveryWriter(writerOptions, &m_metrics);
    connect(m_writer, &DeliveryWriter::deliveriesStored, this, &Receiver::deliveriesStored,
            Qt::DirectConnection);
    m_writerThread.start(m_writer);

    TrustDirectory directory;
    if (const Status opened = m_writerThread.call([&directory](DeliveryWriter *writer) {
            Status status = writer->open();
            directory = writer->directory();
            return status;
        });
        !opened) {
        stop();
        return Error{opened.error()};
    }

    // The HTTP server and its listening socket are created inside the receiver thread.
    m_serverThread.start(new QObject);
    const Expected<quint16> listening =
        m_serverThread.call([&](QObject *anchor) -> Expected<quint16> {
            WebhookServerOptions serverOptions;
            serverOptions.maxBacklog = m_options.maxBacklog;
            m_listener = new GuardedTcpServer(m_options.limits, &m_metrics, anchor);
            m_server = new WebhookServer(serverOptions, m_writer, &m_metrics, directory,
                                         m_listener->answers(), anchor);
#if QT_CONFIG(ssl)
            if (m_options.tls)
                m_listener->setTlsConfiguration(*m_options.tls);
#endif
            if (!m_listener->listen(m_options.address, m_options.port))
                return Error{QStringLiteral("cannot listen on %1:%2: %3")
                                 .arg(m_options.address.toString())
                                 .arg(m_options.port)
                                 .arg(m_listener->errorString())};
            m_listener->setRequestHandler(
                [server = m_server](QTcpSocket *socket, HttpRequest &&request) {
                    server->handle(socket, std::move(request));
                });
            return m_listener->serverPort();
        });
    if (!listening) {
        stop();
        return Error{listening.error()};
    }
    connect(m_writer, &DeliveryWriter::committed, m_server, &WebhookServer::onCommitted);
    connect(m_writer, &DeliveryWriter::directoryChanged, m_server, &WebhookServer::setDirectory);
    connect(m_listener, &GuardedTcpServer::refused, m_server,
            [writer = m_writer](const QString &peer, int status, const QString &reason,
                                qint64 bytesSeen) {
                writer->record(RejectionRecord::now(peer, QStringLiteral("-"), QStringLiteral("-"),
                                                    reason, status, bytesSeen));
            });
    m_port = *listening;
    m_running = true;
    qCInfo(lcReceiver) << "listening on" << m_options.address.toString() << "port" << m_port;
    return m_port;
}

void Receiver::stop()
{
    if (m_serverThread.isRunning() && m_listener) {
        // 1. Stop accepting new connections.
        m_serverThread.call([this](QObject *) { m_listener->close(); });
    }
    if (m_writerThread.isRunning()) {
        // 2. Commit everything already received; the outcomes are queued to the receiver.
        m_writerThread.call([](DeliveryWriter *writer) { writer->drain(); });
    }
    if (m_serverThread.isRunning()) {
        // 3. Write those answers, then close the connections; the server goes with its thread.
        m_serverThread.call([this](QObject *) {
            if (m_listener)
                m_listener->closeAll(2000);
        });
        m_serverThread.stop();
        m_server = nullptr;
        m_listener = nullptr;
    }
    m_writerThread.stop();
    m_writer = nullptr;
    if (m_running)
        qCInfo(lcReceiver) << "stopped";
    m_running = false;
}

} // namespace hookline
