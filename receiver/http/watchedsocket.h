#pragma once

#include <QMetaMethod>
#include <QTcpSocket>

#include <functional>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace hookline {

// A socket that tells when a second slot is connected to its readyRead signal. The first is
// GuardedTcpServer's own (it sees bytes before Qt); the second is QHttpServer's. A slot
// connected at that moment runs after Qt's on every readyRead, so it sees how much Qt left
// unread (QHttpServer 6.4 parses one request per readyRead and signals again for the rest).
template <typename Socket> class WatchedSocket final : public Socket
{
public:
    using Socket::Socket;

    void setSecondReaderHook(std::function<void()> hook) { m_hook = std::move(hook); }

protected:
    void connectNotify(const QMetaMethod &signal) override
    {
        Socket::connectNotify(signal);
        if (signal != QMetaMethod::fromSignal(&QIODevice::readyRead))
            return;
        if (++m_readers == 2 && m_hook) {
            const auto hook = std::move(m_hook);
            m_hook = nullptr;
            hook(); // connects a third slot: counted, ignored
        }
    }

private:
    std::function<void()> m_hook;
    int m_readers = 0;
};

using WatchedTcpSocket = WatchedSocket<QTcpSocket>;
#if QT_CONFIG(ssl)
using WatchedSslSocket = WatchedSocket<QSslSocket>;
#endif

} // namespace hookline
