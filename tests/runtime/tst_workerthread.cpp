// WorkerThread: the one way Hookline runs a worker on a thread of its own.

#include "runtime/workerthread.h"

#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <thread>

using namespace hookline;

namespace {

// Records where it runs and where it is deleted.
class Probe final : public QObject
{
public:
    explicit Probe(std::atomic<QThread *> *deletedOn)
        : m_deletedOn(deletedOn)
    {}
    ~Probe() override { m_deletedOn->store(QThread::currentThread()); }

    void append(int value) { m_seen.append(value); }
    QList<int> seen() const { return m_seen; }
    QString threadName() const { return QThread::currentThread()->objectName(); }

private:
    std::atomic<QThread *> *m_deletedOn;
    QList<int> m_seen; // touched on the worker's thread only
};

} // namespace

class TestWorkerThread : public QObject
{
    Q_OBJECT

private slots:
    void runsTheWorkerOnANamedThread();
    void postedCallsArriveInOrder();
    void stopDeletesTheWorkerOnItsThread();
    void postAfterStopIsDropped();
    void stopDropsWhatIsStillQueued();
    void postsFromOtherThreadsWhileStopping();
};

void TestWorkerThread::runsTheWorkerOnANamedThread()
{
    std::atomic<QThread *> deletedOn{nullptr};
    WorkerThread<Probe> thread(QStringLiteral("hookline-probe"));
    QVERIFY(!thread.isRunning());
    thread.start(new Probe(&deletedOn));
    QVERIFY(thread.isRunning());
    QCOMPARE(thread.call([](Probe *probe) { return probe->threadName(); }),
             QStringLiteral("hookline-probe"));
    QVERIFY(thread.worker()->thread() != QThread::currentThread());
}

void TestWorkerThread::postedCallsArriveInOrder()
{
    std::atomic<QThread *> deletedOn{nullptr};
    WorkerThread<Probe> thread(QStringLiteral("hookline-probe"));
    thread.start(new Probe(&deletedOn));
    QList<int> expected;
    for (int i = 0; i < 1000; ++i) {
        thread.post([i](Probe *probe) { probe->append(i); });
        expected.append(i);
    }
    // call() queues behind every post before it.
    QCOMPARE(thread.call([](Probe *probe) { return probe->seen(); }), expected);
}

void TestWorkerThread::stopDeletesTheWorkerOnItsThread()
{
    std::atomic<QThread *> deletedOn{nullptr};
    QThread *workerThread = nullptr;
    {
        WorkerThread<Probe> thread(QStringLiteral("hookline-probe"));
        thread.start(new Probe(&deletedOn));
        workerThread = thread.call([](Probe *) { return QThread::currentThread(); });
        thread.stop();
        QVERIFY(!thread.isRunning());
        QCOMPARE(deletedOn.load(), workerThread);
        thread.stop(); // twice is nothing
        deletedOn.store(nullptr);
    }
    QCOMPARE(deletedOn.load(), nullptr); // the destructor did not delete it again
    // And the destructor alone stops it the same way.
    {
        WorkerThread<Probe> thread(QStringLiteral("hookline-probe"));
        thread.start(new Probe(&deletedOn));
        workerThread = thread.call([](Probe *) { return QThread::currentThread(); });
    }
    QCOMPARE(deletedOn.load(), workerThread);
    QVERIFY(workerThread != QThread::currentThread());
}

void TestWorkerThread::postAfterStopIsDropped()
{
    std::atomic<QThread *> deletedOn{nullptr};
    WorkerThread<Probe> thread(QStringLiteral("hookline-probe"));
    thread.start(new Probe(&deletedOn));
    thread.stop();
    bool ran = false;
    thread.post([&ran](Probe *) { ran = true; });
    QCoreApplication::processEvents();
    QVERIFY(!ran);
    QVERIFY(!thread.worker());
}

void TestWorkerThread::stopDropsWhatIsStillQueued()
{
    // The call in progress finishes; the ones queued behind it never run (a console closing
    // does not start the retries or sends it was asked for a moment before).
    std::atomic<QThread *> deletedOn{nullptr};
    std::atomic<int> ran{0};
    QSemaphore inProgress;
    QSemaphore release;
    WorkerThread<Probe> thread(QStringLiteral("hookline-probe"));
    thread.start(new Probe(&deletedOn));
    thread.post([&](Probe *) {
        inProgress.release();
        release.tryAcquire(1, 10'000);
        ++ran;
    });
    for (int i = 0; i < 10; ++i)
        thread.post([&ran](Probe *) { ++ran; });
    QVERIFY(inProgress.tryAcquire(1, 10'000));
    std::thread releaser([&release] {
        QThread::msleep(100);
        release.release();
    });
    thread.stop();
    releaser.join();
    QCOMPARE(ran.load(), 1);
    QVERIFY(deletedOn.load() != nullptr);
}

void TestWorkerThread::postsFromOtherThreadsWhileStopping()
{
    // Another thread keeps posting (as the writer wakes processing) while the owner stops the
    // worker: every post either runs before the worker goes or is dropped, none touches it
    // after (ASan would see it).
    for (int round = 0; round < 20; ++round) {
        std::atomic<QThread *> deletedOn{nullptr};
        std::atomic<bool> done{false};
        WorkerThread<Probe> thread(QStringLiteral("hookline-probe"));
        thread.start(new Probe(&deletedOn));
        std::thread poster([&] {
            while (!done.load())
                thread.post([](Probe *probe) { probe->append(1); });
        });
        QThread::msleep(5);
        thread.stop();
        done.store(true);
        poster.join();
        QVERIFY(!thread.worker());
        QVERIFY(deletedOn.load() != nullptr);
    }
}

QTEST_GUILESS_MAIN(TestWorkerThread)
#include "tst_workerthread.moc"
