#include "keyring.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <functional>

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
    Outcome run(const std::function<QKeychain::Job *()> &make, int timeoutMs)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_thread) {
            m_thread = new QThread;
            m_thread->setObjectName(QStringLiteral("keyring"));
            m_context = new QObject;
            m_context->moveToThread(m_thread);
            m_thread->start();
            qAddPostRoutine(&KeyringThread::stop);
        }
        Outcome outcome;
        QMetaObject::invokeMethod(
            m_context,
            [&] {
                QKeychain::Job *job = make();
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
                // A job that did not answer in time is left to delete itself if it ever does.
                QObject::disconnect(job, &QKeychain::Job::finished, &loop, nullptr);
            },
            Qt::BlockingQueuedConnection);
        return outcome;
    }

private:
    static void stop()
    {
        KeyringThread &keyring = instance();
        QMutexLocker lock(&keyring.m_mutex);
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
};

bool sessionBusExists()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    // systemd's user session puts the bus at a well-known place without exporting the address.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(QDir(runtime).filePath(QStringLiteral("bus")));
}

QString describe(const Outcome &outcome)
{
    if (!outcome.finished)
        return QStringLiteral("the keyring did not answer");
    return outcome.errorString.isEmpty() ? QStringLiteral("keyring error %1").arg(outcome.error)
                                         : outcome.errorString;
}

bool probe()
{
    if (qEnvironmentVariable("HOOKLINE_KEYRING") == QLatin1String("off")) {
        qCDebug(lcStorage) << "keyring off (HOOKLINE_KEYRING=off): secrets go to the credentials "
                              "file";
        return false;
    }
    if (!sessionBusExists()) {
        qCDebug(lcStorage) << "no session bus: no keyring, secrets go to the credentials file";
        return false;
    }
    if (!QCoreApplication::instance())
        return false;
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
    if (!answered)
        qCInfo(lcStorage).noquote()
            << QStringLiteral("no usable keyring (%1): secrets go to the credentials file")
                   .arg(describe(outcome));
    return answered;
}

} // namespace

QString Keyring::service()
{
    return QStringLiteral("Hookline");
}

bool Keyring::reachable()
{
    static const bool answer = probe();
    return answer;
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
