#include "workerthread.h"

#include <QMutexLocker>

#include <openssl/crypto.h>

namespace hookline {

namespace {

// Runs the event loop, then deletes the owned object on its own thread and releases what
// OpenSSL keeps for this thread (an HMAC, a TLS backend loaded by a network manager). Qt's
// threads are detached: without this, OpenSSL's per-thread state is freed by the thread's own
// destructors after wait() has returned, which can race OpenSSL's cleanup at process exit and
// free the same block twice.
class OwnedThread final : public QThread
{
public:
    explicit OwnedThread(QObject *object)
        : m_object(object)
    {}

protected:
    void run() override
    {
        exec();
        delete m_object;
        OPENSSL_thread_stop();
    }

private:
    QObject *const m_object;
};

} // namespace

ThreadOwner::ThreadOwner(QString name, QThread::Priority priority)
    : m_name(std::move(name))
    , m_priority(priority)
{}

ThreadOwner::~ThreadOwner()
{
    stop();
}

void ThreadOwner::start(QObject *object)
{
    Q_ASSERT(!m_thread && object && !object->parent());
    m_thread = std::make_unique<OwnedThread>(object);
    m_thread->setObjectName(m_name);
    object->moveToThread(m_thread.get());
    {
        QMutexLocker locker(&m_lock);
        m_object = object;
    }
    m_thread->start(m_priority);
}

void ThreadOwner::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker locker(&m_lock);
        m_object = nullptr; // later posts are dropped
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

bool ThreadOwner::isRunning() const
{
    QMutexLocker locker(&m_lock);
    return m_object != nullptr;
}

QObject *ThreadOwner::object() const
{
    QMutexLocker locker(&m_lock);
    return m_object;
}

void ThreadOwner::post(std::function<void(QObject *)> function) const
{
    QMutexLocker locker(&m_lock);
    if (!m_object)
        return;
    QObject *target = m_object;
    // Run unless stop() came first: a queued call behind the one in progress is dropped (the
    // event loop's current batch would run it otherwise). This outlives the call: stop() waits.
    QMetaObject::invokeMethod(
        target,
        [this, target, function = std::move(function)] {
            if (isRunning())
                function(target);
        },
        Qt::QueuedConnection);
}

} // namespace hookline
