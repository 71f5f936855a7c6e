#pragma once

#include "expected.h"

#include <QByteArray>
#include <QString>

namespace hookline {

// The desktop keyring (the Secret Service of GNOME and others, or KWallet) through QtKeychain,
// with blocking calls that any thread may make. QtKeychain's jobs are asynchronous and need an
// event loop: they run on a thread of the keyring's own, so a caller's thread never spins a
// nested loop (the receiver's and the writer's threads must not re-enter their own events).
//
// Whether a keyring is reachable is decided once per process: not when there is no session bus
// (a server, a container, CI), nor when HOOKLINE_KEYRING=off, nor when a probe does not answer
// within a few seconds; callers then keep secrets in the credentials file.
class Keyring
{
public:
    static bool reachable();

    // The entry's bytes; empty when there is no such entry.
    static Expected<QByteArray> read(const QString &key);
    static Status write(const QString &key, const QByteArray &value);
    // Removing an entry that does not exist succeeds.
    static Status remove(const QString &key);

    // The service name entries are filed under, as keyring managers (Seahorse, KWalletManager)
    // show it.
    static QString service();
};

} // namespace hookline
