#include "graph/graphclient.h"
#include "graph/messagesender.h"
#include "graph/sendlog.h"
#include "graph/servicewindow.h"
#include "graph/templatecatalog.h"
#include "mockgraph.h"
#include "processing/contacteraser.h"
#include "processing/retentionpruner.h"
#include "processingharness.h"
#include "storage/clock.h"
#include "storage/configstore.h"
#include "webhookbody.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

namespace {

const QString customer = QStringLiteral("5511987654321");

qint64 nowSeconds()
{
    return Clock::nowMicros() / 1000000;
}

// What Meta delivers when the customer writes to the Support line at ts.
QByteArray inbound(qint64 ts, const QString &wamid, bool fromAnAd = false)
{
    return WebhookBody::customerText(QLatin1String(TestWorld::support), customer, ts, wamid,
                                     QStringLiteral("Olá, tudo bem?"), fromAnAd);
}

SendRequest text(const QString &words = QStringLiteral("Claro, te ajudo agora."))
{
    SendRequest request;
    request.line = QLatin1String(TestWorld::support);
    request.to = customer;
    request.text = words;
    request.by = QStringLiteral("agent-7");
    return request;
}

SendRequest welcomeTemplate(const QStringList &params)
{
    SendRequest request = text();
    request.kind = SendRequest::Kind::Template;
    request.text.clear();
    request.templateName = QStringLiteral("order_update");
    request.language = QStringLiteral("pt_BR");
    request.params = params;
    return request;
}

// A world whose Support line's app has the mock's token, and a client for the mock.
struct Setup
{
    ProcessingHarness harness;
    MockGraph graph;
    std::unique_ptr<GraphClient> client;

    explicit Setup(bool withToken = true)
    {
        QVERIFY2(harness.isValid(), qPrintable(harness.error()));
        QVERIFY(graph.isListening());
        if (withToken)
            QVERIFY(ConfigStore(harness.db().handle())
                        .setAccessToken(QStringLiteral("northwind"), MockGraph::goodToken));
        GraphEndpoint endpoint;
        endpoint.base = graph.url();
        endpoint.retryBaseMs = 50;
        endpoint.timeoutMs = 2000;
        client = std::make_unique<GraphClient>(endpoint);
    }

    MessageSender sender() { return MessageSender(harness.db().handle(), *client); }

    void customerWrote(qint64 ts, bool fromAnAd = false)
    {
        harness.injectFromMeta(inbound(ts, QStringLiteral("wamid.IN%1").arg(ts), fromAnAd));
        harness.process();
    }
};

} // namespace

class TestGraph : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void errorsAreReadFromMetasAnswer();
    void endpointBuildsVersionedUrls();
    void requestsAreCheckedBeforeSending();
    void sendsTextInsideTheWindowAndRecordsIt();
    void refusesFreeTextOutsideTheWindowButSendsATemplate();
    void aReplayOrAnotherLineDoesNotOpenTheWindow();
    void anAdOpensSeventyTwoHours();
    void noTokenIsAClearRefusal();
    void anExpiredTokenFailsWithAHint();
    void rateLimitsAreWaitedOutAndAskedAgain();
    void aLostAnswerIsUnknownAndNeverSentAgain();
    void aSlowOrTruncatedAnswerIsUnknownToo();
    void anUnreachableGraphSendsNothing();
    void readsAreAskedAgainAfterAServerError();
    void erasingThePersonErasesWhatWasSentThem();
    void retentionForgetsOldSends();
    void templatesAreListedPageByPageAndKept();
    void aLostSendIsSettledOrCalledUnknown();
};

void TestGraph::initTestCase()
{
    // A world that cannot open (PostgreSQL asked for but not given) ends the run here, with its
    // reason, rather than in each test's Setup, whose failed check cannot stop the test using it.
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
}

void TestGraph::errorsAreReadFromMetasAnswer()
{
    const GraphError expired = GraphError::fromAnswer(
        401,
        R"({"error":{"message":"Session has expired","type":"OAuthException","code":190,)"
        R"("error_subcode":463,"fbtrace_id":"Abc"}})",
        {});
    QCOMPARE(expired.kind, GraphError::Kind::TokenExpired);
    QCOMPARE(expired.subcode, 463);
    QVERIFY2(expired.describe().contains(QLatin1String("190")), qPrintable(expired.describe()));
    QVERIFY2(expired.describe().contains(QLatin1String("apps token")),
             qPrintable(expired.describe()));
    QVERIFY(expired.describe().contains(QLatin1String("fbtrace_id Abc")));

    const GraphError limited =
        GraphError::fromAnswer(400, R"({"error":{"code":131056,"message":"pair"}})", " 7 ");
    QCOMPARE(limited.kind, GraphError::Kind::RateLimited);
    QCOMPARE(limited.retryAfterSeconds, 7);
    QCOMPARE(GraphError::fromAnswer(429, "not json", "soon").kind, GraphError::Kind::RateLimited);
    QCOMPARE(GraphError::fromAnswer(429, "not json", "soon").retryAfterSeconds, -1);
    QCOMPARE(GraphError::fromAnswer(400, R"({"error":{"code":131047}})", {}).kind,
             GraphError::Kind::OutsideWindow);
    QCOMPARE(GraphError::fromAnswer(400, R"({"error":{"code":100,"error_subcode":33}})", {}).kind,
             GraphError::Kind::NotFound);
    QCOMPARE(GraphError::fromAnswer(403, R"({"error":{"code":200}})", {}).kind,
             GraphError::Kind::Permission);
    QCOMPARE(GraphError::fromAnswer(502, "<html>", {}).kind, GraphError::Kind::ServerError);
    QCOMPARE(GraphError::fromAnswer(200, "{}", {}).kind, GraphError::Kind::None);
}

void TestGraph::endpointBuildsVersionedUrls()
{
    GraphEndpoint endpoint;
    QCOMPARE(endpoint.url(QStringLiteral("/1065/messages")).toString(),
             QStringLiteral("https://graph.facebook.com/v24.0/1065/messages"));
    endpoint.base = QUrl(QStringLiteral("http://127.0.0.1:9/graph/"));
    endpoint.version = QStringLiteral("23.0");
    QCOMPARE(endpoint.url(QStringLiteral("1065?fields=a,b")).toString(),
             QStringLiteral("http://127.0.0.1:9/graph/v23.0/1065?fields=a,b"));
    QVERIFY(GraphEndpoint::isVersion(QStringLiteral("v24.0")));
    QVERIFY(!GraphEndpoint::isVersion(QStringLiteral("latest")));
}

void TestGraph::requestsAreCheckedBeforeSending()
{
    QVERIFY(text().check());
    QVERIFY(!text(QStringLiteral("   ")).check());
    QVERIFY(!text(QString(SendRequest::LongestText + 1, u'a')).check());
    const Status empty = welcomeTemplate({QStringLiteral("Ana"), QStringLiteral(" ")}).check();
    QVERIFY(!empty);
    QVERIFY2(empty.error().contains(QLatin1String("{{2}}")), qPrintable(empty.error()));
    SendRequest noLanguage = welcomeTemplate({});
    noLanguage.language.clear();
    QVERIFY(!noLanguage.check());

    // The body Meta's messages endpoint takes, with the reply's context and the callback data.
    SendRequest reply = text();
    reply.replyTo = QStringLiteral("wamid.IN1");
    const QJsonObject body = reply.body(QStringLiteral("hookline-send-4"));
    QCOMPARE(body.value(QLatin1String("type")).toString(), QStringLiteral("text"));
    QCOMPARE(body[QLatin1String("text")][QLatin1String("body")].toString(), reply.text);
    QCOMPARE(body[QLatin1String("context")][QLatin1String("message_id")].toString(),
             QStringLiteral("wamid.IN1"));
    QCOMPARE(body.value(QLatin1String("biz_opaque_callback_data")).toString(),
             QStringLiteral("hookline-send-4"));
    const QJsonObject filled =
        welcomeTemplate({QStringLiteral("Ana"), QStringLiteral("#881")}).body({});
    const QJsonArray parameters = filled[QLatin1String("template")][QLatin1String("components")]
                                      .toArray()
                                      .first()[QLatin1String("parameters")]
                                      .toArray();
    QCOMPARE(parameters.size(), 2);
    QCOMPARE(parameters.at(1)[QLatin1String("text")].toString(), QStringLiteral("#881"));
    QCOMPARE(filled[QLatin1String("template")][QLatin1String("language")][QLatin1String("code")]
                 .toString(),
             QStringLiteral("pt_BR"));
}

void TestGraph::sendsTextInsideTheWindowAndRecordsIt()
{
    Setup s;
    s.customerWrote(nowSeconds() - 3600 - 120);
    const auto window =
        ServiceWindow::of(s.harness.db().handle(), QLatin1String(TestWorld::support),
                          QStringLiteral("+55 11 98765-4321"));
    QVERIFY(window);
    QVERIFY(window->isOpenAt(nowSeconds()));
    QVERIFY2(window->describe(nowSeconds()).startsWith(QLatin1String("open for 22 h")),
             qPrintable(window->describe(nowSeconds())));

    SendRequest request = text();
    request.replyTo = QStringLiteral("wamid.IN%1").arg(window->lastCustomerTs);
    const MessageSender::Outcome outcome = s.sender().sendNow(request);
    QCOMPARE(outcome.state, QStringLiteral("accepted"));
    QCOMPARE(outcome.wamid, QStringLiteral("wamid.MOCK000001"));
    QVERIFY(outcome.sendId > 0);

    // What Meta received: the token as a bearer, the text, the context, our callback data.
    const QList<MockGraph::Request> requests = s.graph.requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path,
             QStringLiteral("/v24.0/%1/messages").arg(QLatin1String(TestWorld::support)));
    QCOMPARE(requests.first().authorization, QByteArray("Bearer ") + MockGraph::goodToken);
    const QJsonObject body = QJsonDocument::fromJson(requests.first().body).object();
    QCOMPARE(body.value(QLatin1String("to")).toString(), customer);
    QCOMPARE(body[QLatin1String("text")][QLatin1String("body")].toString(), request.text);
    QCOMPARE(body.value(QLatin1String("biz_opaque_callback_data")).toString(),
             SendLog::callbackData(outcome.sendId));

    // Recorded, with its audit line (who and what, never the text or the number).
    const auto sends = SendLog::list(s.harness.db().handle(), {}, 10);
    QVERIFY(sends);
    QCOMPARE(sends->size(), 1);
    QCOMPARE(sends->first().state, QStringLiteral("accepted"));
    QCOMPARE(sends->first().wamid, outcome.wamid);
    QCOMPARE(sends->first().by, QStringLiteral("agent-7"));
    QCOMPARE(sends->first().request[QLatin1String("text")][QLatin1String("body")].toString(),
             request.text);
    QCOMPARE(s.harness
                 .scalar(QStringLiteral("SELECT count(*) FROM main.operator_actions WHERE "
                                        "action = 'send' AND operator = 'agent-7'"))
                 .toInt(),
             1);
    const QString detail =
        s.harness
            .scalar(QStringLiteral("SELECT detail FROM main.operator_actions WHERE action = "
                                   "'send'"))
            .toString();
    QVERIFY2(!detail.contains(customer) && !detail.contains(QLatin1String("Claro")),
             qPrintable(detail));
    // The token is in no table.
    QCOMPARE(s.harness
                 .scalar(QStringLiteral("SELECT count(*) FROM main.sends WHERE request LIKE ?"),
                         {QStringLiteral("%EAAG%")})
                 .toInt(),
             0);
}

void TestGraph::refusesFreeTextOutsideTheWindowButSendsATemplate()
{
    Setup s;
    s.customerWrote(nowSeconds() - 25 * 3600);
    const MessageSender::Outcome refused = s.sender().sendNow(text());
    QCOMPARE(refused.state, QStringLiteral("refused"));
    QCOMPARE(refused.sendId, 0);
    QVERIFY2(refused.reason.contains(QLatin1String("closed 1 h")), qPrintable(refused.reason));
    QVERIFY2(refused.reason.contains(QLatin1String("template")), qPrintable(refused.reason));
    SendRequest reaction = text();
    reaction.kind = SendRequest::Kind::Reaction;
    reaction.replyTo = QStringLiteral("wamid.IN1");
    reaction.emoji = QStringLiteral("👍");
    QCOMPARE(s.sender().sendNow(reaction).state, QStringLiteral("refused"));
    // A template with an empty variable is refused before anything is sent.
    QCOMPARE(s.sender().sendNow(welcomeTemplate({QString()})).state, QStringLiteral("refused"));
    QCOMPARE(s.graph.requests().size(), 0);
    QCOMPARE(s.harness.scalar(QStringLiteral("SELECT count(*) FROM main.sends")).toInt(), 0);

    const MessageSender::Outcome sent =
        s.sender().sendNow(welcomeTemplate({QStringLiteral("Ana"), QStringLiteral("#881")}));
    QCOMPARE(sent.state, QStringLiteral("accepted"));
    QCOMPARE(s.graph.messageRequests(), 1);
}

void TestGraph::aReplayOrAnotherLineDoesNotOpenTheWindow()
{
    Setup s;
    // An operator's replay of a fresh message is not the customer writing.
    s.harness.injectBody(inbound(nowSeconds() - 60, QStringLiteral("wamid.REPLAYED")));
    s.harness.process();
    auto window =
        ServiceWindow::of(s.harness.db().handle(), QLatin1String(TestWorld::support), customer);
    QVERIFY(window);
    QVERIFY(!window->isOpenAt(nowSeconds()));
    QCOMPARE(s.sender().sendNow(text()).state, QStringLiteral("refused"));
    // Nor does writing to another line.
    window = ServiceWindow::of(s.harness.db().handle(), QLatin1String(TestWorld::sales), customer);
    QVERIFY(window && window->closesAt() == 0);
    QVERIFY(window->describe(nowSeconds()).startsWith(QLatin1String("never opened")));
}

void TestGraph::anAdOpensSeventyTwoHours()
{
    // From an ad 50 hours ago, and the business answered within the day: 72 hours from the
    // answer.
    Setup s;
    const qint64 ad = nowSeconds() - 50 * 3600;
    s.customerWrote(ad, true);
    auto window =
        ServiceWindow::of(s.harness.db().handle(), QLatin1String(TestWorld::support), customer);
    QVERIFY(window && !window->isOpenAt(nowSeconds())); // not answered: 24 hours, long gone
    s.harness.injectFromMeta(WebhookBody::status(QLatin1String(TestWorld::support),
                                                 QStringLiteral("wamid.ANSWER"),
                                                 QStringLiteral("sent"), customer, ad + 600));
    s.harness.process();
    window =
        ServiceWindow::of(s.harness.db().handle(), QLatin1String(TestWorld::support), customer);
    QVERIFY(window);
    QCOMPARE(window->closesAt(), ad + 600 + ServiceWindow::EntryPointSeconds);
    QVERIFY(window->isEntryPointAt(nowSeconds()));
    QVERIFY2(window->describe(nowSeconds()).contains(QLatin1String("free entry point")),
             qPrintable(window->describe(nowSeconds())));
    QCOMPARE(s.sender().sendNow(text()).state, QStringLiteral("accepted"));

    // An answer a day and more after the ad opens nothing.
    Setup late;
    late.customerWrote(ad, true);
    late.harness.injectFromMeta(
        WebhookBody::status(QLatin1String(TestWorld::support), QStringLiteral("wamid.LATE"),
                            QStringLiteral("sent"), customer, ad + 25 * 3600));
    late.harness.process();
    QCOMPARE(late.sender().sendNow(text()).state, QStringLiteral("refused"));

    // Without the ad, an answer within the day opens nothing beyond 24 hours either.
    Setup plain;
    plain.customerWrote(ad, false);
    plain.harness.injectFromMeta(WebhookBody::status(QLatin1String(TestWorld::support),
                                                     QStringLiteral("wamid.PLAIN"),
                                                     QStringLiteral("sent"), customer, ad + 600));
    plain.harness.process();
    QCOMPARE(plain.sender().sendNow(text()).state, QStringLiteral("refused"));
}

void TestGraph::noTokenIsAClearRefusal()
{
    Setup s(false);
    s.customerWrote(nowSeconds() - 60);
    const MessageSender::Outcome outcome = s.sender().sendNow(text());
    QCOMPARE(outcome.state, QStringLiteral("refused"));
    QVERIFY2(outcome.reason.contains(QLatin1String("hookline apps token --app-id northwind")),
             qPrintable(outcome.reason));
    QCOMPARE(s.graph.requests().size(), 0);
    SendRequest unknownLine = text();
    unknownLine.line = QStringLiteral("999");
    QVERIFY(s.sender().sendNow(unknownLine).reason.contains(QLatin1String("no line 999")));
}

void TestGraph::anExpiredTokenFailsWithAHint()
{
    Setup s;
    s.customerWrote(nowSeconds() - 60);
    s.graph.failNext(MockGraph::Failure::ExpiredToken);
    const MessageSender::Outcome outcome = s.sender().sendNow(text());
    QCOMPARE(outcome.state, QStringLiteral("failed"));
    QCOMPARE(outcome.graph.kind, GraphError::Kind::TokenExpired);
    QVERIFY2(outcome.reason.contains(QLatin1String("Meta code 190")), qPrintable(outcome.reason));
    QCOMPARE(s.graph.messageRequests(), 1); // refused: never asked again
    const auto sends = SendLog::list(s.harness.db().handle(), {}, 10);
    QVERIFY(sends);
    QCOMPARE(sends->first().state, QStringLiteral("failed"));
    QVERIFY(sends->first().error.contains(QLatin1String("190")));
    // Meta's own window refusal is a failure with its hint too.
    s.graph.failNext(MockGraph::Failure::OutsideWindow);
    QCOMPARE(s.sender().sendNow(text()).graph.kind, GraphError::Kind::OutsideWindow);
}

void TestGraph::rateLimitsAreWaitedOutAndAskedAgain()
{
    Setup s;
    s.customerWrote(nowSeconds() - 60);
    s.graph.failNext(MockGraph::Failure::RateLimited, 1, 1);
    s.graph.failNext(MockGraph::Failure::PairRateLimited);
    QElapsedTimer clock;
    clock.start();
    const MessageSender::Outcome outcome = s.sender().sendNow(text());
    QCOMPARE(outcome.state, QStringLiteral("accepted"));
    QVERIFY2(clock.elapsed() >= 1000, "Retry-After: 1 was not waited for");
    QCOMPARE(s.graph.messageRequests(), 3);

    // A limit that does not lift gives up after the attempts, and says so.
    s.graph.failNext(MockGraph::Failure::RateLimited, 4);
    const MessageSender::Outcome limited = s.sender().sendNow(text());
    QCOMPARE(limited.state, QStringLiteral("failed"));
    QCOMPARE(limited.graph.kind, GraphError::Kind::RateLimited);
    QVERIFY2(limited.reason.contains(QLatin1String("130429")), qPrintable(limited.reason));
    QCOMPARE(s.graph.messageRequests(), 7);
    // A Retry-After longer than Hookline waits is not waited for.
    s.graph.failNext(MockGraph::Failure::RateLimited, 1, 3600);
    clock.restart();
    QCOMPARE(s.sender().sendNow(text()).graph.retryAfterSeconds, 3600);
    QVERIFY(clock.elapsed() < 5000);
}

void TestGraph::aLostAnswerIsUnknownAndNeverSentAgain()
{
    Setup s;
    s.customerWrote(nowSeconds() - 60);
    s.graph.failNext(MockGraph::Failure::DropAnswer);
    const MessageSender::Outcome outcome = s.sender().sendNow(text());
    QCOMPARE(outcome.state, QStringLiteral("unknown"));
    QVERIFY2(outcome.reason.contains(QLatin1String("not sent again")), qPrintable(outcome.reason));
    QCOMPARE(s.graph.messageRequests(), 1);

    auto sends = SendLog::list(s.harness.db().handle(), {}, 10);
    QVERIFY(sends);
    QCOMPARE(sends->first().state, QStringLiteral("unknown"));
    // A replayed status with the send's callback data settles nothing: only Meta's word does.
    s.harness.injectBody(WebhookBody::status(
        QLatin1String(TestWorld::support), QStringLiteral("wamid.FORGED"), QStringLiteral("sent"),
        customer, nowSeconds(), SendLog::callbackData(outcome.sendId)));
    s.harness.process();
    sends = SendLog::list(s.harness.db().handle(), {}, 10);
    QVERIFY(sends);
    QCOMPARE(sends->first().state, QStringLiteral("unknown"));
    // Meta did take it: its status comes back with the send's callback data, and ties to it.
    s.harness.injectFromMeta(WebhookBody::status(
        QLatin1String(TestWorld::support), QStringLiteral("wamid.LATE1"), QStringLiteral("sent"),
        customer, nowSeconds(), SendLog::callbackData(outcome.sendId)));
    s.harness.process();
    sends = SendLog::list(s.harness.db().handle(), {}, 10);
    QVERIFY(sends);
    QCOMPARE(sends->first().state, QStringLiteral("accepted"));
    QCOMPARE(sends->first().wamid, QStringLiteral("wamid.LATE1"));
    QVERIFY(sends->first().knownFromStatuses);
}

void TestGraph::aSlowOrTruncatedAnswerIsUnknownToo()
{
    Setup s;
    s.customerWrote(nowSeconds() - 60);
    s.graph.failNext(MockGraph::Failure::Slow, 1, -1, 4000);
    QCOMPARE(s.sender().sendNow(text()).state, QStringLiteral("unknown"));
    s.graph.failNext(MockGraph::Failure::Truncated);
    QCOMPARE(s.sender().sendNow(text()).state, QStringLiteral("unknown"));
    s.graph.failNext(MockGraph::Failure::ServerError);
    QCOMPARE(s.sender().sendNow(text()).state, QStringLiteral("unknown"));
    QCOMPARE(s.graph.messageRequests(), 3);
}

void TestGraph::anUnreachableGraphSendsNothing()
{
    Setup s;
    s.customerWrote(nowSeconds() - 60);
    quint16 closed = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closed = probe.serverPort();
    }
    GraphEndpoint endpoint;
    endpoint.base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed));
    endpoint.retryBaseMs = 20;
    GraphClient client(endpoint);
    MessageSender sender(s.harness.db().handle(), client);
    const MessageSender::Outcome outcome = sender.sendNow(text());
    QCOMPARE(outcome.state, QStringLiteral("failed"));
    QCOMPARE(outcome.graph.kind, GraphError::Kind::Unreachable);
    QVERIFY2(outcome.reason.contains(QLatin1String("nothing was sent")),
             qPrintable(outcome.reason));
}

void TestGraph::readsAreAskedAgainAfterAServerError()
{
    Setup s;
    s.graph.addLine(QLatin1String(TestWorld::support), QStringLiteral("Northwind Support"));
    s.graph.failNext(MockGraph::Failure::ServerError);
    s.graph.failNext(MockGraph::Failure::DropAnswer);
    const GraphClient::Answer answer = s.client->getNow(
        QStringLiteral("/%1?fields=verified_name").arg(QLatin1String(TestWorld::support)),
        MockGraph::goodToken);
    QVERIFY2(!answer.error.isError(), qPrintable(answer.error.describe()));
    QCOMPARE(s.graph.requests().size(), 3); // a read lost in transit Qt itself may ask again
    QVERIFY(answer.attempts >= 2);
    QCOMPARE(answer.body.value(QLatin1String("verified_name")).toString(),
             QStringLiteral("Northwind Support"));
    const GraphClient::Answer missing =
        s.client->getNow(QStringLiteral("/123456"), MockGraph::goodToken);
    QCOMPARE(missing.error.kind, GraphError::Kind::NotFound);
    QCOMPARE(missing.attempts, 1);
    QCOMPARE(s.graph.requests().size(), 4);
}

void TestGraph::erasingThePersonErasesWhatWasSentThem()
{
    Setup s;
    s.customerWrote(nowSeconds() - 60);
    // Typed with punctuation, recorded as the conversation knows them.
    SendRequest request = text(QStringLiteral("Seu pedido 881 saiu hoje."));
    request.to = QStringLiteral("+55 (11) 98765-4321");
    QCOMPARE(s.sender().sendNow(request).state, QStringLiteral("accepted"));
    QCOMPARE(QJsonDocument::fromJson(s.graph.requests().last().body)
                 .object()
                 .value(QLatin1String("to"))
                 .toString(),
             customer);
    SendRequest other = welcomeTemplate({QStringLiteral("Bea")});
    other.to = QStringLiteral("+1 555-000-9999");
    QCOMPARE(s.sender().sendNow(other).state, QStringLiteral("accepted"));
    QCOMPARE(s.harness
                 .scalar(QStringLiteral("SELECT recipient FROM main.sends WHERE kind = "
                                        "'template'"))
                 .toString(),
             QStringLiteral("15550009999"));

    QVERIFY(ContactEraser(s.harness.db().handle()).erase(customer, {}, QStringLiteral("tester")));
    QCOMPARE(s.harness.scalar(QStringLiteral("SELECT count(*) FROM main.sends")).toInt(), 1);
    QCOMPARE(s.harness
                 .scalar(QStringLiteral("SELECT count(*) FROM main.sends WHERE request LIKE ?"),
                         {QStringLiteral("%881%")})
                 .toInt(),
             0);
}

void TestGraph::retentionForgetsOldSends()
{
    Setup s;
    s.customerWrote(nowSeconds() - 60);
    QCOMPARE(s.sender().sendNow(text()).state, QStringLiteral("accepted"));
    QCOMPARE(s.sender().sendNow(text()).state, QStringLiteral("accepted"));
    const qint64 fortyDaysAgo = Clock::nowMicros() - qint64(40) * 24 * 3600 * 1000000;
    s.harness.scalar(QStringLiteral("UPDATE main.sends SET at_us = ? WHERE id = 1"),
                     {fortyDaysAgo});
    RetentionPruner pruner(s.harness.db().handle());
    QVERIFY(pruner.prune(RetentionPruner::cutoffFor(30, Clock::nowMicros())));
    QCOMPARE(s.harness.scalar(QStringLiteral("SELECT count(*) FROM main.sends")).toInt(), 1);
    QCOMPARE(s.harness.scalar(QStringLiteral("SELECT id FROM main.sends")).toInt(), 2);
}

void TestGraph::templatesAreListedPageByPageAndKept()
{
    QCOMPARE(TemplateCatalog::variablesIn(QStringLiteral("Hi {{1}}, {{ 3 }} and {{2}}")), 3);
    Setup s;
    const QString support = QLatin1String(TestWorld::support);
    auto kept = TemplateCatalog::cached(s.harness.db().handle(), support);
    QVERIFY(kept && kept->isEmpty());
    const auto listed = TemplateCatalog::refresh(s.harness.db().handle(), *s.client, support);
    QVERIFY2(listed, listed ? "" : qPrintable(listed.error()));
    QCOMPARE(listed->size(), 3);
    const QList<MockGraph::Request> requests = s.graph.requests();
    QCOMPARE(requests.size(), 2); // two pages, the second by its cursor
    QVERIFY(requests.at(0).path.startsWith(
        QLatin1String("/v24.0/102290129340398/message_templates?fields=")));
    QVERIFY(requests.at(1).path.contains(QLatin1String("after=P2")));
    QCOMPARE(requests.at(0).authorization, QByteArray("Bearer ") + MockGraph::goodToken);

    kept = TemplateCatalog::cached(s.harness.db().handle(), support);
    QVERIFY(kept);
    QCOMPARE(kept->size(), 3);
    QCOMPARE(kept->at(0).name, QStringLiteral("order_update"));
    QCOMPARE(kept->at(0).language, QStringLiteral("pt_BR"));
    QCOMPARE(kept->at(0).variables, 2);
    QVERIFY(kept->at(0).isApproved());
    QCOMPARE(kept->at(1).status, QStringLiteral("PENDING"));
    QCOMPARE(kept->at(2).body, QStringLiteral("Welcome back! Here is {{1}} off."));
    // The Sales line shares the WABA, and so its templates.
    QCOMPARE(
        TemplateCatalog::cached(s.harness.db().handle(), QLatin1String(TestWorld::sales))->size(),
        3);

    // Meta refuses the token: the list kept stays, and the error says why.
    s.graph.failNext(MockGraph::Failure::ExpiredToken);
    const auto refused = TemplateCatalog::refresh(s.harness.db().handle(), *s.client, support);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("190")), qPrintable(refused.error()));
    QCOMPARE(TemplateCatalog::cached(s.harness.db().handle(), support)->size(), 3);
    // A line whose app has no token.
    const auto clinic = TemplateCatalog::refresh(s.harness.db().handle(), *s.client,
                                                 QLatin1String(TestWorld::clinic));
    QVERIFY(!clinic);
    QVERIFY2(clinic.error().contains(QLatin1String("apps token --app-id lumen")),
             qPrintable(clinic.error()));
}

void TestGraph::aLostSendIsSettledOrCalledUnknown()
{
    Setup s;
    s.customerWrote(nowSeconds() - 60);
    // A process that stopped between recording a send and Meta's answer leaves it "sending".
    SendRequest request = text();
    const auto left = SendLog::begin(s.harness.db().handle(), request);
    QVERIFY(left);
    const auto answered = SendLog::begin(s.harness.db().handle(), request);
    QVERIFY(answered);
    // Meta took the second: its status comes back with the callback data.
    s.harness.injectFromMeta(WebhookBody::status(
        QLatin1String(TestWorld::support), QStringLiteral("wamid.TAKEN"),
        QStringLiteral("delivered"), customer, nowSeconds(), SendLog::callbackData(*answered)));
    s.harness.process();
    const qint64 now = Clock::nowMicros();
    QCOMPARE(*SendLog::reconcile(s.harness.db().handle(), now), 1);
    QCOMPARE(
        s.harness
            .scalar(QStringLiteral("SELECT state || ' ' || wamid FROM main.sends WHERE id = ?"),
                    {*answered})
            .toString(),
        QStringLiteral("accepted wamid.TAKEN"));
    QCOMPARE(s.harness.scalar(QStringLiteral("SELECT state FROM main.sends WHERE id = ?"), {*left})
                 .toString(),
             QStringLiteral("sending")); // young: it may still be on its way
    QCOMPARE(*SendLog::reconcile(s.harness.db().handle(), now + SendLog::StuckAfterUs + 1), 1);
    QCOMPARE(s.harness.scalar(QStringLiteral("SELECT state FROM main.sends WHERE id = ?"), {*left})
                 .toString(),
             QStringLiteral("unknown"));
}

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
