// hookline-hostile: hostile HTTP against a real `hookline serve` (idle floods, slowloris,
// 100 MB bodies, header floods, invalid UTF-8, deep JSON, huge numbers, duplicate keys, chunked
// tricks, pipelining, reset storms) while a probe sends correctly signed webhooks alongside.
// Reports, per attack, what the server answered, the probe's p99 and the server's memory; then
// checks that the server survived, processed everything and lost no acknowledged delivery.

#include "benchserver.h"
#include "bodyfactory.h"
#include "http/signatureverifier.h"
#include "rawclient.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <sys/resource.h>

using namespace hookline;
using namespace hookline::bench;

namespace {

// Signed requests for the probe and the attacks that need a valid signature, and the record of
// which bodies were acknowledged.
class SignedSource
{
public:
    SignedSource(QByteArray host)
        : m_factory(BenchServer::lines(), host)
        , m_secret(BenchServer::lines().constFirst().secret)
    {}

    PreparedRequest next()
    {
        std::lock_guard lock(m_mutex);
        return m_factory.next();
    }

    QByteArray post(const QByteArray &body, const QByteArray &extraHeaders = {},
                    const QByteArray &path = "/webhook") const
    {
        return "POST " + path +
               " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n" +
               "X-Hub-Signature-256: " + SignatureVerifier::headerFor(m_secret, body) + "\r\n" +
               extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" +
               body;
    }

    QByteArray secret() const { return m_secret; }

    void acknowledged(const QByteArray &sha)
    {
        std::lock_guard lock(m_mutex);
        m_acknowledged.append(sha);
    }
    QList<QByteArray> allAcknowledged()
    {
        std::lock_guard lock(m_mutex);
        return m_acknowledged;
    }

private:
    std::mutex m_mutex;
    BodyFactory m_factory;
    QByteArray m_secret;
    QList<QByteArray> m_acknowledged;
};

struct Outcome
{
    qint64 tried = 0;
    QMap<QString, qint64> seen; // answer (status, "closed", ...) -> count
    QStringList problems;
    QString note;

    void saw(const QString &answer, qint64 n = 1) { seen[answer] += n; }
    void saw(int status)
    {
        saw(status == RawClient::Closed     ? QStringLiteral("closed")
            : status == RawClient::TimedOut ? QStringLiteral("no answer")
                                            : QString::number(status));
    }
};

QString describe(const QMap<QString, qint64> &seen)
{
    QStringList parts;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        parts.append(QStringLiteral("%1×%2").arg(it.value()).arg(it.key()));
    return parts.join(u' ');
}

// What the server process uses, sampled while each attack runs.
struct ServerSample
{
    qint64 rssKb = 0;
    int fds = 0;
};

ServerSample sampleServer(qint64 pid)
{
    ServerSample sample;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                sample.rssKb = line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    sample.fds = int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).count()) - 2;
    return sample;
}

qint64 peakRssKb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

// Per-attack figures collected by the probe and sampler threads.
struct Figures
{
    std::vector<double> latenciesMs;
    qint64 probeFailures = 0;
    qint64 maxRssKb = 0;
    int maxFds = 0;
};

class Recorder
{
public:
    void begin(int index)
    {
        std::lock_guard lock(m_mutex);
        m_current = index;
        m_figures[index];
    }
    void latency(double ms, bool ok)
    {
        std::lock_guard lock(m_mutex);
        Figures &f = m_figures[m_current];
        if (ok)
            f.latenciesMs.push_back(ms);
        else
            ++f.probeFailures;
    }
    void sample(const ServerSample &s)
    {
        std::lock_guard lock(m_mutex);
        Figures &f = m_figures[m_current];
        f.maxRssKb = std::max(f.maxRssKb, s.rssKb);
        f.maxFds = std::max(f.maxFds, s.fds);
    }
    Figures figures(int index)
    {
        std::lock_guard lock(m_mutex);
        return m_figures[index];
    }

private:
    std::mutex m_mutex;
    int m_current = 0;
    QMap<int, Figures> m_figures;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

void raiseFileLimit()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

struct Settings
{
    quint16 port = 0;
    int idleConnections = 4000;
    int slowConnections = 500;
    int resetConnections = 2000;
    int pipelined = 500;
    int idleTimeoutMs = 5000;
    int headerTimeoutMs = 3000;
    int requestTimeoutMs = 6000;
    int perPeerConnections = 256; // the receiver's default
};

// The one client of the per-client attack: 127.0.2.1.
constexpr quint32 oneClient = (127u << 24) | (2u << 8) | 1u;

// One request on its own connection; records the answer.
// Attacks come from many loopback addresses (127.0.1.1 to 127.0.1.254), as from many clients,
// so the receiver's per-client connection cap does not hide the global limits; the probe
// connects from 127.0.0.1.
quint32 attacker()
{
    static std::atomic<quint32> next = 0;
    return (127u << 24) | (1u << 8) | (1u + next++ % 254u);
}

int single(const Settings &s, Outcome &out, const QByteArray &request, int timeoutMs = 10'000)
{
    RawClient client;
    ++out.tried;
    if (!client.connectTo(s.port, 5000, attacker())) {
        out.saw(QStringLiteral("connect failed"));
        return RawClient::Closed;
    }
    client.send(request, timeoutMs);
    const int status = client.readStatus(timeoutMs);
    out.saw(status);
    return status;
}

void expectOnly(Outcome &out, const QSet<QString> &allowed)
{
    for (auto it = out.seen.cbegin(); it != out.seen.cend(); ++it) {
        if (!allowed.contains(it.key()))
            out.problems.append(QStringLiteral("%1 × %2").arg(it.value()).arg(it.key()));
    }
}

// Connections that send a prefix, then one byte every intervalMs, until the server answers or
// closes. Slowloris.
Outcome drip(const Settings &s, int connections, const QByteArray &prefix, char byte,
             int intervalMs, int limitMs)
{
    Outcome out;
    std::vector<RawClient> clients(static_cast<size_t>(connections));
    std::vector<bool> done(static_cast<size_t>(connections), false);
    for (auto &client : clients) {
        ++out.tried;
        if (client.connectTo(s.port, 5000, attacker()))
            client.send(prefix);
    }
    QElapsedTimer timer;
    timer.start();
    qint64 lastAnswerMs = 0;
    int open = connections;
    while (open > 0 && timer.elapsed() < limitMs) {
        for (size_t i = 0; i < clients.size(); ++i) {
            if (done[i])
                continue;
            int status = clients[i].isOpen() ? clients[i].pollStatus() : RawClient::Closed;
            if (status == 0 && !clients[i].send(QByteArrayView(&byte, 1), 100)) {
                status = clients[i].pollStatus();
                if (status == 0)
                    status = RawClient::Closed;
            }
            if (status != 0) {
                out.saw(status);
                done[i] = true;
                --open;
                lastAnswerMs = timer.elapsed();
                clients[i].close();
            }
        }
        QThread::msleep(ulong(intervalMs));
    }
    if (open > 0)
        out.saw(QStringLiteral("still open"), open);
    out.note = QStringLiteral("last answer after %1 s").arg(double(lastAnswerMs) / 1000, 0, 'f', 1);
    return out;
}

// Connections that are opened and then say nothing, from many clients (source 0) or from one.
Outcome idleFlood(const Settings &s, int connections, quint32 source = 0)
{
    Outcome out;
    std::vector<RawClient> clients(static_cast<size_t>(connections));
    for (auto &client : clients) {
        ++out.tried;
        if (!client.connectTo(s.port, 2000, source ? source : attacker()))
            out.saw(QStringLiteral("connect failed"));
    }
    QThread::msleep(1500);
    qint64 early = 0;
    for (auto &client : clients) {
        if (client.isOpen() && client.pollStatus() == RawClient::Closed) {
            ++early;
            client.close();
        }
    }
    if (early > 0)
        out.saw(QStringLiteral("closed at once (over the connection limit)"), early);
    // Hold them while the probe runs, then wait for the server's idle timeout.
    QElapsedTimer timer;
    timer.start();
    qint64 closedIdle = 0;
    for (auto &client : clients) {
        if (!client.isOpen())
            continue;
        const int left = int(qMax<qint64>(1, s.idleTimeoutMs + 5000 - timer.elapsed()));
        if (client.waitClosed(left))
            ++closedIdle;
        client.close();
    }
    out.saw(QStringLiteral("held, closed when idle"), closedIdle);
    out.note = QStringLiteral("all closed %1 s after opening")
                   .arg(double(timer.elapsed() + 1500) / 1000, 0, 'f', 1);
    const qint64 unclosed = out.tried - closedIdle - early - out.seen.value(u"connect failed"_qs);
    if (unclosed > 0)
        out.problems.append(QStringLiteral("%1 idle connections never closed").arg(unclosed));
    if (out.seen.value(QStringLiteral("connect failed")) > 0)
        out.problems.append(QStringLiteral("connections failed"));
    return out;
}

Outcome hugeBody(const Settings &s, bool chunked)
{
    Outcome out;
    constexpr qint64 total = 100LL * 1024 * 1024;
    const QByteArray block(1024 * 1024, 'x');
    qint64 mostSent = 0;
    for (int attempt = 0; attempt < 3; ++attempt) {
        RawClient client;
        ++out.tried;
        if (!client.connectTo(s.port, 5000, attacker())) {
            out.saw(QStringLiteral("connect failed"));
            continue;
        }
        QByteArray head = "POST /webhook HTTP/1.1\r\nHost: x\r\nX-Hub-Signature-256: sha256=" +
                          QByteArray(64, '0') + "\r\n";
        head += chunked ? QByteArray("Transfer-Encoding: chunked\r\n\r\n")
                        : "Content-Length: " + QByteArray::number(total) + "\r\n\r\n";
        client.send(head);
        qint64 sent = 0;
        while (sent < total) {
            const QByteArray piece =
                chunked ? QByteArray::number(block.size(), 16) + "\r\n" + block + "\r\n" : block;
            if (!client.send(piece, 3000))
                break;
            sent += block.size();
        }
        if (chunked && sent >= total)
            client.send("0\r\n\r\n");
        mostSent = qMax(mostSent, client.bytesSent());
        out.saw(client.readStatus(5000));
    }
    out.note = QStringLiteral("at most %1 MB sent before the server closed")
                   .arg(double(mostSent) / 1e6, 0, 'f', 1);
    expectOnly(out, {QStringLiteral("413")});
    return out;
}

// Many large bodies left unfinished at once: the receiver's cap on unfinished bytes answers 503
// to those over it; the rest time out with 408.
Outcome unfinishedFlood(const Settings &s, int connections)
{
    Outcome out;
    constexpr qint64 each = 2'500'000;
    const QByteArray head =
        "POST /webhook HTTP/1.1\r\nHost: x\r\nX-Hub-Signature-256: sha256=" + QByteArray(64, '0') +
        "\r\nContent-Length: " + QByteArray::number(each + 1) + "\r\n\r\n";
    const QByteArray body(each, ' ');
    std::vector<RawClient> clients(static_cast<size_t>(connections));
    for (auto &client : clients) {
        ++out.tried;
        if (client.connectTo(s.port, 5000, attacker()))
            client.send(QByteArray(head + body), 5000);
    }
    for (auto &client : clients)
        out.saw(client.readStatus(s.requestTimeoutMs + 5000));
    expectOnly(out, {QStringLiteral("503"), QStringLiteral("408")});
    if (out.seen.value(QStringLiteral("503")) == 0)
        out.problems.append(QStringLiteral("the cap on unfinished bytes never answered 503"));
    return out;
}

Outcome headerFlood(const Settings &s)
{
    Outcome out;
    QByteArray many = "POST /webhook HTTP/1.1\r\nHost: x\r\n";
    for (int i = 0; i < 10'000; ++i)
        many += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray::number(i) + "\r\n";
    many += "Content-Length: 2\r\n\r\n{}";
    single(s, out, many);
    single(s, out,
           "POST /webhook HTTP/1.1\r\nHost: x\r\nX-Big: " + QByteArray(1024 * 1024, 'a') +
               "\r\nContent-Length: 2\r\n\r\n{}");
    single(s, out, "GET /webhook?" + QByteArray(1024 * 1024, 'q') + " HTTP/1.1\r\nHost: x\r\n\r\n");
    // 101 short headers: just over the count limit.
    QByteArray over = "POST /webhook HTTP/1.1\r\n";
    for (int i = 0; i < 101; ++i)
        over += "X-" + QByteArray::number(i) + ": v\r\n";
    single(s, out, over + "Content-Length: 2\r\n\r\n{}");
    expectOnly(out, {QStringLiteral("431")});
    return out;
}

Outcome invalidUtf8(const Settings &s, SignedSource &source)
{
    Outcome out;
    QMap<QString, qint64> wrong;
    auto check = [&](const QByteArray &request, const QSet<int> &allowed) {
        const int status = single(s, out, request);
        if (!allowed.contains(status))
            out.problems.append(
                QStringLiteral("%1 for %2…")
                    .arg(status)
                    .arg(QString::fromLatin1(request.left(24).toPercentEncoding())));
    };
    check("POST /webhook/\xff\xfe\xc3\x28 HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}",
          {404, 400});
    check("POST /webhook HTTP/1.1\r\nHost: x\r\nX-Hub-Signature-256: sha256=\xc3\x28\xff\xfe\r\n"
          "Content-Length: 2\r\n\r\n{}",
          {401});
    check("POST /webhook HTTP/1.1\r\nHost: x\r\nX-\xff\xfe: v\r\nContent-Length: 2\r\n\r\n{}",
          {400});
    check("P\xffST /webhook HTTP/1.1\r\nHost: x\r\n\r\n", {400, 405});
    check("GET /webhook?hub.mode=subscribe&hub.verify_token=\xff\xfe&hub.challenge=\xc3\x28 "
          "HTTP/1.1\r\nHost: x\r\n\r\n",
          {403, 400});
    // Signed bodies that are not UTF-8: kept (200) and flagged invalid_json.
    const QByteArray bodies[] = {
        QByteArray("\xff\xfe\xfd\xfc not json at all", 20),
        QByteArray(R"({"object":"whatsapp_business_account","entry":[{"id":"\xc3\x28\xa0\xa1"}]})"),
        QByteArray("{\"object\":\"\xed\xa0\x80\"}"), // a UTF-8 encoded surrogate
    };
    for (const QByteArray &body : bodies) {
        const int status = single(s, out, source.post(body));
        if (status == 200)
            source.acknowledged(sha256Hex(body));
        else
            out.problems.append(QStringLiteral("%1 for a signed non-UTF-8 body").arg(status));
    }
    return out;
}

QByteArray envelopeWith(const QByteArray &value)
{
    const BenchLine line = BenchServer::lines().constFirst();
    return R"({"object":"whatsapp_business_account","entry":[{"id":")" + line.wabaId +
           R"(","changes":[{"value":)" + value + R"(,"field":"messages"}]}]})";
}

QByteArray metadata()
{
    const BenchLine line = BenchServer::lines().constFirst();
    return R"("messaging_product":"whatsapp","metadata":{"display_phone_number":")" + line.display +
           R"(","phone_number_id":")" + line.phoneNumberId + "\"}";
}

Outcome signedBodies(const Settings &s, SignedSource &source, const QList<QByteArray> &bodies)
{
    Outcome out;
    for (const QByteArray &body : bodies) {
        const int status = single(s, out, source.post(body), 20'000);
        if (status == 200)
            source.acknowledged(sha256Hex(body));
    }
    expectOnly(out, {QStringLiteral("200")});
    return out;
}

QList<QByteArray> deepJson()
{
    constexpr int depth = 100'000;
    return {
        QByteArray(depth, '[') + QByteArray(depth, ']'),
        QByteArray(depth, '{').replace("{", "{\"a\":") + "1" + QByteArray(depth, '}'),
        envelopeWith("{" + metadata() + R"(,"messages":[{"type":"text","text":)" +
                     QByteArray(depth, '[') + QByteArray(depth, ']') + "}]}"),
        QByteArray(depth, '['), // never closed
    };
}

QList<QByteArray> hugeNumbers()
{
    const QByteArray digits(100'000, '9');
    const QByteArray message = R"({"from":"15551234567","id":"wamid.HUGE)";
    return {
        envelopeWith("{" + metadata() + R"(,"messages":[)" + message +
                     R"(1","timestamp":1e999999,"type":"text","text":{"body":"x"}}]})"),
        envelopeWith("{" + metadata() + R"(,"messages":[)" + message + R"(2","timestamp":")" +
                     digits + R"(","type":"text","text":{"body":"x"}}]})"),
        envelopeWith("{" + metadata() +
                     R"(,"statuses":[{"id":"wamid.HUGE3","status":"read",)"
                     R"("timestamp":-1e400,"recipient_id":)" +
                     digits + R"(,"errors":[{"code":123456789012345678901234567890}]}]})"),
        envelopeWith(
            "{" + metadata() + R"(,"messages":[)" + message +
            R"(4","timestamp":"-9223372036854775809","type":"text","text":{"body":"x"}}]})"),
        R"({"object":"whatsapp_business_account","entry":[{"id":)" + digits +
            R"(,"time":1e308,"changes":[{"value":1e-400,"field":-0.0e-0}]}]})",
    };
}

QList<QByteArray> duplicateKeys()
{
    const BenchLine line = BenchServer::lines().constFirst();
    return {
        envelopeWith("{" + metadata() +
                     R"(,"metadata":{"phone_number_id":"999"},)"
                     R"("messages":[{"from":"1555","id":"wamid.DUP1","timestamp":"1",)"
                     R"("type":"text","type":"image","text":{"body":"a"},"text":{"body":"b"}}]})"),
        R"({"object":"whatsapp_business_account","object":"page","entry":[],"entry":[{"id":")" +
            line.wabaId + R"(","changes":[{"value":{)" + metadata() +
            R"(,"statuses":[{"id":"wamid.DUP2","id":"wamid.DUP3","status":"sent","status":"read",)"
            R"("timestamp":"1","recipient_id":"1555"}]},"field":"messages","field":"account_update"}]}]})",
    };
}

// Chunk lines that RequestFramer and Qt 6.4.2's parser could read differently: a chunk size
// ended by a bare LF (Qt then takes "0;fffffff" for a 268 MB chunk and buffers it), and chunk
// data not followed by CRLF. Each must be refused before Qt buffers anything.
Outcome framingDesync(const Settings &s)
{
    Outcome out;
    const QByteArray head =
        "POST /webhook HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 30; ++i) {
        single(s, out, head + "5\n\r\nabc\r\n0;fffffff\r\n\r\n" + QByteArray(64 * 1024, 'a'));
        single(s, out, head + "5\r\nhelloXY0\r\n\r\n");
    }
    expectOnly(out, {QStringLiteral("400")});
    return out;
}

Outcome chunkedTricks(const Settings &s, SignedSource &source)
{
    Outcome out;
    auto check = [&](const QString &what, const QByteArray &request, const QSet<int> &allowed) {
        const int status = single(s, out, request, 15'000);
        if (!allowed.contains(status))
            out.problems.append(QStringLiteral("%1: %2").arg(what).arg(status));
    };
    const QByteArray body = source.next().bytes; // a whole signed request; take its body
    const qsizetype split = body.indexOf("\r\n\r\n") + 4;
    const QByteArray payload = body.mid(split);
    const QByteArray signature =
        "X-Hub-Signature-256: " + SignatureVerifier::headerFor(source.secret(), payload) + "\r\n";
    const QByteArray head = "POST /webhook HTTP/1.1\r\nHost: x\r\n" + signature;

    check(QStringLiteral("Content-Length and chunked"),
          head + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", {400});
    check(QStringLiteral("two different Content-Lengths"),
          head + "Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}}", {400});
    check(QStringLiteral("gzip, chunked"),
          head + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n", {501});
    check(QStringLiteral("chunked twice"),
          head + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
          {501, 400});
    check(QStringLiteral("chunk size overflows 64 bits"),
          head + "Transfer-Encoding: chunked\r\n\r\nfffffffffffffffffffffff\r\nx\r\n0\r\n\r\n",
          {400, 413});
    check(QStringLiteral("negative chunk size"),
          head + "Transfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n0\r\n\r\n", {400});
    check(QStringLiteral("chunk size not hex"),
          head + "Transfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n", {400});
    check(QStringLiteral("chunk longer than its size"),
          head + "Transfer-Encoding: chunked\r\n\r\n2\r\nhello\r\n0\r\n\r\n", {400});
    check(QStringLiteral("chunk size line of 1 MB"),
          head + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray(1024 * 1024, '0') + "1\r\n",
          {400});
    check(QStringLiteral("last chunk never sent"),
          head + "Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n", {408});
    check(QStringLiteral("Content-Length with a sign"), head + "Content-Length: +2\r\n\r\n{}",
          {400});
    check(QStringLiteral("obsolete line folding"), head + "Content-Length: 2\r\n folded\r\n\r\n{}",
          {400});

    check(QStringLiteral("trailer fields"),
          head + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\nX-Trailer: t\r\n\r\n", {501});

    // A valid chunked request in 1-byte chunks with extensions must be accepted.
    QByteArray oneByte;
    for (char c : payload)
        oneByte += "1;ext=\"v\"\r\n" + QByteArray(1, c) + "\r\n";
    const QByteArray valid = head + "Transfer-Encoding: chunked\r\n\r\n" + oneByte + "0\r\n\r\n";
    check(QStringLiteral("1-byte chunks with extensions"), valid, {200});
    source.acknowledged(sha256Hex(payload));
    return out;
}

Outcome pipelining(const Settings &s, SignedSource &source)
{
    Outcome out;
    RawClient client;
    if (!client.connectTo(s.port, 5000, attacker())) {
        out.problems.append(QStringLiteral("cannot connect"));
        return out;
    }
    QByteArray all;
    QList<QByteArray> shas;
    for (int i = 0; i < s.pipelined; ++i) {
        const PreparedRequest request = source.next();
        all += request.bytes;
        shas.append(request.sha256Hex);
    }
    // Then a mixed run whose answers must come back in order.
    const QByteArray good = source.next().bytes;
    const QByteArray goodSha = sha256Hex(good.mid(good.indexOf("\r\n\r\n") + 4));
    all += QByteArray("POST /webhook HTTP/1.1\r\nHost: x\r\nX-Hub-Signature-256: sha256=") +
           QByteArray(64, 'a') + "\r\nContent-Length: 2\r\n\r\n{}";
    all += "GET /nowhere HTTP/1.1\r\nHost: x\r\n\r\n";
    all += good;
    all += "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    const QList<int> expectedTail = {401, 404, 200, 200};
    client.send(all, 30'000);
    QList<int> statuses;
    for (int i = 0; i < s.pipelined + expectedTail.size(); ++i) {
        const int status = client.readStatus(20'000);
        ++out.tried;
        out.saw(status);
        statuses.append(status);
        if (status < 0)
            break;
    }
    for (int i = 0; i < s.pipelined && i < statuses.size(); ++i) {
        if (statuses.at(i) == 200)
            source.acknowledged(shas.at(i));
    }
    if (statuses.size() == s.pipelined + expectedTail.size()) {
        if (statuses.mid(s.pipelined) != expectedTail)
            out.problems.append(QStringLiteral("pipelined answers out of order"));
        else
            source.acknowledged(goodSha);
    }
    expectOnly(out, {QStringLiteral("200"), QStringLiteral("401"), QStringLiteral("404")});
    return out;
}

Outcome resetStorm(const Settings &s, qint64 pid, int baselineFds)
{
    Outcome out;
    for (int i = 0; i < s.resetConnections; ++i) {
        RawClient client;
        ++out.tried;
        if (!client.connectTo(s.port, 5000, attacker())) {
            out.saw(QStringLiteral("connect failed"));
            continue;
        }
        switch (i % 4) {
        case 0:
            break; // connect and reset
        case 1:
            client.send("POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Le");
            break;
        case 2:
            client.send("POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{\"a\"");
            break;
        default:
            client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
            break;
        }
        client.reset();
        out.saw(QStringLiteral("reset"));
    }
    // Every socket must be released again.
    QElapsedTimer timer;
    timer.start();
    int fds = 0;
    do {
        QThread::msleep(100);
        fds = sampleServer(pid).fds;
    } while (fds > baselineFds + 2 && timer.elapsed() < 5000);
    out.note =
        QStringLiteral("server descriptors %1 → %2 after the storm").arg(baselineFds).arg(fds);
    if (fds > baselineFds + 2)
        out.problems.append(QStringLiteral("%1 descriptors not released").arg(fds - baselineFds));
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Hostile HTTP against hookline serve, with signed traffic alongside."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("hookline"),
         QStringLiteral("The hookline binary (default: beside this one)."), QStringLiteral("path")},
        {QStringLiteral("quick"), QStringLiteral("Fewer connections per attack (for CI).")},
        {QStringLiteral("idle"), QStringLiteral("Idle connections to open (default 5000)."),
         QStringLiteral("n")},
        {QStringLiteral("slow"), QStringLiteral("Slowloris connections per attack (default 500)."),
         QStringLiteral("n")},
        {QStringLiteral("probe-rate"),
         QStringLiteral("Signed requests per second sent alongside (default 50)."),
         QStringLiteral("n"), QStringLiteral("50")},
        {QStringLiteral("only"), QStringLiteral("Run only attacks whose name contains this."),
         QStringLiteral("text")},
    });
    parser.process(app);
    raiseFileLimit();

    Settings settings;
    const bool quick = parser.isSet(QStringLiteral("quick"));
    settings.idleConnections = parser.isSet(QStringLiteral("idle"))
                                   ? parser.value(QStringLiteral("idle")).toInt()
                                   : (quick ? 600 : 5000);
    settings.slowConnections = parser.isSet(QStringLiteral("slow"))
                                   ? parser.value(QStringLiteral("slow")).toInt()
                                   : (quick ? 60 : 500);
    settings.resetConnections = quick ? 400 : 4000;
    settings.pipelined = quick ? 100 : 1000;
    const double probeRate = qMax(1.0, parser.value(QStringLiteral("probe-rate")).toDouble());
    QString binary = parser.value(QStringLiteral("hookline"));
    if (binary.isEmpty())
        binary = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("hookline"));

    QTemporaryDir dir;
    const QString dbPath = dir.filePath(QStringLiteral("hostile.sqlite"));
    if (const QString error = BenchServer::seed(dbPath); !error.isEmpty()) {
        print(QStringLiteral("cannot seed the database: %1\n").arg(error));
        return 1;
    }
    BenchServer serve;
    if (const QString error = serve.start(
            binary, dbPath,
            {QStringLiteral("--header-timeout-ms"), QString::number(settings.headerTimeoutMs),
             QStringLiteral("--request-timeout-ms"), QString::number(settings.requestTimeoutMs),
             QStringLiteral("--idle-timeout-ms"), QString::number(settings.idleTimeoutMs),
             QStringLiteral("--max-connections-per-peer"),
             QString::number(settings.perPeerConnections), QStringLiteral("--no-log-file"),
             QStringLiteral("--log-level"), QStringLiteral("error")});
        !error.isEmpty()) {
        print(error + u'\n');
        return 1;
    }
    settings.port = serve.port();
    const qint64 pid = serve.pid();
    SignedSource source("127.0.0.1:" + QByteArray::number(settings.port));
    Recorder recorder;

    QThread::msleep(300);
    const ServerSample baseline = sampleServer(pid);
    print(QStringLiteral("hookline-hostile: server pid %1, %2 MB resident at start, %3 "
                         "descriptors; timeouts: headers %4 ms, request %5 ms, idle %6 ms; "
                         "probe %7 signed requests/s\n\n")
              .arg(pid)
              .arg(double(baseline.rssKb) / 1024, 0, 'f', 1)
              .arg(baseline.fds)
              .arg(settings.headerTimeoutMs)
              .arg(settings.requestTimeoutMs)
              .arg(settings.idleTimeoutMs)
              .arg(probeRate));

    std::atomic<bool> stop = false;
    std::thread sampler([&] {
        while (!stop) {
            recorder.sample(sampleServer(pid));
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
        }
    });
    std::thread probe([&] {
        RawClient client;
        const auto interval = std::chrono::duration<double>(1.0 / probeRate);
        auto next = std::chrono::steady_clock::now();
        while (!stop) {
            if (!client.isOpen() && !client.connectTo(settings.port)) {
                recorder.latency(0, false);
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
                continue;
            }
            const PreparedRequest request = source.next();
            QElapsedTimer timer;
            timer.start();
            const bool sent = client.send(request.bytes, 10'000);
            const int status = sent ? client.readStatus(10'000) : RawClient::Closed;
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (status == 200)
                source.acknowledged(request.sha256Hex);
            else
                client.close();
            recorder.latency(ms, status == 200);
            next += std::chrono::duration_cast<std::chrono::steady_clock::duration>(interval);
            std::this_thread::sleep_until(next);
        }
    });

    struct Attack
    {
        QString name;
        QString expected;
        std::function<Outcome()> run;
        bool repeat = false; // quick: repeated for a few seconds so the probe measures it
    };
    const Settings &s = settings;
    const QByteArray slowHead = "POST /webhook HTTP/1.1\r\nHost: x\r\nX-Slow: ";
    const QByteArray slowBody =
        "POST /webhook HTTP/1.1\r\nHost: x\r\nX-Hub-Signature-256: sha256=" + QByteArray(64, '0') +
        "\r\nContent-Length: 100000\r\n\r\n{";
    const QList<Attack> attacks = {
        {QStringLiteral("baseline (probe only)"), QStringLiteral("-"),
         [] {
             QThread::msleep(3000);
             return Outcome{};
         }},
        {QStringLiteral("idle connections"), QStringLiteral("held, closed when idle"),
         [&] { return idleFlood(s, s.idleConnections); }},
        {QStringLiteral("one client's idle connections"),
         QStringLiteral("%1 held, the rest closed at once").arg(s.perPeerConnections),
         [&] {
             Outcome out = idleFlood(s, s.perPeerConnections + 344, oneClient);
             if (out.seen.value(u"held, closed when idle"_qs) > s.perPeerConnections)
                 out.problems.append(QStringLiteral("one client held more than its share"));
             return out;
         }},
        {QStringLiteral("blank lines once a second"),
         QStringLiteral("closed at the header timeout"),
         [&] {
             Outcome out =
                 drip(s, s.slowConnections, QByteArray(), '\n', 1000, s.headerTimeoutMs + 8000);
             expectOnly(out, {QStringLiteral("closed")});
             return out;
         }},
        {QStringLiteral("chunk lines Qt reads otherwise (bare LF: a 268 MB chunk for Qt)"),
         QStringLiteral("400"), [&] { return framingDesync(s); }, true},
        {QStringLiteral("slowloris headers"), QStringLiteral("408"),
         [&] {
             Outcome out = drip(s, s.slowConnections, slowHead, 'a', 500, s.headerTimeoutMs + 8000);
             expectOnly(out, {QStringLiteral("408")});
             return out;
         }},
        {QStringLiteral("slowloris body"), QStringLiteral("408"),
         [&] {
             Outcome out =
                 drip(s, s.slowConnections, slowBody, ' ', 500, s.requestTimeoutMs + 8000);
             expectOnly(out, {QStringLiteral("408")});
             return out;
         }},
        {QStringLiteral("%1 × 2.5 MB bodies left unfinished").arg(s.slowConnections * 2),
         QStringLiteral("503 over the cap, else 408"),
         [&] { return unfinishedFlood(s, s.slowConnections * 2); }},
        {QStringLiteral("100 MB body, Content-Length"), QStringLiteral("413"),
         [&] { return hugeBody(s, false); }},
        {QStringLiteral("100 MB body, chunked"), QStringLiteral("413"),
         [&] { return hugeBody(s, true); }},
        {QStringLiteral("10,000 headers; 1 MB value; 1 MB URL; 101 headers"), QStringLiteral("431"),
         [&] { return headerFlood(s); }, true},
        {QStringLiteral("invalid UTF-8 (path, headers, method, query, signed bodies)"),
         QStringLiteral("400/401/403/404; signed: 200"), [&] { return invalidUtf8(s, source); },
         true},
        {QStringLiteral("JSON nested 100,000 deep (signed)"), QStringLiteral("200, kept"),
         [&] { return signedBodies(s, source, deepJson()); }, true},
        {QStringLiteral("huge numbers (signed)"), QStringLiteral("200, kept"),
         [&] { return signedBodies(s, source, hugeNumbers()); }, true},
        {QStringLiteral("duplicate keys (signed)"), QStringLiteral("200, kept"),
         [&] { return signedBodies(s, source, duplicateKeys()); }, true},
        {QStringLiteral("chunked-encoding tricks"), QStringLiteral("400/408/413/501; valid: 200"),
         [&] { return chunkedTricks(s, source); }},
        {QStringLiteral("pipelined requests"), QStringLiteral("all answered, in order"),
         [&] { return pipelining(s, source); }, true},
        {QStringLiteral("reset storm"), QStringLiteral("descriptors released"),
         [&] { return resetStorm(s, pid, baseline.fds); }},
    };

    struct Row
    {
        QString name;
        QString expected;
        Outcome outcome;
        Figures figures;
        double seconds = 0;
    };
    QList<Row> rows;
    const QString only = parser.value(QStringLiteral("only"));
    for (qsizetype i = 0; i < attacks.size(); ++i) {
        const Attack &attack = attacks.at(i);
        if (!only.isEmpty() && i > 0 && !attack.name.contains(only, Qt::CaseInsensitive))
            continue;
        recorder.begin(int(i));
        QElapsedTimer timer;
        timer.start();
        Row row{attack.name, attack.expected, attack.run(), {}, 0};
        while (attack.repeat && timer.elapsed() < 3000 && serve.running()) {
            const Outcome more = attack.run();
            row.outcome.tried += more.tried;
            for (auto it = more.seen.cbegin(); it != more.seen.cend(); ++it)
                row.outcome.seen[it.key()] += it.value();
            for (const QString &problem : more.problems) {
                if (!row.outcome.problems.contains(problem))
                    row.outcome.problems.append(problem);
            }
        }
        row.seconds = double(timer.elapsed()) / 1000;
        row.figures = recorder.figures(int(i));
        if (!serve.running())
            row.outcome.problems.append(QStringLiteral("the server died"));
        const double p99 = percentile(row.figures.latenciesMs, 0.99);
        print(QStringLiteral("%1\n  tried %2 in %3 s; seen: %4%5\n  signed probe: %6 answered, "
                             "p50 %7 ms, p99 %8 ms, max %9 ms, %10 failed; server: max %11 MB "
                             "resident, %12 descriptors\n%13")
                  .arg(attack.name)
                  .arg(row.outcome.tried)
                  .arg(row.seconds, 0, 'f', 1)
                  .arg(describe(row.outcome.seen))
                  .arg(row.outcome.note.isEmpty() ? QString() : u"; "_qs + row.outcome.note)
                  .arg(row.figures.latenciesMs.size())
                  .arg(percentile(row.figures.latenciesMs, 0.5), 0, 'f', 1)
                  .arg(p99, 0, 'f', 1)
                  .arg(percentile(row.figures.latenciesMs, 1.0), 0, 'f', 1)
                  .arg(row.figures.probeFailures)
                  .arg(double(row.figures.maxRssKb) / 1024, 0, 'f', 1)
                  .arg(row.figures.maxFds)
                  .arg(row.outcome.problems.isEmpty()
                           ? QString()
                           : u"  PROBLEMS: "_qs + row.outcome.problems.join(u"; "_qs) + u'\n'));
        rows.append(row);
        if (!serve.running())
            break;
    }
    stop = true;
    probe.join();
    sampler.join();

    bool ok = serve.running();
    for (const Row &row : std::as_const(rows))
        ok = ok && row.outcome.problems.isEmpty() && row.figures.probeFailures == 0;
    const qint64 peakKb = peakRssKb(pid);

    // Processing must finish everything, the nasty bodies included.
    DatabaseOptions options;
    options.path = dbPath;
    BenchServer::waitForDrain(dbPath, 60'000);
    const qint64 backlog = BenchServer::backlog(dbPath);
    const bool running = serve.running();
    const int exitCode = serve.stop();

    auto db = Database::open(options, QStringLiteral("hostile-check"));
    if (!db) {
        print(QStringLiteral("cannot open the database: %1\n").arg(db.error()));
        return 1;
    }
    const QSet<QByteArray> stored = BenchServer::storedShas(dbPath);
    const QList<QByteArray> acknowledged = source.allAcknowledged();
    qint64 missing = 0;
    for (const QByteArray &sha : acknowledged)
        missing += stored.contains(sha) ? 0 : 1;
    auto count = [&](const QString &sql) {
        QSqlQuery q((*db)->handle());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    };
    const qint64 invalidJson =
        count(QStringLiteral("SELECT count(*) FROM deliveries WHERE flags LIKE '%invalid_json%'"));
    const qint64 deadLetters = count(QStringLiteral("SELECT count(*) FROM proj.dead_letters"));
    const qint64 rejections = count(QStringLiteral("SELECT count(*) FROM rejections"));

    print(QStringLiteral("\nserver alive after all attacks: %1; peak resident %2 MB (start %3 MB)\n"
                         "acknowledged %4, stored %5, acknowledged but missing %6\n"
                         "unprocessed after the run: %7; invalid_json deliveries %8, dead letters "
                         "%9, rejections recorded %10\nclean shutdown: exit code %11\n")
              .arg(running ? QStringLiteral("yes") : QStringLiteral("NO"))
              .arg(double(peakKb) / 1024, 0, 'f', 1)
              .arg(double(baseline.rssKb) / 1024, 0, 'f', 1)
              .arg(acknowledged.size())
              .arg(stored.size())
              .arg(missing)
              .arg(backlog)
              .arg(invalidJson)
              .arg(deadLetters)
              .arg(rejections)
              .arg(exitCode));
    ok = ok && running && missing == 0 && backlog == 0 && exitCode == 0;
    print(ok ? QStringLiteral("RESULT: pass\n") : QStringLiteral("RESULT: FAIL\n"));
    return ok ? 0 : 1;
}
