#include "accounthealth.h"
#include "accounthealthpage.h"
#include "alertlistmodel.h"
#include "alertspage.h"
#include "composerdialog.h"
#include "consoleengine.h"
#include "consolemodels.h"
#include "consolesettings.h"
#include "conversationlistmodel.h"
#include "conversationpane.h"
#include "conversationspage.h"
#include "deadlettergroupmodel.h"
#include "deadlettermodel.h"
#include "deadletterpanel.h"
#include "deliverylogmodel.h"
#include "deliverystatusmodel.h"
#include "demofeeder.h"
#include "firstlinedialog.h"
#include "fixtures.h"
#include "healthcheckdialog.h"
#include "httpclient.h"
#include "inspectorpanel.h"
#include "jsoneditordialog.h"
#include "linelistmodel.h"
#include "mainwindow.h"
#include "media/mediaservice.h"
#include "mediaviewer.h"
#include "messagedelegate.h"
#include "messagelistmodel.h"
#include "messageref.h"
#include "mockgraph.h"
#include "processing/replayinjector.h"
#include "reactionmodel.h"
#include "replycomposer.h"
#include "searchdialog.h"
#include "searchresultmodel.h"
#include "settingsdialog.h"
#include "storage/configstore.h"
#include "templatedialog.h"
#include "testsigner.h"
#include "testworld.h"
#include "thumbnailcache.h"
#include "webhookbody.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace hookline;
using namespace hookline::test;

namespace {

// The fixture world with the real console around it: engine (embedded receiver on an
// ephemeral port, processing, operator thread) and the main window, offscreen.
struct Console
{
    TestWorld world;
    std::unique_ptr<ConsoleEngine> engine;
    std::unique_ptr<MainWindow> window;
    QString error;

    explicit Console(const QStringList &replays = {}, const QList<QByteArray> &bodies = {},
                     const GraphEndpoint &graph = {})
    {
        error = world.seed();
        if (!error.isEmpty())
            return;
        if (!replays.isEmpty()) {
            auto db = world.open(QStringLiteral("seed"));
            if (!db) {
                error = db.error();
                return;
            }
            for (const QString &name : replays) {
                if (!ReplayInjector((*db)->handle()).inject(Fixtures::read(name), name)) {
                    error = QStringLiteral("cannot inject ") + name;
                    return;
                }
            }
        }
        if (!bodies.isEmpty()) {
            auto db = world.open(QStringLiteral("seed"));
            if (!db) {
                error = db.error();
                return;
            }
            for (const QByteArray &body : bodies) {
                if (!ReplayInjector((*db)->handle()).inject(body, QStringLiteral("test"))) {
                    error = QStringLiteral("cannot inject a body");
                    return;
                }
            }
        }
        ConsoleOptions options;
        options.receiver.database = world.databaseOptions();
        options.receiver.port = 0;
        options.flushIntervalMs = 50;
        options.graph = graph;
        engine = std::make_unique<ConsoleEngine>(options);
        if (Status s = engine->open(); !s) {
            error = s.error();
            return;
        }
        window = std::make_unique<MainWindow>(engine.get());
        window->show();
        if (Status s = engine->startServices(); !s)
            error = s.error();
    }
    ~Console()
    {
        window.reset();
        if (engine)
            engine->stop();
    }
    ConsoleModels *models() const { return engine->models(); }
};

// Where the console finds the mock Graph API.
GraphEndpoint endpointOf(const MockGraph &graph)
{
    GraphEndpoint endpoint;
    endpoint.base = graph.url();
    return endpoint;
}

// Gives the Northwind app (the Support and Sales lines) the mock's access token.
bool giveNorthwindTheToken(Console &console)
{
    auto db = console.world.open(QStringLiteral("token"));
    return db && ConfigStore((*db)->handle())
                     .setAccessToken(QStringLiteral("northwind"), MockGraph::goodToken);
}

// Runs action on the modal dialog of type T once it shows (polling for up to five seconds).
template <typename T> void onDialog(std::function<void(T *)> action, int triesLeft = 250)
{
    QTimer::singleShot(20, qApp, [action = std::move(action), triesLeft] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            action(dialog);
            return;
        }
        if (triesLeft > 0)
            onDialog<T>(action, triesLeft - 1);
    });
}

// With HOOKLINE_TEST_SHOTS=DIR, saves a picture of the widget there as NAME.png (the screenshot
// script uses it for what the demo tour cannot show: downloads, sends, the picker).
void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HOOKLINE_TEST_SHOTS");
    if (dir.isEmpty())
        return;
    QTest::qWait(300); // pictures decoded, layouts settled
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

int rowWhere(QAbstractItemModel *model, int role, const QVariant &value)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(role) == value)
            return row;
    }
    return -1;
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void retryADeadLetterFromThePanelAndSeeItProcessed();
    void deadLettersExplainThemselvesAndKeepTheSelection();
    void replayAnEditedCopyFromTheInspector();
    void sendATestWebhookFromTheComposerAndSeeItInTheConversation();
    void composerSendsExactlyWhatItShows();
    void switchLinesAndFilter();
    void openingAConversationMarksItRead();
    void emptyStatesSpeakToTheOperator();
    void sampleDataGoesThroughTheReceiver();
    void firstLineSetUpAddsTheAppAndTheLine();
    void healthCheckMarksEachCheck();
    void healthCheckOnPostgresSaysWhatItChecks();
    void settingsEditAndDisableALine();
    void alertsAndAccountHealthFromASignedDelivery();
    void aThreadReadsLikeAChat();
    void bubblesAreMeasuredAgainWhenTheyChange();
    void statusesAndReactionsOpenTheirMessage();
    void linesKeepTheirShortcutsAndMoveByDragging();
    void bubblesHaveAContextMenu();
    void searchFindsAWordAndOpensItsMessage();
    void erasingAPersonAsksThenForgetsThem();
    void replyFromTheConsoleInsideTheWindow();
    void templatePickerListsAndFillsVariables();
    void mediaShowInTheirBubbles();
};

void TestConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ConsoleSettings::setLineOrder({}); // lines in the order they were added
}

void TestConsole::retryADeadLetterFromThePanelAndSeeItProcessed()
{
    // A delivery for a line nobody configured: a dead letter until the line is added.
    Console console({QStringLiteral("unknown_phone_number_id.json")});
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    DeadLetterModel *items = console.models()->deadLetters();
    QTRY_COMPARE(console.models()->deadLetterGroups()->total(), 1);
    items->reload();
    QCOMPARE(items->rowCount(), 1);
    const QString line = items->index(0, DeadLetterModel::Line).data().toString();
    QCOMPARE(line, QLatin1String(TestWorld::unconfigured));

    QVERIFY(console.engine->addLine({line, QStringLiteral("102290129340398"),
                                     QStringLiteral("New line"), QStringLiteral("+1 555 0199"),
                                     QStringLiteral("northwind"), true}));
    DeadLetterPanel *panel = console.window->deadLetters();
    console.window->tabs()->setCurrentIndex(MainWindow::DeadLettersTab);
    panel->items()->selectRow(0);
    QSignalSpy removed(items, &QAbstractItemModel::rowsRemoved);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("retry")), Qt::LeftButton);

    // Processed this time: the dead letter leaves the "dead" view, its line has a conversation.
    QTRY_COMPARE(console.models()->deadLetterGroups()->total(), 0);
    QTRY_COMPARE(items->rowCount(), 0);
    QCOMPARE(removed.count(), 1);
    ConversationListModel *conversations = console.models()->conversations();
    QTRY_VERIFY(rowWhere(conversations, ConversationListModel::LineRole, line) >= 0);
}

// A change of a field no Hookline knows, on the Support line: an unknown_field dead letter.
QByteArray unknownFieldBody(const QString &field, int serial,
                            const QString &line = QLatin1String(TestWorld::support))
{
    return QStringLiteral(
               R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398",)"
               R"("changes":[{"field":"%1","value":{"serial":%3,"metadata":)"
               R"({"display_phone_number":"15550100001","phone_number_id":"%2"}}}]}]})")
        .arg(field, line)
        .arg(serial)
        .toUtf8();
}

void TestConsole::deadLettersExplainThemselvesAndKeepTheSelection()
{
    // Two causes: a line nobody configured (one dead letter), a field Hookline does not know
    // (on two lines: still one cause, one group).
    Console console({QStringLiteral("unknown_phone_number_id.json")},
                    {unknownFieldBody(QStringLiteral("brand_new_feature"), 1),
                     unknownFieldBody(QStringLiteral("brand_new_feature"), 2,
                                      QLatin1String(TestWorld::sales))});
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    DeadLetterGroupModel *groups = console.models()->deadLetterGroups();
    QTRY_COMPARE(groups->total(), 3);
    QCOMPARE(groups->rowCount(), 2);
    DeadLetterPanel *panel = console.window->deadLetters();
    console.window->tabs()->setCurrentIndex(MainWindow::DeadLettersTab);
    auto rowOf = [groups](const QString &reason) {
        for (int row = 0; row < groups->rowCount(); ++row) {
            if (groups->group(row).reason == reason)
                return row;
        }
        return -1;
    };
    const int lineRow = rowOf(QStringLiteral("unknown_phone_number_id"));
    QVERIFY(lineRow >= 0);
    // Reasons in plain words, the code beside them.
    QCOMPARE(groups->index(lineRow, DeadLetterGroupModel::Reason).data().toString(),
             QStringLiteral("Line not configured (unknown_phone_number_id)"));

    // The chosen group's cause has a fix; the detail pane explains and shows the whole payload.
    panel->groups()->selectRow(lineRow);
    QVERIFY(panel->fixButton()->isVisible());
    QVERIFY(panel->fixButton()->text().contains(QLatin1String(TestWorld::unconfigured)));
    QTRY_COMPARE(panel->items()->model()->rowCount(), 1);
    panel->items()->selectRow(0);
    const QString detail = panel->detail()->toPlainText();
    // What became of the delivery, step by step, above its payload.
    QVERIFY2(detail.contains(QStringLiteral("What became of the delivery:")), qPrintable(detail));
    QVERIFY2(detail.startsWith(QStringLiteral("Line not configured  [unknown_phone_number_id]")),
             qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("Add the line, then retry.")));
    QVERIFY(detail.contains(QStringLiteral("\"phone_number_id\": \"") +
                            QLatin1String(TestWorld::unconfigured)));

    // Add line: the form comes filled in; a bad id keeps what was typed and says why, in a
    // sentence; then the panel offers to retry the group, with a button naming the action.
    QString formError;
    QString keptText;
    QString verb;
    onDialog<QDialog>([&](QDialog *form) {
        const QList<QLineEdit *> fields = form->findChildren<QLineEdit *>();
        QVERIFY(!fields.isEmpty());
        QCOMPARE(fields.first()->text(), QLatin1String(TestWorld::unconfigured));
        fields.at(1)->setText(QStringLiteral("102290129340398"));
        fields.at(2)->setText(QStringLiteral("Returns"));
        fields.first()->setText(QStringLiteral("1999 0001"));
        auto *buttons = form->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(form->isVisible());
        formError = form->findChild<QLabel *>(QStringLiteral("formError"))->text();
        keptText = fields.at(2)->text();
        fields.first()->setText(QLatin1String(TestWorld::unconfigured));
        onDialog<QMessageBox>([&verb](QMessageBox *box) {
            auto *act = box->findChild<QPushButton *>(QStringLiteral("confirmVerb"));
            verb = act->text();
            act->click();
        });
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(panel->fixButton(), Qt::LeftButton);
    QCOMPARE(formError, QStringLiteral("The phone number id must be 1-64 letters or digits."));
    QCOMPARE(keptText, QStringLiteral("Returns"));
    QCOMPARE(verb, QStringLiteral("Retry 1"));

    // The outcome in one line; the emptied group's selection does not jump to the other group.
    QTRY_COMPARE_WITH_TIMEOUT(panel->outcome()->text(), QStringLiteral("1 retried: 1 projected."),
                              10'000);
    QTRY_COMPARE(groups->rowCount(), 1);
    QVERIFY(!panel->groups()->currentIndex().isValid());
    QVERIFY(!panel->fixButton()->isVisible());

    // A retry whose cause is still there says so, and the group stays chosen.
    panel->groups()->selectRow(0);
    QTRY_COMPARE(panel->items()->model()->rowCount(), 2);
    verb.clear();
    onDialog<QMessageBox>([&verb](QMessageBox *box) {
        auto *act = box->findChild<QPushButton *>(QStringLiteral("confirmVerb"));
        verb = act->text();
        act->click();
    });
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("retryGroup")),
                      Qt::LeftButton);
    QCOMPARE(verb, QStringLiteral("Retry 2"));
    QTRY_COMPARE_WITH_TIMEOUT(panel->outcome()->text(),
                              QStringLiteral("2 retried: 2 still failing — same cause."), 10'000);
    QCOMPARE(panel->groups()->currentIndex().row(), 0);
    QCOMPARE(groups->group(0).reason, QStringLiteral("unknown_field"));
    QCOMPARE(groups->index(0, DeadLetterGroupModel::Line).data().toString(),
             QStringLiteral("(any line)"));
    QCOMPARE(groups->total(), 2);
}

// A delivery on the Support line of one change's value (its metadata added).
QByteArray supportChange(const QString &value)
{
    return (QStringLiteral(
                R"({"object":"whatsapp_business_account","entry":[{"id":"102290129340398",)"
                R"("changes":[{"field":"messages","value":{"messaging_product":"whatsapp",)"
                R"("metadata":{"display_phone_number":"15550100001","phone_number_id":")") +
            QLatin1String(TestWorld::support) + QStringLiteral(R"("},)") + value +
            QStringLiteral("}}]}]}"))
        .toUtf8();
}

QByteArray inboundText(qint64 ts, const QString &id, const QString &text)
{
    return supportChange(
        QStringLiteral(R"("contacts":[{"profile":{"name":"Marta"},"wa_id":"15550003333"}],)"
                       R"("messages":[{"from":"15550003333","id":"%1","timestamp":"%2",)"
                       R"("type":"text","text":{"body":"%3"}}])")
            .arg(id)
            .arg(ts)
            .arg(text));
}

QByteArray outboundStatus(qint64 ts, const QString &id, const QString &status,
                          const QString &errors = {})
{
    return supportChange(QStringLiteral(R"("statuses":[{"id":"%1","status":"%2","timestamp":"%3",)"
                                        R"("recipient_id":"15550003333"%4}])")
                             .arg(id, status)
                             .arg(ts)
                             .arg(errors));
}

void TestConsole::aThreadReadsLikeAChat()
{
    // Late yesterday and early today; three business messages known only by their statuses in
    // a row, then one that failed.
    const QDateTime midnight(QDate::currentDate(), QTime(0, 0));
    const qint64 yesterday = midnight.toSecsSinceEpoch() - 600; // 23:50
    const qint64 today = midnight.toSecsSinceEpoch() + 600;     // 00:10
    Console console(
        {}, {inboundText(yesterday, QStringLiteral("wamid.t.1"), QStringLiteral("Late question")),
             outboundStatus(yesterday + 60, QStringLiteral("wamid.t.o1"), QStringLiteral("read")),
             outboundStatus(yesterday + 70, QStringLiteral("wamid.t.o2"), QStringLiteral("read")),
             outboundStatus(yesterday + 80, QStringLiteral("wamid.t.o3"), QStringLiteral("sent")),
             inboundText(today, QStringLiteral("wamid.t.2"), QStringLiteral("Good morning")),
             inboundText(today + 30, QStringLiteral("wamid.t.3"), QStringLiteral("Anyone?")),
             outboundStatus(today + 90, QStringLiteral("wamid.t.o4"), QStringLiteral("failed"),
                            QStringLiteral(R"(,"errors":[{"code":131049,"title":"Not )"
                                           R"(delivered for ecosystem health"}])"))});
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    ConversationListModel *conversations = console.models()->conversations();
    QTRY_VERIFY(rowWhere(conversations, ConversationListModel::CustomerRole,
                         QStringLiteral("15550003333")) >= 0);
    const int row =
        rowWhere(conversations, ConversationListModel::CustomerRole, QStringLiteral("15550003333"));
    // The business's latest message failed: the conversation list says so.
    QTRY_VERIFY(
        conversations->index(row, 0).data(ConversationListModel::LastOutboundFailedRole).toBool());
    console.window->conversations()->list()->setCurrentIndex(conversations->index(row, 0));
    MessageListModel *messages = console.models()->messages();
    QTRY_COMPARE(messages->rowCount(), 7);

    // Day separators where the date changes, and only there.
    const QDate day = QDate::currentDate();
    QStringList labels;
    for (int r = 0; r < messages->rowCount(); ++r)
        labels << MessageDelegate::dayLabel(messages->index(r, 0), day);
    QCOMPARE(
        labels,
        QStringList({QStringLiteral("Yesterday"), {}, {}, {}, QStringLiteral("Today"), {}, {}}));
    const QLocale locale;
    QCOMPARE(MessageDelegate::dayName(QDate(2026, 11, 28), QDate(2026, 12, 1)),
             locale.toString(QDate(2026, 11, 28), QStringLiteral("ddd d MMM")));
    QCOMPARE(MessageDelegate::dayName(QDate(2025, 12, 30), QDate(2026, 1, 2)),
             locale.toString(QDate(2025, 12, 30), QStringLiteral("ddd d MMM yyyy")));
    // The second of two quick messages continues the first.
    QVERIFY(MessageDelegate::continues(messages->index(5, 0)));
    QVERIFY(!MessageDelegate::continues(messages->index(4, 0)));

    // Three business messages in a row: one line, the other two hidden until clicked.
    ConversationPane *pane = console.window->conversations()->pane();
    QListView *view = pane->view();
    auto *delegate = qobject_cast<MessageDelegate *>(view->itemDelegate());
    QVERIFY(delegate);
    QVERIFY(MessageDelegate::isCompact(messages->index(1, 0)));
    QCOMPARE(delegate->collapsedRun(messages->index(1, 0)), 3);
    QVERIFY(view->isRowHidden(2) && view->isRowHidden(3));
    QVERIFY(!view->isRowHidden(4));
    // Going to a message inside the run (from the Statuses table, say) opens the run.
    QVERIFY(pane->jumpTo(QStringLiteral("wamid.t.o3")));
    QVERIFY(!view->isRowHidden(3));
    QCOMPARE(view->currentIndex().row(), 3);
    // Reopened, the conversation starts collapsed again; a click on the line opens it.
    pane->open(QLatin1String(TestWorld::support), QStringLiteral("15550003333"),
               QStringLiteral("Marta"));
    QVERIFY(view->isRowHidden(2) && view->isRowHidden(3));
    const QRect first = view->visualRect(messages->index(1, 0));
    QVERIFY(first.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
    QVERIFY(!view->isRowHidden(2) && !view->isRowHidden(3));
    QCOMPARE(delegate->collapsedRun(messages->index(1, 0)), 0);

    // The failed one is a bubble that says why, with Meta's code and what to do.
    QVERIFY(!MessageDelegate::isCompact(messages->index(6, 0)));
    const QString failed = MessageDelegate::html(messages->index(6, 0), view->palette());
    QVERIFY2(failed.contains(QStringLiteral("Not delivered — error 131049")), qPrintable(failed));
}

void TestConsole::bubblesAreMeasuredAgainWhenTheyChange()
{
    // The delegate remembers each row's size; a reaction arriving through the receiver must
    // still give its bubble room for the chip, and a message arriving between two others must
    // change how the next one reads (no longer a continuation).
    const qint64 now = QDateTime::currentSecsSinceEpoch() - 3600;
    Console console({},
                    {inboundText(now, QStringLiteral("wamid.m.1"), QStringLiteral("First")),
                     inboundText(now + 60, QStringLiteral("wamid.m.2"), QStringLiteral("Second"))});
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    console.window->resize(1100, 700);
    console.window->show();
    ConversationListModel *conversations = console.models()->conversations();
    QTRY_VERIFY(rowWhere(conversations, ConversationListModel::CustomerRole,
                         QStringLiteral("15550003333")) >= 0);
    console.window->conversations()->list()->setCurrentIndex(conversations->index(
        rowWhere(conversations, ConversationListModel::CustomerRole, QStringLiteral("15550003333")),
        0));
    MessageListModel *messages = console.models()->messages();
    QTRY_COMPARE(messages->rowCount(), 2);
    QListView *view = console.window->conversations()->pane()->view();
    // What the delegate answers the view, at one width whatever the window does meanwhile.
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = QRect(0, 0, 600, 100);
    const auto heightOf = [&](const QString &wamid) {
        return view->itemDelegate()
            ->sizeHint(option, messages->index(messages->rowOf(wamid), 0))
            .height();
    };
    const int plain = heightOf(QStringLiteral("wamid.m.1"));
    const int continued = heightOf(QStringLiteral("wamid.m.2"));
    QVERIFY(plain > 0);
    QVERIFY2(continued < plain, qPrintable(QStringLiteral("%1 %2").arg(continued).arg(plain)));

    HttpClient client;
    const auto post = [&](const QByteArray &body) {
        return client
            .post(QUrl(console.engine->receiverUrl() + QStringLiteral("/webhook")), body,
                  {{"X-Hub-Signature-256", sign(northwindSecret, body)}})
            .status;
    };
    QCOMPARE(post(supportChange(
                 QStringLiteral(
                     R"("contacts":[{"profile":{"name":"Marta"},"wa_id":"15550003333"}],)"
                     R"("messages":[{"from":"15550003333","id":"wamid.m.r","timestamp":"%1",)"
                     R"("type":"reaction","reaction":{"message_id":"wamid.m.1","emoji":"👍"}}])")
                     .arg(now + 120))),
             200);
    QTRY_VERIFY(!messages->index(messages->rowOf(QStringLiteral("wamid.m.1")), 0)
                     .data(MessageListModel::ReactionsRole)
                     .toList()
                     .isEmpty());
    QVERIFY2(heightOf(QStringLiteral("wamid.m.1")) > plain,
             qPrintable(QString::number(heightOf(QStringLiteral("wamid.m.1")))));
    QCOMPARE(heightOf(QStringLiteral("wamid.m.2")), continued);

    // A business message between the two: the second is no longer a continuation.
    QCOMPARE(post(outboundStatus(now + 30, QStringLiteral("wamid.m.o"), QStringLiteral("failed"),
                                 QStringLiteral(R"(,"errors":[{"code":131049,"title":"x"}])"))),
             200);
    QTRY_COMPARE(messages->rowCount(), 3);
    QCOMPARE(messages->rowOf(QStringLiteral("wamid.m.o")), 1);
    QTRY_VERIFY2(heightOf(QStringLiteral("wamid.m.2")) > continued,
                 qPrintable(QString::number(heightOf(QStringLiteral("wamid.m.2")))));
}

void TestConsole::statusesAndReactionsOpenTheirMessage()
{
    // A reaction to the text message of text_message.json.
    const QByteArray reaction = supportChange(QStringLiteral(
        R"("contacts":[{"profile":{"name":"Ana Souza"},"wa_id":"15550001111"}],"messages":[{)"
        R"("from":"15550001111","id":"wamid.reaction.1","timestamp":"1767262000","type":)"
        R"("reaction","reaction":{"message_id":"wamid.HBgLMTU1NTAwMDExMTEVAgASGBRGNjM3RjRENU)"
        R"(EzRDc3MDEwNTI5OAA=","emoji":"👍"}}])"));
    Console console(
        {QStringLiteral("text_message.json"), QStringLiteral("status_failed_131047.json")},
        {reaction});
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    console.window->resize(1280, 800);
    ConsoleModels *models = console.models();
    console.window->tabs()->setCurrentIndex(MainWindow::StatusesTab);
    DeliveryStatusModel *statuses = models->statuses();
    QTRY_VERIFY(statuses->rowCount() >= 1);
    // Names and previews, not bare numbers and wamids; the failure's columns fit at 1280 px.
    auto *table = console.window->tabs()->currentWidget()->findChild<QTableView *>();
    QVERIFY(table);
    QCOMPARE(statuses->index(0, DeliveryStatusModel::Message).data().toString(),
             QStringLiteral("Business message"));
    QVERIFY(statuses->index(0, DeliveryStatusModel::Message)
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("wamid.")));
    for (int column : {DeliveryStatusModel::Code, DeliveryStatusModel::Hint}) {
        const int right = table->columnViewportPosition(column) + table->columnWidth(column);
        QVERIFY2(right <= table->viewport()->width() + table->columnWidth(column) / 2,
                 qPrintable(QString::number(column)));
    }
    const MessageRef status = statuses->messageAt(0);
    QVERIFY(status.isValid());
    // Double-click (or Enter) opens the conversation at that message.
    const QRect cell = table->visualRect(statuses->index(0, DeliveryStatusModel::Recipient));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(console.window->tabs()->currentIndex(), int(MainWindow::ConversationsTab));
    MessageListModel *messages = models->messages();
    QCOMPARE(messages->customer(), status.customer);
    QListView *view = console.window->conversations()->pane()->view();
    QCOMPARE(view->currentIndex().data(MessageListModel::WamidRole).toString(), status.wamid);

    // A reaction: line by its label, the message by its text; Enter opens it.
    console.window->tabs()->setCurrentIndex(MainWindow::ReactionsTab);
    ReactionModel *reactions = models->reactions();
    QTRY_VERIFY(reactions->rowCount() >= 1);
    QCOMPARE(reactions->index(0, ReactionModel::Line).data().toString(), QStringLiteral("Support"));
    QCOMPARE(reactions->index(0, ReactionModel::Message).data().toString(),
             QStringLiteral("Hi! Is the blue kettle back in stock?"));
    auto *reactionTable = console.window->tabs()->currentWidget()->findChild<QTableView *>();
    reactionTable->setFocus();
    reactionTable->setCurrentIndex(reactions->index(0, 0));
    QTest::keyClick(reactionTable, Qt::Key_Return);
    QTRY_COMPARE(console.window->tabs()->currentIndex(), int(MainWindow::ConversationsTab));
    const MessageRef reacted = reactions->messageAt(0);
    QCOMPARE(messages->customer(), reacted.customer);
    QCOMPARE(view->currentIndex().data(MessageListModel::WamidRole).toString(), reacted.wamid);
}

void TestConsole::searchFindsAWordAndOpensItsMessage()
{
    // Two conversations say "kettle"; one line without it is Clinic.
    Console console({QStringLiteral("text_message.json"), QStringLiteral("order_message.json"),
                     QStringLiteral("image_with_caption.json")});
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    QApplication::setActiveWindow(console.window.get());
    QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
    ConsoleModels *models = console.models();
    QTRY_VERIFY(models->conversations()->rowCount() >= 2);
    QTest::keyClick(console.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    SearchDialog *search = console.window->searchDialog();
    QVERIFY(search);
    QTRY_VERIFY(search->isVisible());
    QLineEdit *query = search->queryEdit();
    QTRY_VERIFY(query->hasFocus());
    auto *status = search->findChild<QLabel *>(QStringLiteral("searchStatus"));
    QVERIFY(status->text().contains(QStringLiteral("Accents and case do not matter")));
    // Accents and case aside; the matched word highlighted; newest conversation first.
    QTest::keyClicks(query, QStringLiteral("BLUE KETT"));
    QAbstractItemModel *results = search->resultsView()->model();
    QTRY_COMPARE(results->rowCount(), 1);
    QCOMPARE(results->index(0, 0).data().toString(),
             QStringLiteral("Hi! Is the blue kettle back in stock?"));
    const QVariantList ranges = results->index(0, 0).data(SearchResultModel::RangesRole).toList();
    QCOMPARE(ranges.size(), 2);
    QCOMPARE(ranges.at(0).toPoint(), QPoint(11, 4)); // "blue"
    QCOMPARE(ranges.at(1).toPoint(), QPoint(16, 4)); // "kett" of "kettle"
    QCOMPARE(results->index(0, 0).data(SearchResultModel::NameRole).toString(),
             QStringLiteral("Ana Souza"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("1 conversation")));
    // Nothing found says so; a query of emoji alone says what to type.
    query->clear();
    QTest::keyClicks(query, QStringLiteral("zebra"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("Nothing matches")));
    query->setText(QStringLiteral("👍"));
    QTRY_VERIFY(status->text().contains(QStringLiteral("type letters or digits")));
    // Enter opens the conversation at the message, on the Conversations tab.
    query->clear();
    QTest::keyClicks(query, QStringLiteral("kettle"));
    QTRY_VERIFY(results->rowCount() >= 1);
    const MessageRef first{results->index(0, 0).data(SearchResultModel::LineRole).toString(),
                           results->index(0, 0).data(SearchResultModel::CustomerRole).toString(),
                           results->index(0, 0).data(SearchResultModel::WamidRole).toString()};
    QVERIFY(first.isValid());
    console.window->tabs()->setCurrentIndex(MainWindow::InspectorTab);
    QTest::keyClick(query, Qt::Key_Return);
    QTRY_COMPARE(console.window->tabs()->currentIndex(), int(MainWindow::ConversationsTab));
    QCOMPARE(models->messages()->customer(), first.customer);
    QListView *view = console.window->conversations()->pane()->view();
    QTRY_COMPARE(view->currentIndex().data(MessageListModel::WamidRole).toString(), first.wamid);
    // One line only: the Clinic line has no kettle.
    auto *line = search->findChild<QComboBox *>(QStringLiteral("searchLine"));
    line->setCurrentIndex(line->findText(QStringLiteral("Clinic")));
    QTRY_COMPARE(results->rowCount(), 0);
    // Enter typed faster than the live search's pause still searches, then opens.
    line->setCurrentIndex(0);
    console.window->tabs()->setCurrentIndex(MainWindow::InspectorTab);
    query->setText(QStringLiteral("deliver after"));
    QTest::keyClick(query, Qt::Key_Return);
    QCOMPARE(console.window->tabs()->currentIndex(), int(MainWindow::ConversationsTab));
    QVERIFY(view->currentIndex()
                .data(MessageListModel::WamidRole)
                .toString()
                .startsWith(QStringLiteral("wamid.")));
    search->close();
}

void TestConsole::erasingAPersonAsksThenForgetsThem()
{
    Console console({QStringLiteral("text_message.json"), QStringLiteral("order_message.json"),
                     QStringLiteral("image_with_caption.json")});
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    ConsoleModels *models = console.models();
    ConversationListModel *conversations = models->conversations();
    QTRY_VERIFY(conversations->rowCount() >= 2);
    const int before = conversations->rowCount();
    const int ana =
        rowWhere(conversations, ConversationListModel::CustomerRole, QStringLiteral("15550001111"));
    QVERIFY(ana >= 0);
    ConversationsPage *page = console.window->conversations();
    page->list()->setCurrentIndex(conversations->index(ana, 0));
    QTRY_COMPARE(models->messages()->customer(), QStringLiteral("15550001111"));
    // Cancel changes nothing.
    onDialog<QMessageBox>([](QMessageBox *box) { box->reject(); });
    page->eraseConversation(conversations->index(ana, 0));
    QCOMPARE(conversations->rowCount(), before);
    // The question says what goes, and the button what it does.
    QString question, verb;
    onDialog<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        auto *act = box->findChild<QPushButton *>(QStringLiteral("confirmVerb"));
        verb = act->text();
        act->click();
    });
    QSignalSpy said(page, &ConversationsPage::message);
    page->eraseConversation(conversations->index(ana, 0));
    QCOMPARE(verb, QStringLiteral("Erase"));
    QVERIFY(question.contains(QStringLiteral("Ana Souza (15550001111)")));
    QVERIFY(question.contains(QStringLiteral("cannot be undone")));
    QTRY_COMPARE(said.count(), 1);
    QVERIFY2(said.at(0).at(0).toString().startsWith(QStringLiteral("Erased: ")),
             qPrintable(said.at(0).at(0).toString()));
    QTRY_COMPARE(conversations->rowCount(), before - 1);
    QCOMPARE(
        rowWhere(conversations, ConversationListModel::CustomerRole, QStringLiteral("15550001111")),
        -1);
    QVERIFY(models->messages()->customer().isEmpty()); // the open thread closed
}

void TestConsole::linesKeepTheirShortcutsAndMoveByDragging()
{
    Console console;
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    LineListModel *lines = console.models()->lines();
    auto lineAt = [lines](int row) {
        return lines->index(row).data(LineListModel::PhoneNumberIdRole).toString();
    };
    // In the order they were added (Support, Sales, Clinic), not by name.
    QCOMPARE(lineAt(1), QLatin1String(TestWorld::support));
    QCOMPARE(lineAt(2), QLatin1String(TestWorld::sales));
    QCOMPARE(lineAt(3), QLatin1String(TestWorld::clinic));
    // A new line ("Billing", first by name) goes last: Ctrl+2 still means Sales.
    QVERIFY(console.engine->addLine({QStringLiteral("100000000000001"),
                                     QStringLiteral("102290129340398"), QStringLiteral("Billing"),
                                     QStringLiteral("+1 555 0100"), QStringLiteral("northwind"),
                                     true}));
    lines->refresh();
    QCOMPARE(lines->rowCount(), 5);
    QCOMPARE(lineAt(4), QStringLiteral("100000000000001"));
    QApplication::setActiveWindow(console.window.get());
    QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
    QTest::keyClick(console.window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(console.window->lines()->currentIndex().data(LineListModel::PhoneNumberIdRole),
             QVariant(QLatin1String(TestWorld::sales)));

    // Clinic dragged onto Support: it becomes the first line, and the order is remembered.
    QListView *view = console.window->lines();
    QWidget *viewport = view->viewport();
    const QPoint from = view->visualRect(lines->index(3)).center();
    const QPoint to = view->visualRect(lines->index(1)).center();
    QTest::mousePress(viewport, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step) {
        QMouseEvent move(QEvent::MouseMove, from + (to - from) * step / 4,
                         viewport->mapToGlobal(from + (to - from) * step / 4), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
    }
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, to);
    QCOMPARE(lineAt(1), QLatin1String(TestWorld::clinic));
    QCOMPARE(lineAt(2), QLatin1String(TestWorld::support));
    QCOMPARE(ConsoleSettings::lineOrder().value(0), QLatin1String(TestWorld::clinic));
    // A refresh keeps the operator's order; "All lines" stays first and cannot be moved.
    lines->refresh();
    QCOMPARE(lineAt(1), QLatin1String(TestWorld::clinic));
    QVERIFY(!lines->moveRows({}, 0, 1, {}, 3));
    QTest::keyClick(console.window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(console.window->lines()->currentIndex().data(LineListModel::PhoneNumberIdRole),
             QVariant(QLatin1String(TestWorld::clinic)));
    ConsoleSettings::setLineOrder({});
}

void TestConsole::bubblesHaveAContextMenu()
{
    Console console({QStringLiteral("text_message.json")});
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    ConversationListModel *conversations = console.models()->conversations();
    QTRY_COMPARE(conversations->rowCount(), 1);
    console.window->conversations()->list()->setCurrentIndex(conversations->index(0, 0));
    MessageListModel *messages = console.models()->messages();
    QTRY_COMPARE(messages->rowCount(), 1);
    QListView *view = console.window->conversations()->pane()->view();
    QStringList actions;
    QTimer::singleShot(50, view, [&actions] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (QAction *action : menu->actions())
                if (!action->isSeparator())
                    actions << action->text();
            menu->close();
        }
    });
    emit
    view->customContextMenuRequested(view->visualRect(messages->index(0, 0)).center());
    QCOMPARE(actions, QStringList({QStringLiteral("&Copy text"), QStringLiteral("Copy message &id"),
                                   QStringLiteral("&Reply"), QStringLiteral("Re&act"),
                                   QStringLiteral("Open in &Inspector")}));
}

void TestConsole::replayAnEditedCopyFromTheInspector()
{
    Console console({QStringLiteral("text_message.json")});
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    InspectorPanel *inspector = console.window->inspector();
    console.window->tabs()->setCurrentIndex(MainWindow::InspectorTab);
    DeliveryLogModel *log = console.models()->deliveries();
    QTRY_COMPARE(log->rowCount(), 1);
    inspector->table()->selectRow(0);
    QTRY_VERIFY(inspector->details()->toPlainText().contains(QStringLiteral("kettle")));

    bool sawInvalid = false;
    onDialog<JsonEditorDialog>([&sawInvalid](JsonEditorDialog *dialog) {
        QString json = dialog->editor()->toPlainText();
        dialog->editor()->setPlainText(json + QStringLiteral("}"));
        sawInvalid = !dialog->isValid();
        json.replace(QStringLiteral("Is the blue kettle back in stock?"),
                     QStringLiteral("Edited: is the red kettle back?"));
        json.replace(
            QStringLiteral("wamid.HBgLMTU1NTAwMDExMTEVAgASGBRGNjM3RjRENUEzRDc3MDEwNTI5OAA="),
            QStringLiteral("wamid.edited-copy-1"));
        dialog->editor()->setPlainText(json);
        QVERIFY(dialog->isValid());
        dialog->accept();
    });
    inspector->replayEditedCopy();
    QVERIFY(sawInvalid);

    // Stored as a replay delivery, processed, and the edited message is in the conversation.
    QTRY_COMPARE(log->rowCount(), 2);
    QCOMPARE(log->index(0, DeliveryLogModel::Verdict).data().toString(), QStringLiteral("replay"));
    QTRY_COMPARE(log->index(0, DeliveryLogModel::State).data().toString(),
                 QStringLiteral("processed"));
    ConversationListModel *conversations = console.models()->conversations();
    QTRY_VERIFY(conversations->rowCount() > 0);
    QTRY_COMPARE(conversations->index(0, 0).data(ConversationListModel::PreviewRole).toString(),
                 QStringLiteral("Hi! Edited: is the red kettle back?"));
}

void TestConsole::sendATestWebhookFromTheComposerAndSeeItInTheConversation()
{
    Console console;
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    QVERIFY(console.engine->port() > 0);
    ComposerDialog composer(console.engine.get());
    composer.show();
    QCOMPARE(composer.lineBox()->count(), 3);
    composer.lineBox()->setCurrentIndex(
        composer.lineBox()->findData(QLatin1String(TestWorld::clinic)));
    composer.kindBox()->setCurrentIndex(0); // text
    composer.customerEdit()->setText(QStringLiteral("15550004242"));
    composer.textEdit()->setText(QStringLiteral("Sent from the composer test"));
    // The body follows the fields as they are typed: no Generate body needed.
    QVERIFY(composer.bodyEdit()->toPlainText().contains(QStringLiteral("Sent from the composer")));

    QSignalSpy answered(&composer, &ComposerDialog::answered);
    composer.send();
    QVERIFY(answered.wait(10'000));
    QCOMPARE(answered.at(0).at(0).toInt(), 200);
    QVERIFY(composer.answer()->text().startsWith(QStringLiteral("HTTP 200")));

    // It arrives through the receiver, is processed, and shows in the conversation.
    ConversationsPage *page = console.window->conversations();
    ConversationListModel *conversations = console.models()->conversations();
    QTRY_VERIFY(rowWhere(conversations, ConversationListModel::CustomerRole,
                         QStringLiteral("15550004242")) >= 0);
    const int row =
        rowWhere(conversations, ConversationListModel::CustomerRole, QStringLiteral("15550004242"));
    page->list()->setCurrentIndex(conversations->index(row, 0));
    MessageListModel *messages = console.models()->messages();
    QTRY_COMPARE(messages->rowCount(), 1);
    QCOMPARE(messages->index(0, 0).data(MessageListModel::TextRole).toString(),
             QStringLiteral("Sent from the composer test"));

    // A read status about a message the business sent adds an outbound bubble with its ticks.
    composer.kindBox()->setCurrentIndex(4); // status read
    composer.generate();
    answered.clear();
    composer.send();
    QVERIFY(answered.wait(10'000));
    QCOMPARE(answered.at(0).at(0).toInt(), 200);
    QTRY_COMPARE(messages->rowCount(), 2);
    const int outbound =
        rowWhere(messages, MessageListModel::DirectionRole, QStringLiteral("outbound"));
    QVERIFY(outbound >= 0);
    QCOMPARE(messages->index(outbound, 0).data(MessageListModel::StatusRole).toString(),
             QStringLiteral("read"));
}

void TestConsole::composerSendsExactlyWhatItShows()
{
    Console console;
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    ComposerDialog composer(console.engine.get());
    composer.show();
    composer.lineBox()->setCurrentIndex(
        composer.lineBox()->findData(QLatin1String(TestWorld::support)));
    composer.kindBox()->setCurrentIndex(0); // text
    composer.customerEdit()->setText(QStringLiteral("15550007777"));
    // Typed into the Text field, then sent at once with the button, as an operator would.
    QTest::keyClicks(composer.textEdit(), QStringLiteral(" and more"));
    QVERIFY(composer.editedNote()->isHidden());
    QSignalSpy answered(&composer, &ComposerDialog::answered);
    QTest::mouseClick(composer.sendButton(), Qt::LeftButton);
    QVERIFY(answered.wait(10'000));
    QCOMPARE(answered.at(0).at(0).toInt(), 200);

    // A body edited by hand is sent as shown; the fields no longer overwrite it.
    QString body = composer.bodyEdit()->toPlainText();
    body.replace(QStringLiteral("Hello from the composer and more"),
                 QStringLiteral("Editado a mano"));
    composer.bodyEdit()->setPlainText(body);
    QVERIFY(!composer.editedNote()->isHidden());
    composer.textEdit()->setText(QStringLiteral("This must not be sent"));
    QCOMPARE(composer.bodyEdit()->toPlainText(), body);
    answered.clear();
    QTest::mouseClick(composer.sendButton(), Qt::LeftButton);
    QVERIFY(answered.wait(10'000));
    QCOMPARE(answered.at(0).at(0).toInt(), 200);

    auto db = console.world.open(QStringLiteral("check"));
    QVERIFY(db);
    QTRY_COMPARE(TestWorld::scalar(**db, QStringLiteral("SELECT count(*) FROM deliveries")).toInt(),
                 2);
    QSqlQuery query((*db)->handle());
    QVERIFY(query.exec(QStringLiteral("SELECT body FROM deliveries ORDER BY id")));
    QVERIFY(query.next());
    QVERIFY(QString::fromUtf8(query.value(0).toByteArray())
                .contains(QStringLiteral("Hello from the composer and more")));
    QVERIFY(query.next());
    const QString second = QString::fromUtf8(query.value(0).toByteArray());
    QVERIFY(second.contains(QStringLiteral("Editado a mano")));
    QVERIFY(!second.contains(QStringLiteral("must not be sent")));

    // Generate body starts again from the fields, which it then follows.
    composer.generate();
    QVERIFY(composer.editedNote()->isHidden());
    QVERIFY(composer.bodyEdit()->toPlainText().contains(QStringLiteral("This must not be sent")));
}

void TestConsole::switchLinesAndFilter()
{
    Console console(Fixtures::bodies());
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    ConversationListModel *conversations = console.models()->conversations();
    QTRY_VERIFY(conversations->rowCount() >= 10);
    const int all = conversations->rowCount();

    const int clinicRow = console.models()->lines()->rowOfLine(QLatin1String(TestWorld::clinic));
    QVERIFY(clinicRow > 0);
    QTest::keyClick(console.window.get(), Qt::Key(Qt::Key_0 + clinicRow), Qt::ControlModifier);
    QCOMPARE(console.window->lines()->currentIndex().row(), clinicRow);
    QCOMPARE(conversations->line(), QLatin1String(TestWorld::clinic));
    QVERIFY(conversations->rowCount() > 0 && conversations->rowCount() < all);
    for (int row = 0; row < conversations->rowCount(); ++row)
        QCOMPARE(conversations->index(row, 0).data(ConversationListModel::LineRole).toString(),
                 QLatin1String(TestWorld::clinic));

    QTest::keyClick(console.window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(conversations->rowCount(), all);
    QTest::keyClick(console.window.get(), Qt::Key_F, Qt::ControlModifier);
    QLineEdit *filter = console.window->conversations()->filter();
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("ana sou"));
    QTRY_COMPARE(conversations->rowCount(), 1);
    QCOMPARE(conversations->index(0, 0).data(ConversationListModel::NameRole).toString(),
             QStringLiteral("Ana Souza"));
    // Esc clears the filter at once.
    QTest::keyClick(filter, Qt::Key_Escape);
    QCOMPARE(filter->text(), QString());
    QCOMPARE(conversations->rowCount(), all);
    // A number as people write it finds the conversation.
    QTest::keyClicks(filter, QStringLiteral("+1 (555) 000-1111"));
    QTRY_VERIFY(conversations->rowCount() >= 1 && conversations->rowCount() < all);
    for (int row = 0; row < conversations->rowCount(); ++row)
        QCOMPARE(conversations->index(row, 0).data(ConversationListModel::CustomerRole).toString(),
                 QStringLiteral("15550001111"));
    filter->clear();
    QCOMPARE(conversations->rowCount(), all);
}

void TestConsole::openingAConversationMarksItRead()
{
    Console console({QStringLiteral("text_message.json")});
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    ConversationListModel *conversations = console.models()->conversations();
    QTRY_COMPARE(conversations->rowCount(), 1);
    QCOMPARE(conversations->index(0, 0).data(ConversationListModel::UnreadRole).toInt(), 1);
    const int support = console.models()->lines()->rowOfLine(QLatin1String(TestWorld::support));
    QTRY_COMPARE(console.models()->lines()->index(support).data(LineListModel::UnreadRole).toInt(),
                 1);
    console.window->conversations()->list()->setCurrentIndex(conversations->index(0, 0));
    QTRY_COMPARE(conversations->index(0, 0).data(ConversationListModel::UnreadRole).toInt(), 0);
    QTRY_COMPARE(console.models()->lines()->index(support).data(LineListModel::UnreadRole).toInt(),
                 0);

    // A new customer writes: the line's counts, read on their own thread, follow.
    HttpClient client;
    const QByteArray body = inboundText(QDateTime::currentSecsSinceEpoch(),
                                        QStringLiteral("wamid.unread.1"), QStringLiteral("Hi"));
    QCOMPARE(client
                 .post(QUrl(console.engine->receiverUrl() + QStringLiteral("/webhook")), body,
                       {{"X-Hub-Signature-256", sign(northwindSecret, body)}})
                 .status,
             200);
    const QModelIndex line = console.models()->lines()->index(support);
    QTRY_COMPARE(line.data(LineListModel::UnreadRole).toInt(), 1);
    QTRY_VERIFY(line.data(LineListModel::RateRole).toInt() >= 1);
    QCOMPARE(line.data(LineListModel::HealthRole).toInt(), int(LineListModel::Receiving));
}

void TestConsole::emptyStatesSpeakToTheOperator()
{
    TestWorld world; // no apps, no lines
    ConsoleOptions options;
    options.receiver.database = world.databaseOptions();
    options.embeddedReceiver = false;
    ConsoleEngine engine(options);
    QVERIFY(engine.open());
    MainWindow window(&engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool found = false;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text() == QStringLiteral("No lines yet — add one."))
            found = true;
    }
    QVERIFY(found);
    // Every empty table says why it is empty.
    for (const auto &[tab, name] : {std::pair{MainWindow::StatusesTab, "statuses"},
                                    std::pair{MainWindow::ReactionsTab, "reactions"},
                                    std::pair{MainWindow::RejectionsTab, "rejections"}}) {
        window.tabs()->setCurrentIndex(tab);
        auto *empty = window.findChild<QLabel *>(QLatin1String(name) + QStringLiteral("Empty"));
        QVERIFY2(empty, name);
        QTRY_VERIFY2(empty->isVisible(), name);
        QVERIFY(empty->text().size() > 20);
    }
}

void TestConsole::sampleDataGoesThroughTheReceiver()
{
    TestWorld world; // a scratch database: no apps, no lines
    ConsoleOptions options;
    options.receiver.database = world.databaseOptions();
    options.receiver.port = 0;
    options.flushIntervalMs = 50;
    ConsoleEngine engine(options);
    QVERIFY(engine.open());
    MainWindow window(&engine);
    window.setDemo(true);
    window.show();
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("leaveDemo")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("DEMO")));
    QSignalSpy leave(&window, &MainWindow::leaveDemoRequested);
    window.findChild<QPushButton *>(QStringLiteral("leaveDemo"))->click();
    QCOMPARE(leave.size(), 1);

    DemoFeeder feeder(&engine);
    QVERIFY(feeder.seed());
    QVERIFY(engine.startServices());
    QSignalSpy finished(&feeder, &DemoFeeder::finished);
    feeder.start();
    QVERIFY(finished.wait(30'000));
    // Every POST was signed as Meta signs, and taken.
    QCOMPARE(finished.at(0).at(0).toInt(), feeder.total());
    ConsoleModels *models = engine.models();
    QTRY_COMPARE_WITH_TIMEOUT(models->lines()->rowCount(), 3, 10'000); // "All lines" and two
    QTRY_COMPARE_WITH_TIMEOUT(models->conversations()->rowCount(), 8, 10'000); // 8 customers
    // Views hidden behind another tab catch up when shown.
    window.tabs()->setCurrentIndex(MainWindow::ReactionsTab);
    QTRY_COMPARE_WITH_TIMEOUT(models->reactions()->rowCount(), 1, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(models->deadLetterGroups()->total(), 1, 10'000);
    // Ana's answer moved from sent to read; Bruno's message failed.
    window.tabs()->setCurrentIndex(MainWindow::StatusesTab);
    QTRY_COMPARE_WITH_TIMEOUT(models->statuses()->rowCount(), 2, 10'000);
    QStringList statuses;
    for (int row = 0; row < models->statuses()->rowCount(); ++row)
        statuses << models->statuses()->index(row, DeliveryStatusModel::Status).data().toString();
    statuses.sort();
    QCOMPARE(statuses, QStringList({QStringLiteral("failed"), QStringLiteral("read")}));
}

void TestConsole::firstLineSetUpAddsTheAppAndTheLine()
{
    TestWorld world;
    ConsoleOptions options;
    options.receiver.database = world.databaseOptions();
    options.receiver.port = 0;
    ConsoleEngine engine(options);
    QVERIFY(engine.open());
    QVERIFY(engine.startServices());
    MainWindow window(&engine);
    window.show();
    QSignalSpy demo(&window, &MainWindow::demoRequested);
    auto *tryDemo = window.findChild<QPushButton *>(QStringLiteral("tryDemo"));
    QVERIFY(tryDemo && tryDemo->isVisible());
    tryDemo->click();
    QCOMPARE(demo.size(), 1);

    QString token;
    QString callback;
    onDialog<FirstLineDialog>([&](FirstLineDialog *dialog) {
        const QList<QLineEdit *> fields = dialog->findChildren<QLineEdit *>();
        auto field = [&](const QString &placeholderStart) -> QLineEdit * {
            for (QLineEdit *f : fields) {
                if (f->placeholderText().startsWith(placeholderStart))
                    return f;
            }
            return nullptr;
        };
        QVERIFY(field(QStringLiteral("e.g. 1234")));
        QTest::keyClicks(field(QStringLiteral("e.g. 1234")), QStringLiteral("1234567890"));
        QTest::keyClicks(field(QStringLiteral("32 characters")), QStringLiteral("app-secret-x"));
        QTest::keyClicks(field(QStringLiteral("e.g. 1065")), QStringLiteral("106540352242922"));
        QTest::keyClicks(field(QStringLiteral("e.g. 1022")), QStringLiteral("102290129340398"));
        QTest::keyClicks(field(QStringLiteral("What your team")), QStringLiteral("Support"));
        for (QLineEdit *f : fields) {
            if (f->isReadOnly() && f->text().contains(QStringLiteral("/webhook/")))
                callback = f->text();
            else if (f->isReadOnly() && f->text().size() == 32)
                token = f->text();
        }
        dialog->accept();
    });
    window.addLine();
    QVERIFY2(callback.endsWith(QStringLiteral("/webhook/106540352242922")), qPrintable(callback));
    QCOMPARE(token.size(), 32);
    const auto trust = engine.trust();
    QVERIFY(trust);
    QVERIFY(trust->app(QStringLiteral("1234567890")));
    QCOMPARE(trust->app(QStringLiteral("1234567890"))->secret, QByteArray("app-secret-x"));
    QCOMPARE(trust->app(QStringLiteral("1234567890"))->verifyToken, token.toUtf8());
    const LineRecord *line = trust->line(QStringLiteral("106540352242922"));
    QVERIFY(line);
    QCOMPARE(line->appId, QStringLiteral("1234567890"));
    QCOMPARE(line->label, QStringLiteral("Support"));
    QVERIFY(FirstLineDialog::generateToken() != FirstLineDialog::generateToken());
    engine.stop();
}

void TestConsole::healthCheckOnPostgresSaysWhatItChecks()
{
    Console console;
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    if (!console.world.isPostgres())
        QSKIP("on PostgreSQL only (tst_console_postgres)");
    HealthCheckDialog dialog(console.engine.get());
    QSignalSpy shown(&dialog, &HealthCheckDialog::checksShown);
    dialog.run();
    // Not a check of a database file named like the server's address ("does not exist").
    QCOMPARE(shown.size(), 1);
    QVERIFY(!dialog.isRunning());
    QTreeWidget *results = dialog.results();
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("Not on PostgreSQL yet"));
    QVERIFY(results->topLevelItem(0)->text(1).contains(QStringLiteral("/healthz")));
    dialog.show();
    shot(&dialog, QStringLiteral("health-check-postgres"));
}

void TestConsole::healthCheckMarksEachCheck()
{
    Console console;
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    HealthCheckDialog dialog(console.engine.get());
    QSignalSpy shown(&dialog, &HealthCheckDialog::checksShown);
    dialog.run();
    // The checks run off the GUI thread: run() returns at once with a placeholder, and the
    // results come through the event loop.
    QTreeWidget *results = dialog.results();
    QVERIFY(dialog.isRunning());
    QCOMPARE(results->topLevelItemCount(), 1);
    QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("Checking…"));
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 30'000);
    shot(&dialog, QStringLiteral("health-check-done"));
    QCOMPARE(results->topLevelItemCount(), 8);
    for (int i = 0; i < results->topLevelItemCount(); ++i)
        QVERIFY2(results->topLevelItem(i)->text(0).startsWith(QStringLiteral("✓ ")),
                 qPrintable(results->topLevelItem(i)->text(0) + u' ' +
                            results->topLevelItem(i)->text(1)));
    // The embedded receiver holds the port: that is Hookline's own.
    QVERIFY(results->findItems(QStringLiteral("✓ listen address"), Qt::MatchExactly).value(0));

    QCOMPARE(console.world.blankSecret(QStringLiteral("lumen"), QStringLiteral("verify_token")),
             QString());
    dialog.run();
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 30'000);
    const auto failed = results->findItems(QStringLiteral("✗ apps"), Qt::MatchExactly);
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.first()->text(1).contains(QStringLiteral("\n→ ")));
}

void TestConsole::settingsEditAndDisableALine()
{
    Console console;
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    SettingsDialog settings(console.engine.get());
    auto *lines = settings.findChildren<QTableWidget *>().value(1);
    QVERIFY(lines);
    QCOMPARE(lines->rowCount(), 3);
    int clinic = -1;
    for (int row = 0; row < lines->rowCount(); ++row) {
        if (lines->item(row, 0)->text() == QLatin1String(TestWorld::clinic))
            clinic = row;
    }
    QVERIFY(clinic >= 0);
    lines->setCurrentCell(clinic, 0);
    onDialog<QDialog>([](QDialog *form) {
        auto edits = form->findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 4); // id, WABA, label, number
        QVERIFY(edits.at(0)->isReadOnly());
        edits.at(2)->setText(QStringLiteral("Clinic (closed)"));
        form->findChild<QCheckBox *>()->setChecked(false);
        // OK applies the form (an error would keep it open).
        form->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    settings.editLine();
    const auto trust = console.engine->trust();
    QVERIFY(trust);
    const LineRecord *line = trust->line(QLatin1String(TestWorld::clinic));
    QCOMPARE(line->label, QStringLiteral("Clinic (closed)"));
    QVERIFY(!line->active);
    LineListModel *model = console.models()->lines();
    const QModelIndex row = model->index(model->rowOfLine(QLatin1String(TestWorld::clinic)));
    QCOMPARE(row.data(LineListModel::HealthRole).toInt(), int(LineListModel::Disabled));
    QCOMPARE(row.data().toString(), QStringLiteral("Clinic (closed)"));
}

void TestConsole::alertsAndAccountHealthFromASignedDelivery()
{
    Console console;
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    QSignalSpy raised(console.engine.get(), &ConsoleEngine::alertRaised);
    HttpClient client;
    const QByteArray body = Fixtures::read(QStringLiteral("template_status_rejected.json"));
    QCOMPARE(client
                 .post(QUrl(console.engine->receiverUrl() + QStringLiteral("/webhook")), body,
                       {{"X-Hub-Signature-256", sign(northwindSecret, body)}})
                 .status,
             200);
    // The rule fires, the console hears of it, the tab counts it.
    QTRY_COMPARE_WITH_TIMEOUT(raised.count(), 1, 10'000);
    QCOMPARE(raised.first().at(1).toString(), QStringLiteral("template_status"));
    QTabWidget *tabs = console.window->tabs();
    QTRY_VERIFY(tabs->tabText(MainWindow::AlertsTab).contains(QLatin1String("(1)")));

    // Account health lists the template as rejected; its row opens the delivery.
    tabs->setCurrentIndex(MainWindow::HealthTab);
    QTRY_COMPARE(console.models()->templateHealth()->rowCount(), 1);
    QCOMPARE(
        console.models()->templateHealth()->index(0, TemplateHealthModel::Status).data().toString(),
        QStringLiteral("Rejected"));
    QTableView *templates = console.window->health()->templates();
    templates->setCurrentIndex(templates->model()->index(0, 0));
    emit
    templates->activated(templates->currentIndex());
    QCOMPARE(tabs->currentIndex(), int(MainWindow::InspectorTab));
    QVERIFY(console.window->inspector()->currentId() > 0);

    // Acknowledged from the Alerts tab: it leaves the open list, with who and when kept.
    tabs->setCurrentIndex(MainWindow::AlertsTab);
    AlertsPage *page = console.window->alerts();
    QTRY_COMPARE(page->table()->model()->rowCount(), 1);
    page->table()->selectRow(0);
    page->acknowledgeSelection();
    QTRY_COMPARE(page->table()->model()->rowCount(), 0);
    QSqlQuery q(console.engine->database().handle());
    QVERIFY(q.exec(QStringLiteral("SELECT acknowledged_by FROM main.alerts")) && q.next());
    QVERIFY(!q.value(0).toString().isEmpty());
    QTRY_VERIFY(!tabs->tabText(MainWindow::AlertsTab).contains(u'('));
}

void TestConsole::mediaShowInTheirBubbles()
{
    MockGraph graph;
    Console console({}, {}, endpointOf(graph));
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    QVERIFY(giveNorthwindTheToken(console));
    QVERIFY(console.engine->media());
    // A photo of the broken part, and a document Meta no longer serves, signed, through the
    // receiver.
    // A picture of a broken part, as drawn here: a gradient, a part, a crack.
    QImage photo(640, 480, QImage::Format_RGB32);
    {
        QPainter painter(&photo);
        painter.setRenderHint(QPainter::Antialiasing);
        QLinearGradient ground(0, 0, 0, 480);
        ground.setColorAt(0, QColor(70, 110, 150));
        ground.setColorAt(1, QColor(200, 190, 170));
        painter.fillRect(photo.rect(), ground);
        painter.setBrush(QColor(150, 150, 160));
        painter.setPen(QPen(QColor(60, 60, 70), 6));
        painter.drawRoundedRect(QRect(170, 140, 300, 200), 40, 40);
        painter.setPen(QPen(QColor(180, 40, 30), 8));
        painter.drawPolyline(
            QPolygon({QPoint(250, 150), QPoint(290, 220), QPoint(270, 260), QPoint(320, 330)}));
    }
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(photo.save(&buffer, "JPEG"));
    }
    graph.addMedia(QStringLiteral("880001"), jpeg, QStringLiteral("image/jpeg"));
    const QString customer = QStringLiteral("5511987650077");
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    HttpClient client;
    const QString line = QLatin1String(TestWorld::support);
    for (const QByteArray &body :
         {WebhookBody::customerMedia(line, customer, now - 5, QStringLiteral("wamid.PIC1"),
                                     QStringLiteral("image"),
                                     {{QStringLiteral("id"), QStringLiteral("880001")},
                                      {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                                      {QStringLiteral("sha256"), MockGraph::base64Sha256(jpeg)},
                                      {QStringLiteral("caption"), QStringLiteral("A peça")}}),
          WebhookBody::customerMedia(
              line, customer, now - 4, QStringLiteral("wamid.DOC9"), QStringLiteral("document"),
              {{QStringLiteral("id"), QStringLiteral("880002")},
               {QStringLiteral("mime_type"), QStringLiteral("application/pdf")},
               {QStringLiteral("sha256"), MockGraph::base64Sha256("gone")},
               {QStringLiteral("filename"), QStringLiteral("nota.pdf")}})}) {
        QCOMPARE(client
                     .post(QUrl(console.engine->receiverUrl() + QStringLiteral("/webhook")), body,
                           {{"X-Hub-Signature-256", sign(northwindSecret, body)}})
                     .status,
                 200);
    }
    ConversationsPage *page = console.window->conversations();
    ConversationListModel *conversations = console.models()->conversations();
    MessageListModel *messages = console.models()->messages();
    QTRY_VERIFY(rowWhere(conversations, ConversationListModel::CustomerRole, customer) >= 0);
    page->list()->setCurrentIndex(conversations->index(
        rowWhere(conversations, ConversationListModel::CustomerRole, customer), 0));
    QTRY_COMPARE(messages->rowCount(), 2);
    // Downloaded in the background; the bubble shows the picture once it is decoded.
    const auto media = [&](const QString &wamid) {
        const int row = rowWhere(messages, MessageListModel::WamidRole, wamid);
        return row < 0 ? QVariantMap()
                       : messages->index(row, 0).data(MessageListModel::MediaRole).toMap();
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        !media(QStringLiteral("wamid.PIC1")).value(QStringLiteral("path")).toString().isEmpty(),
        10'000);
    QTRY_COMPARE_WITH_TIMEOUT(
        media(QStringLiteral("wamid.DOC9")).value(QStringLiteral("state")).toString(),
        QStringLiteral("expired"), 10'000);
    const QModelIndex picture = messages->index(
        rowWhere(messages, MessageListModel::WamidRole, QStringLiteral("wamid.PIC1")), 0);
    // The bubble keeps the picture's room from the start; the picture is decoded beside the
    // GUI thread, exactly that size.
    QVERIFY(page->pane()->view()->visualRect(picture).height() > 210);
    auto *pictures = page->pane()->findChild<ThumbnailCache *>();
    QVERIFY(pictures);
    const QString path =
        media(QStringLiteral("wamid.PIC1")).value(QStringLiteral("path")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        pictures->find(path, QSize(280, 210), ThumbnailCache::Shape::Fill).size(), QSize(280, 210),
        10'000);
    QVERIFY(
        MessageDelegate::mediaHtml(picture, page->palette(), QImage(10, 10, QImage::Format_RGB32))
            .contains(QStringLiteral("hookline-thumb:picture")));
    const QModelIndex expired = messages->index(
        rowWhere(messages, MessageListModel::WamidRole, QStringLiteral("wamid.DOC9")), 0);
    QVERIFY(MessageDelegate::mediaHtml(expired, page->palette(), {})
                .contains(QStringLiteral("Meta no longer serves")));
    page->pane()->view()->scrollToBottom();
    shot(console.window.get(), QStringLiteral("media-bubbles"));
    // The viewer shows it whole.
    page->pane()->mediaAction(picture, QStringLiteral("view"));
    MediaViewer *viewer = page->pane()->findChild<MediaViewer *>();
    QVERIFY(viewer);
    QTRY_VERIFY(!viewer->findChild<QLabel *>()->pixmap().isNull());
    QCOMPARE(viewer->findChild<QLabel *>()->pixmap().size(), QSize(640, 480));
    shot(viewer, QStringLiteral("media-viewer"));
    viewer->close();
}

QTEST_MAIN(TestConsole)
void TestConsole::replyFromTheConsoleInsideTheWindow()
{
    MockGraph graph;
    Console console({QStringLiteral("text_message.json")}, {}, endpointOf(graph));
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    QVERIFY(giveNorthwindTheToken(console));
    ConversationsPage *page = console.window->conversations();
    ConversationListModel *conversations = console.models()->conversations();
    MessageListModel *messages = console.models()->messages();
    ReplyComposer *composer = page->pane()->composer();

    // A replayed conversation: no window by Meta's word, so no free text; templates only.
    QTRY_VERIFY(conversations->rowCount() > 0);
    page->list()->setCurrentIndex(conversations->index(0, 0));
    QTRY_VERIFY(messages->rowCount() > 0);
    QVERIFY(!composer->field()->isEnabled());
    QVERIFY(composer->templateButton()->isEnabled());
    QVERIFY2(page->pane()->title()->text().contains(QStringLiteral("No service window")),
             qPrintable(page->pane()->title()->text()));
    shot(console.window.get(), QStringLiteral("composer-window-closed"));

    // The customer writes, signed, through the receiver: the window opens.
    const QString customer = QStringLiteral("5511987650042");
    ComposerDialog webhook(console.engine.get());
    webhook.lineBox()->setCurrentIndex(
        webhook.lineBox()->findData(QLatin1String(TestWorld::support)));
    webhook.kindBox()->setCurrentIndex(0);
    webhook.customerEdit()->setText(customer);
    webhook.textEdit()->setText(QStringLiteral("Meu pedido não chegou"));
    QSignalSpy answered(&webhook, &ComposerDialog::answered);
    webhook.send();
    QVERIFY(answered.wait(10'000));
    QTRY_VERIFY(rowWhere(conversations, ConversationListModel::CustomerRole, customer) >= 0);
    const int row = rowWhere(conversations, ConversationListModel::CustomerRole, customer);
    QVERIFY(
        conversations->index(row, 0).data(ConversationListModel::WindowClosesRole).toLongLong() >
        QDateTime::currentSecsSinceEpoch() + 23 * 3600);
    page->list()->setCurrentIndex(conversations->index(row, 0));
    QTRY_COMPARE(messages->rowCount(), 1);
    // 24 h from the message's own time, give or take the second it took to get here.
    QVERIFY2(page->pane()->title()->text().contains(QStringLiteral("Service window open for 2")) &&
                 page->pane()->title()->text().contains(QStringLiteral("free text can be sent")),
             qPrintable(page->pane()->title()->text()));
    QVERIFY(composer->field()->isEnabled());
    const QString inbound = messages->index(0, 0).data(MessageListModel::WamidRole).toString();

    // A reply to that message goes to Meta with its context, and shows at once.
    composer->replyTo(inbound, QStringLiteral("Meu pedido não chegou"));
    QTest::keyClicks(composer->field(), QStringLiteral("Vou verificar agora mesmo."));
    QTest::keyClick(composer->field(), Qt::Key_Return);
    QTRY_COMPARE(graph.messageRequests(), 1);
    const QJsonObject body = QJsonDocument::fromJson(graph.requests().last().body).object();
    QCOMPARE(body[QLatin1String("text")][QLatin1String("body")].toString(),
             QStringLiteral("Vou verificar agora mesmo."));
    QCOMPARE(body[QLatin1String("context")][QLatin1String("message_id")].toString(), inbound);
    QTRY_COMPARE(messages->rowCount(), 2);
    QTRY_VERIFY(composer->field()->text().isEmpty());
    const int sent = rowWhere(messages, MessageListModel::TextRole,
                              QStringLiteral("Vou verificar agora mesmo."));
    QVERIFY(sent >= 0);
    QCOMPARE(messages->index(sent, 0).data(MessageListModel::DirectionRole).toString(),
             QStringLiteral("outbound"));
    QTRY_COMPARE(messages->index(sent, 0).data(MessageListModel::StatusRole).toString(),
                 QStringLiteral("accepted"));
    shot(console.window.get(), QStringLiteral("composer-window-open"));

    // A reaction is a chip on the message it reacts to, not a bubble of its own.
    composer->react(inbound, QStringLiteral("🙏"));
    QTRY_COMPARE(graph.messageRequests(), 2);
    const QJsonObject reaction = QJsonDocument::fromJson(graph.requests().last().body).object();
    QCOMPARE(reaction[QLatin1String("reaction")][QLatin1String("message_id")].toString(), inbound);
    QTRY_COMPARE(messages->index(messages->rowOf(inbound), 0)
                     .data(MessageListModel::ReactionsRole)
                     .toList()
                     .size(),
                 1);
    const QVariantMap chip = messages->index(messages->rowOf(inbound), 0)
                                 .data(MessageListModel::ReactionsRole)
                                 .toList()
                                 .constFirst()
                                 .toMap();
    QCOMPARE(chip.value(QStringLiteral("emoji")).toString(), QStringLiteral("🙏"));
    QCOMPARE(chip.value(QStringLiteral("from")).toString(), QStringLiteral("You"));
    QCOMPARE(messages->rowCount(), 2);

    // Meta refuses the next one: the reason stays under the field, and so does the text. The
    // reaction's chip can show before its send has finished: the field takes text once it has.
    QTRY_VERIFY(!composer->field()->isReadOnly());
    graph.failNext(MockGraph::Failure::ExpiredToken);
    QTest::keyClicks(composer->field(), QStringLiteral("Mais uma coisa"));
    QTest::keyClick(composer->field(), Qt::Key_Return);
    QTRY_VERIFY(composer->problem()->isVisible());
    QVERIFY2(composer->problem()->text().contains(QStringLiteral("190")),
             qPrintable(composer->problem()->text()));
    QCOMPARE(composer->field()->text(), QStringLiteral("Mais uma coisa"));
    QTRY_VERIFY(rowWhere(messages, MessageListModel::StatusRole, QStringLiteral("failed")) >= 0);
}

void TestConsole::templatePickerListsAndFillsVariables()
{
    MockGraph graph;
    Console console({}, {}, endpointOf(graph));
    QVERIFY2(console.error.isEmpty(), qPrintable(console.error));
    QVERIFY(giveNorthwindTheToken(console));
    TemplateDialog dialog(console.engine->sends(), QLatin1String(TestWorld::support));
    dialog.show();
    QTRY_VERIFY(dialog.picker()->itemText(0).contains(QStringLiteral("Refresh from Meta")));
    QCOMPARE(dialog.picker()->count(), 1);
    QTest::mouseClick(dialog.refreshButton(), Qt::LeftButton);
    QTRY_COMPARE(dialog.picker()->count(), 4);
    shot(&dialog, QStringLiteral("template-picker"));
    // The first approved one is picked: its name, language, text and two variables.
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("order_update"));
    QCOMPARE(dialog.languageEdit()->text(), QStringLiteral("pt_BR"));
    QVERIFY(dialog.bodyLabel()->text().contains(QStringLiteral("{{2}}")));
    dialog.variablesEdit()->setPlainText(QStringLiteral("Ana"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("{{2}}")),
             qPrintable(dialog.problemLabel()->text()));
    // A pending one cannot go.
    dialog.picker()->setCurrentIndex(2);
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("promo_draft"));
    dialog.accept();
    QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("PENDING")));
    dialog.picker()->setCurrentIndex(1);
    dialog.variablesEdit()->setPlainText(QStringLiteral("Ana\n#881"));
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.request().params, QStringList({QStringLiteral("Ana"), QStringLiteral("#881")}));
}

#include "tst_console.moc"
