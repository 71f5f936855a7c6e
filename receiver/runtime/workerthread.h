#pragma once

#include <QMetaObject>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace hookline {

// The one way Hookline runs an object on a thread of its own (the writer, the receiver,
// processing, operator actions, sends, media, line counts). The thread carries a name (seen in
// top, perf and crash reports) and a priority; it owns the object: stop(), or the destructor,
// deletes the object on its own thread, then ends the thread and waits for it.
class ThreadOwner
{
    Q_DISABLE_COPY_MOVE(ThreadOwner)

public:
    explicit ThreadOwner(QString name, QThread::Priority priority = QThread::InheritPriority);
    ~ThreadOwner();

    // Moves object (without a parent) to a new thread, which starts; the thread owns it now.
    void start(QObject *object);
    // Deletes the object on its thread, then ends the thread; nothing when not running.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    const QString &name() const { return m_name; }

protected:
    QObject *object() const { return m_object; }

private:
    const QString m_name;
    const QThread::Priority m_priority;
    std::unique_ptr<QThread> m_thread;
    QObject *m_object = nullptr;
};

// A ThreadOwner of one Worker type, called through typed functions: post() queues a call after
// every call queued before it; call() runs one there and waits for its result.
template <typename Worker> class WorkerThread final : public ThreadOwner
{
public:
    using ThreadOwner::ThreadOwner;

    void start(Worker *worker) { ThreadOwner::start(worker); }
    Worker *worker() const { return static_cast<Worker *>(object()); }

    template <typename Function> void post(Function &&function) const
    {
        Worker *target = worker();
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target,
            [target, function = std::forward<Function>(function)]() mutable { function(target); },
            Qt::QueuedConnection);
    }

    // Never from the worker's own thread (it would wait for itself).
    template <typename Function> auto call(Function &&function) const
    {
        using Result = std::invoke_result_t<Function, Worker *>;
        Worker *target = worker();
        Q_ASSERT(target && QThread::currentThread() != target->thread());
        if constexpr (std::is_void_v<Result>) {
            QMetaObject::invokeMethod(
                target, [&] { function(target); }, Qt::BlockingQueuedConnection);
        } else {
            std::optional<Result> result;
            QMetaObject::invokeMethod(
                target, [&] { result.emplace(function(target)); }, Qt::BlockingQueuedConnection);
            return std::move(*result);
        }
    }
};

} // namespace hookline
