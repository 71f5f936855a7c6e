#include "composer/samplewebhooks.h"
#include "fixtures.h"
#include "processing/contacteraser.h"
#include "processing/contactexport.h"
#include "processing/projectionrebuild.h"
#include "processingharness.h"
#include "search/messagesearch.h"
#include "testworld.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace hookline;
using namespace hookline::test;

namespace {

// Ana Souza, on the Support line, in many fixtures: texts, a reaction, statuses, a group receipt.
const QString ana = QStringLiteral("15550001111");

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestErase : public QObject
{
    Q_OBJECT

private slots:
    void tombstonesOnlyThatPersonsElements();
    void erasesEverythingAndARebuildAgrees();
    void aContactThatDoesNotExistIsAClearError();
    void anotherIdOfThePersonErasesThemWhole();
    void theyCanWriteAgain();
    void anErasureCutShortIsFinished();
    void exportsWhatIsHeldAboutThem();
    void anErasureDuringABatchHasItDoneAgain();
};

void TestErase::tombstonesOnlyThatPersonsElements()
{
    const QByteArray body =
        Fixtures::read(QStringLiteral("batch_three_messages_two_statuses.json"));
    const QJsonObject original = QJsonDocument::fromJson(body).object();
    int replaced = 0;
    const QByteArray redacted = ContactEraser::redact(body, {ana}, replaced);
    QVERIFY(replaced > 0);
    QVERIFY(!redacted.contains(ana.toUtf8()));
    QVERIFY(redacted.contains("\"hookline_erased\":\"contact\""));
    // The delivery keeps its shape: the same arrays, the same lengths, other people intact.
    const QJsonObject after = QJsonDocument::fromJson(redacted).object();
    const QJsonObject valueBefore = original.value(QLatin1String("entry"))[0]
                                        .toObject()
                                        .value(QLatin1String("changes"))[0]
                                        .toObject()
                                        .value(QLatin1String("value"))
                                        .toObject();
    const QJsonObject valueAfter = after.value(QLatin1String("entry"))[0]
                                       .toObject()
                                       .value(QLatin1String("changes"))[0]
                                       .toObject()
                                       .value(QLatin1String("value"))
                                       .toObject();
    QCOMPARE(valueAfter.value(QLatin1String("messages")).toArray().size(),
             valueBefore.value(QLatin1String("messages")).toArray().size());
    QCOMPARE(valueAfter.value(QLatin1String("metadata")),
             valueBefore.value(QLatin1String("metadata")));
    // Nobody of theirs in it: the body comes back as it was.
    int none = 0;
    QCOMPARE(ContactEraser::redact(body, {QStringLiteral("19990000000")}, none), body);
    QCOMPARE(none, 0);
    QCOMPARE(ContactEraser::redact("not json", {ana}, none), QByteArray("not json"));
    // A body that is not JSON but names them goes whole.
    QVERIFY(!ContactEraser::redact("{broken 15550001111", {ana}, none).contains("1555"));
    QCOMPARE(none, 1);
    // A history thread is named by its id alone: the whole thread goes.
    const QByteArray history = Fixtures::read(QStringLiteral("history_chunk_phase0.json"));
    const QByteArray withoutFarah =
        ContactEraser::redact(history, {QStringLiteral("15550006666")}, none);
    QVERIFY(none >= 1);
    QVERIFY(!withoutFarah.contains("15550006666"));
}

void TestErase::erasesEverythingAndARebuildAgrees()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    QSqlDatabase db = harness.db().handle();
    const QJsonObject before = harness.exportAll();
    QVERIFY(json(before).contains("Ana Souza"));
    QVERIFY(json(before).contains("blue kettle"));
    const int messagesBefore = before.value(QLatin1String("messages")).toArray().size();
    QVERIFY(!MessageSearch(db).find(QStringLiteral("blue kettle"))->hits.isEmpty());

    const auto report = ContactEraser(db).erase(ana, {}, QStringLiteral("tester"));
    QVERIFY2(report, qPrintable(report ? QString() : report.error()));
    QVERIFY(report->deliveries > 0);
    QVERIFY(report->messages > 0);
    QCOMPARE(report->conversations, 1);
    harness.process();

    const QJsonObject after = harness.exportAll();
    const QByteArray afterJson = json(after);
    for (const char *trace : {"Ana Souza", "blue kettle", "15550001111"})
        QVERIFY2(!afterJson.contains(trace), trace);
    // Only hers went: everyone else's messages are all there.
    int theirs = 0;
    for (const QJsonValue &value : before.value(QLatin1String("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        for (const char *key : {"customer", "from", "to"}) {
            if (message.value(QLatin1String(key)).toString() == ana) {
                ++theirs;
                break;
            }
        }
    }
    QVERIFY(theirs > 0);
    QCOMPARE(after.value(QLatin1String("messages")).toArray().size(), messagesBefore - theirs);
    QVERIFY(MessageSearch(db).find(QStringLiteral("blue kettle"))->hits.isEmpty());
    QVERIFY(MessageSearch(db).find(QStringLiteral("ana souza"))->hits.isEmpty());

    // The log says what was done, by whom, to whom, and how much; not what she said.
    const QString audit =
        harness
            .scalar(QStringLiteral("SELECT operator || ': ' || detail FROM "
                                   "main.operator_actions WHERE action = 'erase'"))
            .toString();
    QVERIFY2(audit.startsWith(QStringLiteral("tester: contact 15550001111 on every line")),
             qPrintable(audit));
    QVERIFY(!audit.contains(QStringLiteral("kettle")));
    // The rewritten deliveries are flagged and keep the sha256 of what Meta sent.
    QVERIFY(harness
                .scalar(QStringLiteral("SELECT count(*) FROM main.deliveries WHERE flags LIKE "
                                       "'%redacted%'"))
                .toInt() == report->deliveries);

    // A rebuild derives exactly what is left.
    QVERIFY(ProjectionRebuild::reset(db));
    harness.process();
    QCOMPARE(json(harness.exportAll()), afterJson);

    // Not a byte of what she wrote, nor her name, in the files (SQLite: both files and WALs).
    if (!harness.world().isPostgres()) {
        const QByteArray bytes = harness.world().databaseBytes();
        QVERIFY(bytes.size() > 10'000);
        // "photos" is a word only she used: the search index merged it away too.
        for (const char *trace : {"Ana Souza", "blue kettle", "Sending the photos now", "photos"})
            QVERIFY2(!bytes.contains(trace), trace);
        QVERIFY(bytes.contains("Hej! Do you ship to Sweden?")); // others' words are still there
    }
}

void TestErase::aContactThatDoesNotExistIsAClearError()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    const auto nobody = ContactEraser(harness.db().handle())
                            .erase(QStringLiteral("19990000000"), {}, QStringLiteral("tester"));
    QVERIFY(!nobody);
    QCOMPARE(nobody.error(), QStringLiteral("no contact 19990000000 on any line"));
    const auto elsewhere = ContactEraser(harness.db().handle())
                               .erase(ana, QLatin1String(TestWorld::clinic), QStringLiteral("t"));
    QVERIFY(!elsewhere);
    QVERIFY(elsewhere.error().contains(QLatin1String(TestWorld::clinic)));
    // A group is not a person: its members are erased one by one.
    const QString group =
        QStringLiteral("Y2FwaV9ncm91cDoxNTU1MDEwMDAwMToxMjAzNjM0MzgxNDk2MjE5OTAxMwZD");
    const auto wholeGroup =
        ContactEraser(harness.db().handle()).erase(group, {}, QStringLiteral("t"));
    QVERIFY(!wholeGroup);
    QVERIFY(wholeGroup.error().contains(QStringLiteral("is a group")));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM main.erasures")).toInt(), 0);
}

void TestErase::anotherIdOfThePersonErasesThemWhole()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    // Ana's business-scoped user id leads to her conversation, and from there to all of her.
    const QString userId = harness
                               .scalar(QStringLiteral("SELECT user_id FROM proj.contacts WHERE "
                                                      "customer = ? AND user_id IS NOT NULL"),
                                       {ana})
                               .toString();
    QVERIFY(!userId.isEmpty());
    const auto report = ContactEraser(harness.db().handle()).erase(userId, {}, QStringLiteral("t"));
    QVERIFY2(report, qPrintable(report ? QString() : report.error()));
    harness.process();
    const QByteArray after = json(harness.exportAll());
    QVERIFY(!after.contains("Ana Souza"));
    QVERIFY(!after.contains("blue kettle"));
}

void TestErase::theyCanWriteAgain()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    QVERIFY(ContactEraser(harness.db().handle()).erase(ana, {}, QStringLiteral("tester")));
    harness.process();
    SampleWebhooks::Params p;
    p.phoneNumberId = QLatin1String(TestWorld::support);
    p.wabaId = QStringLiteral("102290129340398");
    p.displayDigits = QStringLiteral("15550100001");
    p.customer = ana;
    p.name = QStringLiteral("Ana S.");
    p.wamid = QStringLiteral("wamid.after.erase");
    p.text = QStringLiteral("It's me again");
    p.timestamp = 1'900'000'000;
    harness.injectBody(SampleWebhooks::build(SampleWebhooks::Text, p, false));
    harness.process();
    QCOMPARE(
        harness
            .scalar(QStringLiteral("SELECT count(*) FROM proj.messages WHERE customer = ?"), {ana})
            .toInt(),
        1);
    QCOMPARE(MessageSearch(harness.db().handle()).find(QStringLiteral("again"))->hits.size(), 1);
}

void TestErase::anErasureCutShortIsFinished()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    // As if killed right after recording the erasure, before touching anything.
    QSqlQuery q(harness.db().handle());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO main.erasures (at_us, operator, contact, line, ids, "
                                  "state) VALUES (1, 'tester', '15550001111', '', "
                                  "'15550001111', 'pending')")));
    QVERIFY(json(harness.exportAll()).contains("blue kettle"));
    const auto resumed = ContactEraser(harness.db().handle()).resumePending();
    QVERIFY2(resumed, qPrintable(resumed ? QString() : resumed.error()));
    QCOMPARE(*resumed, 1);
    harness.process();
    QVERIFY(!json(harness.exportAll()).contains("blue kettle"));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT state FROM main.erasures")).toString(),
             QStringLiteral("done"));
    QCOMPARE(*ContactEraser(harness.db().handle()).resumePending(), 0);
}

void TestErase::exportsWhatIsHeldAboutThem()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    const auto exported = ContactExport(harness.db().handle()).build(ana);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error()));
    const QByteArray text = json(*exported);
    QVERIFY(text.contains("blue kettle"));
    QVERIFY(!text.contains("Hej! Do you ship to Sweden?")); // someone else's
    QCOMPARE(exported->value(QLatin1String("contacts")).toArray().size(), 1);
    QCOMPARE(exported->value(QLatin1String("contacts"))[0][QLatin1String("name")].toString(),
             QStringLiteral("Ana Souza"));
    const QJsonArray messages = exported->value(QLatin1String("messages")).toArray();
    QVERIFY(messages.size() >= 3);
    // The log's part: each delivery that names her, with only her elements.
    const QJsonArray deliveries = exported->value(QLatin1String("deliveries")).toArray();
    QVERIFY(!deliveries.isEmpty());
    for (const QJsonValue &delivery : deliveries) {
        QVERIFY(delivery[QLatin1String("id")].toInteger() > 0);
        QVERIFY(!delivery[QLatin1String("elements")].toArray().isEmpty());
        QVERIFY(json(delivery.toObject()).contains(ana.toUtf8()));
    }
    QVERIFY(!ContactExport(harness.db().handle()).build(ana, QLatin1String(TestWorld::clinic)));
    // Once erased, nothing is held.
    QVERIFY(ContactEraser(harness.db().handle()).erase(ana, {}, QStringLiteral("tester")));
    harness.process();
    const auto after = ContactExport(harness.db().handle()).build(ana);
    QVERIFY(!after);
    QCOMPARE(after.error(), QStringLiteral("no contact 15550001111 on any line"));
}

void TestErase::anErasureDuringABatchHasItDoneAgain()
{
    // An erasure that starts while processing projects what it read may rewrite those very
    // deliveries: the batch is not committed from what they said, but done again.
    ProcessingHarness *self = nullptr;
    QHash<QString, int> attempts;
    ProcessingHarness harness([&](ProcessorOptions &options) {
        options.faultHook = [&](const WorkItem &item, int) -> std::optional<ItemFailure> {
            if (attempts.isEmpty())
                TestWorld::scalar(self->db(),
                                  QStringLiteral("INSERT INTO main.erasures (at_us, operator, "
                                                 "contact, line, ids, state) VALUES (1, 't', "
                                                 "'19990000000', '', '19990000000', 'done')"));
            ++attempts[item.key];
            return std::nullopt;
        };
    });
    self = &harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.inject({QStringLiteral("text_message.json")});
    const BatchResult result = harness.process();
    QCOMPARE(result.deliveries, 1);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.cbegin().value(), 2); // rolled back once, then committed
    QVERIFY(json(harness.exportAll()).contains("blue kettle"));
}

QTEST_GUILESS_MAIN(TestErase)
#include "tst_erase.moc"
