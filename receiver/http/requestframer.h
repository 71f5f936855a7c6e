#pragma once

#include "http/httprequest.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace hookline {

struct FramerLimits
{
    qint64 maxBodyBytes = 3 * 1024 * 1024;
    int maxHeaderBytes = 64 * 1024;
    int maxHeaderCount = 100;
};

// Frames HTTP/1.1 requests on one connection (request line, headers, Content-Length or
// chunked bodies, pipelining) and hands back each complete one. It is the receiver's only
// parser: limits and malformed framing are refused from the same parse that produces the
// request, so nothing can be framed one way for the checks and another for the handler. It
// frames like Qt 6.4's own parser (tests/fuzz/fuzz_framing.cpp compares the two).
class RequestFramer
{
public:
    enum class Failure
    {
        None,
        BadRequest,
        HeadersTooLarge,
        PayloadTooLarge,
        NotImplemented
    };

    struct Progress
    {
        Failure failure = Failure::None;
        QByteArray reason;           // for the operator; never holds request bytes
        int completedRequests = 0;   // requests whose last byte was in this feed
        QList<HttpRequest> requests; // those requests, in order
        bool sendContinue = false;   // headers asked for "Expect: 100-continue"
    };

    explicit RequestFramer(FramerLimits limits = {});

    Progress feed(QByteArrayView data);

    // A request has begun: any byte of it, or blank lines before its request line (which start
    // the header deadline like any other byte, so they cannot keep a connection alive).
    bool inRequest() const
    {
        return (m_state != State::Head && m_state != State::Closed) || !m_head.isEmpty() ||
               m_sawBlankLines;
    }
    // Only blank lines since the last request: nothing a client is waiting on an answer for.
    bool onlyBlankLines() const
    {
        return m_state == State::Head && m_head.isEmpty() && m_sawBlankLines;
    }
    bool headersComplete() const
    {
        return m_state != State::Head && m_state != State::Failed && m_state != State::Closed;
    }
    bool failed() const { return m_state == State::Failed; }
    // A request asked to close the connection: nothing after it is framed.
    bool closed() const { return m_state == State::Closed; }
    // The Content-Length of the request whose body is being read, or -1 (none yet, chunked).
    qint64 declaredBodyBytes() const { return m_declaredBodyBytes; }

private:
    enum class State
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Failed,
        Closed
    };

    qsizetype feedHead(QByteArrayView data, Progress &progress);
    bool parseHead(Progress &progress);
    qsizetype feedLine(QByteArrayView data, Progress &progress, bool &complete);
    void finishRequest(Progress &progress);
    void fail(Progress &progress, Failure failure, const char *reason);

    const FramerLimits m_limits;
    State m_state = State::Head;
    QByteArray m_head;
    QByteArray m_line;
    qint64 m_remaining = 0;
    qint64 m_bodyBytes = 0;
    qint64 m_declaredBodyBytes = -1;
    bool m_sawBlankLines = false;
    HttpRequest m_request; // the one being read, once its head is parsed
};

} // namespace hookline
