#pragma once

#include <QByteArray>

#include <array>
#include <atomic>

namespace hookline {

// What happened to a request, as counted by the receiver and reported on /metrics.
enum class Verdict
{
    Accepted,            // verified and committed
    CommitFailed,        // verified, but its commit failed: 503
    Overloaded,          // verified, but the commit queue was full: 503
    SignatureMissing,    // 401
    SignatureMalformed,  // 401
    SignatureMismatch,   // 401
    LegacySignatureOnly, // 401: only X-Hub-Signature (sha1)
    UnknownLine,         // 404 on /webhook/<line>
    HandshakeAccepted,   // GET verification answered 200
    HandshakeRefused,    // 403
    PayloadTooLarge,     // 413
    HeadersTooLarge,     // 431
    Timeout,             // 408
    BadRequest,          // 400
    MethodNotAllowed,    // 405
    NotFound,            // 404
    Forbidden,           // 403 (metrics from a non-loopback peer)
    Count
};

// Lock-free counters shared by the receiver and writer threads.
class ReceiverMetrics final
{
public:
    ReceiverMetrics();
    ReceiverMetrics(const ReceiverMetrics &) = delete;
    ReceiverMetrics &operator=(const ReceiverMetrics &) = delete;

    static const char *verdictName(Verdict verdict);

    void count(Verdict verdict)
    {
        m_verdicts[size_t(verdict)].fetch_add(1, std::memory_order_relaxed);
    }
    void addBytes(qint64 bytes) { m_bytes.fetch_add(quint64(bytes), std::memory_order_relaxed); }
    void recordCommit(int batchSize, qint64 commitMicros);
    void recordLatency(qint64 micros);
    void connectionOpened() { m_openConnections.fetch_add(1, std::memory_order_relaxed); }
    void connectionClosed() { m_openConnections.fetch_sub(1, std::memory_order_relaxed); }
    qint64 openConnections() const { return m_openConnections.load(std::memory_order_relaxed); }

    quint64 verdictCount(Verdict verdict) const;

    // Prometheus text exposition format 0.0.4.
    QByteArray render() const;

private:
    static constexpr std::array<double, 12> LatencyBoundsSeconds = {
        0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5};

    std::array<std::atomic<quint64>, size_t(Verdict::Count)> m_verdicts;
    std::atomic<quint64> m_bytes{0};
    std::array<std::atomic<quint64>, LatencyBoundsSeconds.size() + 1> m_latencyBuckets;
    std::atomic<quint64> m_latencySumMicros{0};
    std::atomic<quint64> m_latencyCount{0};
    std::atomic<quint64> m_commits{0};
    std::atomic<quint64> m_committedRows{0};
    std::atomic<quint64> m_commitMicros{0};
    std::atomic<qint64> m_openConnections{0};
};

} // namespace hookline
