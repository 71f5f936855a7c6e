#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace hookline {

// What went wrong talking to the Graph API, read from Meta's error object
// ({"error": {"message", "type", "code", "error_subcode", "fbtrace_id"}}) or from the network,
// with a sentence for people. Never holds the access token.
struct GraphError
{
    Q_DECLARE_TR_FUNCTIONS(GraphError)

public:
    enum class Kind
    {
        None,
        NoToken,       // the line's app has no access token here
        Unreachable,   // no connection was made: nothing was sent
        AnswerLost,    // the request went out and no usable answer came back
        TokenExpired,  // code 190
        Permission,    // codes 10, 200-299, 131005
        RateLimited,   // codes 4, 80007, 130429, 131056, or HTTP 429
        NotFound,      // HTTP 404, or code 100 with subcode 33
        OutsideWindow, // code 131047
        Rejected,      // any other error Meta answered with
        ServerError,   // HTTP 5xx without a more precise code
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    int code = 0;
    int subcode = 0;
    QString metaMessage; // Meta's own words, as given
    QString fbtraceId;
    int retryAfterSeconds = -1; // Retry-After, when Meta sent one
    QString networkError;       // Qt's words for a network failure

    bool isError() const { return kind != Kind::None; }
    // Worth asking again (after a wait) without risk: Meta refused before doing anything.
    bool isRateLimit() const { return kind == Kind::RateLimited; }

    // Meta's answer to a request (its HTTP status, body and Retry-After header); Kind::None for
    // a 2xx.
    static GraphError fromAnswer(int httpStatus, const QByteArray &body,
                                 const QByteArray &retryAfter);
    static GraphError noToken(const QString &appId);

    // A stable word for scripts and the database: "token_expired", "rate_limited", ...
    QString word() const;
    // One line for people: what happened, Meta's code, and what to do.
    QString describe() const;
};

} // namespace hookline
