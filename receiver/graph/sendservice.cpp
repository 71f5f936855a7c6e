#include "sendservice.h"

#include "graphlogging.h"
#include "sendlog.h"
#include "storage/clock.h"

#include <QTimer>

#include <memory>

namespace hookline {

// Lives in the service's thread: everything it owns is created and used there.
class SendWorker final : public QObject
{
    Q_OBJECT

public:
    SendWorker(DatabaseOptions database, GraphEndpoint endpoint)
        : m_options(std::move(database))
        , m_endpoint(std::move(endpoint))
    {}

    // Opens the connection and settles what an earlier run left (SendLog::reconcile), then
    // again every half minute.
    Status open()
    {
        if (m_db)
            return ok();
        auto db = Database::open(m_options, QStringLiteral("hookline-sends"));
        if (!db)
            return Error{db.error()};
        m_db = std::move(*db);
        m_client = std::make_unique<GraphClient>(m_endpoint);
        auto *timer = new QTimer(this);
        timer->setInterval(30'000);
        connect(timer, &QTimer::timeout, this, &SendWorker::reconcile);
        timer->start();
        reconcile();
        return ok();
    }

    void reconcile()
    {
        const auto changed = SendLog::reconcile(m_db->handle(), Clock::nowMicros());
        if (!changed)
            qCWarning(lcGraph).noquote() << changed.error();
        else if (*changed > 0)
            emit
        reconciled();
    }

    void send(int request, const SendRequest &what)
    {
        if (const Status opened = open(); !opened) {
            MessageSender::Outcome refused;
            refused.state = QStringLiteral("refused");
            refused.reason = opened.error();
            emit
            finished(request, refused);
            return;
        }
        MessageSender sender(m_db->handle(), *m_client);
        sender.setRecorded([this, request](qint64 id) {
            emit
            recorded(request, id);
        });
        sender.send(what, [this, request](const MessageSender::Outcome &outcome) {
            emit
            finished(request, outcome);
        });
    }

    void listTemplates(const QString &line, bool refresh)
    {
        if (const Status opened = open(); !opened) {
            emit
            templates(line, {}, opened.error());
            return;
        }
        const auto listed = refresh ? TemplateCatalog::refresh(m_db->handle(), *m_client, line)
                                    : TemplateCatalog::cached(m_db->handle(), line);
        emit
        templates(line, listed ? *listed : QList<MessageTemplate>(),
                  listed ? QString() : listed.error());
    }

signals:
    void recorded(int request, qint64 sendId);
    void finished(int request, const hookline::MessageSender::Outcome &outcome);
    void reconciled();
    void templates(const QString &line, const QList<hookline::MessageTemplate> &templates,
                   const QString &error);

private:
    DatabaseOptions m_options;
    GraphEndpoint m_endpoint;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GraphClient> m_client;
};

SendService::SendService(DatabaseOptions database, GraphEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<WorkerThread<SendWorker>>(QStringLiteral("hookline-sends")))
{
    qRegisterMetaType<hookline::MessageSender::Outcome>();
    qRegisterMetaType<QList<hookline::MessageTemplate>>();
    auto *worker = new SendWorker(std::move(database), std::move(endpoint));
    connect(worker, &SendWorker::recorded, this, &SendService::recorded, Qt::QueuedConnection);
    connect(worker, &SendWorker::finished, this, &SendService::finished, Qt::QueuedConnection);
    connect(worker, &SendWorker::reconciled, this, &SendService::reconciled, Qt::QueuedConnection);
    connect(worker, &SendWorker::templates, this, &SendService::templates, Qt::QueuedConnection);
    m_thread->start(worker);
    m_thread->post([](SendWorker *sends) {
        if (const Status opened = sends->open(); !opened)
            qCWarning(lcGraph).noquote() << opened.error();
    });
}

SendService::~SendService() = default;

int SendService::send(const SendRequest &request)
{
    const int number = m_next++;
    m_thread->post([number, request](SendWorker *sends) { sends->send(number, request); });
    return number;
}

void SendService::listTemplates(const QString &line, bool refresh)
{
    m_thread->post([line, refresh](SendWorker *sends) { sends->listTemplates(line, refresh); });
}

} // namespace hookline

#include "sendservice.moc"
