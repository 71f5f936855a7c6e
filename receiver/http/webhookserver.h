#pragma once

#include "http/httpanswer.h"
#include "http/httprequest.h"
#include "http/receivermetrics.h"
#include "storage/deliveryrecord.h"
#include "trustdirectory.h"

#include <QObject>

#include <optional>

class QTcpSocket;

namespace hookline {

class DeliveryWriter;
class ResponseSequencer;

struct WebhookServerOptions
{
    qsizetype maxBacklog = 50'000; // deliveries waiting for a commit before answering 503
};

// The webhook HTTP endpoint: routes, Meta's GET verification, signature checks, and the
// hand-over of verified deliveries to the writer. It answers the requests GuardedTcpServer
// frames. A delivery is answered 200 only once the writer reports its commit. Lives in the
// receiver thread.
class WebhookServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookServer)

public:
    // Answers go through answers (the edge's), after the edge's own refusals on each
    // connection.
    WebhookServer(WebhookServerOptions options, DeliveryWriter *writer, ReceiverMetrics *metrics,
                  TrustDirectory directory, ResponseSequencer *answers, QObject *parent = nullptr);
    ~WebhookServer() override;

    void setDirectory(const hookline::TrustDirectory &directory);
    void onCommitted(const QList<hookline::CommitOutcome> &outcomes);

    qsizetype waitingAnswers() const;

    // Answers one request of socket's connection, now or once its delivery is committed.
    void handle(QTcpSocket *socket, HttpRequest &&request);

private:
    std::optional<HttpAnswer> route(HttpRequest &request, QTcpSocket *socket, quint64 slot);
    HttpAnswer handshake(const QUrl &url, QTcpSocket *socket, const QString &routeLine);
    std::optional<HttpAnswer> receive(HttpRequest &request, const QString &path, QTcpSocket *socket,
                                      const QString &routeLine, quint64 slot);
    HttpAnswer refuse(const HttpRequest &request, const QString &path, QTcpSocket *socket,
                      Verdict verdict, QHttpServerResponder::StatusCode status,
                      const QByteArray &message);

    const WebhookServerOptions m_options;
    DeliveryWriter *const m_writer;
    ReceiverMetrics *const m_metrics;
    TrustDirectory m_directory;
    ResponseSequencer *const m_sequencer;
};

} // namespace hookline
