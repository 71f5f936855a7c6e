#include "workerthread.h"

namespace hookline {

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
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(m_name);
    m_object = object;
    m_object->moveToThread(m_thread.get());
    m_thread->start(m_priority);
}

void ThreadOwner::stop()
{
    if (!m_thread)
        return;
    QObject *object = std::exchange(m_object, nullptr);
    QMetaObject::invokeMethod(
        object, [object] { delete object; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

} // namespace hookline
