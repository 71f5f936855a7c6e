#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <memory>

class QThread;

namespace hookline::test {

// A Graph API of our own on a free loopback port, in its own thread (so a test may wait on a
// child process while it answers): the messages endpoint, a line's fields and a WABA's message
// templates (two pages: order_update pt_BR and promo_draft en_US, pending; then welcome_back
// en_US) as Meta documents them, and Meta's failure modes on demand.
class MockGraph
{
public:
    enum class Failure
    {
        ExpiredToken,    // 401, code 190 subcode 463
        RateLimited,     // 429, code 130429, with Retry-After when given
        PairRateLimited, // 400, code 131056
        OutsideWindow,   // 400, code 131047
        ServerError,     // 500, no code
        DropAnswer,      // reads the request, then closes without a word
        Truncated,       // a 200 whose body stops halfway
        Slow,            // answers after slowMs
    };

    struct Request
    {
        QByteArray method;
        QString path; // with the query
        QByteArray authorization;
        QByteArray body;
    };

    static constexpr const char *goodToken = "EAAG-test-token-northwind";

    MockGraph();
    ~MockGraph();
    MockGraph(const MockGraph &) = delete;
    MockGraph &operator=(const MockGraph &) = delete;

    QUrl url() const;
    bool isListening() const { return m_port != 0; }

    // The next `times` requests fail this way.
    void failNext(Failure failure, int times = 1, int retryAfterSeconds = -1, int slowMs = 0);
    // A line the token can see, with its fields.
    void addLine(const QString &phoneNumberId, const QString &verifiedName);

    QList<Request> requests() const;
    int messageRequests() const;

    struct State;

private:
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    quint16 m_port = 0;
};

} // namespace hookline::test
