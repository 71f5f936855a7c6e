#include "keyring.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMutex>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <functional>
#include <optional>

namespace hookline {

namespace {

constexpr int ProbeTimeoutMs = 3000;
constexpr int JobTimeoutMs = 10000;

struct Outcome
{
    bool finished = false;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QByteArray data;
};

// The thread QtKeychain's jobs run on, started on first use and stopped with the application.
class KeyringThread
{
public:
    static KeyringThread &instance()
    {
        static KeyringThread keyring;
        return keyring;
    }

    // Runs the job made by make on the keyring's thread and waits for it, at most timeoutMs.
    // QtKeychain runs one job at a time: while one that timed out is still pending, the next
    // would only queue behind it, so none is started and the call fails at once.
    Outcome run(const std::function<QKeychain::Job *()> &make, int timeoutMs)
    {
        QMutexLocker lock(&m_mutex);
        Outcome outcome;
        if (m_stopped || m_stuck.loadAcquire() > 0) {
            outcome.errorString = m_stopped ? QStringLiteral("the application is closing")
                                            : QStringLiteral("the keyring has not answered an "
                                                             "earlier request yet");
            return outcome;
        }
        if (!m_thread) {
            m_thread = new QThread;
            m_thread->setObjectName(QStringLiteral("keyring"));
            m_context = new QObject;
            m_context->moveToThread(m_thread);
            m_thread->start();
            qAddPostRoutine(&KeyringThread::stop);
        }
        QMetaObject::invokeMethod(
            m_context,
            [&] {
                QPointer<QKeychain::Job> job = make();
                job->setAutoDelete(true);
                QEventLoop loop;
                QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *done) {
                    outcome.finished = true;
                    outcome.error = done->error();
                    outcome.errorString = done->errorString();
                    if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                        outcome.data = read->binaryData();
                    loop.quit();
                });
                QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
                job->start();
                if (!outcome.finished)
                    loop.exec();
                if (job && !outcome.finished) {
                    // Left to finish (and delete itself) whenever the keyring answers; until
                    // then no other job starts.
                    QObject::disconnect(job, &QKeychain::Job::finished, &loop, nullptr);
                    m_stuck.ref();
                    QObject::connect(job, &QKeychain::Job::finished, m_context,
                                     [this] { m_stuck.deref(); });
                }
            },
            Qt::BlockingQueuedConnection);
        return outcome;
    }

private:
    static void stop()
    {
        KeyringThread &keyring = instance();
        QMutexLocker lock(&keyring.m_mutex);
        keyring.m_stopped = true;
        if (!keyring.m_thread)
            return;
        keyring.m_thread->quit();
        keyring.m_thread->wait();
        delete keyring.m_context;
        delete keyring.m_thread;
        keyring.m_context = nullptr;
        keyring.m_thread = nullptr;
    }

    QMutex m_mutex;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr;
    QAtomicInt m_stuck;
    bool m_stopped = false;
};

bool sessionBusExists()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
    return true; // Windows' Credential Manager and macOS's Keychain need no bus
#else
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    // systemd's user session puts the bus at a well-known place without exporting the address.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus")));
#endif
}

QString describe(const Outcome &outcome)
{
    if (!outcome.finished)
        return QStringLiteral("the keyring did not answer");
    return outcome.errorString.isEmpty() ? QStringLiteral("keyring error %1").arg(outcome.error)
                                         : outcome.errorString;
}

enum class Probe
{
    Answered,
    Absent,
    Silent
};

Probe probe()
{
    if (qEnvironmentVariable("HOOKLINE_KEYRING") == QLatin1String("off")) {
        qCDebug(lcStorage) << "keyring off (HOOKLINE_KEYRING=off): secrets go to the credentials "
                              "file";
        return Probe::Absent;
    }
    if (!sessionBusExists()) {
        qCDebug(lcStorage) << "no session bus: no keyring, secrets go to the credentials file";
        return Probe::Absent;
    }
    if (!QCoreApplication::instance())
        return Probe::Absent;
    // Any answer about an entry that does not exist proves a keyring is there.
    const Outcome outcome = KeyringThread::instance().run(
        [] {
            auto *job = new QKeychain::ReadPasswordJob(Keyring::service());
            job->setKey(QStringLiteral("probe"));
            job->setInsecureFallback(false);
            return job;
        },
        ProbeTimeoutMs);
    const bool answered = outcome.finished && (outcome.error == QKeychain::NoError ||
                                               outcome.error == QKeychain::EntryNotFound);
    if (answered)
        return Probe::Answered;
    qCInfo(lcStorage).noquote()
        << QStringLiteral("no usable keyring (%1): secrets are read from and go to the "
                          "credentials file for now")
               .arg(describe(outcome));
    return outcome.finished ? Probe::Absent : Probe::Silent;
}

} // namespace

QString Keyring::service()
{
    return QStringLiteral("Hookline");
}

bool Keyring::reachable()
{
    // Decided once, but a keyring that did not answer (not unlocked yet, a slow session
    // start) is asked again half a minute later.
    static QMutex mutex;
    static std::optional<Probe> answer;
    static QElapsedTimer since;
    QMutexLocker lock(&mutex);
    if (!answer || (*answer == Probe::Silent && since.elapsed() > 30'000)) {
        answer = probe();
        since.start();
    }
    return *answer == Probe::Answered;
}

Expected<QByteArray> Keyring::read(const QString &key)
{
    const Outcome outcome = KeyringThread::instance().run(
        [key] {
            auto *job = new QKeychain::ReadPasswordJob(service());
            job->setKey(key);
            job->setInsecureFallback(false);
            return job;
        },
        JobTimeoutMs);
    if (outcome.finished && outcome.error == QKeychain::EntryNotFound)
        return QByteArray();
    if (!outcome.finished || outcome.error != QKeychain::NoError)
        return Error{QStringLiteral("cannot read from the keyring: %1").arg(describe(outcome))};
    return outcome.data;
}

Status Keyring::write(const QString &key, const QByteArray &value)
{
    const Outcome outcome = KeyringThread::instance().run(
        [key, value] {
            auto *job = new QKeychain::WritePasswordJob(service());
            job->setKey(key);
            job->setInsecureFallback(false);
            job->setBinaryData(value);
            return job;
        },
        JobTimeoutMs);
    if (!outcome.finished || outcome.error != QKeychain::NoError)
        return Error{QStringLiteral("cannot write to the keyring: %1").arg(describe(outcome))};
    return ok();
}

Status Keyring::remove(const QString &key)
{
    const Outcome outcome = KeyringThread::instance().run(
        [key] {
            auto *job = new QKeychain::DeletePasswordJob(service());
            job->setKey(key);
            job->setInsecureFallback(false);
            return job;
        },
        JobTimeoutMs);
    if (outcome.finished &&
        (outcome.error == QKeychain::NoError || outcome.error == QKeychain::EntryNotFound))
        return ok();
    return Error{QStringLiteral("cannot remove from the keyring: %1").arg(describe(outcome))};
}

} // namespace hookline
