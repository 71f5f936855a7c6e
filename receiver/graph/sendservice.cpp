#include "sendservice.h"

#include "graphlogging.h"

#include <QThread>

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

    void send(int request, const SendRequest &what)
    {
        if (!m_db) {
            auto db = Database::open(m_options, QStringLiteral("hookline-sends"));
            if (!db) {
                MessageSender::Outcome refused;
                refused.state = QStringLiteral("refused");
                refused.reason = db.error();
                emit
                finished(request, refused);
                return;
            }
            m_db = std::move(*db);
            m_client = std::make_unique<GraphClient>(m_endpoint);
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

signals:
    void recorded(int request, qint64 sendId);
    void finished(int request, const hookline::MessageSender::Outcome &outcome);

private:
    DatabaseOptions m_options;
    GraphEndpoint m_endpoint;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GraphClient> m_client;
};

SendService::SendService(DatabaseOptions database, GraphEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_worker(new SendWorker(std::move(database), std::move(endpoint)))
{
    qRegisterMetaType<hookline::MessageSender::Outcome>();
    m_thread->setObjectName(QStringLiteral("hookline-sends"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SendWorker::recorded, this, &SendService::recorded, Qt::QueuedConnection);
    connect(m_worker, &SendWorker::finished, this, &SendService::finished, Qt::QueuedConnection);
    m_thread->start();
}

SendService::~SendService()
{
    m_thread->quit();
    m_thread->wait();
}

int SendService::send(const SendRequest &request)
{
    const int number = m_next++;
    SendWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, number, request] { worker->send(number, request); }, Qt::QueuedConnection);
    return number;
}

} // namespace hookline

#include "sendservice.moc"
