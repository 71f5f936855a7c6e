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

QTEST_GUILESS_MAIN(TestDeliveryClassifier)
#include "tst_deliveryclassifier.moc"
