#include "fixtures.h"
#include "http/signatureverifier.h"
#include "processing/exporter.h"
#include "processing/messagefields.h"
#include "processing/processingservice.h"
#include "processing/projectionrebuild.h"
#include "processingharness.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace hookline;
using namespace hookline::test;

class TestProcessing : public QObject
{
    Q_OBJECT

private slots:
    void windowRulesWaitLongerWhenLookingCostsMore();
    void fixtureFacts_data();
    void fixtureFacts();
    void sequences_data();
    void sequences();
    void sameMessageTwiceInOnePostIsStoredOnce();
    void replayInShuffledOrdersAndRebuildChangeNothing();
    void exportCanBeLimitedToALine();
    void serviceProcessesInItsThreadAndReportsChanges();
    void serviceGathersAStream();
    void serviceTakesABacklogInFullBatchesBackToBack();
};

namespace {

QStringList allBodies()
{
    return Fixtures::bodies();
}

QJsonArray exported(const QJsonObject &document, const char *key)
{
    return document.value(QLatin1String(key)).toArray();
}

QList<qint64> codesOf(const QJsonArray &errors)
{
    QList<qint64> codes;
    for (const QJsonValue &error : errors)
        codes.append(error.toObject().value(QLatin1String("code")).toInteger());
    return codes;
}

QList<qint64> expectedCodes(const QJsonValue &value)
{
    QList<qint64> codes;
    for (const QJsonValue &code : value.toArray())
        codes.append(code.toInteger());
    return codes;
}

bool containsObject(const QJsonArray &array, const QJsonObject &subset)
{
    return std::any_of(array.begin(), array.end(), [&](const QJsonValue &value) {
        const QJsonObject object = value.toObject();
        for (auto it = subset.begin(); it != subset.end(); ++it) {
            if (object.value(it.key()) != it.value())
                return false;
        }
        return true;
    });
}

QByteArray describe(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Checks one inbound message of the manifest against the export.
void checkInbound(const QJsonObject &document, const QJsonObject &fact)
{
    const QString wamid = fact.value(QLatin1String("id")).toString();
    const QJsonObject m = ProcessingHarness::message(document, wamid);
    QVERIFY2(!m.isEmpty(), qPrintable(QStringLiteral("message %1 missing").arg(wamid)));
    QCOMPARE(m.value(QLatin1String("direction")).toString(), QStringLiteral("inbound"));
    QCOMPARE(m.value(QLatin1String("type")), fact.value(QLatin1String("type")));
    QCOMPARE(m.value(QLatin1String("from")).toString(),
             fact.value(QLatin1String("from")).toString());
    QCOMPARE(m.value(QLatin1String("line")), fact.value(QLatin1String("line")));
    QCOMPARE(m.value(QLatin1String("timestamp")).toInteger(),
             fact.value(QLatin1String("timestamp")).toString().toLongLong());
    const QJsonValue content = m.value(QLatin1String("content"));
    const QJsonObject object = content.toObject();
    const QString text = m.value(QLatin1String("text")).toString();
    if (fact.contains(QLatin1String("text")))
        QCOMPARE(text, fact.value(QLatin1String("text")).toString());
    if (fact.contains(QLatin1String("text_sha256")))
        QCOMPARE(SignatureVerifier::sha256Hex(text.toUtf8()),
                 fact.value(QLatin1String("text_sha256")).toString().toLatin1());
    if (fact.contains(QLatin1String("text_codepoints")))
        QCOMPARE(text.toUcs4().size(), fact.value(QLatin1String("text_codepoints")).toInt());
    if (fact.contains(QLatin1String("caption"))) {
        QCOMPARE(object.value(QLatin1String("caption")), fact.value(QLatin1String("caption")));
        QCOMPARE(text, fact.value(QLatin1String("caption")).toString());
    }
    if (fact.contains(QLatin1String("reply_to")))
        QCOMPARE(m.value(QLatin1String("reply_to")), fact.value(QLatin1String("reply_to")));
    if (fact.contains(QLatin1String("forwarded")))
        QCOMPARE(m.value(QLatin1String("forwarded")), fact.value(QLatin1String("forwarded")));
    if (fact.contains(QLatin1String("frequently_forwarded")))
        QCOMPARE(m.value(QLatin1String("frequently_forwarded")),
                 fact.value(QLatin1String("frequently_forwarded")));
    if (fact.contains(QLatin1String("referred_product"))) {
        const QJsonObject product = m.value(QLatin1String("context"))
                                        .toObject()
                                        .value(QLatin1String("referred_product"))
                                        .toObject();
        QVERIFY2(!product.isEmpty(), describe(m).constData());
        const QJsonValue expected = fact.value(QLatin1String("referred_product"));
        if (expected.isObject()) {
            for (auto it = expected.toObject().begin(); it != expected.toObject().end(); ++it)
                QCOMPARE(product.value(it.key()), it.value());
        } else {
            QCOMPARE(product.value(QLatin1String("product_retailer_id")), expected);
        }
    }
    if (fact.contains(QLatin1String("referral_source_id")))
        QCOMPARE(m.value(QLatin1String("referral")).toObject().value(QLatin1String("source_id")),
                 fact.value(QLatin1String("referral_source_id")));
    if (fact.contains(QLatin1String("media_id")))
        QCOMPARE(object.value(QLatin1String("id")), fact.value(QLatin1String("media_id")));
    if (fact.contains(QLatin1String("filename")))
        QCOMPARE(object.value(QLatin1String("filename")), fact.value(QLatin1String("filename")));
    if (fact.contains(QLatin1String("voice")))
        QCOMPARE(object.value(QLatin1String("voice")), fact.value(QLatin1String("voice")));
    if (fact.contains(QLatin1String("animated")))
        QCOMPARE(object.value(QLatin1String("animated")), fact.value(QLatin1String("animated")));
    if (fact.contains(QLatin1String("interactive_type")))
        QCOMPARE(object.value(QLatin1String("type")),
                 fact.value(QLatin1String("interactive_type")));
    if (fact.contains(QLatin1String("reply_id"))) {
        const QString kind = object.value(QLatin1String("type")).toString();
        QCOMPARE(object.value(kind).toObject().value(QLatin1String("id")),
                 fact.value(QLatin1String("reply_id")));
    }
    if (fact.contains(QLatin1String("nfm_name")))
        QCOMPARE(object.value(QLatin1String("nfm_reply")).toObject().value(QLatin1String("name")),
                 fact.value(QLatin1String("nfm_name")));
    if (fact.contains(QLatin1String("flow_token")))
        QCOMPARE(m.value(QLatin1String("response")).toObject().value(QLatin1String("flow_token")),
                 fact.value(QLatin1String("flow_token")));
    if (fact.contains(QLatin1String("payload")))
        QCOMPARE(object.value(QLatin1String("payload")), fact.value(QLatin1String("payload")));
    if (fact.contains(QLatin1String("has_name")))
        QCOMPARE(object.contains(QLatin1String("name")),
                 fact.value(QLatin1String("has_name")).toBool());
    if (fact.contains(QLatin1String("shared_contacts")))
        QCOMPARE(content.toArray().size(), fact.value(QLatin1String("shared_contacts")).toInt());
    if (fact.contains(QLatin1String("order_items"))) {
        const QJsonArray items = object.value(QLatin1String("product_items")).toArray();
        QCOMPARE(items.size(), fact.value(QLatin1String("order_items")).toInt());
        double total = 0;
        for (const QJsonValue &item : items)
            total += item.toObject().value(QLatin1String("quantity")).toDouble() *
                     item.toObject().value(QLatin1String("item_price")).toDouble();
        QVERIFY(qAbs(total - fact.value(QLatin1String("order_total")).toDouble()) < 0.005);
    }
    if (fact.contains(QLatin1String("error_codes")))
        QCOMPARE(codesOf(m.value(QLatin1String("errors")).toArray()),
                 expectedCodes(fact.value(QLatin1String("error_codes"))));
    if (fact.contains(QLatin1String("from_user_id")))
        QCOMPARE(m.value(QLatin1String("from_user_id")), fact.value(QLatin1String("from_user_id")));
    if (fact.contains(QLatin1String("from_parent_user_id")))
        QCOMPARE(m.value(QLatin1String("from_parent_user_id")),
                 fact.value(QLatin1String("from_parent_user_id")));
    // A group message belongs to the group's conversation, never to the sender's.
    QCOMPARE(m.value(QLatin1String("group_id")), fact.contains(QLatin1String("group_id"))
                                                     ? fact.value(QLatin1String("group_id"))
                                                     : QJsonValue(QJsonValue::Null));
    if (fact.contains(QLatin1String("group_id")))
        QCOMPARE(m.value(QLatin1String("customer")), fact.value(QLatin1String("group_id")));
    if (fact.contains(QLatin1String("origin")))
        QCOMPARE(m.value(QLatin1String("request_origin")), fact.value(QLatin1String("origin")));
    if (fact.contains(QLatin1String("shared_wa_ids"))) {
        QJsonArray shared;
        for (const QJsonValue &card : content.toArray())
            for (const QJsonValue &phone : card.toObject().value(QLatin1String("phones")).toArray())
                shared.append(phone.toObject().value(QLatin1String("wa_id")));
        QCOMPARE(shared, fact.value(QLatin1String("shared_wa_ids")).toArray());
    }
    if (fact.contains(QLatin1String("permission_response"))) {
        const QJsonObject reply = object.value(QLatin1String("call_permission_reply")).toObject();
        QCOMPARE(reply.value(QLatin1String("response")),
                 fact.value(QLatin1String("permission_response")));
        QCOMPARE(reply.value(QLatin1String("is_permanent")),
                 fact.value(QLatin1String("permission_permanent")));
        QCOMPARE(MessageFields::timestampOf(reply.value(QLatin1String("expiration_timestamp"))),
                 fact.value(QLatin1String("permission_expires")).toString().toLongLong());
        QCOMPARE(reply.value(QLatin1String("response_source")),
                 fact.value(QLatin1String("permission_source")));
    }
}

// The fields whose events the export lists with every fact the manifest names.
bool factsChecked(const QString &field)
{
    static const QStringList fields = {
        QStringLiteral("calls"),
        QStringLiteral("group_lifecycle_update"),
        QStringLiteral("group_participants_update"),
        QStringLiteral("group_settings_update"),
        QStringLiteral("group_status_update"),
        QStringLiteral("history"),
        QStringLiteral("user_preferences"),
        QStringLiteral("smb_app_state_sync"),
        QStringLiteral("payment_configuration_update"),
        QStringLiteral("messages"),
    };
    return fields.contains(field);
}

} // namespace

void TestProcessing::windowRulesWaitLongerWhenLookingCostsMore()
{
    // A cheap look: every 5 s while deliveries arrive. A dear one (the failure share reads every
    // status of its window): at most a twentieth of processing's time, up to the 30 s the
    // periodic look comes anyway.
    QCOMPARE(ProcessingWorker::conditionsIntervalMs(0), ProcessingWorker::ConditionsIntervalMs);
    QCOMPARE(ProcessingWorker::conditionsIntervalMs(120), ProcessingWorker::ConditionsIntervalMs);
    QCOMPARE(ProcessingWorker::conditionsIntervalMs(600), 12'000);
    QCOMPARE(ProcessingWorker::conditionsIntervalMs(5'000), 30'000);
}

void TestProcessing::fixtureFacts_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : allBodies())
        QTest::newRow(qPrintable(file)) << file;
}

void TestProcessing::fixtureFacts()
{
    QFETCH(QString, file);
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay({file});
    const QJsonObject facts = Fixtures::facts(file);
    const QJsonObject document = harness.exportAll();
    const QJsonArray messages = exported(document, "messages");
    QCOMPARE(harness
                 .scalar(QStringLiteral(
                     "SELECT count(*) FROM delivery_status WHERE state <> 'processed'"))
                 .toInt(),
             0);

    // Inbound messages: counts by type, and each one's facts.
    const QJsonObject inbound = facts.value(QLatin1String("inbound")).toObject();
    QMap<QString, int> byType;
    int inboundCount = 0;
    for (const QJsonValue &value : messages) {
        const QJsonObject m = value.toObject();
        // History imports are past messages, not live inbound traffic.
        if (m.value(QLatin1String("direction")).toString() == QLatin1String("inbound") &&
            !m.contains(QLatin1String("history_status"))) {
            ++byType[m.value(QLatin1String("type")).toString()];
            ++inboundCount;
        }
    }
    QCOMPARE(inboundCount, inbound.value(QLatin1String("unique")).toInt());
    const QJsonObject expectedByType = inbound.value(QLatin1String("by_type")).toObject();
    QCOMPARE(byType.size(), expectedByType.size());
    for (auto it = expectedByType.begin(); it != expectedByType.end(); ++it)
        QCOMPARE(byType.value(it.key()), it.value().toInt());
    for (const QJsonValue &fact : inbound.value(QLatin1String("messages")).toArray()) {
        checkInbound(document, fact.toObject());
        if (QTest::currentTestFailed())
            return;
    }

    // Statuses: each one in its message's history, with its errors; the final status by rank.
    for (const QJsonValue &value : facts.value(QLatin1String("statuses")).toArray()) {
        const QJsonObject status = value.toObject();
        const QJsonObject m =
            ProcessingHarness::message(document, status.value(QLatin1String("id")).toString());
        QVERIFY2(!m.isEmpty(), describe(status).constData());
        QCOMPARE(m.value(QLatin1String("direction")).toString(), QStringLiteral("outbound"));
        QCOMPARE(m.value(QLatin1String("to")), status.value(QLatin1String("recipient_id")));
        QCOMPARE(m.value(QLatin1String("line")), status.value(QLatin1String("line")));
        if (status.contains(QLatin1String("recipient_participant_id"))) {
            // Each participant's receipt of a group message is kept.
            QVERIFY2(containsObject(
                         m.value(QLatin1String("receipts")).toArray(),
                         {{QStringLiteral("participant"),
                           status.value(QLatin1String("recipient_participant_id"))},
                          {QStringLiteral("status"), status.value(QLatin1String("status"))},
                          {QStringLiteral("timestamp"),
                           status.value(QLatin1String("timestamp")).toString().toLongLong()}}),
                     describe(m).constData());
            continue;
        }
        bool found = false;
        for (const QJsonValue &step : m.value(QLatin1String("status_history")).toArray()) {
            const QJsonObject s = step.toObject();
            if (s.value(QLatin1String("status")) != status.value(QLatin1String("status")))
                continue;
            found = true;
            QCOMPARE(s.value(QLatin1String("timestamp")).toInteger(),
                     status.value(QLatin1String("timestamp")).toString().toLongLong());
            QVERIFY(s.value(QLatin1String("received_at")).toInteger() > 0);
            QCOMPARE(codesOf(s.value(QLatin1String("errors")).toArray()),
                     expectedCodes(status.value(QLatin1String("error_codes"))));
            if (status.contains(QLatin1String("pricing_category")))
                QCOMPARE(
                    s.value(QLatin1String("pricing")).toObject().value(QLatin1String("category")),
                    status.value(QLatin1String("pricing_category")));
            if (status.contains(QLatin1String("pricing_type")))
                QCOMPARE(s.value(QLatin1String("pricing")).toObject().value(QLatin1String("type")),
                         status.value(QLatin1String("pricing_type")));
        }
        QVERIFY2(found, describe(status).constData());
    }
    const QJsonObject statusMap = facts.value(QLatin1String("status_map")).toObject();
    for (auto it = statusMap.begin(); it != statusMap.end(); ++it)
        QCOMPARE(ProcessingHarness::message(document, it.key()).value(QLatin1String("status")),
                 it.value());

    // Reactions: the current one per (target, reactor); a removal leaves none.
    const QJsonArray reactions = exported(document, "reactions");
    for (const QJsonValue &value : facts.value(QLatin1String("reactions")).toArray()) {
        const QJsonObject r = value.toObject();
        const QJsonObject key{{QStringLiteral("target"), r.value(QLatin1String("target"))},
                              {QStringLiteral("from"), r.value(QLatin1String("from"))}};
        if (r.value(QLatin1String("emoji")).isNull()) {
            QVERIFY2(!containsObject(reactions, key), describe(r).constData());
        } else {
            QJsonObject expected = key;
            expected.insert(QStringLiteral("emoji"), r.value(QLatin1String("emoji")));
            expected.insert(QStringLiteral("line"), r.value(QLatin1String("line")));
            QVERIFY2(containsObject(reactions, expected), describe(r).constData());
        }
    }

    // WABA-level events, tied to a line where the body names one.
    const QJsonArray events = exported(document, "events");
    const QJsonArray expectedEvents = facts.value(QLatin1String("events")).toArray();
    QCOMPARE(events.size(), expectedEvents.size());
    for (const QJsonValue &value : expectedEvents) {
        const QJsonObject e = value.toObject();
        QJsonObject expected{{QStringLiteral("field"), e.value(QLatin1String("field"))},
                             {QStringLiteral("waba_id"), e.value(QLatin1String("waba_id"))}};
        if (e.contains(QLatin1String("event")))
            expected.insert(QStringLiteral("event"), e.value(QLatin1String("event")));
        if (e.contains(QLatin1String("decision")))
            expected.insert(QStringLiteral("event"), e.value(QLatin1String("decision")));
        if (e.contains(QLatin1String("template_id")))
            expected.insert(QStringLiteral("template_id"), e.value(QLatin1String("template_id")));
        expected.insert(QStringLiteral("line"), e.contains(QLatin1String("line_by_display"))
                                                    ? e.value(QLatin1String("line_by_display"))
                                                : e.value(QLatin1String("line")).isString()
                                                    ? e.value(QLatin1String("line"))
                                                    : QJsonValue(QJsonValue::Null));
        if (factsChecked(e.value(QLatin1String("field")).toString())) {
            for (auto it = e.begin(); it != e.end(); ++it) {
                if (!expected.contains(it.key()))
                    expected.insert(it.key(), it.value());
            }
        }
        QVERIFY2(
            containsObject(events, expected),
            QByteArray(describe(e) + "\nnot among\n" + QJsonDocument(events).toJson()).constData());
    }

    // History imports: past messages in their customer's conversation, marked as such.
    for (const QJsonValue &value : facts.value(QLatin1String("history_messages")).toArray()) {
        const QJsonObject h = value.toObject();
        const QJsonObject m =
            ProcessingHarness::message(document, h.value(QLatin1String("id")).toString());
        QVERIFY2(!m.isEmpty(), describe(h).constData());
        // Imported by a history sync (origin "history" when Meta delivered it, as a replay here).
        QVERIFY(m.contains(QLatin1String("history_status")));
        QCOMPARE(m.value(QLatin1String("direction")), h.value(QLatin1String("direction")));
        QCOMPARE(m.value(QLatin1String("type")), h.value(QLatin1String("type")));
        QCOMPARE(m.value(QLatin1String("line")), h.value(QLatin1String("line")));
        QCOMPARE(m.value(QLatin1String("customer")), h.value(QLatin1String("thread")));
        QCOMPARE(m.value(QLatin1String("from")), h.value(QLatin1String("from")));
        if (h.contains(QLatin1String("to")))
            QCOMPARE(m.value(QLatin1String("to")), h.value(QLatin1String("to")));
        QCOMPARE(m.value(QLatin1String("timestamp")).toInteger(),
                 h.value(QLatin1String("timestamp")).toString().toLongLong());
        QCOMPARE(m.value(QLatin1String("history_status")),
                 h.value(QLatin1String("history_status")));
        if (h.contains(QLatin1String("text")))
            QCOMPARE(m.value(QLatin1String("text")), h.value(QLatin1String("text")));
    }
    // A business-scoped user id learnt to belong to a number.
    for (const QJsonValue &value : facts.value(QLatin1String("identity_links")).toArray())
        QVERIFY2(containsObject(exported(document, "identity_links"), value.toObject()),
                 describe(value.toObject()).constData());

    // Dead letters: exactly the manifest's reasons.
    QStringList reasons;
    for (const QJsonValue &value : exported(document, "dead_letters"))
        reasons.append(value.toObject().value(QLatin1String("reason")).toString());
    QStringList expectedReasons;
    for (const QJsonValue &value : facts.value(QLatin1String("dead_letters")).toArray())
        expectedReasons.append(value.toObject().value(QLatin1String("reason")).toString());
    reasons.sort();
    expectedReasons.sort();
    QCOMPARE(reasons, expectedReasons);

    // Contacts per line, keyed by wa_id or, for username users, user_id.
    const QJsonArray contacts = exported(document, "contacts");
    for (const QJsonValue &value : facts.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject c = value.toObject();
        QJsonObject expected{{QStringLiteral("line"), c.value(QLatin1String("line"))},
                             {QStringLiteral("wa_id"), c.value(QLatin1String("wa_id"))},
                             {QStringLiteral("name"), c.value(QLatin1String("name"))}};
        for (const char *key : {"user_id", "parent_user_id", "username"}) {
            if (c.contains(QLatin1String(key)))
                expected.insert(QLatin1String(key), c.value(QLatin1String(key)));
        }
        QVERIFY2(containsObject(contacts, expected), describe(c).constData());
    }

    // Echoes are outbound messages; number changes link the old id to the new one.
    for (const QJsonValue &value : facts.value(QLatin1String("echoes")).toArray()) {
        const QJsonObject echo = value.toObject();
        const QJsonObject m =
            ProcessingHarness::message(document, echo.value(QLatin1String("id")).toString());
        QCOMPARE(m.value(QLatin1String("direction")).toString(), QStringLiteral("outbound"));
        QCOMPARE(m.value(QLatin1String("type")), echo.value(QLatin1String("type")));
        QCOMPARE(m.value(QLatin1String("to")), echo.value(QLatin1String("to")));
        QCOMPARE(m.value(QLatin1String("line")), echo.value(QLatin1String("line")));
    }
    for (const QJsonValue &value : facts.value(QLatin1String("system_events")).toArray()) {
        const QJsonObject event = value.toObject();
        const QJsonObject m = ProcessingHarness::message(
            document, event.value(QLatin1String("message_id")).toString());
        QCOMPARE(m.value(QLatin1String("content")).toObject().value(QLatin1String("type")),
                 event.value(QLatin1String("type")));
        if (event.contains(QLatin1String("new_wa_id")))
            QVERIFY(containsObject(
                exported(document, "contact_links"),
                {{QStringLiteral("line"), event.value(QLatin1String("line"))},
                 {QStringLiteral("old_id"), event.value(QLatin1String("old_wa_id"))},
                 {QStringLiteral("new_id"), event.value(QLatin1String("new_wa_id"))}}));
    }
    for (const QJsonValue &value : facts.value(QLatin1String("value_errors")).toArray()) {
        const QJsonObject error = value.toObject();
        QVERIFY(containsObject(exported(document, "value_errors"),
                               {{QStringLiteral("line"), error.value(QLatin1String("line"))},
                                {QStringLiteral("code"), error.value(QLatin1String("code"))},
                                {QStringLiteral("title"), error.value(QLatin1String("title"))}}));
    }
    for (const QJsonValue &value : facts.value(QLatin1String("message_errors")).toArray()) {
        const QJsonObject error = value.toObject();
        const QJsonObject m = ProcessingHarness::message(
            document, error.value(QLatin1String("message_id")).toString());
        QCOMPARE(codesOf(m.value(QLatin1String("errors")).toArray()),
                 expectedCodes(error.value(QLatin1String("codes"))));
    }
}

void TestProcessing::sequences_data()
{
    QTest::addColumn<QJsonObject>("sequence");
    for (const QJsonValue &value : Fixtures::manifest().value(QLatin1String("sequences")).toArray())
        QTest::newRow(qPrintable(value.toObject().value(QLatin1String("name")).toString()))
            << value.toObject();
}

void TestProcessing::sequences()
{
    QFETCH(QJsonObject, sequence);
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    // One by one, in the given order, each processed before the next arrives.
    for (const QJsonValue &file : sequence.value(QLatin1String("replay")).toArray())
        harness.replay({file.toString()});
    const QJsonObject document = harness.exportAll();
    const QJsonObject expect = sequence.value(QLatin1String("expect")).toObject();

    const QJsonObject finalStatus = expect.value(QLatin1String("final_status")).toObject();
    for (auto it = finalStatus.begin(); it != finalStatus.end(); ++it)
        QCOMPARE(ProcessingHarness::message(document, it.key()).value(QLatin1String("status")),
                 it.value());
    if (expect.contains(QLatin1String("unique_inbound_messages"))) {
        int inbound = 0;
        for (const QJsonValue &m : exported(document, "messages"))
            inbound += m.toObject().value(QLatin1String("direction")).toString() ==
                       QLatin1String("inbound");
        QCOMPARE(inbound, expect.value(QLatin1String("unique_inbound_messages")).toInt());
    }
    const QJsonObject stored = expect.value(QLatin1String("stored_messages_for_wamid")).toObject();
    for (auto it = stored.begin(); it != stored.end(); ++it)
        QCOMPARE(
            harness
                .scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = ?"), {it.key()})
                .toInt(),
            it.value().toInt());
    const QJsonObject current = expect.value(QLatin1String("current_reactions_on")).toObject();
    for (auto it = current.begin(); it != current.end(); ++it) {
        const QJsonObject byReactor = it.value().toObject();
        for (auto r = byReactor.begin(); r != byReactor.end(); ++r) {
            const QJsonObject key{{QStringLiteral("target"), it.key()},
                                  {QStringLiteral("from"), r.key()}};
            if (r.value().isNull()) {
                QVERIFY(!containsObject(exported(document, "reactions"), key));
                QVERIFY(ProcessingHarness::message(document, it.key())
                            .value(QLatin1String("reactions"))
                            .toArray()
                            .isEmpty());
            } else {
                QJsonObject expected = key;
                expected.insert(QStringLiteral("emoji"), r.value());
                QVERIFY(containsObject(exported(document, "reactions"), expected));
            }
        }
    }
    const QJsonObject edited = expect.value(QLatin1String("edited")).toObject();
    for (auto it = edited.begin(); it != edited.end(); ++it) {
        const QJsonObject m = ProcessingHarness::message(document, it.key());
        QVERIFY2(m.value(QLatin1String("edited")).toBool(), describe(m).constData());
        // The new text is the one the edit carried.
        QString newText;
        for (const QJsonValue &file : sequence.value(QLatin1String("replay")).toArray()) {
            for (const QJsonValue &update : Fixtures::facts(file.toString())
                                                .value(QLatin1String("message_updates"))
                                                .toArray()) {
                if (update.toObject().value(QLatin1String("original_message_id")).toString() ==
                    it.key())
                    newText = update.toObject().value(QLatin1String("new_text")).toString();
            }
        }
        QVERIFY(!newText.isEmpty());
        QCOMPARE(m.value(QLatin1String("text")).toString(), newText);
    }
    // A call is one record, not a message.
    const QJsonObject calls = expect.value(QLatin1String("calls")).toObject();
    for (auto it = calls.begin(); it != calls.end(); ++it) {
        QJsonObject expected = it.value().toObject();
        expected.insert(QStringLiteral("call_id"), it.key());
        QVERIFY2(containsObject(exported(document, "calls"), expected),
                 QJsonDocument(exported(document, "calls")).toJson().constData());
        QCOMPARE(
            harness
                .scalar(QStringLiteral("SELECT count(*) FROM messages WHERE wamid = ?"), {it.key()})
                .toInt(),
            expect.value(QLatin1String("stored_messages_for_call_id")).toInt());
        QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM calls")).toInt(), 1);
    }
    // Group messages stay out of their sender's 1:1 conversation.
    const QJsonObject oneToOne = expect.value(QLatin1String("one_to_one_messages")).toObject();
    for (auto line = oneToOne.begin(); line != oneToOne.end(); ++line) {
        const QJsonObject byCustomer = line.value().toObject();
        for (auto c = byCustomer.begin(); c != byCustomer.end(); ++c) {
            QJsonArray wamids;
            for (const QJsonValue &m : exported(document, "messages")) {
                const QJsonObject o = m.toObject();
                if (o.value(QLatin1String("line")).toString() == line.key() &&
                    o.value(QLatin1String("customer")).toString() == c.key())
                    wamids.append(o.value(QLatin1String("wamid")));
            }
            QCOMPARE(wamids, c.value().toArray());
        }
    }
    const QJsonObject groups = expect.value(QLatin1String("group_messages")).toObject();
    for (auto g = groups.begin(); g != groups.end(); ++g) {
        QJsonArray wamids;
        for (const QJsonValue &m : exported(document, "messages")) {
            const QJsonObject o = m.toObject();
            if (o.value(QLatin1String("customer")).toString() == g.key()) {
                QCOMPARE(o.value(QLatin1String("group_id")).toString(), g.key());
                wamids.append(o.value(QLatin1String("wamid")));
            }
        }
        QCOMPARE(wamids, g.value().toArray());
    }
    for (const QJsonValue &wamid : expect.value(QLatin1String("revoked")).toArray())
        QVERIFY(ProcessingHarness::message(document, wamid.toString())
                    .value(QLatin1String("revoked"))
                    .toBool());
}

void TestProcessing::sameMessageTwiceInOnePostIsStoredOnce()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    QJsonObject body =
        QJsonDocument::fromJson(Fixtures::read(QStringLiteral("text_message.json"))).object();
    QJsonArray entries = body.value(QLatin1String("entry")).toArray();
    QJsonObject entry = entries.first().toObject();
    QJsonArray changes = entry.value(QLatin1String("changes")).toArray();
    QJsonObject change = changes.first().toObject();
    QJsonObject value = change.value(QLatin1String("value")).toObject();
    QJsonArray messages = value.value(QLatin1String("messages")).toArray();
    messages.append(messages.first());
    value.insert(QStringLiteral("messages"), messages);
    change.insert(QStringLiteral("value"), value);
    changes.append(change); // and the whole change twice
    changes.replace(0, change);
    entry.insert(QStringLiteral("changes"), changes);
    entries.replace(0, entry);
    body.insert(QStringLiteral("entry"), entries);
    harness.injectBody(QJsonDocument(body).toJson());
    const BatchResult result = harness.process();
    QCOMPARE(result.items, 1);
    QCOMPARE(result.duplicates, 3);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 1);
}

void TestProcessing::replayInShuffledOrdersAndRebuildChangeNothing()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QStringList files = allBodies();
    harness.replay(files);
    const QByteArray first = QJsonDocument(harness.exportAll()).toJson();
    QVERIFY(first.size() > 10'000);
    const QString conversations = harness.conversationSummaries();
    QVERIFY(conversations.count(u'\n') >= 10);
    // Each summary is the conversation's latest message or status, recomputed here from them.
    const QString recomputed = QStringLiteral(
        "SELECT count(*) FROM conversations c WHERE last_ts <> (SELECT max(ts) FROM ("
        " SELECT timestamp AS ts FROM messages m WHERE m.line = c.line AND m.customer = c.customer"
        " AND m.type NOT IN ('reaction', 'edit', 'revoke')"
        " UNION ALL SELECT timestamp FROM status_events s WHERE s.line = c.line"
        " AND s.recipient = c.customer"
        " UNION ALL SELECT time FROM events e WHERE e.line = c.line AND e.customer = c.customer"
        " AND (e.field = 'calls' OR e.field LIKE 'group%')))");
    QCOMPARE(harness.scalar(recomputed).toInt(), 0);

    for (quint32 seed : {1u, 2u, 3u}) {
        QStringList shuffled = files;
        QRandomGenerator random(seed);
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        const BatchResult again = harness.replay(shuffled);
        QCOMPARE(again.items, 0);
        QCOMPARE(QJsonDocument(harness.exportAll()).toJson(), first);
    }

    QVERIFY(ProjectionRebuild::reset(harness.db().handle()));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM messages")).toInt(), 0);
    harness.process();
    QCOMPARE(QJsonDocument(harness.exportAll()).toJson(), first);
    QCOMPARE(harness.conversationSummaries(), conversations);
}

void TestProcessing::exportCanBeLimitedToALine()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(allBodies());
    const auto document = Exporter(harness.db().handle()).build(QLatin1String(TestWorld::clinic));
    QVERIFY(document);
    const QJsonArray lines = document->value(QLatin1String("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    const QJsonArray messages = document->value(QLatin1String("messages")).toArray();
    QVERIFY(!messages.isEmpty());
    for (const QJsonValue &m : messages)
        QCOMPARE(m.toObject().value(QLatin1String("line")).toString(),
                 QLatin1String(TestWorld::clinic));
}

void TestProcessing::serviceProcessesInItsThreadAndReportsChanges()
{
    ProcessingHarness harness; // for the world and injection; the service has its own processor
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    // Left unprocessed by "an earlier run": the service takes it at start.
    const qint64 first = harness.inject({QStringLiteral("reaction_added.json")}).first();
    ProcessorOptions options;
    options.database = harness.world().databaseOptions();
    ProcessingService service(options);
    QSignalSpy changed(&service, &ProcessingService::changed);
    QVERIFY(service.start());
    QTRY_VERIFY(!changed.isEmpty());
    ChangeSet changes = changed.takeFirst().at(0).value<ChangeSet>();
    QCOMPARE(changes.deliveries, QList<qint64>{first});
    QVERIFY(changes.lines.contains(QLatin1String(TestWorld::support)));
    QVERIFY(changes.conversations.contains(QLatin1String(TestWorld::support) +
                                           QStringLiteral("/15550001111")));
    // The reaction itself and the message it reacts to.
    QVERIFY(changes.messages.contains(
        QStringLiteral("wamid.HBgLMTU1NTAwMDExMTEVAgARGBJFRDk1MEE1RDg3NTg2NkQyQzIA")));

    // A new delivery: woken, processed, reported.
    const qint64 second = harness.inject({QStringLiteral("unknown_field_envelope.json")}).first();
    service.wake();
    QTRY_VERIFY(!changed.isEmpty());
    changes = changed.takeFirst().at(0).value<ChangeSet>();
    QCOMPARE(changes.deliveries, QList<qint64>{second});
    QCOMPARE(changes.deadLetters.size(), 1);
    QVERIFY(changes.lines.contains(QLatin1String(TestWorld::sales)));
    service.stop();
    QCOMPARE(harness
                 .scalar(QStringLiteral(
                     "SELECT count(*) FROM delivery_status WHERE state <> 'processed'"))
                 .toInt(),
             0);
}

namespace {

QList<qint64> deliveriesIn(const QSignalSpy &changed)
{
    QList<qint64> ids;
    for (const QList<QVariant> &signal : changed)
        ids += signal.at(0).value<ChangeSet>().deliveries;
    return ids;
}

} // namespace

void TestProcessing::serviceGathersAStream()
{
    // The first delivery after a quiet moment is processed at once; those that follow while
    // the stream goes on wait for the next batch, and go together.
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    ProcessorOptions options;
    options.database = harness.world().databaseOptions();
    options.gatherMs = 8000;
    ProcessingService service(options);
    QSignalSpy changed(&service, &ProcessingService::changed);
    QVERIFY(service.start());
    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 first = harness.inject({QStringLiteral("text_message.json")}).first();
    service.wake();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10'000);
    QVERIFY2(elapsed.elapsed() < 6000, "the first delivery waited");
    QCOMPARE(deliveriesIn(changed), QList<qint64>{first});
    // Three more, 200 ms apart: each would be a batch of its own without gathering.
    QList<qint64> stream;
    for (const QString &fixture : {QStringLiteral("status_sent_with_pricing.json"),
                                   QStringLiteral("status_failed_131047.json"),
                                   QStringLiteral("status_pricing_per_message.json")}) {
        stream += harness.inject({fixture});
        service.wake();
        QTest::qWait(200);
    }
    QTRY_COMPARE_WITH_TIMEOUT(deliveriesIn(changed).size(), 4, 20'000);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).value<ChangeSet>().deliveries, stream);
}

void TestProcessing::serviceTakesABacklogInFullBatchesBackToBack()
{
    // Five deliveries left from an earlier run, batches of two: three batches, none of them
    // waiting to gather (that would take eight seconds each).
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QList<qint64> backlog = harness.inject(
        {QStringLiteral("text_message.json"), QStringLiteral("status_sent_with_pricing.json"),
         QStringLiteral("status_failed_131047.json"),
         QStringLiteral("status_pricing_per_message.json"), QStringLiteral("reaction_added.json")});
    ProcessorOptions options;
    options.database = harness.world().databaseOptions();
    options.gatherMs = 8000;
    options.maxDeliveriesPerCommit = 2;
    ProcessingService service(options);
    QSignalSpy changed(&service, &ProcessingService::changed);
    QElapsedTimer elapsed;
    elapsed.start();
    QVERIFY(service.start());
    QTRY_COMPARE_WITH_TIMEOUT(deliveriesIn(changed).size(), 5, 20'000);
    QVERIFY2(elapsed.elapsed() < 6000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(deliveriesIn(changed), backlog);
    QCOMPARE(changed.size(), 3);
}

QTEST_GUILESS_MAIN(TestProcessing)
#include "tst_processing.moc"
