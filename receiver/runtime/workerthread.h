#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace hookline {

// The one way Hookline runs an object on a thread of its own (the writer, the receiver,
// processing, operator actions, sends, media, line counts, the checks). The thread carries a
// name (seen in top, perf and crash reports) and a priority, and owns the object. stop(), or
// the destructor, ends the thread's event loop once the call in progress returns: calls still
// queued are dropped, and the object is deleted on its own thread as the thread finishes.
class ThreadOwner
{
    Q_DISABLE_COPY_MOVE(ThreadOwner)

public:
    explicit ThreadOwner(QString name, QThread::Priority priority = QThread::InheritPriority);
    ~ThreadOwner();

    // Moves object (without a parent) to a new thread, which starts; the thread owns it now.
    void start(QObject *object);
    // Ends the thread and waits for it; nothing when not running. From the owner's thread.
    void stop();
    bool isRunning() const;
    const QString &name() const { return m_name; }

protected:
    QObject *object() const;
    // Thread-safe: queues function(object) on the object's thread, or drops it once stopped.
    void post(std::function<void(QObject *)> function) const;

private:
    const QString m_name;
    const QThread::Priority m_priority;
    std::unique_ptr<QThread> m_thread;
    mutable QMutex m_lock; // guards m_object: posts may come from any thread
    QObject *m_object = nullptr;
};

// A ThreadOwner of one Worker type, called through typed functions: post() queues a call after
// every call queued before it; call() runs one there and waits for its result.
template <typename Worker> class WorkerThread final : public ThreadOwner
{
public:
    using ThreadOwner::ThreadOwner;

    void start(Worker *worker) { ThreadOwner::start(worker); }
    // For connections made before start(); calls go through post() and call().
    Worker *worker() const { return static_cast<Worker *>(object()); }

    // Thread-safe.
    template <typename Function> void post(Function &&function) const
    {
        ThreadOwner::post([function = std::forward<Function>(function)](QObject *target) mutable {
            function(static_cast<Worker *>(target));
        });
    }

    // From the owner's thread, never the worker's own (it would wait for itself).
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
