#include "composer/samplewebhooks.h"
#include "consolemodels.h"
#include "conversationlistmodel.h"
#include "deadlettergroupmodel.h"
#include "deadlettermodel.h"
#include "deliverylogmodel.h"
#include "deliverystatusmodel.h"
#include "fixtures.h"
#include "linelistmodel.h"
#include "logging.h"
#include "logmodel.h"
#include "messagecard.h"
#include "messagelistmodel.h"
#include "processing/deliverytrail.h"
#include "processingharness.h"
#include "reactionmodel.h"
#include "rejectionmodel.h"
#include "runtime/operatorservice.h"
#include "storage/configstore.h"
#include "webhookbody.h"

#include "accounteventmodel.h"
#include "accounthealth.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

namespace {

SampleWebhooks::Params onSupport(const QString &customer, qint64 timestamp)
{
    SampleWebhooks::Params p;
    p.phoneNumberId = QLatin1String(TestWorld::support);
    p.wabaId = QStringLiteral("102290129340398");
    p.displayDigits = QStringLiteral("15550100001");
    p.customer = customer;
    p.name = QStringLiteral("Customer ") + customer;
    p.timestamp = timestamp;
    return p;
}

QByteArray text(const QString &customer, qint64 timestamp, const QString &wamid,
                const QString &body = QStringLiteral("hello"))
{
    SampleWebhooks::Params p = onSupport(customer, timestamp);
    p.wamid = wamid;
    p.text = body;
    return SampleWebhooks::build(SampleWebhooks::Text, p, false);
}

// The range of the one signal a spy caught: {first, last}.
QPair<int, int> range(const QSignalSpy &spy)
{
    if (spy.count() != 1)
        return {-1, spy.count()};
    return {spy.at(0).at(1).toInt(), spy.at(0).at(2).toInt()};
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void everyModelPassesTheTesterOnTheFixtures();
    void repliesReadAsWhatTheyAre();
    void conversationsPageByKeyAndMoveOnActivity();
    void conversationsFilterByLineAndText();
    void lateConversationsGoInAtTheirPlaceInFewSignals();
    void conversationsShowTheirServiceWindow();
    void messagesOpenOnTheNewestPageAndGrowBothWays();
    void reactionsAndStatusesUpdateTheirMessage();
    void statusesTableShowsStepsErrorsAndHints();
    void deadLettersRetryFromTheModelAndLeaveTheView();
    void deliveryLogTakesNewDeliveriesAtTheTop();
    void linesCountUnreadAndRate();
    void hiddenTablesCatchUpWhenShown();
    void logKeepsTheNewestLinesInARing();
};

void TestModels::everyModelPassesTheTesterOnTheFixtures()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    QSqlDatabase db = harness.db().handle();

    LineListModel lines(db);
    ConversationListModel conversations(db);
    MessageListModel messages(db);
    DeliveryStatusModel statuses(db);
    ReactionModel reactions(db);
    DeadLetterModel deadLetters(db);
    DeadLetterGroupModel groups(db);
    DeliveryLogModel log(db);
    RejectionModel rejections(db);
    AccountEventModel accountEvents(db);
    LineHealthModel lineHealth;
    TemplateHealthModel templateHealth;
    QList<QAbstractItemModel *> models{&lines,      &conversations, &messages,   &statuses,
                                       &reactions,  &deadLetters,   &groups,     &log,
                                       &rejections, &accountEvents, &lineHealth, &templateHealth};
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : models)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest));

    lines.refresh();
    conversations.reload();
    statuses.reload();
    reactions.reload();
    deadLetters.setView({});
    groups.refresh();
    log.reload();
    rejections.reload();
    accountEvents.reload();
    const AccountHealth health = AccountHealth::read(db);
    lineHealth.setLines(health.lines);
    templateHealth.setTemplates(health.templates);

    QCOMPARE(lines.rowCount(), 4); // all lines + three
    // Account health: every line, the fixtures' templates, account events and value errors.
    QCOMPARE(lineHealth.rowCount(), 3);
    QVERIFY(accountEvents.rowCount() >= 11);
    QVERIFY(accountEvents.lastError().isEmpty());
    QStringList templateNames;
    for (int row = 0; row < templateHealth.rowCount(); ++row)
        templateNames << templateHealth.index(row, TemplateHealthModel::Name).data().toString();
    QVERIFY2(templateNames.contains(QStringLiteral("winter_promo")),
             qPrintable(templateNames.join(u',')));
    for (int row = 0; row < templateHealth.rowCount(); ++row) {
        if (templateNames.at(row) != QLatin1String("winter_promo"))
            continue;
        QCOMPARE(templateHealth.index(row, TemplateHealthModel::Status).data().toString(),
                 QStringLiteral("Rejected"));
        QVERIFY(templateHealth.index(row, 0).data(TemplateHealthModel::WarningRole).toBool());
        QVERIFY(templateHealth.index(row, 0).data(TemplateHealthModel::DeliveryRole).toLongLong() >
                0);
    }
    // Sales reported an unlimited tier; Support's account is restricted.
    for (int row = 0; row < lineHealth.rowCount(); ++row) {
        const QString line = health.lines.at(row).phoneNumberId;
        if (line == QLatin1String(TestWorld::sales))
            QCOMPARE(lineHealth.index(row, LineHealthModel::Limit).data().toString(),
                     QStringLiteral("Tier unlimited"));
        if (line == QLatin1String(TestWorld::support))
            QVERIFY(lineHealth.index(row, 0).data(LineHealthModel::WarningRole).toBool());
    }
    bool hinted = false;
    for (int row = 0; row < accountEvents.rowCount(); ++row)
        hinted |= accountEvents.index(row, AccountEventModel::Details)
                      .data()
                      .toString()
                      .contains(QLatin1String("generic failure"));
    QVERIFY(hinted); // the value-level error 131000 with the catalogue's hint
    // History syncs, link clicks and payments are listed with the account's events.
    QStringList whats;
    while (accountEvents.canFetchMore())
        accountEvents.fetchMore();
    for (int row = 0; row < accountEvents.rowCount(); ++row)
        whats << accountEvents.index(row, AccountEventModel::What).data().toString() + u'|' +
                     accountEvents.index(row, AccountEventModel::Change).data().toString() + u'|' +
                     accountEvents.index(row, AccountEventModel::Details).data().toString();
    const QString all = whats.join(u'\n');
    QVERIFY2(
        all.contains(QStringLiteral("History sync|phase 0, 40 %|1 conversations · 3 messages")),
        qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Link click|cta|")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("Payment|captured|")) &&
                 all.contains(QStringLiteral("INR · NW-ORD-20260101-0042")),
             qPrintable(all));
    QVERIFY(conversations.rowCount() >= 10);
    QVERIFY(statuses.rowCount() >= 4);
    QVERIFY(reactions.rowCount() >= 1);
    QVERIFY(deadLetters.rowCount() >= 2);
    QVERIFY(groups.rowCount() >= 2);
    QCOMPARE(log.rowCount(), int(Fixtures::bodies().size()));
    QCOMPARE(rejections.rowCount(), 0);

    // Every conversation opens, and activity order holds.
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < conversations.rowCount(); ++row) {
        const QModelIndex index = conversations.index(row, 0);
        const qint64 time = index.data(ConversationListModel::TimeRole).toLongLong();
        QVERIFY(time <= previous);
        previous = time;
        messages.setConversation(index.data(ConversationListModel::LineRole).toString(),
                                 index.data(ConversationListModel::CustomerRole).toString());
        QVERIFY2(messages.rowCount() > 0, qPrintable(index.data().toString()));
    }
    QVERIFY(conversations.lastError().isEmpty());
    QVERIFY(statuses.lastError().isEmpty());
    QVERIFY(reactions.lastError().isEmpty());
}

void TestModels::conversationsPageByKeyAndMoveOnActivity()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    for (int i = 0; i < 450; ++i)
        harness.injectBody(text(QString::number(15550100000 + i), 1'700'000'000 + i,
                                QStringLiteral("wamid.page.%1").arg(i)));
    harness.process();

    ConversationListModel model(harness.db().handle());
    model.reload();
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.index(0, 0).data(ConversationListModel::CustomerRole).toString(),
             QStringLiteral("15550100449"));
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(range(inserted), qMakePair(200, 399));
    inserted.clear();
    model.fetchMore({});
    QCOMPARE(range(inserted), qMakePair(400, 449));
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.index(449, 0).data(ConversationListModel::CustomerRole).toString(),
             QStringLiteral("15550100000"));

    // The tester pages by itself, so it joins once every page is in.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // A new message in the conversation at row 300 moves it to the top: one removal, one
    // insertion, nothing else.
    inserted.clear();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QString customer = QStringLiteral("15550100149");
    QCOMPARE(model.rowOf(QString(QLatin1String(TestWorld::support) + u'/' + customer)), 300);
    harness.injectBody(text(customer, 1'800'000'000, QStringLiteral("wamid.page.new")));
    const BatchResult result = harness.process();
    model.refreshRows({result.changes.conversations.cbegin(), result.changes.conversations.cend()});
    QCOMPARE(range(removed), qMakePair(300, 300));
    QCOMPARE(range(inserted), qMakePair(0, 0));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.rowCount(), 450);
    QCOMPARE(model.index(0, 0).data(ConversationListModel::CustomerRole).toString(), customer);
    QCOMPARE(model.index(0, 0).data(ConversationListModel::PreviewRole).toString(),
             QStringLiteral("hello"));

    // Another message in the top conversation changes that row in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    inserted.clear();
    removed.clear();
    harness.injectBody(
        text(customer, 1'800'000'000, QStringLiteral("wamid.page.newer"), QStringLiteral("again")));
    const BatchResult again = harness.process();
    model.refreshRows({again.changes.conversations.cbegin(), again.changes.conversations.cend()});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.index(0, 0).data(ConversationListModel::PreviewRole).toString(),
             QStringLiteral("again"));
    QCOMPARE(model.index(0, 0).data(ConversationListModel::UnreadRole).toInt(), 3);
}

void TestModels::lateConversationsGoInAtTheirPlaceInFewSignals()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const qint64 base = 1'700'000'000;
    for (int i = 0; i < 450; ++i)
        harness.injectBody(text(QString::number(15550100000 + i), base + 2 * i,
                                QStringLiteral("wamid.even.%1").arg(i)));
    harness.process();
    ConversationListModel model(harness.db().handle());
    model.reload();
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 450);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Three new conversations whose activity falls between existing ones, in one batch.
    harness.injectBody(text(QStringLiteral("15559000001"), base + 301, QStringLiteral("w.late.1")));
    harness.injectBody(text(QStringLiteral("15559000002"), base + 203, QStringLiteral("w.late.2")));
    harness.injectBody(text(QStringLiteral("15559000003"), base + 201, QStringLiteral("w.late.3")));
    const BatchResult late = harness.process();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.refreshRows({late.changes.conversations.cbegin(), late.changes.conversations.cend()});
    QCOMPARE(removed.count(), 0);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(0).at(1).toInt(), 299);
    QCOMPARE(inserted.at(1).at(1).toInt(), 349);
    QCOMPARE(inserted.at(2).at(1).toInt(), 351);
    QCOMPARE(model.rowCount(), 453);
    QCOMPARE(model.index(299, 0).data(ConversationListModel::CustomerRole).toString(),
             QStringLiteral("15559000001"));
    QCOMPARE(model.index(351, 0).data(ConversationListModel::CustomerRole).toString(),
             QStringLiteral("15559000003"));
    QCOMPARE(
        model.rowOf(QString(QLatin1String(TestWorld::support) + QStringLiteral("/15559000002"))),
        349);

    // Activity in three older conversations moves them to the top: every row is still found
    // where it now is, although only the moved rows were touched.
    for (const int i : {5, 120, 440})
        harness.injectBody(text(QString::number(15550100000 + i), base + 5000 + i,
                                QStringLiteral("w.again.%1").arg(i)));
    const BatchResult again = harness.process();
    model.refreshRows({again.changes.conversations.cbegin(), again.changes.conversations.cend()});
    QCOMPARE(model.rowCount(), 453);
    QCOMPARE(model.index(0, 0).data(ConversationListModel::CustomerRole).toString(),
             QStringLiteral("15550100440"));
    QCOMPARE(model.index(2, 0).data(ConversationListModel::CustomerRole).toString(),
             QStringLiteral("15550100005"));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.index(row, 0).data(KeyedPageModel::IdentityRole)), row);
}

void TestModels::repliesReadAsWhatTheyAre()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay({QStringLiteral("call_permission_reply_accept.json"),
                    QStringLiteral("interactive_nfm_reply_flow.json"),
                    QStringLiteral("referral_ctwa_text.json")});
    auto cardOf = [&harness](const QString &customer) {
        MessageListModel model(harness.db().handle());
        model.setConversation(QLatin1String(TestWorld::support), customer);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            if (index.data(MessageListModel::TypeRole).toString() == u"interactive")
                return MessageCard::describe(u"interactive"_qs,
                                             index.data(MessageListModel::TextRole).toString(),
                                             index.data(MessageListModel::ContentRole));
        }
        return MessageCard{};
    };
    // A call-permission answer is not an empty button reply.
    const MessageCard permission = cardOf(QStringLiteral("15550001111"));
    QCOMPARE(permission.kind, QStringLiteral("☎ Call permission"));
    QVERIFY2(permission.text.startsWith(QStringLiteral("Accepted: the business may call until")),
             qPrintable(permission.text));
    // A flow's answers field by field, without its token or raw JSON.
    const MessageCard flow = cardOf(QStringLiteral("15550005555"));
    QCOMPARE(flow.kind, QStringLiteral("Flow reply"));
    QVERIFY(flow.details.contains(QStringLiteral("Delivery rating: 5")));
    QVERIFY(flow.details.contains(QStringLiteral("Contact preference: email, whatsapp")));
    QVERIFY(!flow.details.join(u' ').contains(QStringLiteral("fltok")));
    QVERIFY(flow.rawJson.isEmpty());
    // The ad a customer came from is there for the bubble.
    MessageListModel model(harness.db().handle());
    model.setConversation(QLatin1String(TestWorld::support), QStringLiteral("15550007070"));
    QVERIFY(model.rowCount() > 0);
    const QVariantMap referral = model.index(0, 0).data(MessageListModel::ReferralRole).toMap();
    QCOMPARE(referral.value(QStringLiteral("headline")).toString(),
             QStringLiteral("Chat with Northwind"));
}

void TestModels::conversationsFilterByLineAndText()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    ConversationListModel model(harness.db().handle());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const int all = model.rowCount();
    model.setLine(QLatin1String(TestWorld::clinic));
    QVERIFY(model.rowCount() > 0);
    QVERIFY(model.rowCount() < all);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(ConversationListModel::LineRole).toString(),
                 QLatin1String(TestWorld::clinic));
    model.setLine({});
    model.setFilterText(QStringLiteral("ana sou"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ConversationListModel::NameRole).toString(),
             QStringLiteral("Ana Souza"));
    model.setFilterText(QStringLiteral("no such person"));
    QCOMPARE(model.rowCount(), 0);

    // Numbers match whatever their formatting.
    auto customers = [&model] {
        QStringList found;
        for (int row = 0; row < model.rowCount(); ++row)
            found << model.index(row, 0).data(ConversationListModel::CustomerRole).toString();
        found.sort();
        found.removeDuplicates();
        return found;
    };
    for (const QString &typed :
         {QStringLiteral("+1 555 000 1111"), QStringLiteral("(555) 000-1111"),
          QStringLiteral("1-555-000-1111"), QStringLiteral("555.000.1111")}) {
        model.setFilterText(typed);
        QVERIFY2(customers().contains(QStringLiteral("15550001111")), qPrintable(typed));
    }
    QCOMPARE(ConversationListModel::phoneDigits(QStringLiteral("+1 (555) 000-1111")),
             QStringLiteral("15550001111"));
    QCOMPARE(ConversationListModel::phoneDigits(QStringLiteral("Ana 555")), QString());
    // Bruno changed his number: his old and his new number both find his conversation.
    model.setFilterText(QStringLiteral("+1 555 000 2222"));
    const QStringList byOld = customers();
    model.setFilterText(QStringLiteral("+1 555 000 2299"));
    const QStringList byNew = customers();
    QVERIFY(!byOld.isEmpty());
    QCOMPARE(byNew, byOld);
}

void TestModels::conversationsShowTheirServiceWindow()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QString support = QLatin1String(TestWorld::support);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Closing in 30 min; open for 23 h; from an ad 50 h ago and answered (open 23 h more); a
    // day and more ago (closed); a replay just now (never opened by Meta's word).
    harness.injectFromMeta(
        WebhookBody::customerText(support, QStringLiteral("5511900000001"), now - 23 * 3600 - 1800,
                                  QStringLiteral("wamid.W1"), QStringLiteral("a")));
    harness.injectFromMeta(WebhookBody::customerText(support, QStringLiteral("5511900000002"),
                                                     now - 3600, QStringLiteral("wamid.W2"),
                                                     QStringLiteral("b")));
    harness.injectFromMeta(WebhookBody::customerText(support, QStringLiteral("5511900000003"),
                                                     now - 50 * 3600, QStringLiteral("wamid.W3"),
                                                     QStringLiteral("c"), true));
    // The business answered the ad's customer an hour later: 72 hours from the answer.
    harness.injectFromMeta(WebhookBody::status(support, QStringLiteral("wamid.A3"),
                                               QStringLiteral("sent"),
                                               QStringLiteral("5511900000003"), now - 49 * 3600));
    harness.injectFromMeta(WebhookBody::customerText(support, QStringLiteral("5511900000004"),
                                                     now - 25 * 3600, QStringLiteral("wamid.W4"),
                                                     QStringLiteral("d")));
    harness.injectBody(WebhookBody::customerText(support, QStringLiteral("5511900000005"), now,
                                                 QStringLiteral("wamid.W5"), QStringLiteral("e")));
    harness.process();

    ConversationListModel model(harness.db().handle());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QCOMPARE(model.rowCount(), 5);
    QHash<QString, qint64> closes;
    for (int row = 0; row < model.rowCount(); ++row)
        closes.insert(
            model.index(row, 0).data(ConversationListModel::CustomerRole).toString(),
            model.index(row, 0).data(ConversationListModel::WindowClosesRole).toLongLong());
    QCOMPARE(closes.value(QStringLiteral("5511900000001")), now + 1800);
    QCOMPARE(closes.value(QStringLiteral("5511900000002")), now + 23 * 3600);
    QCOMPARE(closes.value(QStringLiteral("5511900000003")), now + 23 * 3600);
    QCOMPARE(closes.value(QStringLiteral("5511900000004")), now - 3600);
    QCOMPARE(closes.value(QStringLiteral("5511900000005")), 0);

    model.setClosingSoon(true);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(ConversationListModel::CustomerRole).toString(),
             QStringLiteral("5511900000001"));
    model.setFilterText(QStringLiteral("5511900000002"));
    QCOMPARE(model.rowCount(), 0);
    model.setClosingSoon(false);
    QCOMPARE(model.rowCount(), 1);

    // The open conversation's window, and a new message reopening it.
    MessageListModel messages(harness.db().handle());
    messages.setConversation(support, QStringLiteral("5511900000004"));
    QVERIFY(!messages.serviceWindow().isOpenAt(now));
    harness.injectFromMeta(WebhookBody::customerText(support, QStringLiteral("5511900000004"),
                                                     now - 60, QStringLiteral("wamid.W6"),
                                                     QStringLiteral("f")));
    harness.process();
    QVERIFY(messages.serviceWindow().isOpenAt(now));
    QCOMPARE(messages.serviceWindow().closesAt(), now - 60 + 24 * 3600);
}

void TestModels::messagesOpenOnTheNewestPageAndGrowBothWays()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QString customer = QStringLiteral("15550007777");
    for (int i = 0; i < 400; ++i)
        harness.injectBody(text(customer, 1'700'000'000 + i,
                                QStringLiteral("wamid.m.%1").arg(i, 3, 10, QLatin1Char('0')),
                                QStringLiteral("message %1").arg(i)));
    harness.process();

    MessageListModel model(harness.db().handle());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConversation(QLatin1String(TestWorld::support), customer);
    QCOMPARE(model.rowCount(), 150);
    QVERIFY(!model.canFetchMore({})); // views never page a chat by themselves
    QCOMPARE(model.index(0, 0).data(MessageListModel::TextRole).toString(),
             QStringLiteral("message 250"));
    QCOMPARE(model.index(149, 0).data(MessageListModel::TextRole).toString(),
             QStringLiteral("message 399"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchOlder();
    QCOMPARE(range(inserted), qMakePair(0, 149));
    QCOMPARE(model.index(0, 0).data(MessageListModel::TextRole).toString(),
             QStringLiteral("message 100"));
    inserted.clear();
    QCOMPARE(model.ensureLoaded(QStringLiteral("wamid.m.005")), 5);
    QCOMPARE(range(inserted), qMakePair(0, 99));
    QVERIFY(!model.hasOlder());

    // A new message lands at the bottom.
    inserted.clear();
    harness.injectBody(
        text(customer, 1'700'001'000, QStringLiteral("wamid.m.new"), QStringLiteral("newest")));
    const BatchResult result = harness.process();
    model.refreshRows({result.changes.messages.cbegin(), result.changes.messages.cend()});
    QCOMPARE(range(inserted), qMakePair(400, 400));
    QCOMPARE(model.index(400, 0).data(MessageListModel::TextRole).toString(),
             QStringLiteral("newest"));
    // One arriving late (older timestamp) takes its place in time.
    inserted.clear();
    harness.injectBody(text(customer, 1'700'000'000 + 199, QStringLiteral("wamid.m.199b"),
                            QStringLiteral("late")));
    const BatchResult late = harness.process();
    model.refreshRows({late.changes.messages.cbegin(), late.changes.messages.cend()});
    QCOMPARE(range(inserted), qMakePair(200, 200));
    QCOMPARE(model.index(200, 0).data(MessageListModel::TextRole).toString(),
             QStringLiteral("late"));
}

void TestModels::reactionsAndStatusesUpdateTheirMessage()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    const QString customer = QStringLiteral("15550008888");
    harness.injectBody(text(customer, 1'700'000'000, QStringLiteral("wamid.r.1")));
    harness.injectBody(text(customer, 1'700'000'001, QStringLiteral("wamid.r.2")));
    harness.process();
    MessageListModel model(harness.db().handle());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setConversation(QLatin1String(TestWorld::support), customer);
    QCOMPARE(model.rowCount(), 2);
    // The harness stores its bodies as an operator's replays: the bubbles say so.
    QCOMPARE(model.index(0, 0).data(MessageListModel::OriginRole).toString(),
             QStringLiteral("replay"));

    SampleWebhooks::Params p = onSupport(customer, 1'700'000'005);
    p.target = QStringLiteral("wamid.r.1");
    p.wamid = QStringLiteral("wamid.r.reaction");
    harness.injectBody(SampleWebhooks::build(SampleWebhooks::Reaction, p));
    const BatchResult result = harness.process();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.refreshRows({result.changes.messages.cbegin(), result.changes.messages.cend()});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(inserted.count(), 0); // a reaction is a chip, not a bubble
    const QVariantList reactions = model.index(0, 0).data(MessageListModel::ReactionsRole).toList();
    QCOMPARE(reactions.size(), 1);
    QCOMPARE(reactions.at(0).toMap().value(QStringLiteral("emoji")).toString(),
             QStringLiteral("\U0001F44D"));

    // An outbound message known from its statuses joins the conversation with its timeline.
    p.target = QStringLiteral("wamid.r.out");
    p.timestamp = 1'700'000'010;
    harness.injectBody(SampleWebhooks::build(SampleWebhooks::StatusSent, p));
    p.timestamp = 1'700'000'020;
    harness.injectBody(SampleWebhooks::build(SampleWebhooks::StatusRead, p));
    const BatchResult statuses = harness.process();
    inserted.clear();
    model.refreshRows({statuses.changes.messages.cbegin(), statuses.changes.messages.cend()});
    QCOMPARE(range(inserted), qMakePair(2, 2));
    const QModelIndex out = model.index(2, 0);
    QCOMPARE(out.data(MessageListModel::DirectionRole).toString(), QStringLiteral("outbound"));
    QCOMPARE(out.data(MessageListModel::StatusRole).toString(), QStringLiteral("read"));
    QCOMPARE(out.data(MessageListModel::StatusHistoryRole).toList().size(), 2);
}

void TestModels::statusesTableShowsStepsErrorsAndHints()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    DeliveryStatusModel model(harness.db().handle());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({{}, QStringLiteral("failed"), {}, 0});
    QVERIFY(model.rowCount() >= 2);
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, DeliveryStatusModel::Code).data().toInt() == 131047) {
            found = true;
            QVERIFY(model.index(row, DeliveryStatusModel::Hint)
                        .data()
                        .toString()
                        .contains(QStringLiteral("24 hours")));
            QVERIFY(!model.index(row, DeliveryStatusModel::Failed).data().toString().isEmpty());
            QCOMPARE(model.index(row, DeliveryStatusModel::Source).data().toString(),
                     QStringLiteral("Replay"));
        }
    }
    QVERIFY(found);
    model.setFilter({{}, {}, QStringLiteral("131049"), 0});
    QCOMPARE(model.rowCount(), 1);
    model.setFilter({QLatin1String(TestWorld::clinic), QStringLiteral("failed"), {}, 0});
    QCOMPARE(model.rowCount(), 0);
}

void TestModels::deadLettersRetryFromTheModelAndLeaveTheView()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    QSqlDatabase db = harness.db().handle();
    DeadLetterModel model(db);
    DeadLetterGroupModel groups(db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester groupTester(&groups,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    groups.refresh();
    const int dead = model.rowCount();
    QVERIFY(dead >= 2);
    QCOMPARE(groups.total(), dead);
    // The payload column shows the body's first bytes as text on either engine (PostgreSQL's
    // bytea cast to text escapes every byte outside ASCII).
    for (int row = 0; row < dead; ++row) {
        const QModelIndex preview = model.index(row, DeadLetterModel::Preview);
        const QByteArray body =
            harness
                .scalar(QStringLiteral("SELECT d.body FROM deliveries d JOIN dead_letters x ON "
                                       "x.delivery_id = d.id WHERE x.id = ?"),
                        {model.index(row, 0).data(KeyedPageModel::IdentityRole)})
                .toByteArray();
        QVERIFY(!body.isEmpty());
        QCOMPARE(preview.data().toString(), QString::fromUtf8(body.left(240)).simplified());
    }

    const qint64 id = model.index(0, 0).data(KeyedPageModel::IdentityRole).toLongLong();
    OperatorService operations(harness.world().databaseOptions(), QStringLiteral("tester"));
    QSignalSpy finished(&operations, &OperatorService::finished);
    operations.retry({id});
    QVERIFY(finished.wait(5000));
    const auto result = finished.at(0).at(0).value<OperatorResult>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.count, 1);
    // Who retried it is in its delivery's trail.
    const qint64 delivery = harness
                                .scalar(QStringLiteral("SELECT delivery_id FROM dead_letters "
                                                       "WHERE id = ?"),
                                        {id})
                                .toLongLong();
    const auto trail = DeliveryTrail::build(harness.db().handle(), delivery);
    QVERIFY(trail);
    QVERIFY(std::any_of(trail->cbegin(), trail->cend(), [id](const TrailStep &step) {
        return step.step == QLatin1String("operator") &&
               step.detail == QStringLiteral("retried by tester (dead letter %1)").arg(id);
    }));

    // Taken again, it fails again (the line is still unknown) and is dead once more: the row
    // is updated in place, and its attempts grew.
    const BatchResult again = harness.process();
    QVERIFY(again.changes.deadLetters.contains(id));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.refreshRows({id});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(model.index(0, DeadLetterModel::Attempts).data().toInt(), 2);

    // Discarded, it leaves the "dead" view: exactly its row goes, and its group shrinks.
    finished.clear();
    operations.discard({id});
    QVERIFY(finished.wait(5000));
    model.refreshRows({id});
    QCOMPARE(range(removed), qMakePair(0, 0));
    QCOMPARE(model.rowCount(), dead - 1);
    groups.refresh();
    QCOMPARE(groups.total(), dead - 1);
}

void TestModels::deliveryLogTakesNewDeliveriesAtTheTop()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    harness.replay(Fixtures::bodies());
    DeliveryLogModel model(harness.db().handle());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    const int before = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const qint64 first = harness.injectBody(text(QStringLiteral("1555"), 1, QStringLiteral("w.1")));
    const qint64 second =
        harness.injectBody(text(QStringLiteral("1555"), 2, QStringLiteral("w.2")));
    model.refreshNewer();
    QCOMPARE(range(inserted), qMakePair(0, 1));
    QCOMPARE(model.rowCount(), before + 2);
    QCOMPARE(model.index(0, 0).data(KeyedPageModel::IdentityRole).toLongLong(), second);
    QCOMPARE(model.index(1, 0).data(KeyedPageModel::IdentityRole).toLongLong(), first);
    QCOMPARE(model.index(0, DeliveryLogModel::State).data().toString(), QStringLiteral("pending"));

    harness.process();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refreshRows({first, second});
    QCOMPARE(changed.count(), 2);
    QCOMPARE(model.index(0, DeliveryLogModel::State).data().toString(),
             QStringLiteral("processed"));

    DeliveryLogFilter filter;
    filter.text = QStringLiteral("w.2");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
}

void TestModels::linesCountUnreadAndRate()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    LineListModel model(harness.db().handle());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.refresh();
    QCOMPARE(model.rowCount(), 4);
    const int support = model.rowOfLine(QLatin1String(TestWorld::support));
    QVERIFY(support > 0);
    QCOMPARE(model.index(support).data(LineListModel::UnreadRole).toInt(), 0);
    QCOMPARE(model.index(support).data(LineListModel::HealthRole).toInt(),
             int(LineListModel::Quiet));

    harness.injectBody(
        text(QStringLiteral("15551"), QDateTime::currentSecsSinceEpoch(), QStringLiteral("w.a")));
    harness.injectBody(
        text(QStringLiteral("15552"), QDateTime::currentSecsSinceEpoch(), QStringLiteral("w.b")));
    harness.process();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.refresh();
    QCOMPARE(model.index(support).data(LineListModel::UnreadRole).toInt(), 2);
    QCOMPARE(model.index(support).data(LineListModel::RateRole).toInt(), 2);
    QCOMPARE(model.index(support).data(LineListModel::HealthRole).toInt(),
             int(LineListModel::Receiving));
    QCOMPARE(model.index(0).data(LineListModel::UnreadRole).toInt(), 2);
    QCOMPARE(changed.count(), 2); // "All lines" and Support, nothing else

    // A disabled line says so.
    ConfigStore store(harness.db().handle());
    QVERIFY(store.updateLine({QLatin1String(TestWorld::clinic),
                              QStringLiteral("109988776655443"),
                              QStringLiteral("Clinic"),
                              {},
                              QStringLiteral("lumen"),
                              false}));
    model.refresh();
    QCOMPARE(model.index(model.rowOfLine(QLatin1String(TestWorld::clinic)))
                 .data(LineListModel::HealthRole)
                 .toInt(),
             int(LineListModel::Disabled));

    // A read from the counting thread that began before this one is not shown over it (the
    // line just disabled would flicker back); one that began after is.
    const int rows = model.rowCount();
    model.applyRead({}, 1);
    QCOMPARE(model.rowCount(), rows);
    model.applyRead({}, QDateTime::currentMSecsSinceEpoch() * 1000 + 1'000'000);
    QCOMPARE(model.rowCount(), 1); // "All lines" only: that read found none
}

void TestModels::hiddenTablesCatchUpWhenShown()
{
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
    ConsoleModels models(harness.db().handle());
    models.load();
    DeliveryLogModel *log = models.deliveries();
    QAbstractItemModelTester tester(log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(log->rowCount(), 0);

    models.setShown(ConsoleModels::Deliveries, false);
    QSignalSpy inserted(log, &QAbstractItemModel::rowsInserted);
    harness.injectBody(text(QStringLiteral("1555"), 1, QStringLiteral("w.hidden.1")));
    harness.injectBody(text(QStringLiteral("1555"), 2, QStringLiteral("w.hidden.2")));
    const BatchResult result = harness.process();
    models.apply(result.changes, 2);
    QCOMPARE(inserted.count(), 0);                   // nobody looks: nothing done
    QCOMPARE(models.conversations()->rowCount(), 1); // conversations always follow

    models.setShown(ConsoleModels::Deliveries, true);
    QCOMPARE(range(inserted), qMakePair(0, 1));
    QCOMPARE(log->index(0, DeliveryLogModel::State).data().toString(), QStringLiteral("processed"));
}

void TestModels::logKeepsTheNewestLinesInARing()
{
    LogModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LogOptions options;
    options.toStderr = false;
    LogSink::install(options);
    model.listen();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 2; ++i)
        qCWarning(lcProcessing) << "first" << i << LogIds{{"delivery", i}};
    QTRY_COMPARE(model.rowCount(), 2);
    QCOMPARE(range(inserted), qMakePair(0, 1)); // one batch
    inserted.clear();
    for (int i = 0; i < 3; ++i)
        qCWarning(lcProcessing) << "second" << i << LogIds{{"delivery", 10 + i}};
    QTRY_COMPARE(inserted.count(), 1);
    QCOMPARE(range(removed), qMakePair(0, 1));
    QCOMPARE(range(inserted), qMakePair(0, 2));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, LogModel::Ids).data().toString(), QStringLiteral("delivery=12"));
    QCOMPARE(model.index(0, LogModel::Category).data().toString(),
             QStringLiteral("hookline.processing"));
    LogSink::uninstall();
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
