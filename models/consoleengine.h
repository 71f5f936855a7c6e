#pragma once

#include "alerts/alertrules.h"
#include "consolestats.h"
#include "deliverydetail.h"
#include "expected.h"
#include "graph/graphendpoint.h"
#include "processing/backoffpolicy.h"
#include "processing/changeset.h"
#include "receiver.h"
#include "runtime/runtime.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace hookline {

class ConsoleModels;
class Database;
class LiveChanges;
class LogModel;
class OperatorService;
class SendService;
class MediaService;
class Runtime;
class SearchResultModel;

// A console's runtime (the receiver, processing, the operator's actions, sends and media; the
// engine turns on what a console always has) and how often its models take in changes.
struct ConsoleOptions : RuntimeOptions
{
    int flushIntervalMs = 100;
};

// The models of one console on top of the runtime (receiver/runtime): the GUI thread's read
// connection, the models on it, and the live flow of the runtime's changes into them.
class ConsoleEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleEngine)

public:
    explicit ConsoleEngine(ConsoleOptions options, QObject *parent = nullptr);
    ~ConsoleEngine() override;

    // Opens the database and loads the models; the window can show after this. The runtime's
    // lock, where wanted, is taken before.
    Status open();
    // Starts processing and, when embedded, the receiver; a receiver that cannot listen leaves
    // the console usable, with the reason in stats().listening.
    Status startServices();
    void stop();

    ConsoleModels *models() const { return m_models; }
    LogModel *log() const { return m_log; }
    OperatorService *operations() const;
    // Replies through the Graph API, off the GUI thread.
    SendService *sends() const;
    // Customers' media, downloaded in the background; null when options say no downloads.
    MediaService *media() const;
    Runtime *runtime() const { return m_runtime.get(); }
    QString operatorName() const;
    Database &database() const { return *m_db; }
    const ConsoleOptions &options() const { return m_options; }
    // "http://127.0.0.1:8080" or empty when not listening.
    QString receiverUrl() const;
    quint16 port() const;
    const ConsoleStats &stats() const { return m_stats; }
    // Wakes processing (after a retry or a replay).
    void wakeProcessing();

    // Configuration, on the console's connection (rare, small writes).
    Expected<TrustDirectory> trust() const;
    Status addApp(const AppRecord &app);
    Status addLine(const LineRecord &line);
    Status updateApp(const AppRecord &app); // an empty secret or token keeps the stored one
    Status updateLine(const LineRecord &line);
    // "http://host:port/webhook/<line>" for this receiver; empty line: the unified route.
    QString callbackUrl(const QString &line = {}) const;
    // The database, for people: its file, or the server without any secret.
    QString databaseName() const;

    // What the windows read besides the models, on the console's connection: the alert rules
    // and their webhook's signing key, one delivery whole (the inspector), and a model of
    // search results of its own.
    Expected<AlertRules> alertRules() const;
    Expected<QByteArray> alertWebhookSecret() const;
    Expected<DeliveryDetail> deliveryDetail(qint64 deliveryId) const;
    SearchResultModel *createSearchResults(QObject *parent) const;

signals:
    void statsChanged(const hookline::ConsoleStats &stats);
    void changesApplied(const hookline::ChangeSet &changes);
    // New alerts (from this console's processing or any other on the database).
    void alertRaised(qint64 id, const QString &rule, const QString &summary);

private:
    void sample();
    // Why the console is not receiving, for the status bar.
    QString receiverProblem() const;

    ConsoleOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Runtime> m_runtime;
    ConsoleModels *m_models = nullptr;
    LogModel *m_log = nullptr;
    LiveChanges *m_live = nullptr;
    QTimer m_sampler;
    ConsoleStats m_stats;
    quint64 m_lastAccepted = 0;
};

} // namespace hookline
