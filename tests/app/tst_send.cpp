#include "httpclient.h"
#include "mockgraph.h"
#include "processingharness.h"
#include "serveprocess.h"
#include "storage/clock.h"
#include "storage/configstore.h"
#include "testsigner.h"
#include "webhookbody.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

namespace {

const QString customer = QStringLiteral("5511987654321");

// What Meta delivers when a customer writes to the Support line at ts.
QByteArray inbound(qint64 ts, const QString &from)
{
    return WebhookBody::customerText(QLatin1String(TestWorld::support), from, ts,
                                     QStringLiteral("wamid.IN-%1-%2").arg(from).arg(ts),
                                     QStringLiteral("Oi"));
}

} // namespace

class TestSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void appsTokenKeepsItOutOfTheDatabase();
    void sendFromTheCommandLine();
    void sendRefusesBadInputWithOneLine();
    void templatesFromTheCommandLine();
    void mediaFromTheCommandLine();
    void serveDownloadsMedia();
};

void TestSend::appsTokenKeepsItOutOfTheDatabase()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QString db = world.databasePath();
    QByteArray out;
    QByteArray err;
    const QByteArray token = "EAAG-secret-system-user-token-0001";
    QCOMPARE(
        ServeProcess::run({QStringLiteral("apps"), QStringLiteral("token"), QStringLiteral("--db"),
                           db, QStringLiteral("--app-id"), QStringLiteral("northwind")},
                          token + "\n", &out, &err),
        0);
    QVERIFY2(out.contains("Kept the access token of app northwind"), out.constData());
    QVERIFY(!out.contains(token) && !err.contains(token));

    QCOMPARE(
        ServeProcess::run({QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--db"),
                           db, QStringLiteral("--format"), QStringLiteral("json")},
                          {}, &out),
        0);
    QVERIFY(!out.contains(token));
    const QJsonArray apps = QJsonDocument::fromJson(out).array();
    QCOMPARE(apps.size(), 2);
    for (const QJsonValue &app : apps)
        QCOMPARE(app[QLatin1String("has_access_token")].toBool(),
                 app[QLatin1String("app_id")].toString() == u"northwind");
    QCOMPARE(
        ServeProcess::run(
            {QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--db"), db}, {}, &out),
        0);
    QVERIFY2(out.contains("set / set / set") && out.contains("set / set / none"), out.constData());

    // In the credentials file beside the database, never in the database.
    QFile secrets(db + QStringLiteral(".secrets"));
    QVERIFY(secrets.open(QIODevice::ReadOnly));
    QVERIFY(secrets.readAll().contains(token));
    QVERIFY(!world.databaseBytes().contains(token));
    // The app secret and verify token stay as they were.
    {
        auto opened = world.open(QStringLiteral("check"));
        QVERIFY(opened);
        const auto trust = ConfigStore((*opened)->handle()).load();
        QVERIFY(trust);
        QVERIFY(!trust->app(QStringLiteral("northwind"))->secret.isEmpty());
        QCOMPARE(trust->accessToken(QStringLiteral("northwind")), token);
    }

    QCOMPARE(
        ServeProcess::run({QStringLiteral("apps"), QStringLiteral("token"), QStringLiteral("--db"),
                           db, QStringLiteral("--app-id"), QStringLiteral("nobody")},
                          token + "\n", nullptr, &err),
        1);
    QVERIFY2(err.startsWith("hookline: no app with id nobody"), err.constData());
    QCOMPARE(
        ServeProcess::run({QStringLiteral("apps"), QStringLiteral("token"), QStringLiteral("--db"),
                           db, QStringLiteral("--app-id"), QStringLiteral("lumen")},
                          "\n", nullptr, &err),
        1);
    QVERIFY2(err.contains("no access token on the first line of stdin"), err.constData());
}

void TestSend::sendFromTheCommandLine()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    MockGraph graph;
    QVERIFY(ConfigStore(harness.db().handle())
                .setAccessToken(QStringLiteral("northwind"), MockGraph::goodToken));
    const qint64 now = Clock::nowMicros() / 1000000;
    const QString quiet = QStringLiteral("5511900000002");
    harness.injectFromMeta(inbound(now - 600, customer));
    harness.injectFromMeta(inbound(now - 3 * 24 * 3600, quiet));
    harness.process();

    const QStringList base = {QStringLiteral("send"),           QStringLiteral("--db"),
                              harness.world().databasePath(),   QStringLiteral("--graph-url"),
                              graph.url().toString(),           QStringLiteral("--line"),
                              QLatin1String(TestWorld::support)};
    QByteArray out;
    QByteArray err;
    QCOMPARE(ServeProcess::run(base + QStringList{QStringLiteral("--to"), customer,
                                                  QStringLiteral("--text"),
                                                  QStringLiteral("Já vou verificar.")},
                               {}, &out, &err),
             0);
    QCOMPARE(out, QByteArray("wamid.MOCK000001\n"));
    QCOMPARE(graph.messageRequests(), 1);

    // Outside the window: one line, exit 1, nothing sent.
    QCOMPARE(ServeProcess::run(base + QStringList{QStringLiteral("--to"), quiet,
                                                  QStringLiteral("--text"), QStringLiteral("Oi")},
                               {}, &out, &err),
             1);
    QCOMPARE(err.count('\n'), 1);
    QVERIFY2(err.startsWith("hookline: not sent: the customer-service window is closed 2 d ago"),
             err.constData());
    QVERIFY(err.contains("--template"));
    QCOMPARE(graph.messageRequests(), 1);

    // A template goes, whatever the window; --lang is the template's language here.
    QCOMPARE(ServeProcess::run(
                 base + QStringList{QStringLiteral("--to"), quiet, QStringLiteral("--template"),
                                    QStringLiteral("order_update"), QStringLiteral("--lang"),
                                    QStringLiteral("pt_BR"), QStringLiteral("--param"),
                                    QStringLiteral("Ana"), QStringLiteral("--param"),
                                    QStringLiteral("#881"), QStringLiteral("--format"),
                                    QStringLiteral("json")},
                 {}, &out, &err),
             0);
    const QJsonObject sent = QJsonDocument::fromJson(out).object();
    QCOMPARE(sent[QLatin1String("state")].toString(), QStringLiteral("accepted"));
    QCOMPARE(sent[QLatin1String("wamid")].toString(), QStringLiteral("wamid.MOCK000002"));
    const QJsonObject body = QJsonDocument::fromJson(graph.requests().last().body).object();
    QCOMPARE(body[QLatin1String("template")][QLatin1String("language")][QLatin1String("code")]
                 .toString(),
             QStringLiteral("pt_BR"));

    // Meta refuses the token: exit 1, its code and what to do, on one line.
    graph.failNext(MockGraph::Failure::ExpiredToken);
    QCOMPARE(ServeProcess::run(base + QStringList{QStringLiteral("--to"), customer,
                                                  QStringLiteral("--text"), QStringLiteral("Oi")},
                               {}, &out, &err),
             1);
    QVERIFY2(err.startsWith("hookline: send 3 failed: the access token was refused (Meta code "
                            "190)"),
             err.constData());
    QCOMPARE(err.count('\n'), 1);
    // Every send is in the audit trail, by whoever sent it.
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT count(*) FROM main.operator_actions WHERE "
                                        "action = 'send'"))
                 .toInt(),
             3);
}

void TestSend::sendRefusesBadInputWithOneLine()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QStringList base = {QStringLiteral("send"), QStringLiteral("--db"), world.databasePath()};
    QByteArray err;
    struct Case
    {
        QStringList args;
        int status;
        const char *says;
    };
    const QList<Case> cases = {
        {{QStringLiteral("--line"), QStringLiteral("1")}, 2, "send wants --line, --to and one of"},
        {{QStringLiteral("--line"), QStringLiteral("1"), QStringLiteral("--to"),
          QStringLiteral("2"), QStringLiteral("--text"), QStringLiteral("a"),
          QStringLiteral("--template"), QStringLiteral("t")},
         2,
         "one of --text, --template or --react"},
        {{QStringLiteral("--line"), QStringLiteral("1"), QStringLiteral("--to"),
          QStringLiteral("2"), QStringLiteral("--template"), QStringLiteral("t")},
         2,
         "--template and --lang go together"},
        {{QStringLiteral("--line"), QStringLiteral("1"), QStringLiteral("--to"),
          QStringLiteral("2"), QStringLiteral("--text"), QStringLiteral("a"),
          QStringLiteral("--graph-url"), QStringLiteral("ftp://x")},
         2,
         "--graph-url ftp://x is not an http(s) address"},
        {{QStringLiteral("--line"), QStringLiteral("1"), QStringLiteral("--to"),
          QStringLiteral("2"), QStringLiteral("--text"), QStringLiteral("a"),
          QStringLiteral("--graph-url"), QStringLiteral("http://graph.example.com")},
         2,
         "plain http only to this machine"},
        {{QStringLiteral("--line"), QString::fromLatin1(TestWorld::support), QStringLiteral("--to"),
          QStringLiteral("2"), QStringLiteral("--template"), QStringLiteral("t"),
          QStringLiteral("--lang"), QStringLiteral("en_US"), QStringLiteral("--param"),
          QStringLiteral(" ")},
         1,
         "not sent: variable {{1}} of template t is empty"},
        {{QStringLiteral("--line"), QString::fromLatin1(TestWorld::support), QStringLiteral("--to"),
          QStringLiteral("2"), QStringLiteral("--template"), QStringLiteral("t"),
          QStringLiteral("--lang"), QStringLiteral("en_US")},
         1,
         "not sent: app northwind has no access token here"},
    };
    for (const Case &c : cases) {
        QCOMPARE(ServeProcess::run(base + c.args, {}, nullptr, &err), c.status);
        QVERIFY2(err.contains(c.says), err.constData());
        QCOMPARE(err.count('\n'), c.status == 2 ? err.count('\n') : 1);
    }
}

void TestSend::templatesFromTheCommandLine()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    MockGraph graph;
    {
        auto db = world.open(QStringLiteral("token"));
        QVERIFY(db);
        QVERIFY(ConfigStore((*db)->handle())
                    .setAccessToken(QStringLiteral("northwind"), MockGraph::goodToken));
    }
    const QStringList base = {QStringLiteral("templates"), QStringLiteral("--db"),
                              world.databasePath(), QStringLiteral("--line"),
                              QLatin1String(TestWorld::support)};
    QByteArray out;
    QByteArray err;
    QCOMPARE(ServeProcess::run(base, {}, &out, &err), 0);
    QVERIFY2(out.contains("No templates kept for line 106540352242922"), out.constData());
    QVERIFY(out.contains("--refresh"));
    QCOMPARE(graph.requests().size(), 0);
    QCOMPARE(
        ServeProcess::run(base + QStringList{QStringLiteral("--refresh"),
                                             QStringLiteral("--graph-url"), graph.url().toString()},
                          {}, &out, &err),
        0);
    QVERIFY2(out.contains("order_update") && out.contains("2 variables") && out.contains("PENDING"),
             out.constData());
    QCOMPARE(graph.requests().size(), 2);
    // Kept: read again without a call.
    QCOMPARE(
        ServeProcess::run(base + QStringList{QStringLiteral("--format"), QStringLiteral("json")},
                          {}, &out, &err),
        0);
    const QJsonArray kept = QJsonDocument::fromJson(out).array();
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.at(2)[QLatin1String("name")].toString(), QStringLiteral("welcome_back"));
    QCOMPARE(kept.at(2)[QLatin1String("variables")].toInt(), 1);
    QCOMPARE(graph.requests().size(), 2);
    QCOMPARE(ServeProcess::run(
                 {QStringLiteral("templates"), QStringLiteral("--db"), world.databasePath()}, {},
                 nullptr, &err),
             2);
    QVERIFY(err.contains("templates wants --line ID"));
}

void TestSend::mediaFromTheCommandLine()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    MockGraph graph;
    QVERIFY(ConfigStore(harness.db().handle())
                .setAccessToken(QStringLiteral("northwind"), MockGraph::goodToken));
    const qint64 now = Clock::nowMicros() / 1000000;
    const QByteArray voice = QByteArray(3000, 'v') + "OggS";
    graph.addMedia(QStringLiteral("771"), voice, QStringLiteral("audio/ogg; codecs=opus"));
    const QString line = QLatin1String(TestWorld::support);
    harness.injectFromMeta(WebhookBody::customerMedia(
        line, customer, now - 30, QStringLiteral("wamid.VOICE1"), QStringLiteral("audio"),
        {{QStringLiteral("id"), QStringLiteral("771")},
         {QStringLiteral("mime_type"), QStringLiteral("audio/ogg; codecs=opus")},
         {QStringLiteral("sha256"), MockGraph::base64Sha256(voice)},
         {QStringLiteral("voice"), true}}));
    harness.injectFromMeta(WebhookBody::customerMedia(
        line, customer, now - 20, QStringLiteral("wamid.GONE1"), QStringLiteral("image"),
        {{QStringLiteral("id"), QStringLiteral("772")},
         {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
         {QStringLiteral("sha256"), MockGraph::base64Sha256("x")}}));
    harness.process();
    const QString db = harness.world().databasePath();
    const QString dir = harness.world().path(QStringLiteral("kept-media"));

    QByteArray out;
    QByteArray err;
    QCOMPARE(ServeProcess::run(
                 {QStringLiteral("media"), QStringLiteral("list"), QStringLiteral("--db"), db}, {},
                 &out),
             0);
    QVERIFY2(out.contains("wamid.VOICE1") && out.contains("pending"), out.constData());

    const QStringList fetch = {
        QStringLiteral("media"),       QStringLiteral("fetch"), QStringLiteral("--db"),        db,
        QStringLiteral("--graph-url"), graph.url().toString(),  QStringLiteral("--media-dir"), dir};
    QCOMPARE(ServeProcess::run(fetch + QStringList{QStringLiteral("wamid.VOICE1")}, {}, &out, &err),
             0);
    const QString path = QString::fromUtf8(out.trimmed());
    QVERIFY2(path.startsWith(dir) && path.endsWith(QLatin1String(".oga")), out.constData());
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), voice);
    // Asked again: it is here already; the same path at once, nothing fetched.
    const qsizetype requests = graph.requests().size();
    QCOMPARE(ServeProcess::run(fetch + QStringList{QStringLiteral("wamid.VOICE1")}, {}, &out, &err),
             0);
    QCOMPARE(QString::fromUtf8(out.trimmed()), path);
    QCOMPARE(graph.requests().size(), requests);
    // Meta does not know the other one: expired, said in one line, exit 1.
    QCOMPARE(ServeProcess::run(fetch + QStringList{QStringLiteral("wamid.GONE1")}, {}, &out, &err),
             1);
    QVERIFY2(err.startsWith("hookline: wamid.GONE1 is expired"), err.constData());
    QCOMPARE(ServeProcess::run(fetch + QStringList{QStringLiteral("wamid.NOPE")}, {}, &out, &err),
             1);
    QVERIFY2(err.contains("no media message wamid.NOPE"), err.constData());

    QCOMPARE(ServeProcess::run({QStringLiteral("media"), QStringLiteral("list"),
                                QStringLiteral("--db"), db, QStringLiteral("--media-dir"), dir,
                                QStringLiteral("--format"), QStringLiteral("json")},
                               {}, &out),
             0);
    const QJsonArray rows = QJsonDocument::fromJson(out).array();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0)[QLatin1String("wamid")].toString(), QStringLiteral("wamid.GONE1"));
    QCOMPARE(rows.at(0)[QLatin1String("state")].toString(), QStringLiteral("expired"));
    QCOMPARE(rows.at(1)[QLatin1String("state")].toString(), QStringLiteral("stored"));
    QCOMPARE(rows.at(1)[QLatin1String("path")].toString(), path);
    QCOMPARE(rows.at(1)[QLatin1String("size")].toInt(), voice.size());
    QVERIFY(!out.contains(MockGraph::goodToken));
}

void TestSend::serveDownloadsMedia()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    {
        auto db = world.open(QStringLiteral("token"));
        QVERIFY(db);
        QVERIFY(ConfigStore((*db)->handle())
                    .setAccessToken(QStringLiteral("northwind"), MockGraph::goodToken));
    }
    MockGraph graph;
    const QByteArray photo = QByteArray(5000, 'p') + "JFIF";
    graph.addMedia(QStringLiteral("881"), photo, QStringLiteral("image/jpeg"));
    const QString dir = world.path(QStringLiteral("served-media"));
    ServeProcess serve;
    QVERIFY2(
        serve.start(world.databasePath(), {QStringLiteral("--graph-url"), graph.url().toString(),
                                           QStringLiteral("--media-dir"), dir}),
        qPrintable(serve.output()));
    // Meta delivers a customer's photo to the headless receiver: it is downloaded, no console.
    const QByteArray body = WebhookBody::customerMedia(
        QLatin1String(TestWorld::support), customer, Clock::nowMicros() / 1000000 - 10,
        QStringLiteral("wamid.SERVED1"), QStringLiteral("image"),
        {{QStringLiteral("id"), QStringLiteral("881")},
         {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
         {QStringLiteral("sha256"), MockGraph::base64Sha256(photo)}});
    HttpClient client;
    QCOMPARE(client
                 .post(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(serve.port())), body,
                       {{"X-Hub-Signature-256", sign(northwindSecret, body)}})
                 .status,
             200);
    QByteArray out;
    const QStringList list = {QStringLiteral("media"),       QStringLiteral("list"),
                              QStringLiteral("--db"),        world.databasePath(),
                              QStringLiteral("--media-dir"), dir,
                              QStringLiteral("--format"),    QStringLiteral("json")};
    QTRY_VERIFY_WITH_TIMEOUT(
        ServeProcess::run(list, {}, &out) == 0 &&
            QJsonDocument::fromJson(out).array().size() == 1 &&
            QJsonDocument::fromJson(out).array().first()[QLatin1String("state")].toString() ==
                u"stored",
        15'000);
    QFile kept(QJsonDocument::fromJson(out).array().first()[QLatin1String("path")].toString());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), photo);
    QVERIFY(!serve.output().contains(QLatin1String(MockGraph::goodToken)));
}

QTEST_GUILESS_MAIN(TestSend)
#include "tst_send.moc"
