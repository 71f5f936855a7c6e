#include "instancelock.h"

#include <QDir>
#include <QFileInfo>

namespace hookline {

InstanceLock::InstanceLock(const QString &path)
    : m_file(path)
{
    m_file.setStaleLockTime(0); // only a dead owner makes it stale, never its age
}

InstanceLock::~InstanceLock()
{
    m_file.unlock();
}

QString InstanceLock::lockPathFor(const QString &databasePath)
{
    return databasePath + QStringLiteral(".lock");
}

Expected<std::unique_ptr<InstanceLock>> InstanceLock::acquire(const QString &databasePath)
{
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    std::unique_ptr<InstanceLock> lock(new InstanceLock(lockPathFor(databasePath)));
    if (lock->m_file.tryLock(0))
        return lock;
    if (lock->m_file.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString application;
        lock->m_file.getLockInfo(&pid, &host, &application);
        return Error{
            QStringLiteral("another Hookline (process %1 on %2) is already serving %3; "
                           "stop it first, or use another --db")
                .arg(pid)
                .arg(host.isEmpty() ? QStringLiteral("this machine") : host, databasePath)};
    }
    return Error{QStringLiteral("cannot create the lock file %1 (check the folder's permissions)")
                     .arg(lockPathFor(databasePath))};
}

} // namespace hookline
