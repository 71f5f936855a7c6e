#include "httpload.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hookline::bench {

namespace {

using Clock = std::chrono::steady_clock;

struct Connection
{
    int fd = -1;
    PreparedRequest request;
    qsizetype written = 0;
    QByteArray in;
    Clock::time_point started;
    Clock::time_point nextSend; // open loop: when the next request is due
    bool waiting = false;       // open loop: answered, waiting for nextSend
};

int connectTo(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return -1;
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0 &&
        errno != EINPROGRESS) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Length of a complete response at the start of buffer, or 0; status set when complete.
qsizetype completeResponse(const QByteArray &buffer, int &status)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return 0;
    status = buffer.mid(9, 3).toInt();
    qsizetype length = 0;
    const QByteArray head = buffer.left(headEnd).toLower();
    const qsizetype at = head.indexOf("content-length:");
    if (at >= 0) {
        const qsizetype end = head.indexOf('\r', at);
        length = head.mid(at + 15, end < 0 ? -1 : end - at - 15).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length)
        return 0;
    return headEnd + 4 + length;
}

} // namespace

LoadResult HttpLoad::run(quint16 port, int connections, double seconds, double rate,
                         BodyFactory &factory, QList<PreparedRequest> &pool)
{
    LoadResult result;
    result.connections = connections;
    std::vector<double> latencies;
    latencies.reserve(size_t(seconds * 20000));

    auto nextRequest = [&]() {
        if (!pool.isEmpty())
            return pool.takeLast();
        return factory.next();
    };

    const int epoll = ::epoll_create1(0);
    std::vector<Connection> conns(static_cast<size_t>(connections));
    for (int i = 0; i < connections; ++i) {
        Connection &c = conns[size_t(i)];
        c.fd = connectTo(port);
        if (c.fd < 0) {
            ++result.errors;
            continue;
        }
        c.request = nextRequest();
        c.started = Clock::now();
        c.waiting = rate > 0;
        epoll_event event{};
        event.events = c.waiting ? EPOLLIN : EPOLLIN | EPOLLOUT;
        event.data.u32 = uint32_t(i);
        ::epoll_ctl(epoll, EPOLL_CTL_ADD, c.fd, &event);
    }

    const auto begin = Clock::now();
    const auto end =
        begin + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
    // Open loop: connection i sends at begin + i/rate, then every connections/rate seconds.
    const auto interval = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(rate > 0 ? double(connections) / rate : 0.0));
    for (int i = 0; i < connections; ++i)
        conns[size_t(i)].nextSend =
            begin + std::chrono::duration_cast<Clock::duration>(
                        std::chrono::duration<double>(rate > 0 ? i / rate : 0.0));
    auto arm = [&](int index, bool write) {
        epoll_event event{};
        event.events = write ? EPOLLIN | EPOLLOUT : EPOLLIN;
        event.data.u32 = uint32_t(index);
        ::epoll_ctl(epoll, EPOLL_CTL_MOD, conns[size_t(index)].fd, &event);
    };
    std::vector<epoll_event> events(static_cast<size_t>(connections));
    char buffer[65536];
    bool stopping = false;
    int open = connections - int(result.errors);
    while (open > 0) {
        const auto now = Clock::now();
        if (!stopping && now >= end) {
            stopping = true; // finish what is in flight, start nothing new
            for (Connection &c : conns) {
                if (c.fd >= 0 && c.waiting) { // open loop: nothing in flight here
                    ::close(c.fd);
                    c.fd = -1;
                    --open;
                }
            }
        }
        if (rate > 0 && !stopping) {
            for (int i = 0; i < connections; ++i) {
                Connection &c = conns[size_t(i)];
                if (c.fd < 0 || !c.waiting || c.nextSend > now)
                    continue;
                c.waiting = false;
                c.written = 0;
                c.started = c.nextSend; // latency counts from when it was due
                arm(i, true);
            }
        }
        const int ready = ::epoll_wait(epoll, events.data(), connections, rate > 0 ? 1 : 100);
        for (int e = 0; e < ready; ++e) {
            Connection &c = conns[events[size_t(e)].data.u32];
            if (c.fd < 0)
                continue;
            bool failed = (events[size_t(e)].events & (EPOLLERR | EPOLLHUP)) != 0;
            if (!failed && (events[size_t(e)].events & EPOLLOUT) &&
                c.written < c.request.bytes.size()) {
                const ssize_t n = ::send(c.fd, c.request.bytes.constData() + c.written,
                                         size_t(c.request.bytes.size() - c.written), MSG_NOSIGNAL);
                if (n > 0)
                    c.written += n;
                else if (n < 0 && errno != EAGAIN)
                    failed = true;
                if (c.written == c.request.bytes.size()) {
                    epoll_event event{};
                    event.events = EPOLLIN;
                    event.data.u32 = events[size_t(e)].data.u32;
                    ::epoll_ctl(epoll, EPOLL_CTL_MOD, c.fd, &event);
                }
            }
            if (!failed && (events[size_t(e)].events & EPOLLIN)) {
                const ssize_t n = ::recv(c.fd, buffer, sizeof buffer, 0);
                if (n > 0)
                    c.in.append(buffer, n);
                else if (n == 0 || errno != EAGAIN)
                    failed = true;
                int status = 0;
                const qsizetype length = completeResponse(c.in, status);
                if (length > 0) {
                    const auto done = Clock::now();
                    c.in.remove(0, length);
                    if (c.started >= begin && c.started < end) {
                        latencies.push_back(
                            std::chrono::duration<double, std::milli>(done - c.started).count());
                        ++result.completed;
                        if (status < 200 || status > 299)
                            ++result.non2xx;
                    }
                    if (status == 200)
                        result.acknowledged.append(c.request.sha256Hex);
                    if (stopping || done >= end) {
                        ::close(c.fd);
                        c.fd = -1;
                        --open;
                        continue;
                    }
                    c.request = nextRequest();
                    if (rate > 0) {
                        c.nextSend += interval;
                        c.waiting = true;
                        arm(int(events[size_t(e)].data.u32), false);
                        continue;
                    }
                    c.written = 0;
                    c.started = done;
                    arm(int(events[size_t(e)].data.u32), true);
                }
            }
            if (failed) {
                ++result.errors;
                ::close(c.fd);
                c.fd = -1;
                --open;
            }
        }
        if (stopping && Clock::now() > end + std::chrono::seconds(10))
            break; // answers that never come are counted as errors below
    }
    for (Connection &c : conns) {
        if (c.fd >= 0) {
            ++result.errors;
            ::close(c.fd);
        }
    }
    ::close(epoll);
    result.seconds = seconds;
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&](double p) {
        return latencies.empty() ? 0.0
                                 : latencies[std::min(latencies.size() - 1,
                                                      size_t(p * double(latencies.size())))];
    };
    result.p50Ms = percentile(0.50);
    result.p99Ms = percentile(0.99);
    result.maxMs = latencies.empty() ? 0.0 : latencies.back();
    return result;
}

} // namespace hookline::bench
