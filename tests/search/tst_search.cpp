#include "composer/samplewebhooks.h"
#include "fixtures.h"
#include "processing/projectionrebuild.h"
#include "processingharness.h"
#include "search/messagesearch.h"
#include "search/searchtext.h"
#include "storage/sqldialect.h"
#include "testworld.h"

#include <QtTest>

using namespace hookline;
using namespace hookline::test;

namespace {

QByteArray inbound(const QString &customer, const QString &name, qint64 timestamp,
                   const QString &wamid, const QString &body, const char *line = TestWorld::support)
{
    SampleWebhooks::Params p;
    p.phoneNumberId = QLatin1String(line);
    const bool clinic = p.phoneNumberId == QLatin1String(TestWorld::clinic);
    p.wabaId = clinic ? QStringLiteral("109988776655443") : QStringLiteral("102290129340398");
    p.displayDigits = clinic ? QStringLiteral("15550100003") : QStringLiteral("15550100001");
    p.customer = customer;
    p.name = name;
    p.timestamp = timestamp;
    p.wamid = wamid;
    p.text = body;
    return SampleWebhooks::build(SampleWebhooks::Text, p, false);
}

QStringList wamids(const MessageSearch::Result &result)
{
    QStringList out;
    for (const SearchHit &hit : result.hits) {
        if (hit.kind == SearchHit::Kind::Message)
            out << hit.wamid;
    }
    return out;
}

QStringList contacts(const MessageSearch::Result &result)
{
    QStringList out;
    for (const SearchHit &hit : result.hits) {
        if (hit.kind == SearchHit::Kind::Contact)
            out << hit.name;
    }
    out.removeDuplicates(); // one person on two lines is two conversations
    return out;
}

// The highlighted parts of a hit's excerpt.
QStringList highlighted(const SearchHit &hit)
{
    QStringList out;
    for (const SearchText::Range &range : hit.ranges)
        out << hit.excerpt.mid(range.start, range.length);
    return out;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void foldsCaseAndDiacritics();
    void matchesStartsOfWordsInTheTextsOwnPositions();
    void excerptsCutAroundTheFirstMatch();
    void findsAccentedAndUnaccentedForms();
    void findsCaptionsFileNamesPlacesAndEdits();
    void findsContactsByNameAndNumber();
    void groupsByConversationNewestFirst();
    void queriesAreTextNeverSyntax();
    void followsRevokesAndSurvivesARebuild();
    void indexesABatchAtOnceFollowingItsOwnChanges();
    void findsAMessageAnUpsertRewroteInItsBatch();
};

void TestSearch::foldsCaseAndDiacritics()
{
    QCOMPARE(SearchText::fold(QStringLiteral("Canción ÉMILE Núñez São")),
             QStringLiteral("cancion emile nunez sao"));
    QCOMPARE(
        SearchText::terms(QStringLiteral("  \"Canción\" AND* (near) canción ")),
        (QStringList{QStringLiteral("cancion"), QStringLiteral("and"), QStringLiteral("near")}));
    QCOMPARE(SearchText::terms(QStringLiteral("👍 🇧🇷 --- \"\"")), QStringList());
    // Only Latin letters lose their marks, as in the index: a Cyrillic й is a letter of its own.
    QCOMPARE(SearchText::fold(QStringLiteral("Йогурт Ação")), QStringLiteral("йогурт acao"));
    // A Hangul syllable stays one letter; Arabic words stay words.
    QCOMPARE(SearchText::terms(QStringLiteral("한국 مرحبا")),
             (QStringList{QStringLiteral("한국"), QStringLiteral("مرحبا")}));
    QCOMPARE(SearchText::ftsQuery({QStringLiteral("a"), QStringLiteral("b")}),
             QStringLiteral("\"a\"* \"b\"*"));
    QCOMPARE(SearchText::tsQuery({QStringLiteral("a"), QStringLiteral("b")}),
             QStringLiteral("'a':* & 'b':*"));
}

void TestSearch::matchesStartsOfWordsInTheTextsOwnPositions()
{
    const QString text = QStringLiteral("👍 Tengo la Canción; otra cancioncita, y recanción");
    const QList<SearchText::Range> ranges =
        SearchText::matches(text, SearchText::terms(QStringLiteral("cancion")));
    QCOMPARE(ranges.size(), 2); // not inside "recanción"
    QCOMPARE(text.mid(ranges.at(0).start, ranges.at(0).length), QStringLiteral("Canción"));
    QCOMPARE(text.mid(ranges.at(1).start, ranges.at(1).length), QStringLiteral("cancion"));
    // A decomposed accent belongs to its letter.
    const QString decomposed = QStringLiteral("Jose\u0301 Perez");
    const QList<SearchText::Range> jose =
        SearchText::matches(decomposed, SearchText::terms(QStringLiteral("josé")));
    QCOMPARE(jose.size(), 1);
    QCOMPARE(decomposed.mid(jose.at(0).start, jose.at(0).length), QStringLiteral("Jose\u0301"));
}

void TestSearch::excerptsCutAroundTheFirstMatch()
{
    const QString text = QString(300, QLatin1Char('x')) + QStringLiteral(" reembolso ") +
                         QString(300, QLatin1Char('y'));
    QList<SearchText::Range> ranges =
        SearchText::matches(text, SearchText::terms(QStringLiteral("reembolso")));
    const QString excerpt = SearchText::excerpt(text, ranges, 100);
    QVERIFY(excerpt.startsWith(QStringLiteral("…")));
    QVERIFY(excerpt.endsWith(QStringLiteral("…")));
    QVERIFY(excerpt.size() <= 102);
    QCOMPARE(ranges.size(), 1);
    QCOMPARE(excerpt.mid(ranges.at(0).start, ranges.at(0).length), QStringLiteral("reembolso"));
}

void TestSearch::findsAccentedAndUnaccentedForms()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.injectBody(inbound(QStringLiteral("15550123001"), QStringLiteral("Lucía"),
                               1'700'000'000, QStringLiteral("wamid.s.1"),
                               QStringLiteral("¿Tienen la canción del anuncio?")));
    harness.injectBody(inbound(QStringLiteral("15550123002"), QStringLiteral("João"), 1'700'000'100,
                               QStringLiteral("wamid.s.2"),
                               QStringLiteral("Quero a CANCION, por favor")));
    harness.injectBody(inbound(QStringLiteral("15550123003"), QStringLiteral("Otto"), 1'700'000'200,
                               QStringLiteral("wamid.s.3"), QStringLiteral("nothing to see here")));
    harness.process();
    const MessageSearch search(harness.db().handle());
    for (const QString &query : {QStringLiteral("cancion"), QStringLiteral("Canción"),
                                 QStringLiteral("CANCIÓN"), QStringLiteral("canc")}) {
        const auto found = search.find(query);
        QVERIFY2(found, qPrintable(found ? QString() : found.error()));
        QCOMPARE(wamids(*found),
                 (QStringList{QStringLiteral("wamid.s.2"), QStringLiteral("wamid.s.1")}));
    }
    const auto found = search.find(QStringLiteral("cancion"));
    QCOMPARE(highlighted(found->hits.at(1)), QStringList{QStringLiteral("canción")});
    QCOMPARE(found->hits.at(1).name, QStringLiteral("Lucía"));
    QCOMPARE(found->hits.at(1).line, QLatin1String(TestWorld::support));
    QCOMPARE(found->hits.at(1).customer, QStringLiteral("15550123001"));
    // Every word must match.
    QCOMPARE(wamids(*search.find(QStringLiteral("cancion favor"))),
             QStringList{QStringLiteral("wamid.s.2")});
    QVERIFY(wamids(*search.find(QStringLiteral("cancion zebra"))).isEmpty());
}

void TestSearch::findsCaptionsFileNamesPlacesAndEdits()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    const MessageSearch search(harness.db().handle());
    const auto byFileName = search.find(QStringLiteral("invoice 2025"));
    QVERIFY2(byFileName, qPrintable(byFileName ? QString() : byFileName.error()));
    QCOMPARE(byFileName->hits.size(), 1);
    QVERIFY(byFileName->hits.at(0).excerpt.contains(QStringLiteral("invoice-2025-118.pdf")));
    QCOMPARE(wamids(*search.find(QStringLiteral("harbor lane"))).size(), 1); // a place
    QCOMPARE(wamids(*search.find(QStringLiteral("unboxing"))).size(), 1);    // a caption
    // An edit's new words find the message, whose excerpt shows the edited text.
    const auto edited = search.find(QStringLiteral("الجمعة"));
    QCOMPARE(wamids(*edited).size(), 1);
    QVERIFY(edited->hits.at(0).excerpt.contains(QStringLiteral("الجمعة")));
    QCOMPARE(highlighted(edited->hits.at(0)), QStringList{QStringLiteral("الجمعة")});
    // Business messages known only by their statuses have no words; reactions are not found
    // by their target's words twice.
    const auto kettle = search.find(QStringLiteral("kettle"));
    QSet<QString> unique;
    const QStringList kettles = wamids(*kettle);
    for (const QString &wamid : kettles)
        unique.insert(wamid);
    QCOMPARE(unique.size(), wamids(*kettle).size());
    QVERIFY(unique.size() >= 2);
}

void TestSearch::findsContactsByNameAndNumber()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    const MessageSearch search(harness.db().handle());
    QCOMPARE(contacts(*search.find(QStringLiteral("emile"))),
             QStringList{QStringLiteral("Émile Durand")});
    QCOMPARE(contacts(*search.find(QStringLiteral("nunez gab"))),
             QStringList{QStringLiteral("Gabriela Núñez")});
    QCOMPARE(contacts(*search.find(QStringLiteral("@guslind"))),
             QStringList{QStringLiteral("Gus Lindqvist")});
    // A number typed any way finds its contact.
    QCOMPARE(contacts(*search.find(QStringLiteral("+1 555-000-8080"))),
             QStringList{QStringLiteral("Inês Ferreira")});
    QCOMPARE(contacts(*search.find(QStringLiteral("0008080"))),
             QStringList{QStringLiteral("Inês Ferreira")});
    const auto farah = search.find(QStringLiteral("farah"));
    QCOMPARE(contacts(*farah), QStringList{QStringLiteral("فرح المصري")});
    // On another line, nobody.
    QVERIFY(contacts(*search.find(QStringLiteral("emile"), QLatin1String(TestWorld::clinic)))
                .isEmpty());
    // A contact with a name change is found by the new name only.
    harness.injectBody(inbound(QStringLiteral("15550008080"), QStringLiteral("Inês Costa"),
                               1'900'000'000, QStringLiteral("wamid.s.renamed"),
                               QStringLiteral("new name"), TestWorld::clinic));
    harness.process();
    QCOMPARE(contacts(*search.find(QStringLiteral("ines"))),
             QStringList{QStringLiteral("Inês Costa")});
    QVERIFY(contacts(*search.find(QStringLiteral("ferreira"))).isEmpty());
}

void TestSearch::groupsByConversationNewestFirst()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QString a = QStringLiteral("15550123101"), b = QStringLiteral("15550123102");
    harness.injectBody(inbound(a, QStringLiteral("A"), 1'700'000'000, QStringLiteral("w.a1"),
                               QStringLiteral("refund please")));
    harness.injectBody(inbound(b, QStringLiteral("B"), 1'700'000'100, QStringLiteral("w.b1"),
                               QStringLiteral("refund?")));
    harness.injectBody(inbound(a, QStringLiteral("A"), 1'700'000'200, QStringLiteral("w.a2"),
                               QStringLiteral("about my refund")));
    harness.process();
    const auto found = MessageSearch(harness.db().handle()).find(QStringLiteral("refund"));
    QCOMPARE(wamids(*found),
             (QStringList{QStringLiteral("w.a2"), QStringLiteral("w.a1"), QStringLiteral("w.b1")}));
    QVERIFY(!found->more);
    const auto limited = MessageSearch(harness.db().handle()).find(QStringLiteral("refund"), {}, 2);
    QCOMPARE(wamids(*limited).size(), 2);
    QVERIFY(limited->more);
}

void TestSearch::queriesAreTextNeverSyntax()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    harness.injectBody(inbound(
        QStringLiteral("15550123201"), QStringLiteral("Q"), 1'700'000'000, QStringLiteral("w.q"),
        QStringLiteral("He said \"AND\" NEAR the col:umn * (really) — Йогурт")));
    harness.process();
    const MessageSearch search(harness.db().handle());
    const QStringList queries = {
        QStringLiteral("\""),
        QStringLiteral("*"),
        QStringLiteral("AND"),
        QStringLiteral("NEAR("),
        QStringLiteral("col:umn"),
        QStringLiteral("he \"said"),
        QStringLiteral("'; DROP TABLE messages; --"),
        QStringLiteral("👍"),
        QStringLiteral("^near"),
        QStringLiteral("مرحبا"),
        QStringLiteral("עברית"),
        QStringLiteral("-"),
        QStringLiteral("NOT"),
        QStringLiteral("really)"),
        QString(2000, QLatin1Char('(')),
    };
    for (const QString &query : queries) {
        const auto found = search.find(query);
        QVERIFY2(found,
                 qPrintable(query + QStringLiteral(": ") + (found ? QString() : found.error())));
    }
    QCOMPARE(wamids(*search.find(QStringLiteral("\"AND\" NEAR"))),
             QStringList{QStringLiteral("w.q")});
    QCOMPARE(wamids(*search.find(QStringLiteral("col:umn"))), QStringList{QStringLiteral("w.q")});
    QCOMPARE(wamids(*search.find(QStringLiteral("йогурт"))), QStringList{QStringLiteral("w.q")});
    QVERIFY(search.find(QStringLiteral("👍"))->terms.isEmpty());
    QCOMPARE(wamids(*search.find(QStringLiteral("עברית"))).size(), 1);
    QCOMPARE(wamids(*search.find(QStringLiteral("مرحبا"))).size(), 1);
}

void TestSearch::followsRevokesAndSurvivesARebuild()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    const MessageSearch search(harness.db().handle());
    // A message its sender deleted is no longer found.
    QVERIFY(wamids(*search.find(QStringLiteral("سأنتظر"))).isEmpty());
    QVERIFY(!wamids(*search.find(QStringLiteral("kettle"))).isEmpty());
    const QStringList words = {QStringLiteral("kettle"), QStringLiteral("invoice"),
                               QStringLiteral("cafe"),   QStringLiteral("ana"),
                               QStringLiteral("emile"),  QStringLiteral("الجمعة")};
    QMap<QString, QStringList> before;
    for (const QString &word : words) {
        const auto found = search.find(word);
        for (const SearchHit &hit : found->hits)
            before[word] << hit.wamid + hit.excerpt;
    }
    QSqlDatabase db = harness.db().handle();
    QVERIFY(ProjectionRebuild::reset(db));
    QVERIFY(search.find(QStringLiteral("kettle"))->hits.isEmpty());
    QVERIFY(search.find(QStringLiteral("ana"))->hits.isEmpty());
    harness.process();
    for (const QString &word : words) {
        QStringList after;
        const auto found = search.find(word);
        for (const SearchHit &hit : found->hits)
            after << hit.wamid + hit.excerpt;
        QCOMPARE(after, before.value(word));
    }
    if (SqlDialect::of(db).isPostgres())
        return;
    // The index agrees with its table after all that.
    QSqlQuery check(db);
    QVERIFY(check.exec(QStringLiteral(
        "INSERT INTO proj.message_search (message_search, rank) VALUES ('integrity-check', 0)")));
    QVERIFY(check.exec(QStringLiteral(
        "INSERT INTO proj.contact_search (contact_search) VALUES ('integrity-check')")));
}

void TestSearch::indexesABatchAtOnceFollowingItsOwnChanges()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    // One batch: 300 messages from 300 people; one message edited and another revoked, and one
    // person renamed, within the same batch.
    constexpr int count = 300;
    auto wamid = [](int i) { return QStringLiteral("wamid.batch.%1").arg(i); };
    auto customer = [](int i) {
        return QStringLiteral("1555020%1").arg(i, 4, 10, QLatin1Char('0'));
    };
    for (int i = 0; i < count; ++i)
        harness.injectBody(inbound(customer(i), QStringLiteral("Cliente %1").arg(i), 1767261600 + i,
                                   wamid(i), QStringLiteral("pedido %1 reembolso").arg(i)));
    SampleWebhooks::Params p;
    p.phoneNumberId = QLatin1String(TestWorld::support);
    p.wabaId = QStringLiteral("102290129340398");
    p.displayDigits = QStringLiteral("15550100001");
    p.customer = customer(7);
    p.name = QStringLiteral("Cliente 7");
    p.timestamp = 1767262000;
    p.wamid = QStringLiteral("wamid.batch.edit");
    harness.injectBody(SampleWebhooks::inbound(
        QStringLiteral("edit"),
        QJsonObject{{QStringLiteral("original_message_id"), wamid(7)},
                    {QStringLiteral("message"),
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                 {QStringLiteral("text"),
                                  QJsonObject{{QStringLiteral("body"),
                                               QStringLiteral("pedido corregido")}}}}}},
        p));
    p.customer = customer(9);
    p.name = QStringLiteral("Cliente 9");
    p.wamid = QStringLiteral("wamid.batch.revoke");
    harness.injectBody(
        SampleWebhooks::inbound(QStringLiteral("revoke"),
                                QJsonObject{{QStringLiteral("original_message_id"), wamid(9)}}, p));
    harness.injectBody(inbound(customer(11), QStringLiteral("Renata Lobo"), 1767262001,
                               QStringLiteral("wamid.batch.renamed"), QStringLiteral("hola")));
    const BatchResult processed = harness.process();
    QCOMPARE(processed.deliveries, count + 3);

    const MessageSearch search(harness.db().handle());
    // The edited message keeps its first words too; the revoked one is gone.
    QCOMPARE(wamids(*search.find(QStringLiteral("reembolso"), {}, count + 10)).size(), count - 1);
    QCOMPARE(wamids(*search.find(QStringLiteral("corregido"))), QStringList{wamid(7)});
    // (Words match as prefixes: "9" finds 9, 90 to 99 and 290 to 299.)
    QVERIFY(!wamids(*search.find(QStringLiteral("pedido 9 reembolso"))).contains(wamid(9)));
    QVERIFY(wamids(*search.find(QStringLiteral("pedido 8 reembolso"))).contains(wamid(8)));
    QCOMPARE(contacts(*search.find(QStringLiteral("renata"))),
             QStringList{QStringLiteral("Renata Lobo")});
    QVERIFY(!contacts(*search.find(QStringLiteral("cliente 11")))
                 .contains(QStringLiteral("Cliente 11")));
    QVERIFY(contacts(*search.find(QStringLiteral("cliente 12")))
                .contains(QStringLiteral("Cliente 12")));

    QSqlDatabase db = harness.db().handle();
    if (SqlDialect::of(db).isPostgres())
        return;
    // Nothing waits once the batch is committed, and the index agrees with its tables.
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM proj.message_search_queue")),
             QVariant(0));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM proj.contact_search_queue")),
             QVariant(0));
    QSqlQuery check(db);
    QVERIFY(check.exec(QStringLiteral(
        "INSERT INTO proj.message_search (message_search, rank) VALUES ('integrity-check', 0)")));
    QVERIFY(check.exec(QStringLiteral(
        "INSERT INTO proj.contact_search (contact_search) VALUES ('integrity-check')")));
    // After the batch, a row changes in the index itself: the edit's old words go.
    QVERIFY(check.exec(
        QStringLiteral("UPDATE proj.messages SET text = 'nada' WHERE wamid = 'wamid.batch.8'")));
    QVERIFY(!wamids(*search.find(QStringLiteral("pedido 8 reembolso"))).contains(wamid(8)));
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM proj.message_search_queue")),
             QVariant(1));
}

void TestSearch::findsAMessageAnUpsertRewroteInItsBatch()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    // An operator's replay of a message, then Meta's own copy, in one batch: Meta's copy
    // rewrites the row (an upsert's update) while the replay's is still waiting to be indexed.
    const QByteArray body =
        inbound(QStringLiteral("15550207777"), QStringLiteral("Rui Prado"), 1767265000,
                QStringLiteral("wamid.UPSERT1"), QStringLiteral("quero trocar a encomenda"));
    harness.injectBody(body);
    harness.injectFromMeta(body);
    const BatchResult processed = harness.process();
    QCOMPARE(processed.deliveries, 2);
    QCOMPARE(processed.dead, 0);
    QCOMPARE(harness.scalar(QStringLiteral("SELECT count(*) FROM dead_letters")), QVariant(0));
    const MessageSearch search(harness.db().handle());
    QCOMPARE(wamids(*search.find(QStringLiteral("encomenda"))),
             QStringList{QStringLiteral("wamid.UPSERT1")});
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
