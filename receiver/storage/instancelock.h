#pragma once

#include "expected.h"

#include <QLockFile>
#include <QString>

#include <memory>

namespace hookline {

// Keeps a second receiver (serve or a console) off a database another one already serves: the
// second gets a clear error instead of two writers taking turns on one delivery log. Commands
// such as `apps add` or `replay` do not take it and work beside a running receiver. A lock left
// by a process that died is taken over.
class InstanceLock final
{
public:
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    static Expected<std::unique_ptr<InstanceLock>> acquire(const QString &databasePath);
    static QString lockPathFor(const QString &databasePath);

private:
    explicit InstanceLock(const QString &path);
    QLockFile m_file;
};

} // namespace hookline
