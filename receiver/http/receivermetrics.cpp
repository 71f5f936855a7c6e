#include "receivermetrics.h"

namespace hookline {

ReceiverMetrics::ReceiverMetrics()
{
    for (auto &counter : m_verdicts)
        counter.store(0);
    for (auto &bucket : m_latencyBuckets)
        bucket.store(0);
}

const char *ReceiverMetrics::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Accepted:
        return "accepted";
    case Verdict::CommitFailed:
        return "commit_failed";
    case Verdict::Overloaded:
        return "overloaded";
    case Verdict::SignatureMissing:
        return "signature_missing";
    case Verdict::SignatureMalformed:
        return "signature_malformed";
    case Verdict::SignatureMismatch:
        return "signature_mismatch";
    case Verdict::LegacySignatureOnly:
        return "legacy_signature_only";
    case Verdict::UnknownLine:
        return "unknown_line";
    case Verdict::HandshakeAccepted:
        return "handshake_accepted";
    case Verdict::HandshakeRefused:
        return "handshake_refused";
    case Verdict::PayloadTooLarge:
        return "payload_too_large";
    case Verdict::HeadersTooLarge:
        return "headers_too_large";
    case Verdict::Timeout:
        return "timeout";
    case Verdict::BadRequest:
        return "bad_request";
    case Verdict::MethodNotAllowed:
        return "method_not_allowed";
    case Verdict::NotFound:
        return "not_found";
    case Verdict::Forbidden:
        return "forbidden";
    case Verdict::Count:
        break;
    }
    return "unknown";
}

quint64 ReceiverMetrics::verdictCount(Verdict verdict) const
{
    return m_verdicts[size_t(verdict)].load(std::memory_order_relaxed);
}

void ReceiverMetrics::recordCommit(int batchSize, qint64 commitMicros)
{
    m_commits.fetch_add(1, std::memory_order_relaxed);
    m_committedRows.fetch_add(quint64(batchSize), std::memory_order_relaxed);
    m_commitMicros.fetch_add(quint64(commitMicros), std::memory_order_relaxed);
}

void ReceiverMetrics::recordLatency(qint64 micros)
{
    const double seconds = double(micros) / 1e6;
    size_t bucket = 0;
    while (bucket < LatencyBoundsSeconds.size() && seconds > LatencyBoundsSeconds[bucket])
        ++bucket;
    m_latencyBuckets[bucket].fetch_add(1, std::memory_order_relaxed);
    m_latencySumMicros.fetch_add(quint64(micros), std::memory_order_relaxed);
    m_latencyCount.fetch_add(1, std::memory_order_relaxed);
}

QByteArray ReceiverMetrics::render() const
{
    QByteArray out;
    out.reserve(4096);
    auto family = [&out](const char *name, const char *type, const char *help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    };
    auto sample = [&out](const char *name, const QByteArray &labels, const QByteArray &value) {
        out.append(name).append(labels).append(' ').append(value).append('\n');
    };

    family("hookline_requests_total", "counter", "Requests answered by the receiver, by verdict.");
    for (size_t i = 0; i < m_verdicts.size(); ++i)
        sample("hookline_requests_total",
               QByteArray("{verdict=\"").append(verdictName(Verdict(i))).append("\"}"),
               QByteArray::number(m_verdicts[i].load()));

    family("hookline_received_bytes_total", "counter", "Body bytes of verified deliveries.");
    sample("hookline_received_bytes_total", {}, QByteArray::number(m_bytes.load()));

    family("hookline_commit_latency_seconds", "histogram",
           "Time from receipt of a delivery to its commit.");
    quint64 cumulative = 0;
    for (size_t i = 0; i < LatencyBoundsSeconds.size(); ++i) {
        cumulative += m_latencyBuckets[i].load();
        sample(
            "hookline_commit_latency_seconds_bucket",
            QByteArray("{le=\"").append(QByteArray::number(LatencyBoundsSeconds[i])).append("\"}"),
            QByteArray::number(cumulative));
    }
    cumulative += m_latencyBuckets.back().load();
    sample("hookline_commit_latency_seconds_bucket", "{le=\"+Inf\"}",
           QByteArray::number(cumulative));
    sample("hookline_commit_latency_seconds_sum", {},
           QByteArray::number(double(m_latencySumMicros.load()) / 1e6, 'f', 6));
    sample("hookline_commit_latency_seconds_count", {}, QByteArray::number(m_latencyCount.load()));

    family("hookline_commits_total", "counter", "Commits of the delivery log.");
    sample("hookline_commits_total", {}, QByteArray::number(m_commits.load()));
    family("hookline_committed_deliveries_total", "counter",
           "Deliveries written by those commits.");
    sample("hookline_committed_deliveries_total", {}, QByteArray::number(m_committedRows.load()));
    family("hookline_commit_seconds_total", "counter", "Time spent in delivery-log commits.");
    sample("hookline_commit_seconds_total", {},
           QByteArray::number(double(m_commitMicros.load()) / 1e6, 'f', 6));
    family("hookline_open_connections", "gauge", "Open HTTP connections.");
    sample("hookline_open_connections", {}, QByteArray::number(m_openConnections.load()));
    return out;
}

} // namespace hookline
