// Differential fuzzing of the request framing: the same bytes go to RequestFramer and to Qt
// 6.4.2's own request parser (a real QAbstractHttpServer answering on a loopback connection).
// The receiver frames every request once, with RequestFramer alone: its limits, its refusals
// and the requests it answers all come from that parse. This checks the framing is the one a
// standard parser finds, so no request a client meant is cut differently (a desync an attacker
// could use behind a proxy). The run aborts on the first disagreement.
//
// Agreement, for one input fed at once:
// - the framer accepts all of it: Qt completes exactly as many requests as the framer;
// - the framer refuses it, or stops at a request that closes the connection, after N complete
//   requests: Qt completes at least those N (what follows is never read);
// - the requests both complete have the same path and the same (de-chunked) body.
#include "http/requestframer.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace hookline;

namespace {

class CountingServer final : public QAbstractHttpServer
{
public:
    int completed = 0;
    QList<std::pair<QString, QByteArray>> requests; // path, body

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        ++completed;
        requests.append({request.url().path(), request.body()});
        makeResponder(request, socket).write(QHttpServerResponder::StatusCode::Ok);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}
};

struct World
{
    World()
    {
        static int argc = 1;
        static char name[] = "hookline-fuzz-framing";
        static char *argv[] = {name, nullptr};
        app = new QCoreApplication(argc, argv);
        listener = new QTcpServer;
        if (!listener->listen(QHostAddress::LocalHost, 0))
            std::abort();
        server = new CountingServer;
        server->bind(listener);
    }
    QCoreApplication *app;
    QTcpServer *listener;
    CountingServer *server;
};

World &world()
{
    static World w;
    return w;
}

// Runs the event loop until Qt has had every chance to parse what was sent: the answers and the
// count stop changing for a few rounds (or the connection closes).
int qtCompleted(const QByteArray &input)
{
    World &w = world();
    w.server->completed = 0;
    w.server->requests.clear();
    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, w.listener->serverPort());
    if (!client.waitForConnected(2000))
        std::abort();
    client.write(input);
    client.flush();
    QElapsedTimer timer;
    timer.start();
    int last = -1;
    int quiet = 0;
    while (quiet < 4 && timer.elapsed() < 500) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        client.waitForReadyRead(1);
        client.readAll();
        if (w.server->completed != last || client.bytesToWrite() > 0) {
            last = w.server->completed;
            quiet = 0;
        } else {
            ++quiet;
        }
        if (client.state() != QAbstractSocket::ConnectedState)
            ++quiet;
    }
    client.abort();
    QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    return w.server->completed;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 64 * 1024)
        return 0;
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    FramerLimits limits;
    limits.maxBodyBytes = 1024 * 1024;
    limits.maxHeaderBytes = 64 * 1024;
    limits.maxHeaderCount = 1000;
    RequestFramer framer(limits);
    const RequestFramer::Progress progress = framer.feed(input);
    const int qt = qtCompleted(input);
    if (std::getenv("HOOKLINE_FRAMING_VERBOSE"))
        std::fprintf(stderr, "framer: %d complete, failure %d; Qt: %d complete\n",
                     progress.completedRequests, int(progress.failure), qt);
    // After a request that closes the connection the framer stops; Qt 6.4 reads on.
    const bool agree = progress.failure == RequestFramer::Failure::None && !framer.closed()
                           ? qt == progress.completedRequests
                           : qt >= progress.completedRequests;
    if (!agree) {
        std::fprintf(stderr,
                     "framing disagreement: RequestFramer completed %d request(s)%s, Qt 6.4.2 "
                     "completed %d\n",
                     progress.completedRequests,
                     progress.failure == RequestFramer::Failure::None ? "" : " then refused", qt);
        std::abort();
    }
    const QList<std::pair<QString, QByteArray>> &seen = world().server->requests;
    for (int i = 0; i < progress.completedRequests && i < seen.size(); ++i) {
        const HttpRequest &mine = progress.requests.at(i);
        if (mine.url().path() != seen.at(i).first || mine.body != seen.at(i).second) {
            std::fprintf(stderr,
                         "request %d framed differently: RequestFramer read %s with %lld body "
                         "bytes, Qt 6.4.2 read %s with %lld\n",
                         i, mine.url().path().toUtf8().constData(), qlonglong(mine.body.size()),
                         seen.at(i).first.toUtf8().constData(),
                         qlonglong(seen.at(i).second.size()));
            std::abort();
        }
    }
    return 0;
}
