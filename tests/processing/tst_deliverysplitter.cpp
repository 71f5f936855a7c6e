#include "fixtures.h"
#include "processing/deliverysplitter.h"
#include "storage/configstore.h"
#include "testworld.h"

#include <QtTest>

using namespace hookline;
using namespace hookline::test;

// DeliverySplitter on its own: every fixture split as the manifest describes it, the same keys
// every time (processing the same delivery twice changes nothing), and no line of one app
// reachable through another app's signature.
class TestDeliverySplitter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void splitsEachFixtureAsTheManifestSays_data();
    void splitsEachFixtureAsTheManifestSays();
    void anotherAppsSignatureReachesNoneOfItsLines_data();
    void anotherAppsSignatureReachesNoneOfItsLines();
    void bodiesThatAreNotJsonObjectsAreDeadLetters();

private:
    TrustDirectory m_directory;
    TestWorld m_world;
};

namespace {

int countOf(const SplitDelivery &split, ItemKind kind)
{
    return int(std::count_if(split.items.cbegin(), split.items.cend(),
                             [kind](const WorkItem &item) { return item.kind == kind; }));
}

QStringList keysOf(const SplitDelivery &split)
{
    QStringList keys;
    for (const WorkItem &item : split.items)
        keys << item.key;
    for (const DeadLetterDraft &draft : split.deadLetters)
        keys << draft.key;
    return keys;
}

// The app whose lines a fixture names, or nothing when it names none or lines of both apps.
QString ownerOf(const QJsonObject &facts)
{
    QStringList owners;
    for (const QJsonValue &line : facts.value(QLatin1String("lines")).toArray())
        owners << (line.toString() == QLatin1String(TestWorld::clinic)
                       ? QStringLiteral("lumen")
                       : QStringLiteral("northwind"));
    owners.removeDuplicates();
    return owners.size() == 1 ? owners.first() : QString();
}

} // namespace

void TestDeliverySplitter::initTestCase()
{
    QVERIFY(m_world.isValid());
    const QString seeded = m_world.seed();
    QVERIFY2(seeded.isEmpty(), qPrintable(seeded));
    auto db = m_world.open(QStringLiteral("splitter"));
    QVERIFY2(db, db ? "" : qPrintable(db.error()));
    auto directory = ConfigStore((*db)->handle()).load();
    QVERIFY2(directory, directory ? "" : qPrintable(directory.error()));
    m_directory = *directory;
}

void TestDeliverySplitter::splitsEachFixtureAsTheManifestSays_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : Fixtures::bodies())
        QTest::newRow(qPrintable(file)) << file;
}

void TestDeliverySplitter::splitsEachFixtureAsTheManifestSays()
{
    QFETCH(QString, file);
    const QByteArray body = Fixtures::read(file);
    const QJsonObject facts = Fixtures::facts(file);
    // As an operator's replay, which may name any configured line.
    const SplitDelivery split = DeliverySplitter::split(body, {}, m_directory);

    QCOMPARE(countOf(split, ItemKind::StatusUpdate),
             int(facts.value(QLatin1String("statuses")).toArray().size()));
    QCOMPARE(countOf(split, ItemKind::Echo),
             int(facts.value(QLatin1String("echoes")).toArray().size()));
    QStringList reasons;
    for (const DeadLetterDraft &draft : split.deadLetters)
        reasons << draft.reason;
    QStringList expectedReasons;
    for (const QJsonValue &letter : facts.value(QLatin1String("dead_letters")).toArray())
        expectedReasons << letter.toObject().value(QLatin1String("reason")).toString();
    reasons.sort();
    expectedReasons.sort();
    QCOMPARE(reasons, expectedReasons);

    // Every item of a line's own change is on a line the manifest names (an account's events
    // name their line, if any, in their value).
    QStringList lines;
    for (const QJsonValue &line : facts.value(QLatin1String("lines")).toArray())
        lines << line.toString();
    for (const WorkItem &item : split.items) {
        QVERIFY2(item.kind == ItemKind::Event || lines.contains(item.line), qPrintable(item.key));
        QCOMPARE(item.origin, ItemOrigin::Replay);
    }

    // One key per item, in receipt order, the same every time.
    const QStringList keys = keysOf(split);
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
    QCOMPARE(keysOf(DeliverySplitter::split(body, {}, m_directory)), keys);
    for (qsizetype i = 1; i < split.items.size(); ++i)
        QVERIFY(split.items.at(i).ordinal > split.items.at(i - 1).ordinal);

    // Signed by the app that owns its lines, the same items from Meta, under keys of their own:
    // a replay can neither pre-empt nor be taken for what Meta delivers.
    if (const QString owner = ownerOf(facts); !owner.isEmpty()) {
        const SplitDelivery signedSplit = DeliverySplitter::split(body, owner, m_directory);
        QStringList signedKeys;
        for (const WorkItem &item : signedSplit.items) {
            signedKeys << item.key;
            QCOMPARE(item.origin, ItemOrigin::Meta);
        }
        QStringList replayedKeys;
        for (const WorkItem &item : split.items) {
            QVERIFY2(item.key.startsWith(QLatin1String("r/")), qPrintable(item.key));
            replayedKeys << item.key.mid(2);
        }
        QCOMPARE(signedKeys, replayedKeys);
    }
}

void TestDeliverySplitter::anotherAppsSignatureReachesNoneOfItsLines_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &file : Fixtures::bodies()) {
        if (!ownerOf(Fixtures::facts(file)).isEmpty())
            QTest::newRow(qPrintable(file)) << file;
    }
}

void TestDeliverySplitter::anotherAppsSignatureReachesNoneOfItsLines()
{
    QFETCH(QString, file);
    const QJsonObject facts = Fixtures::facts(file);
    const QString owner = ownerOf(facts);
    const QString other =
        owner == QLatin1String("lumen") ? QStringLiteral("northwind") : QStringLiteral("lumen");
    const SplitDelivery split = DeliverySplitter::split(Fixtures::read(file), other, m_directory);
    for (const WorkItem &item : split.items) {
        for (const QJsonValue &line : facts.value(QLatin1String("lines")).toArray())
            QVERIFY2(item.line != line.toString(), qPrintable(item.key));
    }
    // What it named stays visible to the operator, as dead letters.
    QVERIFY(!split.deadLetters.isEmpty());
}

void TestDeliverySplitter::bodiesThatAreNotJsonObjectsAreDeadLetters()
{
    for (const QByteArray &body :
         {QByteArray("{\"object\":"), QByteArray("[1, 2]"), QByteArray(), QByteArray("\"x\"")}) {
        const SplitDelivery split =
            DeliverySplitter::split(body, QStringLiteral("northwind"), m_directory);
        QVERIFY(split.items.isEmpty());
        QCOMPARE(split.deadLetters.size(), 1);
        QCOMPARE(split.deadLetters.first().reason, QStringLiteral("invalid_json"));
    }
    // The same bytes, the same dead letter (its key names the body's hash).
    QCOMPARE(DeliverySplitter::split("[1]", {}, m_directory).deadLetters.first().key,
             DeliverySplitter::split("[1]", {}, m_directory).deadLetters.first().key);
    QVERIFY(DeliverySplitter::split("[1]", {}, m_directory).deadLetters.first().key !=
            DeliverySplitter::split("[2]", {}, m_directory).deadLetters.first().key);
}

QTEST_GUILESS_MAIN(TestDeliverySplitter)
#include "tst_deliverysplitter.moc"
