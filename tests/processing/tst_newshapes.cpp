#include "fixtures.h"
#include "processingharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

// Shapes of Meta's 2025-2026 fields that differ from the documented ones, and the sequences
// that make one person one conversation: each is projected as far as it goes, the rest is
// dead-lettered with a clear reason, nothing is lost and nothing doubled.
class TestNewShapes : public QObject
{
    Q_OBJECT

private slots:
    void historyNeverDoublesALiveMessage();
    void liveMessageReplacesItsHistoryCopy();
    void historyMediaReplacesItsPlaceholder();
    void callPartsInAnyOrderMakeOneCall();
    void callWithoutIdIsADeadLetter();
    void metasCallReplacesWhatAReplaySaidFirst();
    void groupShapes();
    void onePersonAcrossNumberAndUserIds();
    void conversationByPhoneContinuesByUserId();
    void replayCannotSteerMetaIdentities();
    void preferencesAndAddressBookReachTheContact();
    void unknownFieldSaysItIsKept();
};

namespace {

const char *const wabaNorthwind = "102290129340398";

QByteArray envelope(const QString &field, const QString &line, const QJsonObject &value,
                    const QString &waba = QLatin1String(wabaNorthwind))
{
    QJsonObject v = value;
    v.insert(QStringLiteral("messaging_product"), QStringLiteral("whatsapp"));
    QString display = QStringLiteral("15550100001");
    if (line == QLatin1String(TestWorld::sales))
        display = QStringLiteral("15550100002");
    else if (line == QLatin1String(TestWorld::clinic))
        display = QStringLiteral("15550100003");
    v.insert(QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("display_phone_number"), display},
                         {QStringLiteral("phone_number_id"), line}});
    const QJsonObject body{
        {QStringLiteral("object"), QStringLiteral("whatsapp_business_account")},
        {QStringLiteral("entry"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), waba},
             {QStringLiteral("changes"), QJsonArray{QJsonObject{{QStringLiteral("field"), field},
                                                                {QStringLiteral("value"), v}}}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QJsonObject text(const QString &wamid, const QString &from, const QString &userId,
                 const QString &body, qint64 ts)
{
    QJsonObject m{{QStringLiteral("id"), wamid},
                  {QStringLiteral("timestamp"), QString::number(ts)},
                  {QStringLiteral("type"), QStringLiteral("text")},
                  {QStringLiteral("text"), QJsonObject{{QStringLiteral("body"), body}}}};
    if (!from.isEmpty())
        m.insert(QStringLiteral("from"), from);
    if (!userId.isEmpty())
        m.insert(QStringLiteral("from_user_id"), userId);
    return m;
}

QByteArray messages(const QString &line, const QJsonArray &list, const QJsonArray &contacts = {})
{
    QJsonObject value{{QStringLiteral("messages"), list}};
    if (!contacts.isEmpty())
        value.insert(QStringLiteral("contacts"), contacts);
    return envelope(QStringLiteral("messages"), line, value);
}

QByteArray historyChunk(const QString &line, const QString &thread, const QJsonArray &list)
{
    const QJsonObject chunk{
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("phase"), 1},
                                                 {QStringLiteral("chunk_order"), 2},
                                                 {QStringLiteral("progress"), 100}}},
        {QStringLiteral("threads"), QJsonArray{QJsonObject{{QStringLiteral("id"), thread},
                                                           {QStringLiteral("messages"), list}}}}};
    return envelope(QStringLiteral("history"), line,
                    QJsonObject{{QStringLiteral("history"), QJsonArray{chunk}}});
}

QJsonObject withHistory(QJsonObject message, const QString &status)
{
    message.insert(QStringLiteral("history_context"),
                   QJsonObject{{QStringLiteral("status"), status}});
    return message;
}

QJsonArray deadLetters(const QJsonObject &document)
{
    return document.value(QLatin1String("dead_letters")).toArray();
}

QString customerOf(const QJsonObject &document, const QString &wamid)
{
    return ProcessingHarness::message(document, wamid).value(QLatin1String("customer")).toString();
}

} // namespace

void TestNewShapes::historyNeverDoublesALiveMessage()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QString support = QLatin1String(TestWorld::support);
    harness.injectFromMeta(
        messages(support, {text(QStringLiteral("wamid.LIVE1"), QStringLiteral("15550001111"), {},
                                QStringLiteral("live copy"), 1767268800)}));
    harness.process();
    // The sync repeats it (with a device time) and brings an older one.
    harness.injectFromMeta(
        historyChunk(support, QStringLiteral("15550001111"),
                     {withHistory(text(QStringLiteral("wamid.LIVE1"), QStringLiteral("15550001111"),
                                       {}, QStringLiteral("history copy"), 1767268799),
                                  QStringLiteral("READ")),
                      withHistory(text(QStringLiteral("wamid.OLD1"), QStringLiteral("15550001111"),
                                       {}, QStringLiteral("from December"), 1766750000),
                                  QStringLiteral("READ"))}));
    harness.process();
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = ?"),
                         {QStringLiteral("wamid.LIVE1")})
                 .toInt(),
             1);
    const QJsonObject document = harness.exportAll();
    const QJsonObject live = ProcessingHarness::message(document, QStringLiteral("wamid.LIVE1"));
    QCOMPARE(live.value(QLatin1String("text")).toString(), QStringLiteral("live copy"));
    QCOMPARE(live.value(QLatin1String("origin")).toString(), QStringLiteral("meta"));
    QVERIFY(!live.contains(QLatin1String("history_status")));
    const QJsonObject old = ProcessingHarness::message(document, QStringLiteral("wamid.OLD1"));
    QCOMPARE(old.value(QLatin1String("origin")).toString(), QStringLiteral("history"));
    QCOMPARE(old.value(QLatin1String("customer")).toString(), QStringLiteral("15550001111"));
    // A months-old message opens no service window and counts as nothing new.
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT last_inbound_ts FROM conversations WHERE "
                                        "line = ? AND customer = ?"),
                         {support, QStringLiteral("15550001111")})
                 .toLongLong(),
             1767268800);
    QVERIFY(deadLetters(document).isEmpty());
}

void TestNewShapes::liveMessageReplacesItsHistoryCopy()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QString clinic = QLatin1String(TestWorld::clinic);
    harness.injectFromMeta(
        historyChunk(clinic, QStringLiteral("15550006666"),
                     {withHistory(text(QStringLiteral("wamid.BOTH"), QStringLiteral("15550006666"),
                                       {}, QStringLiteral("seen twice"), 1767268000),
                                  QStringLiteral("DELIVERED"))}),
        QStringLiteral("lumen"));
    harness.process();
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT last_inbound_ts FROM conversations WHERE line = ?"),
                         {clinic})
                 .toLongLong(),
             0);
    harness.injectFromMeta(
        messages(clinic, {text(QStringLiteral("wamid.BOTH"), QStringLiteral("15550006666"), {},
                               QStringLiteral("seen twice"), 1767268000)}),
        QStringLiteral("lumen"));
    harness.process();
    const QJsonObject m =
        ProcessingHarness::message(harness.exportAll(), QStringLiteral("wamid.BOTH"));
    QCOMPARE(m.value(QLatin1String("origin")).toString(), QStringLiteral("meta"));
    QVERIFY(!m.contains(QLatin1String("history_status")));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 1);
}

void TestNewShapes::historyMediaReplacesItsPlaceholder()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QString clinic = QLatin1String(TestWorld::clinic);
    harness.injectFromMeta(QByteArray(Fixtures::read(QStringLiteral("history_chunk_phase0.json"))),
                           QStringLiteral("lumen"));
    harness.process();
    const QString placeholder =
        QStringLiteral("wamid.HBgLMTU1NTAwMDY2NjYVAgASGBQ3RkM4NUZGQkYwNEU4RUVFMTNFQgA=");
    QCOMPARE(ProcessingHarness::message(harness.exportAll(), placeholder)
                 .value(QLatin1String("type"))
                 .toString(),
             QStringLiteral("media_placeholder"));
    // The follow-up: field history, messages[] with the content under the same wamid.
    const QJsonObject media{
        {QStringLiteral("from"), QStringLiteral("15550006666")},
        {QStringLiteral("id"), placeholder},
        {QStringLiteral("timestamp"), QStringLiteral("1766751000")},
        {QStringLiteral("type"), QStringLiteral("image")},
        {QStringLiteral("image"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("1234567890")},
                     {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")}}},
        {QStringLiteral("history_context"),
         QJsonObject{{QStringLiteral("status"), QStringLiteral("DELIVERED")}}}};
    harness.injectFromMeta(envelope(QStringLiteral("history"), clinic,
                                    QJsonObject{{QStringLiteral("messages"), QJsonArray{media}}},
                                    QStringLiteral("109988776655443")),
                           QStringLiteral("lumen"));
    harness.process();
    const QJsonObject document = harness.exportAll();
    const QJsonObject m = ProcessingHarness::message(document, placeholder);
    QCOMPARE(m.value(QLatin1String("type")).toString(), QStringLiteral("image"));
    QCOMPARE(m.value(QLatin1String("content")).toObject().value(QLatin1String("id")).toString(),
             QStringLiteral("1234567890"));
    QCOMPARE(
        harness
            .scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = ?"), {placeholder})
            .toInt(),
        1);
    bool mediaEvent = false;
    for (const QJsonValue &e : document.value(QLatin1String("events")).toArray())
        mediaEvent |=
            e.toObject().value(QLatin1String("event")).toString() == QLatin1String("history_media");
    QVERIFY(mediaEvent);
}

void TestNewShapes::callPartsInAnyOrderMakeOneCall()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    // The terminate arrives first; the connect never would be needed.
    harness.replay({QStringLiteral("calls_user_initiated_terminate.json"),
                    QStringLiteral("calls_user_initiated_connect.json")});
    const QJsonArray calls = harness.exportAll().value(QLatin1String("calls")).toArray();
    QCOMPARE(calls.size(), 1);
    const QJsonObject call = calls.first().toObject();
    QCOMPARE(call.value(QLatin1String("final_event")).toString(), QStringLiteral("terminate"));
    QCOMPARE(call.value(QLatin1String("status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(call.value(QLatin1String("duration")).toInt(), 184);
    QCOMPARE(call.value(QLatin1String("customer")).toString(), QStringLiteral("15550001111"));
    QCOMPARE(call.value(QLatin1String("first_timestamp")).toInteger(), 1767268800);
    // A business-initiated call: the customer is the callee, whatever from holds.
    harness.replay({QStringLiteral("calls_business_initiated_rejected.json")});
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT customer FROM calls WHERE line = ?"),
                         {QLatin1String(TestWorld::sales)})
                 .toString(),
             QStringLiteral("15550003333"));
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT call_status FROM calls WHERE line = ?"),
                         {QLatin1String(TestWorld::sales)})
                 .toString(),
             QStringLiteral("REJECTED"));
    // Call statuses never enter a message's status rank.
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM status_events")).toInt(), 0);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 0);
}

void TestNewShapes::callWithoutIdIsADeadLetter()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QJsonObject call{{QStringLiteral("from"), QStringLiteral("15550001111")},
                           {QStringLiteral("to"), QStringLiteral("15550100001")},
                           {QStringLiteral("event"), QStringLiteral("connect")},
                           {QStringLiteral("direction"), QStringLiteral("USER_INITIATED")},
                           {QStringLiteral("timestamp"), QStringLiteral("1767268800")}};
    QJsonObject odd = call;
    odd.insert(QStringLiteral("id"), QStringLiteral("wacid.ODD"));
    odd.insert(QStringLiteral("event"), QStringLiteral("transfer")); // not a documented event
    harness.injectFromMeta(envelope(QStringLiteral("calls"), QLatin1String(TestWorld::support),
                                    QJsonObject{{QStringLiteral("calls"), QJsonArray{call, odd}}}));
    harness.process();
    const QJsonObject document = harness.exportAll();
    const QJsonArray dead = deadLetters(document);
    QCOMPARE(dead.size(), 1);
    QVERIFY2(dead.first()
                 .toObject()
                 .value(QLatin1String("detail"))
                 .toString()
                 .contains(QLatin1String("no call id")),
             qPrintable(dead.first().toObject().value(QLatin1String("detail")).toString()));
    // The unknown event is kept as what it says it is.
    const QJsonArray events = document.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().toObject().value(QLatin1String("event")).toString(),
             QStringLiteral("transfer"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM calls")).toInt(), 1);
}

void TestNewShapes::metasCallReplacesWhatAReplaySaidFirst()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    // An operator replays an edited connect first: the other direction, another caller.
    QJsonObject body =
        QJsonDocument::fromJson(Fixtures::read(QStringLiteral("calls_user_initiated_connect.json")))
            .object();
    QByteArray edited = QJsonDocument(body).toJson(QJsonDocument::Compact);
    edited.replace("USER_INITIATED", "BUSINESS_INITIATED");
    edited.replace("\"from\":\"15550001111\"", "\"from\":\"15550009999\"");
    harness.injectBody(edited);
    harness.process();
    QCOMPARE(harness.scalar(QStringLiteral("SELECT direction FROM calls")).toString(),
             QStringLiteral("BUSINESS_INITIATED"));
    // Meta's own connect: the record says what Meta said.
    harness.injectFromMeta(Fixtures::read(QStringLiteral("calls_user_initiated_connect.json")));
    harness.process();
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT direction || '/' || from_id || '/' || origin "
                                        "FROM calls"))
                 .toString(),
             QStringLiteral("USER_INITIATED/15550001111/meta"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT customer FROM calls")).toString(),
             QStringLiteral("15550001111"));
    // And a replay after Meta changes nothing.
    harness.injectBody(edited);
    harness.process();
    QCOMPARE(harness.scalar(QStringLiteral("SELECT direction FROM calls")).toString(),
             QStringLiteral("USER_INITIATED"));
}

void TestNewShapes::groupShapes()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QString support = QLatin1String(TestWorld::support);
    const QString group = QStringLiteral("Z3JvdXAtdW5rbm93bg==");
    // A status for a group that names no group; a group change of a type nobody documented;
    // a group change without a group id.
    const QJsonObject status{
        {QStringLiteral("id"), QStringLiteral("wamid.OUTG")},
        {QStringLiteral("status"), QStringLiteral("read")},
        {QStringLiteral("timestamp"), QStringLiteral("1767271750")},
        {QStringLiteral("recipient_type"), QStringLiteral("group")},
        {QStringLiteral("recipient_participant_id"), QStringLiteral("15550001111")}};
    harness.injectFromMeta(envelope(QStringLiteral("messages"), support,
                                    QJsonObject{{QStringLiteral("statuses"), QJsonArray{status}}}));
    harness.injectFromMeta(envelope(
        QStringLiteral("group_status_update"), support,
        QJsonObject{
            {QStringLiteral("groups"),
             QJsonArray{QJsonObject{{QStringLiteral("group_id"), group},
                                    {QStringLiteral("type"), QStringLiteral("group_archive")},
                                    {QStringLiteral("timestamp"), 1767271800}},
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("group_suspend")},
                                    {QStringLiteral("timestamp"), 1767271801}}}}}));
    // A participant's message: in the group, and no 1:1 conversation for its sender.
    QJsonObject inGroup = text(QStringLiteral("wamid.G1"), QStringLiteral("15550004444"), {},
                               QStringLiteral("hello group"), 1767271900);
    inGroup.insert(QStringLiteral("group_id"), group);
    harness.injectFromMeta(messages(support, {inGroup}));
    harness.process();
    const QJsonObject document = harness.exportAll();
    QStringList details;
    for (const QJsonValue &d : deadLetters(document))
        details.append(d.toObject().value(QLatin1String("detail")).toString());
    QCOMPARE(details.size(), 2);
    details.sort();
    QVERIFY2(details.at(0).contains(QLatin1String("names no group")), qPrintable(details.at(0)));
    QVERIFY2(details.at(1).contains(QLatin1String("names no group")), qPrintable(details.at(1)));
    bool archived = false;
    for (const QJsonValue &e : document.value(QLatin1String("events")).toArray())
        archived |=
            e.toObject().value(QLatin1String("event")).toString() == QLatin1String("group_archive");
    QVERIFY(archived);
    QCOMPARE(customerOf(document, QStringLiteral("wamid.G1")), group);
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE customer = ?"),
                         {QStringLiteral("15550004444")})
                 .toInt(),
             0);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT kind FROM contacts WHERE customer = ?"), {group})
                 .toString(),
             QStringLiteral("group"));
    // A participant's message counts as new in the group's conversation.
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT last_inbound_ts FROM conversations WHERE "
                                        "customer = ?"),
                         {group})
                 .toLongLong(),
             1767271900);
}

void TestNewShapes::onePersonAcrossNumberAndUserIds()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    // Gus: first a username user with an empty number, then the 2026 form without one, then he
    // shares his number, then writes with it.
    harness.replay({QStringLiteral("text_username_user_no_phone.json"),
                    QStringLiteral("text_bsuid_without_wa_id.json"),
                    QStringLiteral("contacts_shared_via_contact_request.json")});
    const QString sales = QLatin1String(TestWorld::sales);
    harness.injectBody(
        messages(sales, {text(QStringLiteral("wamid.GUSPHONE"), QStringLiteral("46701234567"), {},
                              QStringLiteral("now with my number"), 1767280000)}));
    harness.process();
    const QJsonObject document = harness.exportAll();
    const QString gus = QStringLiteral("SE.2233445566778899001");
    QCOMPARE(customerOf(
                 document,
                 QStringLiteral("wamid.HBgLNDY3MDAwMDAwMDAVAgASGBRFQ0Y5QjE3NjdDOTU3NDFCNUQ2QwA=")),
             gus);
    QCOMPARE(customerOf(
                 document,
                 QStringLiteral("wamid.HBgLNDY3MDAwMDAwMDAVAgASGBQ1QTBDNUNDQjU4MDlBODhBNzI2NgA=")),
             gus);
    QCOMPARE(customerOf(document, QStringLiteral("wamid.GUSPHONE")), gus);
    QCOMPARE(
        harness.scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE line = ?"), {sales})
            .toInt(),
        1);
}

void TestNewShapes::conversationByPhoneContinuesByUserId()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QString support = QLatin1String(TestWorld::support);
    const QString ana = QStringLiteral("15550001111");
    const QString anaUser = QStringLiteral("US.40817263544213098766");
    const QJsonObject profile{{QStringLiteral("profile"),
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana Souza")}}},
                              {QStringLiteral("wa_id"), ana},
                              {QStringLiteral("user_id"), anaUser}};
    harness.injectFromMeta(messages(
        support, {text(QStringLiteral("wamid.A1"), ana, anaUser, QStringLiteral("hi"), 1767268800)},
        {profile}));
    // Thirty days later Meta stops sending her number.
    QJsonObject noPhone = profile;
    noPhone.remove(QStringLiteral("wa_id"));
    harness.injectFromMeta(messages(
        support,
        {text(QStringLiteral("wamid.A2"), {}, anaUser, QStringLiteral("me again"), 1769900000)},
        {noPhone}));
    harness.process();
    const QJsonObject document = harness.exportAll();
    QCOMPARE(customerOf(document, QStringLiteral("wamid.A2")), ana);
    QCOMPARE(
        harness
            .scalar(QStringLiteral("SELECT count(*) FROM conversations WHERE line = ?"), {support})
            .toInt(),
        1);
    // Her number stays known on the contact.
    QCOMPARE(
        harness
            .scalar(QStringLiteral("SELECT wa_id FROM contacts WHERE line = ? AND customer = ?"),
                    {support, ana})
            .toString(),
        ana);
}

void TestNewShapes::replayCannotSteerMetaIdentities()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QString support = QLatin1String(TestWorld::support);
    // An operator replays a message that claims user id U belongs to Dana's number.
    harness.injectBody(
        messages(support, {text(QStringLiteral("wamid.R1"), QStringLiteral("15550004444"),
                                QStringLiteral("US.U"), QStringLiteral("replayed"), 1767268800)}));
    harness.process();
    // Meta's own message from U alone is not filed under Dana.
    harness.injectFromMeta(
        messages(support, {text(QStringLiteral("wamid.M1"), {}, QStringLiteral("US.U"),
                                QStringLiteral("real"), 1767268900)}));
    harness.process();
    QCOMPARE(customerOf(harness.exportAll(), QStringLiteral("wamid.M1")), QStringLiteral("US.U"));
}

void TestNewShapes::preferencesAndAddressBookReachTheContact()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay({QStringLiteral("user_preferences_marketing_stop.json"),
                    QStringLiteral("smb_app_state_sync_contact_add.json")});
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT marketing FROM contacts WHERE line = ? AND "
                                        "customer = ?"),
                         {QLatin1String(TestWorld::sales), QStringLiteral("15550003333")})
                 .toString(),
             QStringLiteral("stop"));
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT saved_name FROM contacts WHERE line = ? AND "
                                        "customer = ?"),
                         {QLatin1String(TestWorld::clinic), QStringLiteral("15550006666")})
                 .toString(),
             QStringLiteral("Farah Al-Masri"));
    // Neither opens a conversation.
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM conversations")).toInt(), 0);
    // An older "resume" does not undo a newer "stop".
    const QJsonObject resume{{QStringLiteral("wa_id"), QStringLiteral("15550003333")},
                             {QStringLiteral("category"), QStringLiteral("marketing_messages")},
                             {QStringLiteral("value"), QStringLiteral("resume")},
                             {QStringLiteral("timestamp"), 1767270000}};
    harness.injectBody(
        envelope(QStringLiteral("user_preferences"), QLatin1String(TestWorld::sales),
                 QJsonObject{{QStringLiteral("user_preferences"), QJsonArray{resume}}}));
    harness.process();
    QCOMPARE(harness
                 .scalar(QStringLiteral("SELECT marketing FROM contacts WHERE customer = ?"),
                         {QStringLiteral("15550003333")})
                 .toString(),
             QStringLiteral("stop"));
}

void TestNewShapes::unknownFieldSaysItIsKept()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay({QStringLiteral("unknown_field_envelope.json")});
    const QJsonArray dead = deadLetters(harness.exportAll());
    QCOMPARE(dead.size(), 1);
    const QString detail = dead.first().toObject().value(QLatin1String("detail")).toString();
    QVERIFY2(detail.contains(QLatin1String("kept")) && detail.contains(QLatin1String("retried")),
             qPrintable(detail));
}

QTEST_GUILESS_MAIN(TestNewShapes)
#include "tst_newshapes.moc"
