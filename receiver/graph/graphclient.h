#pragma once

#include "graphendpoint.h"
#include "grapherror.h"

#include <QJsonObject>
#include <QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace hookline {

// Calls the Graph API over Qt Network. Lives in (and answers on) the thread that owns it,
// never the GUI thread's: the console runs it in a worker, the command line in its own loop.
// Rate limits are waited out (Retry-After, or a doubling wait) and asked again, since Meta
// refused before doing anything; a send that went out and got no usable answer is never asked
// again (the Graph API has no idempotency key: a blind retry could message a customer twice).
class GraphClient : public QObject
{
    Q_OBJECT

public:
    struct Answer
    {
        QJsonObject body;
        GraphError error;
        int attempts = 0;
    };
    using Done = std::function<void(const Answer &)>;

    enum class Resend
    {
        Never,          // a send: only a refusal (rate limit) is asked again
        WhenUnanswered, // a read: a lost answer or a server failure is asked again too
    };

    explicit GraphClient(GraphEndpoint endpoint, QObject *parent = nullptr);
    ~GraphClient() override;

    const GraphEndpoint &endpoint() const { return m_endpoint; }

    void get(const QString &path, const QByteArray &token, Done done);
    void post(const QString &path, const QByteArray &token, const QJsonObject &body, Done done);

    // The same, waiting in a local event loop: for the command line and worker threads only.
    Answer getNow(const QString &path, const QByteArray &token);
    Answer postNow(const QString &path, const QByteArray &token, const QJsonObject &body);

private:
    struct Call;
    void start(std::shared_ptr<Call> call);
    void finished(std::shared_ptr<Call> call, QNetworkReply *reply);
    Answer wait(const std::function<void(Done)> &begin);

    GraphEndpoint m_endpoint;
    QNetworkAccessManager *m_network;
};

} // namespace hookline
