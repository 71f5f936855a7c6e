#pragma once

#include "http/httpanswer.h"
#include "http/receivermetrics.h"
#include "storage/deliveryrecord.h"
#include "trustdirectory.h"

#include <QAbstractHttpServer>

#include <optional>

namespace hookline {

class DeliveryWriter;
class ResponseSequencer;

struct WebhookServerOptions
{
    qsizetype maxBacklog = 50'000; // deliveries waiting for a commit before answering 503
};

// The webhook HTTP endpoint: routes, Meta's GET verification, signature checks, and the
// hand-over of verified deliveries to the writer. A delivery is answered 200 only once the
// writer reports its commit. Lives in the receiver thread.
class WebhookServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookServer)

public:
    WebhookServer(WebhookServerOptions options, DeliveryWriter *writer, ReceiverMetrics *metrics,
                  TrustDirectory directory, QObject *parent = nullptr);
    ~WebhookServer() override;

    void setDirectory(const hookline::TrustDirectory &directory);
    void onCommitted(const QList<hookline::CommitOutcome> &outcomes);

    qsizetype waitingAnswers() const;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    std::optional<HttpAnswer> route(const QHttpServerRequest &request, QTcpSocket *socket,
                                    quint64 slot);
    HttpAnswer handshake(const QHttpServerRequest &request, const QString &routeLine);
    std::optional<HttpAnswer> receive(const QHttpServerRequest &request, QTcpSocket *socket,
                                      const QString &routeLine, quint64 slot);
    HttpAnswer refuse(const QHttpServerRequest &request, QTcpSocket *socket, Verdict verdict,
                      QHttpServerResponder::StatusCode status, const QByteArray &message);

    const WebhookServerOptions m_options;
    DeliveryWriter *const m_writer;
    ReceiverMetrics *const m_metrics;
    TrustDirectory m_directory;
    ResponseSequencer *m_sequencer;
};

} // namespace hookline
