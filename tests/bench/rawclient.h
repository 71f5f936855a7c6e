#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace hookline::bench {

// One plain TCP connection to 127.0.0.1 that sends whatever bytes it is given, however wrong,
// and reads HTTP/1.1 answers back. For hostile-input runs, so it never validates anything.
class RawClient
{
public:
    enum : int
    {
        Closed = -1,  // the server closed or reset the connection without a (further) answer
        TimedOut = -2 // no complete answer in the time allowed
    };

    RawClient() = default;
    ~RawClient();
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;
    RawClient(RawClient &&other) noexcept;
    RawClient &operator=(RawClient &&other) noexcept;

    // source: the IPv4 loopback address (host order) to connect from, e.g. 127.0.1.7, so that
    // connections can come from many clients; 0 lets the kernel choose (127.0.0.1).
    bool connectTo(quint16 port, int timeoutMs = 5000, quint32 source = 0);
    bool isOpen() const { return m_fd >= 0; }
    void close();
    void reset(); // closes with an RST (SO_LINGER 0)

    // Sends everything, waiting at most timeoutMs for the socket to take it; false once the
    // peer has closed or reset, or on timeout. bytesSent counts what went out.
    bool send(QByteArrayView data, int timeoutMs = 5000);
    qint64 bytesSent() const { return m_sent; }

    // The status of the next complete answer, or Closed / TimedOut.
    int readStatus(int timeoutMs);
    // Without waiting: the status of a complete answer, Closed, or 0 when none yet.
    int pollStatus();
    // Waits until the server closes the connection; false on timeout.
    bool waitClosed(int timeoutMs);

private:
    int takeAnswer(); // status of a complete answer at the start of m_in, removed; 0 if none
    bool receive(int timeoutMs); // false when closed or timed out (m_eof tells which)

    int m_fd = -1;
    qint64 m_sent = 0;
    QByteArray m_in;
    bool m_eof = false;
};

} // namespace hookline::bench
