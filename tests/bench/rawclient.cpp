#include "rawclient.h"

#include <cerrno>
#include <chrono>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hookline::bench {

namespace {

using Clock = std::chrono::steady_clock;

int remainingMs(Clock::time_point deadline)
{
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left < 0 ? 0 : int(left);
}

} // namespace

RawClient::~RawClient()
{
    close();
}

RawClient::RawClient(RawClient &&other) noexcept
    : m_fd(other.m_fd)
    , m_sent(other.m_sent)
    , m_in(std::move(other.m_in))
    , m_eof(other.m_eof)
{
    other.m_fd = -1;
}

RawClient &RawClient::operator=(RawClient &&other) noexcept
{
    if (this != &other) {
        close();
        m_fd = other.m_fd;
        m_sent = other.m_sent;
        m_in = std::move(other.m_in);
        m_eof = other.m_eof;
        other.m_fd = -1;
    }
    return *this;
}

bool RawClient::connectTo(quint16 port, int timeoutMs, quint32 source)
{
    close();
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return false;
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (source != 0) {
        sockaddr_in from{};
        from.sin_family = AF_INET;
        from.sin_addr.s_addr = htonl(source);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&from), sizeof from) != 0) {
            close();
            return false;
        }
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        if (errno != EINPROGRESS) {
            close();
            return false;
        }
        pollfd p{m_fd, POLLOUT, 0};
        int error = 0;
        socklen_t length = sizeof error;
        if (::poll(&p, 1, timeoutMs) != 1 ||
            ::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0) {
            close();
            return false;
        }
    }
    m_sent = 0;
    m_in.clear();
    m_eof = false;
    return true;
}

void RawClient::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void RawClient::reset()
{
    if (m_fd < 0)
        return;
    const linger hard{1, 0};
    ::setsockopt(m_fd, SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    close();
}

bool RawClient::send(QByteArrayView data, int timeoutMs)
{
    if (m_fd < 0)
        return false;
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    qsizetype offset = 0;
    while (offset < data.size()) {
        const ssize_t n = ::send(m_fd, data.data() + offset, size_t(data.size() - offset),
                                 MSG_NOSIGNAL | MSG_DONTWAIT);
        if (n > 0) {
            offset += n;
            m_sent += n;
            continue;
        }
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            return false;
        pollfd p{m_fd, POLLOUT, 0};
        const int left = remainingMs(deadline);
        if (left == 0 || ::poll(&p, 1, left) != 1)
            return false;
        if (p.revents & (POLLERR | POLLHUP))
            return false;
    }
    return true;
}

bool RawClient::receive(int timeoutMs)
{
    if (m_fd < 0 || m_eof)
        return false;
    pollfd p{m_fd, POLLIN, 0};
    if (::poll(&p, 1, timeoutMs) != 1)
        return false;
    char buffer[65536];
    const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT);
    if (n > 0) {
        m_in.append(buffer, n);
        return true;
    }
    if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
        m_eof = true;
    return !m_eof;
}

int RawClient::takeAnswer()
{
    // Interim 100 Continue answers are skipped.
    while (m_in.startsWith("HTTP/1.1 100")) {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0)
            return 0;
        m_in.remove(0, end + 4);
    }
    const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    const int status = m_in.mid(9, 3).toInt();
    const QByteArray head = m_in.left(headEnd).toLower();
    qsizetype length = 0;
    const qsizetype at = head.indexOf("content-length:");
    if (at >= 0) {
        const qsizetype end = head.indexOf('\r', at);
        length = head.mid(at + 15, end < 0 ? -1 : end - at - 15).trimmed().toLongLong();
    }
    if (m_in.size() < headEnd + 4 + length)
        return 0;
    m_in.remove(0, headEnd + 4 + length);
    return status > 0 ? status : Closed;
}

int RawClient::readStatus(int timeoutMs)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    for (;;) {
        if (const int status = takeAnswer())
            return status;
        if (m_eof || m_fd < 0)
            return Closed;
        const int left = remainingMs(deadline);
        if (left == 0)
            return TimedOut;
        if (!receive(left) && !m_eof && remainingMs(deadline) == 0)
            return TimedOut;
    }
}

int RawClient::pollStatus()
{
    while (receive(0)) {
    }
    if (const int status = takeAnswer())
        return status;
    return m_eof || m_fd < 0 ? Closed : 0;
}

bool RawClient::waitClosed(int timeoutMs)
{
    const auto deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    while (!m_eof && m_fd >= 0) {
        const int left = remainingMs(deadline);
        if (left == 0)
            return false;
        receive(left);
        m_in.clear();
    }
    return true;
}

} // namespace hookline::bench
