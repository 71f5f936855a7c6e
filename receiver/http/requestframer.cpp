#include "requestframer.h"

#include <QList>

namespace hookline {

namespace {

constexpr int MaxChunkLine = 1024;

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    for (char c : value) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool parseDecimal(QByteArrayView value, qint64 &out)
{
    if (value.isEmpty() || value.size() > 18)
        return false;
    qint64 result = 0;
    for (char c : value) {
        if (c < '0' || c > '9')
            return false;
        result = result * 10 + (c - '0');
    }
    out = result;
    return true;
}

bool parseHex(QByteArrayView value, qint64 &out)
{
    if (value.isEmpty() || value.size() > 15)
        return false;
    qint64 result = 0;
    for (char c : value) {
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return false;
        result = result * 16 + digit;
    }
    out = result;
    return true;
}

QByteArrayView stripCr(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

// Qt 6.4's parser ends a chunk line only at CR (and takes the next byte as its LF unseen), so a
// chunk line must end in CRLF and hold no other CR or LF, or the two would not agree on where
// the chunk data starts.
bool isCrlfLine(QByteArrayView line)
{
    return line.endsWith('\r') && !line.chopped(1).contains('\r');
}

// HEX [ ';' extension ]. Qt 6.4.2 reads a space after the size as the end of the chunks (it
// completes the request there, whatever follows), so a space is refused, not skipped.
bool parseChunkSize(QByteArrayView line, qint64 &size)
{
    const qsizetype semicolon = line.indexOf(';');
    return parseHex(semicolon < 0 ? line : line.first(semicolon), size);
}

} // namespace

RequestFramer::RequestFramer(FramerLimits limits)
    : m_limits(limits)
{}

void RequestFramer::fail(Progress &progress, Failure failure, const char *reason)
{
    m_state = State::Failed;
    progress.failure = failure;
    progress.reason = reason;
}

void RequestFramer::finishRequest(Progress &progress)
{
    m_state = State::Head;
    m_head.clear();
    m_line.clear();
    m_remaining = 0;
    m_bodyBytes = 0;
    m_declaredBodyBytes = -1;
    m_sawBlankLines = false;
    ++progress.completedRequests;
    // Its body is in: no 100 Continue for it any more.
    progress.sendContinue = false;
    if (!m_request.keepAlive)
        m_state = State::Closed;
    progress.requests.append(std::exchange(m_request, HttpRequest()));
}

RequestFramer::Progress RequestFramer::feed(QByteArrayView data)
{
    Progress progress;
    while (!data.isEmpty() && m_state != State::Failed && m_state != State::Closed) {
        qsizetype used = 0;
        switch (m_state) {
        case State::Head:
            used = feedHead(data, progress);
            break;
        case State::Body:
            used = qsizetype(qMin<qint64>(m_remaining, data.size()));
            m_request.body.append(data.first(used));
            m_remaining -= used;
            if (m_remaining == 0)
                finishRequest(progress);
            break;
        case State::ChunkSize: {
            bool complete = false;
            used = feedLine(data, progress, complete);
            if (!complete)
                break;
            qint64 size = 0;
            if (!isCrlfLine(m_line)) {
                fail(progress, Failure::BadRequest, "chunk size line not ended by CRLF");
                break;
            }
            if (!parseChunkSize(stripCr(m_line), size)) {
                fail(progress, Failure::BadRequest, "malformed chunk size");
                break;
            }
            m_line.clear();
            if (m_bodyBytes + size > m_limits.maxBodyBytes) {
                fail(progress, Failure::PayloadTooLarge, "chunked body exceeds the size limit");
                break;
            }
            m_bodyBytes += size;
            m_remaining = size;
            m_state = size == 0 ? State::Trailers : State::ChunkData;
            break;
        }
        case State::ChunkData:
            used = qsizetype(qMin<qint64>(m_remaining, data.size()));
            m_request.body.append(data.first(used));
            m_remaining -= used;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        case State::ChunkDataEnd: {
            // Exactly CRLF, checked byte by byte: Qt skips these two bytes without looking.
            used = 1;
            const char expected = m_line.isEmpty() ? '\r' : '\n';
            if (data[0] != expected) {
                fail(progress, Failure::BadRequest, "chunk data not followed by CRLF");
                break;
            }
            if (expected == '\r') {
                m_line = "\r";
                break;
            }
            m_line.clear();
            m_state = State::ChunkSize;
            break;
        }
        case State::Trailers: {
            // Byte by byte, like Qt 6.4.2: after the last chunk it takes any byte but CR as the
            // end of the request at once, and the byte after a CR for its LF without looking.
            // So a trailer field is refused at its first byte, and CR must be followed by LF.
            // QHttpServer 6.4 leaves trailer fields unread and then stalls the connection, so a
            // request with trailers gets a clear refusal. Meta never sends them.
            used = 1;
            if (m_line.isEmpty()) {
                if (data[0] == '\n') {
                    fail(progress, Failure::BadRequest, "last chunk not ended by CRLF");
                    break;
                }
                if (data[0] != '\r') {
                    fail(progress, Failure::NotImplemented, "chunked trailers are not supported");
                    break;
                }
                m_line = "\r";
                break;
            }
            if (data[0] != '\n') {
                fail(progress, Failure::BadRequest, "last chunk not ended by CRLF");
                break;
            }
            m_line.clear();
            finishRequest(progress);
            break;
        }
        case State::Failed:
        case State::Closed:
            break;
        }
        data = data.sliced(used);
    }
    return progress;
}

qsizetype RequestFramer::feedLine(QByteArrayView data, Progress &progress, bool &complete)
{
    // Qt 6.4.2 takes the byte after a CR for its LF without looking, so a CR must be followed by
    // LF right away: anything else is refused as soon as it arrives, before Qt acts on it.
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (m_line.endsWith('\r') && c != '\n') {
            fail(progress, Failure::BadRequest, "CR not followed by LF in a chunk line");
            return i + 1;
        }
        if (c == '\n') {
            complete = true;
            return i + 1;
        }
        if (m_line.size() >= MaxChunkLine) {
            fail(progress, Failure::BadRequest, "chunk line too long");
            return i + 1;
        }
        m_line.append(c);
    }
    return data.size();
}

qsizetype RequestFramer::feedHead(QByteArrayView data, Progress &progress)
{
    // Empty lines before a request line are allowed (RFC 9112 section 2.2).
    qsizetype skipped = 0;
    if (m_head.isEmpty()) {
        while (skipped < data.size() && (data[skipped] == '\r' || data[skipped] == '\n'))
            ++skipped;
        m_sawBlankLines = m_sawBlankLines || skipped > 0;
        data = data.sliced(skipped);
        if (data.isEmpty())
            return skipped;
    }
    const qsizetype searchFrom = qMax<qsizetype>(0, m_head.size() - 3);
    const qsizetype allowed = m_limits.maxHeaderBytes - m_head.size();
    const QByteArrayView window =
        data.first(qMin<qsizetype>(data.size(), qMax<qsizetype>(0, allowed) + 4));
    m_head.append(window);
    // Like Qt 6.4.2's parser, a line ends at LF (a CR before it is part of the ending), so the
    // head ends at the first empty line: LF LF or LF CR LF.
    qsizetype end = m_head.indexOf("\n\r\n", searchFrom);
    qsizetype terminator = 3;
    const qsizetype bare = m_head.indexOf("\n\n", searchFrom);
    if (bare >= 0 && (end < 0 || bare < end)) {
        end = bare;
        terminator = 2;
    }
    if (end < 0) {
        if (m_head.size() > m_limits.maxHeaderBytes)
            fail(progress, Failure::HeadersTooLarge, "request headers exceed the size limit");
        return skipped + window.size();
    }
    const qsizetype headEnd = end + terminator;
    const qsizetype unused = m_head.size() - headEnd;
    m_head.truncate(headEnd);
    if (!parseHead(progress))
        return skipped + window.size() - unused;
    return skipped + window.size() - unused;
}

bool RequestFramer::parseHead(Progress &progress)
{
    QList<QByteArrayView> lines;
    QByteArrayView rest(m_head);
    while (!rest.isEmpty()) {
        const qsizetype newline = rest.indexOf('\n');
        const QByteArrayView line = stripCr(newline < 0 ? rest : rest.first(newline));
        if (!line.isEmpty())
            lines.append(line);
        rest = newline < 0 ? QByteArrayView() : rest.sliced(newline + 1);
    }
    if (lines.isEmpty()) {
        fail(progress, Failure::BadRequest, "empty request");
        return false;
    }

    // Request line: METHOD SP target SP HTTP/1.x
    const QByteArrayView requestLine = lines.first();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1) {
        fail(progress, Failure::BadRequest, "malformed request line");
        return false;
    }
    const QByteArrayView method = requestLine.first(firstSpace);
    const QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = requestLine.sliced(lastSpace + 1);
    if (!isToken(method) || method.size() > 16 || target.contains(' ') ||
        (version != "HTTP/1.1" && version != "HTTP/1.0")) {
        fail(progress, Failure::BadRequest, "malformed request line");
        return false;
    }
    if (lines.size() - 1 > m_limits.maxHeaderCount) {
        fail(progress, Failure::HeadersTooLarge, "too many request headers");
        return false;
    }

    qint64 contentLength = -1;
    bool chunked = false;
    bool expectContinue = false;
    HttpRequest request;
    request.method = method.toByteArray();
    request.target = target.toByteArray();
    request.headers.reserve(lines.size() - 1);
    bool sawClose = false;
    bool sawKeepAlive = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon))) {
            fail(progress, Failure::BadRequest, "malformed header line");
            return false;
        }
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        request.headers.append({name.toByteArray(), value.toByteArray()});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            qint64 length = 0;
            if (!parseDecimal(value, length) || (contentLength >= 0 && length != contentLength)) {
                fail(progress, Failure::BadRequest, "invalid Content-Length");
                return false;
            }
            contentLength = length;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            if (value.compare("chunked", Qt::CaseInsensitive) != 0 || chunked) {
                fail(progress, Failure::NotImplemented, "unsupported Transfer-Encoding");
                return false;
            }
            chunked = true;
        } else if (name.compare("Expect", Qt::CaseInsensitive) == 0) {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &option : value.toByteArray().split(',')) {
                const QByteArray token = option.trimmed();
                sawClose = sawClose || token.compare("close", Qt::CaseInsensitive) == 0;
                sawKeepAlive =
                    sawKeepAlive || token.compare("keep-alive", Qt::CaseInsensitive) == 0;
            }
        }
    }
    if (chunked && contentLength >= 0) {
        fail(progress, Failure::BadRequest, "both Content-Length and Transfer-Encoding");
        return false;
    }
    if (contentLength > m_limits.maxBodyBytes) {
        fail(progress, Failure::PayloadTooLarge, "Content-Length exceeds the size limit");
        return false;
    }
    progress.sendContinue = expectContinue && (chunked || contentLength > 0);
    // HTTP/1.1 keeps the connection unless told to close it; HTTP/1.0 closes unless told to keep.
    request.keepAlive = !sawClose && (version == "HTTP/1.1" || sawKeepAlive);
    m_head.clear(); // the views above point into it
    // Room for the declared body up front, but not more than a first read's worth: the
    // declared size is only a claim until the bytes arrive.
    if (contentLength > 0)
        request.body.reserve(qsizetype(qMin<qint64>(contentLength, 256 * 1024)));
    m_request = std::move(request);
    if (chunked) {
        m_state = State::ChunkSize;
    } else if (contentLength > 0) {
        m_state = State::Body;
        m_remaining = contentLength;
        m_declaredBodyBytes = contentLength;
    } else {
        // finishRequest resets the state; keep m_head empty so inRequest() turns false.
        finishRequest(progress);
    }
    return true;
}

} // namespace hookline
