#pragma once

#include "bodyfactory.h"

#include <QList>

namespace hookline::bench {

struct LoadResult
{
    int connections = 0;
    double seconds = 0;
    qint64 completed = 0;
    qint64 non2xx = 0;
    qint64 errors = 0; // connection failures
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    QList<QByteArray> acknowledged; // sha256 of bodies answered 200
};

// Drives `connections` keep-alive connections (one request in flight on each) against
// 127.0.0.1:port for `seconds`, with epoll on one thread so the generator stays cheap.
class HttpLoad
{
public:
    // rate > 0: offer that many requests per second in all (open loop: each connection sends
    // on a fixed schedule, whatever the answers' latency); 0: as fast as answers come.
    static LoadResult run(quint16 port, int connections, double seconds, double rate,
                          BodyFactory &factory, QList<PreparedRequest> &pool);
};

} // namespace hookline::bench
