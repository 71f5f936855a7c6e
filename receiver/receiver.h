#pragma once

#include "expected.h"
#include "http/connectionlimits.h"
#include "http/receivermetrics.h"
#include "runtime/workerthread.h"
#include "storage/database.h"
#include "trustdirectory.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

class QThread;

namespace hookline {

class DeliveryWriter;
class GuardedTcpServer;
class WebhookServer;

struct ReceiverOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8080;
    DatabaseOptions database;
    ConnectionLimits limits;
    qsizetype maxBacklog = 50'000;
    int maxBatch = 4096;
    int rejectionCap = 10'000;
    int configPollMs = 2000;
#if QT_CONFIG(ssl)
    std::optional<QSslConfiguration> tls;
#endif
};

// The embedded webhook receiver: an HTTP server in its own thread ("hookline-receiver") and the
// delivery-log writer in another ("hookline-writer"). Used by `hookline serve` and the console.
class Receiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Receiver)

public:
    explicit Receiver(ReceiverOptions options, QObject *parent = nullptr);
    ~Receiver() override;

    // Opens the database and starts listening; returns the port bound. Blocks until then.
    Expected<quint16> start();

    // Stops accepting, answers what is in flight once committed, and closes the database.
    void stop();

    bool isRunning() const { return m_running; }
    quint16 port() const { return m_port; }
    const ReceiverMetrics &metrics() const { return m_metrics; }

signals:
    // Deliveries newly committed to the log (emitted from the writer thread).
    void deliveriesStored(const QList<qint64> &deliveryIds);

private:
    const ReceiverOptions m_options;
    ReceiverMetrics m_metrics;
    // The writer's thread owns the writer; the receiver's owns an anchor, parent of the server.
    WorkerThread<DeliveryWriter> m_writerThread{QStringLiteral("hookline-writer")};
    WorkerThread<QObject> m_serverThread{QStringLiteral("hookline-receiver")};
    DeliveryWriter *m_writer = nullptr;
    WebhookServer *m_server = nullptr;
    GuardedTcpServer *m_listener = nullptr;
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace hookline
