// Trust boundaries, end to end: two apps (northwind owns Support and Sales, lumen owns Clinic),
// real signed POSTs to a real `hookline serve`, and the export compared. Nothing one app signs
// (or an operator replays) may change, pre-empt or be mistaken for another app's line.

#include "httpclient.h"
#include "serveprocess.h"
#include "storage/database.h"
#include "testsigner.h"
#include "testworld.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

namespace {

const QString northwindWaba = QStringLiteral("102290129340398");
const QString lumenWaba = QStringLiteral("109988776655443");
const QString customer = QStringLiteral("15550009999");

QJsonObject text(const QString &id, const QString &body, qint64 ts = 1'700'000'000)
{
    return {{QStringLiteral("from"), customer},
            {QStringLiteral("id"), id},
            {QStringLiteral("timestamp"), QString::number(ts)},
            {QStringLiteral("type"), QStringLiteral("text")},
            {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
}

QJsonObject edit(const QString &id, const QString &original, const QString &body)
{
    return {{QStringLiteral("from"), customer},
            {QStringLiteral("id"), id},
            {QStringLiteral("timestamp"), QStringLiteral("1700000100")},
            {QStringLiteral("type"), QStringLiteral("edit")},
            {QStringLiteral("edit"),
             QJsonObject{{QStringLiteral("original_message_id"), original},
                         {QStringLiteral("message"),
                          QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                      {QStringLiteral("text"),
                                       QJsonObject{{QStringLiteral("body"), body}}}}}}}};
}

QJsonObject reaction(const QString &id, const QString &target, const QString &emoji,
                     qint64 ts = 1'700'000'200)
{
    return {{QStringLiteral("from"), customer},
            {QStringLiteral("id"), id},
            {QStringLiteral("timestamp"), QString::number(ts)},
            {QStringLiteral("type"), QStringLiteral("reaction")},
            {QStringLiteral("reaction"), QJsonObject{{QStringLiteral("message_id"), target},
                                                     {QStringLiteral("emoji"), emoji}}}};
}

QJsonObject status(const QString &id, const QString &step, qint64 ts)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), step},
            {QStringLiteral("timestamp"), QString::number(ts)},
            {QStringLiteral("recipient_id"), customer}};
}

// One messages change of a line: its messages and statuses.
QByteArray body(const QString &waba, const char *line, const QJsonArray &messages,
                const QJsonArray &statuses = {}, const QString &name = QStringLiteral("Ana"))
{
    QJsonObject value{{QStringLiteral("messaging_product"), QStringLiteral("whatsapp")},
                      {QStringLiteral("metadata"),
                       QJsonObject{{QStringLiteral("display_phone_number"), QStringLiteral("1555")},
                                   {QStringLiteral("phone_number_id"), QLatin1String(line)}}}};
    if (!messages.isEmpty()) {
        value.insert(QStringLiteral("contacts"),
                     QJsonArray{QJsonObject{{QStringLiteral("wa_id"), customer},
                                            {QStringLiteral("profile"),
                                             QJsonObject{{QStringLiteral("name"), name}}}}});
        value.insert(QStringLiteral("messages"), messages);
    }
    if (!statuses.isEmpty())
        value.insert(QStringLiteral("statuses"), statuses);
    const QJsonObject change{{QStringLiteral("field"), QStringLiteral("messages")},
                             {QStringLiteral("value"), value}};
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                   {QStringLiteral("entry"),
                    QJsonArray{QJsonObject{{QStringLiteral("id"), waba},
                                           {QStringLiteral("changes"), QJsonArray{change}}}}}})
        .toJson(QJsonDocument::Compact);
}

QByteArray wabaEvent(const QString &waba, const QString &display)
{
    const QJsonObject change{
        {QStringLiteral("field"), QStringLiteral("phone_number_quality_update")},
        {QStringLiteral("value"),
         QJsonObject{{QStringLiteral("display_phone_number"), display},
                     {QStringLiteral("event"), QStringLiteral("FLAGGED")},
                     {QStringLiteral("current_limit"), QStringLiteral("TIER_1K")}}}};
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
                   {QStringLiteral("entry"),
                    QJsonArray{QJsonObject{{QStringLiteral("id"), waba},
                                           {QStringLiteral("time"), 1'700'000'300},
                                           {QStringLiteral("changes"), QJsonArray{change}}}}}})
        .toJson(QJsonDocument::Compact);
}

QJsonObject messageOf(const QJsonObject &exported, const char *line, const QString &wamid)
{
    for (const QJsonValue &value : exported.value(QLatin1String("messages")).toArray()) {
        const QJsonObject m = value.toObject();
        if (m.value(QLatin1String("line")).toString() == QLatin1String(line) &&
            m.value(QLatin1String("wamid")).toString() == wamid)
            return m;
    }
    return {};
}

QStringList deadLetterReasons(const QJsonObject &exported)
{
    QStringList reasons;
    for (const QJsonValue &value : exported.value(QLatin1String("dead_letters")).toArray())
        reasons << value.toObject().value(QLatin1String("reason")).toString();
    reasons.sort();
    return reasons;
}

// A running serve on the two-app world, and signed POSTs to it.
class Served
{
public:
    explicit Served(const QStringList &extraArgs = {})
    {
        m_error = m_world.seed();
        if (m_error.isEmpty() && !m_serve.start(m_world.databasePath(), extraArgs))
            m_error = m_serve.output();
    }
    QString error() const { return m_error; }
    QString db() const { return m_world.databasePath(); }
    TestWorld &world() { return m_world; }
    ServeProcess &serve() { return m_serve; }

    int post(const QByteArray &secret, const QByteArray &payload)
    {
        return m_client
            .post(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(m_serve.port())), payload,
                  {{"X-Hub-Signature-256", sign(secret, payload)}})
            .status;
    }

    // Waits until serve has processed every delivery.
    void settle() { QTRY_VERIFY_WITH_TIMEOUT(ServeProcess::unprocessed(db()) == 0, 15'000); }
    QJsonObject settledExport()
    {
        settle();
        return ServeProcess::exportOf(db());
    }

private:
    TestWorld m_world;
    ServeProcess m_serve;
    HttpClient m_client;
    QString m_error;
};

} // namespace

class TestTrust : public QObject
{
    Q_OBJECT

private slots:
    void anotherAppCannotEditReactToOrStatusALinesMessages();
    void anIdUsedFirstOnAnotherLineNeverSwallowsTheGenuineDelivery();
    void wabaEventsCountOnlyForTheSigningAppsAccounts();
    void aReplayNeverPreemptsMetasOwnDelivery();
    void reactionTiesFollowTheOrderOfReceipt();
    void blankLinesDoNotHoldAConnection();
    void oneClientCannotHoldEverySlot();
    void chunkLinesTheParserReadsDifferentlyAreRefused();
};

void TestTrust::anotherAppCannotEditReactToOrStatusALinesMessages()
{
    Served s;
    QVERIFY2(s.error().isEmpty(), qPrintable(s.error()));
    const QString clinicMessage = QStringLiteral("wamid.CLINIC-IN-1");
    const QString clinicOutbound = QStringLiteral("wamid.CLINIC-OUT-1");
    QCOMPARE(
        s.post(lumenSecret, body(lumenWaba, TestWorld::clinic,
                                 {text(clinicMessage, QStringLiteral("my tooth hurts"))},
                                 {status(clinicOutbound, QStringLiteral("sent"), 1'700'000'010)})),
        200);
    s.settle(); // Lumen's delivery processed first, as in the attack
    // Northwind signs, names only its own line, and refers to the clinic's messages.
    QCOMPARE(
        s.post(
            northwindSecret,
            body(northwindWaba, TestWorld::support,
                 {edit(QStringLiteral("wamid.NW-EDIT"), clinicMessage, QStringLiteral("forged")),
                  reaction(QStringLiteral("wamid.NW-REACT"), clinicMessage, QStringLiteral("💩"))},
                 {status(clinicOutbound, QStringLiteral("read"), 1'700'000'020)})),
        200);
    const QJsonObject exported = s.settledExport();

    const QJsonObject original = messageOf(exported, TestWorld::clinic, clinicMessage);
    QCOMPARE(original.value(QLatin1String("text")).toString(), QStringLiteral("my tooth hurts"));
    QCOMPARE(original.value(QLatin1String("edited")).toBool(), false);
    QCOMPARE(original.value(QLatin1String("reactions")).toArray().size(), 0);
    const QJsonObject outbound = messageOf(exported, TestWorld::clinic, clinicOutbound);
    QCOMPARE(outbound.value(QLatin1String("status")).toString(), QStringLiteral("sent"));
    QCOMPARE(outbound.value(QLatin1String("status_history")).toArray().size(), 1);
    for (const QJsonValue &r : exported.value(QLatin1String("reactions")).toArray())
        QVERIFY(r.toObject().value(QLatin1String("line")).toString() !=
                QLatin1String(TestWorld::clinic));
    // The status is Northwind's own line's business; the edit and the reaction, which could only
    // mean another line's message, are visible to the operator.
    QCOMPARE(messageOf(exported, TestWorld::support, clinicOutbound)
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("read"));
    QCOMPARE(deadLetterReasons(exported), QStringList({QStringLiteral("foreign_reference"),
                                                       QStringLiteral("foreign_reference")}));
}

void TestTrust::anIdUsedFirstOnAnotherLineNeverSwallowsTheGenuineDelivery()
{
    Served s;
    QVERIFY2(s.error().isEmpty(), qPrintable(s.error()));
    const QString id = QStringLiteral("wamid.SHARED-1");
    QCOMPARE(s.post(northwindSecret, body(northwindWaba, TestWorld::support,
                                          {text(id, QStringLiteral("squatted"))})),
             200);
    s.settle();
    QCOMPARE(s.post(lumenSecret,
                    body(lumenWaba, TestWorld::clinic, {text(id, QStringLiteral("genuine"))})),
             200);
    const QJsonObject exported = s.settledExport();
    QCOMPARE(messageOf(exported, TestWorld::clinic, id).value(QLatin1String("text")).toString(),
             QStringLiteral("genuine"));
    QCOMPARE(messageOf(exported, TestWorld::support, id).value(QLatin1String("text")).toString(),
             QStringLiteral("squatted"));
    QCOMPARE(deadLetterReasons(exported), QStringList());
}

void TestTrust::wabaEventsCountOnlyForTheSigningAppsAccounts()
{
    Served s;
    QVERIFY2(s.error().isEmpty(), qPrintable(s.error()));
    // Under Lumen's WABA, signed by Northwind.
    QCOMPARE(s.post(northwindSecret, wabaEvent(lumenWaba, QStringLiteral("+1 555 010 0003"))), 200);
    // Under Northwind's own WABA, naming the clinic's display number.
    QCOMPARE(s.post(northwindSecret, wabaEvent(northwindWaba, QStringLiteral("+1 555 010 0003"))),
             200);
    // Lumen's own.
    QCOMPARE(s.post(lumenSecret, wabaEvent(lumenWaba, QStringLiteral("+1 555 010 0003"))), 200);
    const QJsonObject exported = s.settledExport();

    QCOMPARE(deadLetterReasons(exported), QStringList{QStringLiteral("waba_not_owned_by_app")});
    const QJsonArray events = exported.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 2);
    int onClinic = 0;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        if (event.value(QLatin1String("line")).toString() == QLatin1String(TestWorld::clinic)) {
            ++onClinic;
            QCOMPARE(event.value(QLatin1String("waba_id")).toString(), lumenWaba);
        } else {
            QCOMPARE(event.value(QLatin1String("waba_id")).toString(), northwindWaba);
            QVERIFY(event.value(QLatin1String("line")).isNull());
        }
    }
    QCOMPARE(onClinic, 1);
}

void TestTrust::aReplayNeverPreemptsMetasOwnDelivery()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QString id = QStringLiteral("wamid.REPLAYED-1");
    const QString replayOnly = QStringLiteral("wamid.REPLAY-ONLY-1");
    // An operator replays an edited copy first.
    // An operator's replay of Meta's webhooks, edited by hand: another text, status time,
    // reaction and profile name; the same WABA event.
    auto replay = [&](const QString &name, const QString &forgedName) {
        const QString file = world.path(name);
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly))
            return -1;
        out.write(body(northwindWaba, TestWorld::support,
                       {text(id, QStringLiteral("edited by hand")),
                        text(replayOnly, QStringLiteral("only replayed"), 1'700'000'001),
                        reaction(QStringLiteral("wamid.REACT-1"), id, QStringLiteral("😡"))},
                       {status(id, QStringLiteral("delivered"), 1'700'000'030)}, forgedName));
        out.close();
        QFile event(file + QStringLiteral(".event"));
        if (!event.open(QIODevice::WriteOnly))
            return -1;
        event.write(wabaEvent(northwindWaba, QStringLiteral("+1 555 010 0001")));
        event.close();
        return ServeProcess::run({QStringLiteral("replay"), QStringLiteral("--db"),
                                  world.databasePath(), file, event.fileName()});
    };
    QCOMPARE(replay(QStringLiteral("before.json"), QStringLiteral("Forged before")), 0);
    ServeProcess serve;
    QVERIFY2(serve.start(world.databasePath()), qPrintable(serve.output()));
    HttpClient client;
    const QByteArray genuine =
        body(northwindWaba, TestWorld::support,
             {text(id, QStringLiteral("what the customer wrote")),
              reaction(QStringLiteral("wamid.REACT-1"), id, QStringLiteral("👍"))},
             {status(id, QStringLiteral("delivered"), 1'700'000'031)});
    const QByteArray event = wabaEvent(northwindWaba, QStringLiteral("+1 555 010 0001"));
    for (const QByteArray &payload : {genuine, event})
        QCOMPARE(client
                     .post(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(serve.port())),
                           payload, {{"X-Hub-Signature-256", sign(northwindSecret, payload)}})
                     .status,
                 200);
    QElapsedTimer timer;
    timer.start();
    while (ServeProcess::unprocessed(world.databasePath()) != 0 && timer.elapsed() < 15'000)
        QTest::qWait(50);
    serve.process().terminate();
    QVERIFY(serve.process().waitForFinished(10'000));
    // And the same replay again, after Meta's copies: it must change nothing at all.
    QCOMPARE(replay(QStringLiteral("after.json"), QStringLiteral("Forged after")), 0);
    const QJsonObject exported = ServeProcess::exportOf(world.databasePath());

    const QJsonObject message = messageOf(exported, TestWorld::support, id);
    QCOMPARE(message.value(QLatin1String("text")).toString(),
             QStringLiteral("what the customer wrote"));
    QCOMPARE(message.value(QLatin1String("origin")).toString(), QStringLiteral("meta"));
    const QJsonArray history = message.value(QLatin1String("status_history")).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().toObject().value(QLatin1String("origin")).toString(),
             QStringLiteral("meta"));
    QCOMPARE(history.first().toObject().value(QLatin1String("timestamp")).toInteger(),
             1'700'000'031);
    QCOMPARE(messageOf(exported, TestWorld::support, replayOnly)
                 .value(QLatin1String("origin"))
                 .toString(),
             QStringLiteral("replay"));
    const QJsonArray reactions = message.value(QLatin1String("reactions")).toArray();
    QCOMPARE(reactions.size(), 1);
    QCOMPARE(reactions.first().toObject().value(QLatin1String("emoji")).toString(),
             QStringLiteral("👍"));
    const QJsonArray events = exported.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(QLatin1String("origin")).toString(),
             QStringLiteral("meta"));
    for (const QJsonValue &contact : exported.value(QLatin1String("contacts")).toArray())
        QCOMPARE(contact.toObject().value(QLatin1String("name")).toString(), QStringLiteral("Ana"));
}

void TestTrust::reactionTiesFollowTheOrderOfReceipt()
{
    Served s;
    QVERIFY2(s.error().isEmpty(), qPrintable(s.error()));
    const QString target = QStringLiteral("wamid.TARGET-1");
    // In the same second: a reaction, then its removal, whose id sorts first as text.
    QCOMPARE(s.post(lumenSecret,
                    body(lumenWaba, TestWorld::clinic,
                         {text(target, QStringLiteral("hello")),
                          reaction(QStringLiteral("wamid.ZZZ-add"), target, QStringLiteral("👍")),
                          reaction(QStringLiteral("wamid.AAA-remove"), target, QString())})),
             200);
    // On another message, the other way round: removal of nothing, then a reaction that stays.
    const QString second = QStringLiteral("wamid.TARGET-2");
    QCOMPARE(s.post(lumenSecret,
                    body(lumenWaba, TestWorld::clinic,
                         {text(second, QStringLiteral("again")),
                          reaction(QStringLiteral("wamid.ZZZ-remove"), second, QString()),
                          reaction(QStringLiteral("wamid.AAA-add"), second, QStringLiteral("❤"))})),
             200);
    const QJsonObject exported = s.settledExport();
    QCOMPARE(messageOf(exported, TestWorld::clinic, target)
                 .value(QLatin1String("reactions"))
                 .toArray()
                 .size(),
             0);
    const QJsonArray kept =
        messageOf(exported, TestWorld::clinic, second).value(QLatin1String("reactions")).toArray();
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().toObject().value(QLatin1String("emoji")).toString(), QStringLiteral("❤"));
}

void TestTrust::blankLinesDoNotHoldAConnection()
{
    Served s({QStringLiteral("--header-timeout-ms"), QStringLiteral("1000")});
    QVERIFY2(s.error().isEmpty(), qPrintable(s.error()));
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), s.serve().port());
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer timer;
    timer.start();
    // A blank line every 200 ms would reset an idle clock forever.
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 8000) {
        socket.write("\r\n");
        socket.waitForBytesWritten(500);
        socket.waitForDisconnected(200);
    }
    QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
    // Nobody asked anything: closed without an answer.
    QCOMPARE(socket.readAll(), QByteArray());
}

void TestTrust::oneClientCannotHoldEverySlot()
{
    Served s({QStringLiteral("--max-connections-per-peer"), QStringLiteral("4")});
    QVERIFY2(s.error().isEmpty(), qPrintable(s.error()));
    QList<QTcpSocket *> held;
    auto cleanup = qScopeGuard([&] { qDeleteAll(held); });
    for (int i = 0; i < 4; ++i) {
        auto *socket = new QTcpSocket;
        held << socket;
        socket->connectToHost(QStringLiteral("127.0.0.1"), s.serve().port());
        QVERIFY(socket->waitForConnected(5000));
    }
    QTcpSocket fifth;
    fifth.connectToHost(QStringLiteral("127.0.0.1"), s.serve().port());
    QVERIFY(fifth.waitForConnected(5000));
    QVERIFY(fifth.waitForDisconnected(5000) || fifth.state() == QAbstractSocket::UnconnectedState);
    // serve took the four before the fifth (in the order they came) and keeps them.
    QCoreApplication::processEvents();
    for (QTcpSocket *socket : held)
        QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
    // One slot given back, and a delivery gets through again.
    held.takeLast()->deleteLater();
    const QByteArray payload = body(lumenWaba, TestWorld::clinic,
                                    {text(QStringLiteral("wamid.AFTER"), QStringLiteral("hi"))});
    // Refused until serve has seen the slot given back; the same delivery again is a duplicate.
    QTRY_COMPARE_WITH_TIMEOUT(s.post(lumenSecret, payload), 200, 5000);
}

void TestTrust::chunkLinesTheParserReadsDifferentlyAreRefused()
{
    Served s;
    QVERIFY2(s.error().isEmpty(), qPrintable(s.error()));
    const QByteArray head =
        "POST /webhook HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (const QByteArray &chunks :
         {QByteArray("5\n\r\nabc\r\n0;fffffff\r\n\r\n"), QByteArray("5\r\nabcdeXY0\r\n\r\n")}) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), s.serve().port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(head + chunks);
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (!answer.contains("\r\n\r\n") && timer.elapsed() < 5000) {
            socket.waitForReadyRead(200);
            answer += socket.readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
        QVERIFY(answer.contains("X-Content-Type-Options: nosniff"));
    }
}

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
