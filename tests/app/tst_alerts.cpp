#include "alerts/alertevaluator.h"
#include "alerts/alertrules.h"
#include "fixtures.h"
#include "httpclient.h"
#include "serveprocess.h"
#include "storage/clock.h"
#include "storage/deliverylog.h"
#include "testsigner.h"
#include "testworld.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

// The alert rules, driven by signed deliveries through a real `hookline serve`: each fires once
// per cause, never for an operator's replay, is listed and acknowledged from the command line,
// and is POSTed, signed, to the operator's URL, retried when that URL fails.
class TestAlerts : public QObject
{
    Q_OBJECT

private slots:
    void eventRulesFireOncePerCause();
    void failureShareFiresOnceAndIsPostedSigned();
    void deadLettersGrowing();
    void silentLineAgainstItsRhythm();
};

namespace {

const QByteArray webhookSecret = "alert-signing-secret-for-tests";

// A plain HTTP endpoint in the test: answers the first `failures` requests with 500, the rest
// with 200, and keeps each request's signature header and body.
class AlertSink : public QObject
{
public:
    explicit AlertSink(int failures)
        : m_failures(failures)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url() const
    {
        return QStringLiteral("http://127.0.0.1:%1/alerts").arg(m_server.serverPort());
    }
    struct Request
    {
        QByteArray signature;
        QByteArray body;
    };
    QList<Request> requests;
    int answered = 0;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        QByteArray signature;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("content-length:"))
                length = trimmed.mid(15).trimmed().toLongLong();
            if (trimmed.toLower().startsWith("x-hookline-signature-256:"))
                signature = trimmed.mid(25).trimmed();
        }
        if (buffer.size() < end + 4 + length)
            return;
        requests.append({signature, buffer.mid(end + 4, length)});
        m_buffers.remove(socket);
        const bool fail = answered++ < m_failures;
        socket->write(fail ? "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n"
                             "Connection: close\r\n\r\n"
                           : "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    int m_failures;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

class Served
{
public:
    // Rules set with `hookline alerts set` before serve starts.
    explicit Served(const QStringList &settings = {})
    {
        m_error = m_world.seed();
        if (!m_error.isEmpty())
            return;
        if (!settings.isEmpty()) {
            QByteArray err;
            if (ServeProcess::run(QStringList{QStringLiteral("alerts"), QStringLiteral("set"),
                                              QStringLiteral("--db"), db()} +
                                      settings,
                                  {}, nullptr, &err) != 0) {
                m_error = QString::fromUtf8(err);
                return;
            }
        }
        auto opened = m_world.open(QStringLiteral("test"));
        if (!opened) {
            m_error = opened.error();
            return;
        }
        if (Status set = AlertRules::setWebhookSecret((*opened)->handle(), webhookSecret); !set) {
            m_error = set.error();
            return;
        }
        if (!m_serve.start(db()))
            m_error = m_serve.output();
    }
    QString error() const { return m_error; }
    QString db() const { return m_world.databasePath(); }
    TestWorld &world() { return m_world; }

    int post(const QByteArray &secret, const QByteArray &payload)
    {
        return m_client
            .post(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(m_serve.port())), payload,
                  {{"X-Hub-Signature-256", sign(secret, payload)}})
            .status;
    }

    QJsonArray alerts(bool all = true)
    {
        QByteArray out;
        QStringList args{QStringLiteral("alerts"),   QStringLiteral("list"),
                         QStringLiteral("--db"),     db(),
                         QStringLiteral("--format"), QStringLiteral("json")};
        if (all)
            args << QStringLiteral("--all");
        if (ServeProcess::run(args, {}, &out) != 0)
            return {};
        return QJsonDocument::fromJson(out).array();
    }

    // Waits (the rules over windows run every few seconds) until at least n alerts exist.
    QJsonArray waitForAlerts(int n, int timeoutMs = 15'000)
    {
        QElapsedTimer timer;
        timer.start();
        QJsonArray found = alerts();
        while (found.size() < n && timer.elapsed() < timeoutMs) {
            QTest::qWait(250);
            found = alerts();
        }
        return found;
    }

    void settle() { QTRY_VERIFY_WITH_TIMEOUT(ServeProcess::unprocessed(db()) == 0, 15'000); }

private:
    TestWorld m_world;
    ServeProcess m_serve;
    HttpClient m_client;
    QString m_error;
};

QStringList rulesOf(const QJsonArray &alerts)
{
    QStringList rules;
    for (const QJsonValue &a : alerts)
        rules << a.toObject().value(QLatin1String("rule")).toString();
    rules.sort();
    return rules;
}

QByteArray withEvent(const QString &fixture, const QString &event)
{
    QJsonObject body = QJsonDocument::fromJson(Fixtures::read(fixture)).object();
    QJsonArray entries = body.value(QLatin1String("entry")).toArray();
    QJsonObject entry = entries.first().toObject();
    QJsonArray changes = entry.value(QLatin1String("changes")).toArray();
    QJsonObject change = changes.first().toObject();
    QJsonObject value = change.value(QLatin1String("value")).toObject();
    value.insert(QStringLiteral("event"), event);
    change.insert(QStringLiteral("value"), value);
    changes.replace(0, change);
    entry.insert(QStringLiteral("changes"), changes);
    entry.insert(QStringLiteral("time"), entry.value(QLatin1String("time")).toInteger() + 1);
    entries.replace(0, entry);
    body.insert(QStringLiteral("entry"), entries);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// One change of Northwind's WABA, as Meta posts it.
QByteArray envelope(const QString &field, const QJsonObject &value)
{
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("102290129340398")},
                                {QStringLiteral("changes"),
                                 QJsonArray{QJsonObject{{QStringLiteral("field"), field},
                                                        {QStringLiteral("value"), value}}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray statuses(int sent, int failed, int offset)
{
    QJsonArray list;
    for (int i = 0; i < sent + failed; ++i) {
        QJsonObject s{{QStringLiteral("id"), QStringLiteral("wamid.ALERT-%1").arg(offset + i)},
                      {QStringLiteral("status"),
                       i < sent ? QStringLiteral("sent") : QStringLiteral("failed")},
                      {QStringLiteral("timestamp"), QStringLiteral("1767268800")},
                      {QStringLiteral("recipient_id"), QStringLiteral("15550001111")}};
        if (i >= sent)
            s.insert(QStringLiteral("errors"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("code"), 131049},
                         {QStringLiteral("title"), QStringLiteral("Ecosystem engagement")}}});
        list.append(s);
    }
    return envelope(
        QStringLiteral("messages"),
        {{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
         {QStringLiteral("metadata"),
          QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("15550100001")},
                      {QStringLiteral("phone_number_id"), QLatin1String(TestWorld::support)}}},
         {QStringLiteral("statuses"), list}});
}

} // namespace

void TestAlerts::eventRulesFireOncePerCause()
{
    Served s;
    QVERIFY2(s.error().isEmpty(), qPrintable(s.error()));
    QCOMPARE(
        s.post(northwindSecret, Fixtures::read(QStringLiteral("template_status_rejected.json"))),
        200);
    // An upgrade is not a drop; a flag is.
    QCOMPARE(
        s.post(northwindSecret, Fixtures::read(QStringLiteral("phone_number_quality_update.json"))),
        200);
    QCOMPARE(s.post(northwindSecret, withEvent(QStringLiteral("phone_number_quality_update.json"),
                                               QStringLiteral("FLAGGED"))),
             200);
    QCOMPARE(
        s.post(northwindSecret, Fixtures::read(QStringLiteral("account_update_restriction.json"))),
        200);
    // Meta's redelivery of the same template event: the same cause.
    QCOMPARE(
        s.post(northwindSecret, Fixtures::read(QStringLiteral("template_status_rejected.json"))),
        200);
    s.settle();
    QJsonArray alerts = s.waitForAlerts(3);
    QCOMPARE(rulesOf(alerts),
             (QStringList{QStringLiteral("account_restriction"), QStringLiteral("quality_drop"),
                          QStringLiteral("template_status")}));
    for (const QJsonValue &a : alerts) {
        const QJsonObject alert = a.toObject();
        QVERIFY(alert.value(QLatin1String("delivery_id")).toInteger() > 0);
        if (alert.value(QLatin1String("rule")).toString() == QLatin1String("template_status"))
            QVERIFY2(alert.value(QLatin1String("summary"))
                         .toString()
                         .contains(QLatin1String("winter_promo")),
                     qPrintable(alert.value(QLatin1String("summary")).toString()));
        if (alert.value(QLatin1String("rule")).toString() == QLatin1String("quality_drop"))
            QCOMPARE(alert.value(QLatin1String("line")).toString(),
                     QLatin1String(TestWorld::sales));
    }
    // An operator's replay of another rejection raises nothing: only Meta's deliveries do.
    QJsonObject replayed =
        QJsonDocument::fromJson(
            withEvent(QStringLiteral("template_status_rejected.json"), QStringLiteral("PAUSED")))
            .object();
    QFile file(s.world().path(QStringLiteral("paused.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(replayed).toJson());
    file.close();
    QCOMPARE(ServeProcess::run(
                 {QStringLiteral("replay"), QStringLiteral("--db"), s.db(), file.fileName()}),
             0);
    s.settle();
    // Meta's own delivery of the same event raises an alert, and it is that delivery's: had the
    // replay raised one, its cause would have been open already.
    QCOMPARE(s.post(northwindSecret, withEvent(QStringLiteral("template_status_rejected.json"),
                                               QStringLiteral("PAUSED"))),
             200);
    s.settle();
    const QJsonArray withMetas = s.waitForAlerts(4);
    QCOMPARE(withMetas.size(), 4);
    auto check = s.world().open(QStringLiteral("check"));
    QVERIFY(check);
    const qint64 metasDelivery =
        TestWorld::scalar(**check, QStringLiteral("SELECT max(id) FROM deliveries")).toLongLong();
    int fromMeta = 0;
    for (const QJsonValue &a : withMetas)
        fromMeta += a.toObject().value(QLatin1String("delivery_id")).toInteger() == metasDelivery;
    QCOMPARE(fromMeta, 1);

    // Acknowledged: who and when; no longer among the open ones.
    const qint64 id = alerts.first().toObject().value(QLatin1String("id")).toInteger();
    QByteArray out;
    QCOMPARE(ServeProcess::run({QStringLiteral("alerts"), QStringLiteral("ack"),
                                QStringLiteral("--db"), s.db(), QString::number(id),
                                QStringLiteral("--by"), QStringLiteral("support lead")},
                               {}, &out),
             0);
    QCOMPARE(s.alerts(false).size(), 3);
    for (const QJsonValue &a : s.alerts()) {
        if (a.toObject().value(QLatin1String("id")).toInteger() == id) {
            QCOMPARE(a.toObject().value(QLatin1String("acknowledged_by")).toString(),
                     QStringLiteral("support lead"));
            QVERIFY(!a.toObject().value(QLatin1String("acknowledged_at")).toString().isEmpty());
        }
    }
    // Twice is an error that says so.
    QByteArray err;
    QCOMPARE(ServeProcess::run({QStringLiteral("alerts"), QStringLiteral("ack"),
                                QStringLiteral("--db"), s.db(), QString::number(id)},
                               {}, nullptr, &err),
             1);
    QVERIFY2(err.contains("already acknowledged"), err.constData());
}

void TestAlerts::failureShareFiresOnceAndIsPostedSigned()
{
    AlertSink sink(1); // the first POST fails: it is retried
    Served s({QStringLiteral("webhook_url=") + sink.url()});
    QVERIFY2(s.error().isEmpty(), qPrintable(s.error()));
    // 25 messages, 3 failed with 131049: 12 % > 5 % with at least 20 messages.
    QCOMPARE(s.post(northwindSecret, statuses(22, 3, 0)), 200);
    s.settle();
    QJsonArray alerts = s.waitForAlerts(1);
    QCOMPARE(rulesOf(alerts), QStringList{QStringLiteral("failure_share")});
    const QJsonObject alert = alerts.first().toObject();
    QCOMPARE(alert.value(QLatin1String("cause")).toString(),
             QLatin1String(TestWorld::support) + QStringLiteral(":131049"));
    // More failures of the same cause: still one alert.
    QCOMPARE(s.post(northwindSecret, statuses(0, 5, 100)), 200);
    s.settle();
    QTest::qWait(6000); // past the interval of the rules over windows
    QCOMPARE(s.alerts().size(), 1);

    // The POST: retried after the 500, then delivered, signed with the alert key.
    QElapsedTimer timer;
    timer.start();
    while (sink.answered < 2 && timer.elapsed() < 15'000)
        QTest::qWait(100);
    QCOMPARE(sink.requests.size(), 2);
    for (const AlertSink::Request &r : sink.requests) {
        QCOMPARE(r.signature, "sha256=" + QMessageAuthenticationCode::hash(
                                              r.body, webhookSecret, QCryptographicHash::Sha256)
                                              .toHex());
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(QLatin1String("format")).toString(), QStringLiteral("hookline-alert"));
        QCOMPARE(body.value(QLatin1String("rule")).toString(), QStringLiteral("failure_share"));
        QCOMPARE(body.value(QLatin1String("facts")).toObject().value(QLatin1String("code")).toInt(),
                 131049);
    }
    timer.restart();
    QJsonObject post;
    while (timer.elapsed() < 5000) {
        post = s.alerts().first().toObject().value(QLatin1String("post")).toObject();
        if (post.value(QLatin1String("state")).toString() == QLatin1String("sent"))
            break;
        QTest::qWait(100);
    }
    QCOMPARE(post.value(QLatin1String("state")).toString(), QStringLiteral("sent"));
    QCOMPARE(post.value(QLatin1String("attempts")).toInt(), 2);
}

void TestAlerts::deadLettersGrowing()
{
    Served s({QStringLiteral("dead_letter_threshold=3")});
    QVERIFY2(s.error().isEmpty(), qPrintable(s.error()));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(s.post(northwindSecret,
                        envelope(QStringLiteral("future_feature_%1").arg(i), QJsonObject{})),
                 200);
    s.settle();
    const QJsonArray alerts = s.waitForAlerts(1);
    QCOMPARE(rulesOf(alerts), QStringList{QStringLiteral("dead_letter_growth")});
    QVERIFY(alerts.first()
                .toObject()
                .value(QLatin1String("summary"))
                .toString()
                .startsWith(QLatin1String("3 new dead letters")));
}

void TestAlerts::silentLineAgainstItsRhythm()
{
    // The rule over a week of deliveries: evaluated on the world's database directly.
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    auto db = world.open(QStringLiteral("test"));
    QVERIFY(db);
    const qint64 now = Clock::nowMicros();
    const qint64 hour = 3'600'000'000LL;
    // Support received one delivery an hour for three days, the last one 20 hours ago; Sales
    // did the same until a minute ago.
    for (int i = 0; i < 72; ++i) {
        for (const char *line : {TestWorld::support, TestWorld::sales}) {
            const bool support = QLatin1String(line) == QLatin1String(TestWorld::support);
            IncomingDelivery d;
            d.receivedAtUs =
                support ? now - (20 + 72 - i) * hour : now - (72 - i) * hour - 60'000'000;
            d.source = QStringLiteral("meta");
            d.route = QStringLiteral("/webhook");
            d.appId = QStringLiteral("northwind");
            d.verdict = QStringLiteral("verified");
            d.routing.lines = {QLatin1String(line)};
            d.body = "{}";
            d.sha256Hex =
                SignatureVerifier::sha256Hex(QByteArray(d.body + QByteArray::number(i) + line));
            QVERIFY(DeliveryLog((*db)->handle()).append(d));
        }
    }
    AlertEvaluator evaluator((*db)->handle());
    auto fired = evaluator.evaluate(now, true);
    QVERIFY2(fired, fired ? "" : qPrintable(fired.error()));
    QCOMPARE(fired->size(), 1);
    QCOMPARE(fired->first().rule, QStringLiteral("silent_line"));
    QCOMPARE(fired->first().line, QLatin1String(TestWorld::support));
    // Evaluated again: the same silence does not fire twice.
    fired = evaluator.evaluate(now + 60'000'000, true);
    QVERIFY(fired);
    QCOMPARE(fired->size(), 0);
    // A delivery ends it: the alert clears, and a later silence may fire again.
    IncomingDelivery d;
    d.receivedAtUs = now + 120'000'000;
    d.source = QStringLiteral("meta");
    d.route = QStringLiteral("/webhook");
    d.verdict = QStringLiteral("verified");
    d.routing.lines = {QLatin1String(TestWorld::support)};
    d.body = "{}";
    d.sha256Hex = "x";
    QVERIFY(DeliveryLog((*db)->handle()).append(d));
    QVERIFY(evaluator.evaluate(now + 180'000'000, true));
    QCOMPARE(TestWorld::scalar(**db, QStringLiteral("SELECT count(*) FROM main.alerts WHERE "
                                                    "cleared_at_us IS NOT NULL"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
