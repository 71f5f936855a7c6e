#include "fixtures.h"
#include "routing/deliveryclassifier.h"
#include "trustdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace hookline;
using hookline::test::Fixtures;

class TestDeliveryClassifier : public QObject
{
    Q_OBJECT

private slots:
    void fixtureLinesMatchManifest_data();
    void fixtureLinesMatchManifest();
    void lineOfAnotherAppIsNotAttributed();
    void replaysMayNameAnyLine();
    void wabaOfAnotherAppIsNotAttributed();
    void invalidJsonIsMarked_data();
    void invalidJsonIsMarked();
    void everyFixtureIsScannedAsQtReadsIt_data();
    void everyFixtureIsScannedAsQtReadsIt();
    void scannerAnswersOnlyWhereItReadsAsQtDoes_data();
    void scannerAnswersOnlyWhereItReadsAsQtDoes();
};

namespace {

const QString northwindWaba = QStringLiteral("102290129340398");
const QString lumenWaba = QStringLiteral("109988776655443");

// One app owning the fixture world's three lines (and so both of its WABAs).
TrustDirectory oneAppWorld()
{
    return TrustDirectory(
        {{QStringLiteral("app"), {}, "s", "t"}},
        {{QStringLiteral("106540352242922"), northwindWaba, {}, {}, QStringLiteral("app"), true},
         {QStringLiteral("107711223344556"), northwindWaba, {}, {}, QStringLiteral("app"), true},
         {QStringLiteral("108877665544332"), lumenWaba, {}, {}, QStringLiteral("app"), true}});
}

TrustDirectory twoAppWorld()
{
    return TrustDirectory(
        {{QStringLiteral("northwind"), {}, "s1", "t1"}, {QStringLiteral("lumen"), {}, "s2", "t2"}},
        {{QStringLiteral("106540352242922"),
          northwindWaba,
          {},
          {},
          QStringLiteral("northwind"),
          true},
         {QStringLiteral("107711223344556"),
          northwindWaba,
          {},
          {},
          QStringLiteral("northwind"),
          true},
         {QStringLiteral("108877665544332"), lumenWaba, {}, {}, QStringLiteral("lumen"), true}});
}

} // namespace

void TestDeliveryClassifier::fixtureLinesMatchManifest_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : Fixtures::bodies())
        QTest::newRow(qPrintable(file)) << file;
}

void TestDeliveryClassifier::fixtureLinesMatchManifest()
{
    QFETCH(QString, file);
    const QJsonObject facts = Fixtures::facts(file);
    QVERIFY2(!facts.isEmpty(), "fixture missing from the manifest");
    const DeliveryRouting routing =
        DeliveryClassifier::classify(Fixtures::read(file), QStringLiteral("app"), oneAppWorld());
    QVERIFY(routing.validJson);

    QStringList expectedLines;
    for (const QJsonValue &line : facts.value(QStringLiteral("lines")).toArray())
        expectedLines.append(line.toString());
    QCOMPARE(routing.lines, expectedLines);

    QStringList expectedUnknown;
    for (const QJsonValue &dl : facts.value(QStringLiteral("dead_letters")).toArray()) {
        const QJsonObject deadLetter = dl.toObject();
        if (deadLetter.value(QStringLiteral("reason")).toString() ==
            QLatin1String("unknown_phone_number_id"))
            expectedUnknown.append(deadLetter.value(QStringLiteral("phone_number_id")).toString());
    }
    QStringList unknown;
    for (const RoutingProblem &problem : routing.problems) {
        QCOMPARE(problem.reason, QStringLiteral("unknown_phone_number_id"));
        unknown.append(problem.phoneNumberId);
    }
    QCOMPARE(unknown, expectedUnknown);
}

void TestDeliveryClassifier::lineOfAnotherAppIsNotAttributed()
{
    const QByteArray body = Fixtures::read(QStringLiteral("two_entries_two_lines.json"));
    const DeliveryRouting routing =
        DeliveryClassifier::classify(body, QStringLiteral("northwind"), twoAppWorld());
    QCOMPARE(routing.lines, QStringList{QStringLiteral("107711223344556")});
    QCOMPARE(routing.problems.size(), 2); // both changes of the Clinic entry
    for (const RoutingProblem &problem : routing.problems) {
        QCOMPARE(problem.reason, QStringLiteral("line_not_owned_by_app"));
        QCOMPARE(problem.phoneNumberId, QStringLiteral("108877665544332"));
        QCOMPARE(problem.entryIndex, 1);
    }
    QCOMPARE(routing.problems.at(0).changeIndex, 0);
    QCOMPARE(routing.problems.at(1).changeIndex, 1);
}

void TestDeliveryClassifier::replaysMayNameAnyLine()
{
    const QByteArray body = Fixtures::read(QStringLiteral("two_entries_two_lines.json"));
    const DeliveryRouting routing = DeliveryClassifier::classify(body, QString(), twoAppWorld());
    QCOMPARE(routing.lines,
             (QStringList{QStringLiteral("107711223344556"), QStringLiteral("108877665544332")}));
    QVERIFY(routing.problems.isEmpty());
}

void TestDeliveryClassifier::wabaOfAnotherAppIsNotAttributed()
{
    // The same ownership rule the splitter projects by: a WABA-level change counts only for a
    // WABA one of whose lines the signing app owns.
    const QByteArray body = Fixtures::read(QStringLiteral("phone_number_quality_update.json"));
    const QString waba = QJsonDocument::fromJson(body)
                             .object()
                             .value(QLatin1String("entry"))
                             .toArray()
                             .first()
                             .toObject()
                             .value(QLatin1String("id"))
                             .toString();
    const QString owner = waba == lumenWaba ? QStringLiteral("lumen") : QStringLiteral("northwind");
    const QString stranger =
        owner == QLatin1String("lumen") ? QStringLiteral("northwind") : QStringLiteral("lumen");
    QVERIFY(DeliveryClassifier::classify(body, owner, twoAppWorld()).problems.isEmpty());
    QVERIFY(DeliveryClassifier::classify(body, QString(), twoAppWorld()).problems.isEmpty());
    const DeliveryRouting routing = DeliveryClassifier::classify(body, stranger, twoAppWorld());
    QCOMPARE(routing.problems.size(), 1);
    QCOMPARE(routing.problems.first().reason, QStringLiteral("waba_not_owned_by_app"));
    QVERIFY(routing.lines.isEmpty());
}

void TestDeliveryClassifier::invalidJsonIsMarked_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray("{\"object\":\"whatsapp_business_account\",");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("hello");
    QTest::newRow("invalid utf-8 string") << QByteArray("{\"a\":\"\xff\xfe\"");
}

void TestDeliveryClassifier::invalidJsonIsMarked()
{
    QFETCH(QByteArray, body);
    const DeliveryRouting routing =
        DeliveryClassifier::classify(body, QStringLiteral("app"), oneAppWorld());
    QVERIFY(!routing.validJson);
    QCOMPARE(routing.problems.size(), 1);
    QCOMPARE(routing.problems.first().reason, QStringLiteral("invalid_json"));
    QVERIFY(routing.lines.isEmpty());
}

namespace {

// The envelope as QJsonDocument reads the body, or nothing when it refuses it.
std::optional<RoutingEnvelope> parsedEnvelope(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return RoutingEnvelope::fromObject(document.object());
}

QByteArray change(const QByteArray &field, const QByteArray &metadata)
{
    return R"({"field":")" + field + R"(","value":{"metadata":)" + metadata + "}}";
}

QByteArray body(const QByteArray &changes, const QByteArray &entryId = R"("102290129340398")")
{
    return R"({"object":"whatsapp_business_account","entry":[{"id":)" + entryId +
           R"(,"changes":[)" + changes + "]}]}";
}

} // namespace

void TestDeliveryClassifier::everyFixtureIsScannedAsQtReadsIt_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : Fixtures::bodies())
        QTest::newRow(qPrintable(file)) << file;
}

void TestDeliveryClassifier::everyFixtureIsScannedAsQtReadsIt()
{
    // What Meta sends takes the one-pass reading, and it reads what QJsonDocument reads.
    QFETCH(QString, file);
    const QByteArray bytes = Fixtures::read(file);
    const std::optional<RoutingEnvelope> scanned = RoutingEnvelope::scan(bytes);
    QVERIFY2(scanned, "the scanner gave the fixture up");
    const std::optional<RoutingEnvelope> parsed = parsedEnvelope(bytes);
    QVERIFY(parsed);
    QVERIFY(*scanned == *parsed);
}

void TestDeliveryClassifier::scannerAnswersOnlyWhereItReadsAsQtDoes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("scanned"); // whether the scanner answers rather than gives up
    const QByteArray line = R"({"phone_number_id":"106540352242922"})";
    const QByteArray messages = change("messages", line);
    QTest::newRow("plain") << body(messages) << true;
    QTest::newRow("spaces everywhere")
        << QByteArray(" \t\r\n{ \"entry\" : [ { \"changes\" : [ { \"value\" : { "
                      "\"metadata\" : { \"phone_number_id\" : \"1\" } } } ] } ] } \n")
        << true;
    QTest::newRow("escapes and UTF-8 elsewhere")
        << body(R"({"field":"messages","value":{"text":"ol\u00e1 \"a\"\n\/ ação 😀",)"
                R"("metadata":{"phone_number_id":"1","x":[1,-2.5,0,true,false,null,{}]}}})")
        << true;
    QTest::newRow("numeric phone_number_id")
        << body(change("messages", R"({"phone_number_id":1})")) << true;
    QTest::newRow("metadata not an object") << body(change("messages", "[]")) << true;
    QTest::newRow("entry not an array") << QByteArray(R"({"entry":{"changes":[]}})") << true;
    QTest::newRow("entries not objects") << QByteArray(R"({"entry":[1,"a",null,[],{}]})") << true;
    QTest::newRow("changes not objects") << body("1,[],\"x\"," + messages) << true;
    QTest::newRow("entry id missing, WABA field")
        << QByteArray(R"({"entry":[{"changes":[{"field":"phone_number_quality_update"}]}]})")
        << true;
    QTest::newRow("entry id not a string")
        << body(change("phone_number_quality_update", "{}"), "true") << true;
    QTest::newRow("field not a string") << body(R"({"field":7,"value":{}})") << true;
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("nested 63 deep")
        << QByteArray("{\"a\":" + QByteArray(62, '[') + QByteArray(62, ']') + "}") << true;
    // Given up: QJsonDocument decides.
    QTest::newRow("nested 64 deep")
        << QByteArray("{\"a\":" + QByteArray(64, '[') + QByteArray(64, ']') + "}") << false;
    QTest::newRow("numeric entry id") << body(messages, "102290129340398") << false;
    QTest::newRow("escaped key") << body(change("messages", R"({"phone_number\u005fid":"1"})"))
                                 << false;
    QTest::newRow("escaped line") << body(change("messages", R"({"phone_number_id":"1\u0032"})"))
                                  << false;
    QTest::newRow("phone_number_id twice")
        << body(change("messages", R"({"phone_number_id":"1","phone_number_id":"2"})")) << false;
    QTest::newRow("entry twice") << QByteArray(R"({"entry":[],"entry":[{}]})") << false;
    QTest::newRow("exponent") << QByteArray(R"({"a":1e400})") << false;
    QTest::newRow("long number") << QByteArray(R"({"a":123456789012345678901})") << false;
    QTest::newRow("surrogate pair") << QByteArray(R"({"a":"\ud83d\udcc5"})") << true;
    QTest::newRow("lone surrogate") << QByteArray(R"({"a":"\ud800"})") << false;
    QTest::newRow("lone low surrogate") << QByteArray(R"({"a":"\udcc5\ud83d"})") << false;
    QTest::newRow("high surrogate, then a letter") << QByteArray(R"({"a":"\ud83dx"})") << false;
    QTest::newRow("escaped NUL") << QByteArray(R"({"a":"\u0000"})") << false;
    QTest::newRow("raw control character") << QByteArray("{\"a\":\"\x01\"}") << false;
    QTest::newRow("overlong UTF-8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << false;
    QTest::newRow("encoded surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << false;
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{}") << false;
    QTest::newRow("top-level array") << QByteArray("[{}]") << false;
    QTest::newRow("trailing garbage") << QByteArray("{} x") << false;
    QTest::newRow("trailing comma") << QByteArray(R"({"a":[1,]})") << false;
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << false;
    QTest::newRow("truncated") << QByteArray(R"({"entry":[{"changes")") << false;
    QTest::newRow("bad literal") << QByteArray(R"({"a":tru})") << false;
}

void TestDeliveryClassifier::scannerAnswersOnlyWhereItReadsAsQtDoes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, scanned);
    const std::optional<RoutingEnvelope> fast = RoutingEnvelope::scan(bytes);
    QCOMPARE(fast.has_value(), scanned);
    const std::optional<RoutingEnvelope> parsed = parsedEnvelope(bytes);
    if (fast) {
        QVERIFY2(parsed, "the scanner answered for a body QJsonDocument refuses");
        QVERIFY(*fast == *parsed);
    }
    // Either way, the classification is the one QJsonDocument's reading gives.
    const DeliveryRouting routing = DeliveryClassifier::classify(bytes, {}, oneAppWorld());
    QCOMPARE(routing.validJson, parsed.has_value());
    if (parsed) {
        const DeliveryRouting expected = DeliveryClassifier::route(*parsed, {}, oneAppWorld());
        QCOMPARE(routing.lines, expected.lines);
        QCOMPARE(routing.problems.size(), expected.problems.size());
    }
}

QTEST_GUILESS_MAIN(TestDeliveryClassifier)
#include "tst_deliveryclassifier.moc"
