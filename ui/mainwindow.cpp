#include "mainwindow.h"

#include "accounthealthpage.h"
#include "alertlistmodel.h"
#include "alertrulesdialog.h"
#include "alertspage.h"
#include "appicon.h"
#include "composerdialog.h"
#include "consoleengine.h"
#include "consolemodels.h"
#include "consolesettings.h"
#include "consolestatusbar.h"
#include "contextmenus.h"
#include "conversationlistmodel.h"
#include "conversationspage.h"
#include "deadletterpanel.h"
#include "deliverystatusmodel.h"
#include "firstlinedialog.h"
#include "healthcheckdialog.h"
#include "inspectorpanel.h"
#include "linedelegate.h"
#include "linelistmodel.h"
#include "livefilter.h"
#include "logpanel.h"
#include "media/mediaservice.h"
#include "reactionmodel.h"
#include "rejectionmodel.h"
#include "searchdialog.h"
#include "searchresultmodel.h"
#include "settingsdialog.h"
#include "statustext.h"
#include "tablepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hookline {

MainWindow::MainWindow(ConsoleEngine *engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_splitter(new QSplitter(this))
    , m_linesStack(new QStackedWidget(this))
    , m_lines(new QListView(this))
    , m_tabs(new QTabWidget(this))
    , m_statusBar(new ConsoleStatusBar(this))
{
    ConsoleModels *models = engine->models();
    setWindowTitle(tr("Hookline"));
    setWindowIcon(AppIcon::make());

    m_lines->setModel(models->lines());
    m_lines->setItemDelegate(new LineDelegate(m_lines));
    m_lines->setObjectName(QStringLiteral("lines"));
    // Each line keeps its place (and its Ctrl+number) until the operator drags it elsewhere.
    models->lines()->setOrder(ConsoleSettings::lineOrder());
    connect(models->lines(), &LineListModel::orderChanged, this, &ConsoleSettings::setLineOrder);
    makeRowsDraggable(m_lines, [](int row) { return row > 0; });
    addRowMenu(m_lines, [this, models](QMenu &menu, const QModelIndex &index) {
        const QString line = index.data(LineListModel::PhoneNumberIdRole).toString();
        if (line.isEmpty())
            return;
        menu.addAction(tr("Copy phone number &id"), this, [line] { copyText(line); });
        const QString url = m_engine->callbackUrl(line);
        if (!url.isEmpty())
            menu.addAction(tr("Copy &callback URL"), this, [url] { copyText(url); });
        menu.addSeparator();
        const int row = index.row();
        QAction *up = menu.addAction(tr("Move &up"), this, [models, row] {
            models->lines()->moveRows({}, row, 1, {}, row - 1);
        });
        up->setEnabled(row > 1);
        QAction *down = menu.addAction(tr("Move &down"), this, [models, row] {
            models->lines()->moveRows({}, row, 1, {}, row + 2);
        });
        down->setEnabled(row < models->lines()->rowCount() - 1);
        menu.addSeparator();
        menu.addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    });
    m_lines->setAccessibleName(tr("Lines"));
    auto *noLines = new QWidget(this);
    auto *noLinesLayout = new QVBoxLayout(noLines);
    auto *noLinesText = new QLabel(tr("No lines yet — add one."), noLines);
    noLinesText->setWordWrap(true);
    noLinesText->setAlignment(Qt::AlignCenter);
    auto *addLine = new QPushButton(tr("Add a line…"), noLines);
    addLine->setDefault(true);
    connect(addLine, &QPushButton::clicked, this, &MainWindow::addLine);
    auto *demo = new QPushButton(tr("Try it with sample data"), noLines);
    demo->setObjectName(QStringLiteral("tryDemo"));
    demo->setToolTip(tr("Opens a scratch database filled with sample webhooks for two demo "
                        "lines; your own database is not touched."));
    connect(demo, &QPushButton::clicked, this, &MainWindow::demoRequested);
    noLinesLayout->addStretch(1);
    noLinesLayout->addWidget(noLinesText);
    noLinesLayout->addWidget(addLine);
    noLinesLayout->addWidget(demo);
    noLinesLayout->addStretch(2);
    m_linesStack->addWidget(m_lines);
    m_linesStack->addWidget(noLines);

    m_conversations = new ConversationsPage(models->conversations(), models->messages(),
                                            engine->operations(), this);
    m_conversations->setSendService(engine->sends(), engine->operatorName());
    if (engine->media())
        m_conversations->setMediaService(engine->media());
    m_deadLetters = new DeadLetterPanel(models->deadLetters(), models->deadLetterGroups(),
                                        engine->operations(), this);
    m_inspector = new InspectorPanel(engine, this);
    connect(m_conversations, &ConversationsPage::deliveryRequested, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(InspectorTab);
        m_inspector->showDelivery(id);
    });
    connect(m_deadLetters, &DeadLetterPanel::deliveryRequested, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(InspectorTab);
        m_inspector->showDelivery(id);
    });
    connect(m_deadLetters, &DeadLetterPanel::addLineRequested, this, [this](const QString &id) {
        SettingsDialog dialog(m_engine, this);
        if (!dialog.addLine(id))
            return;
        m_engine->models()->lines()->refresh();
        m_deadLetters->causeFixed(tr("Line %1 was added.").arg(id));
    });
    m_health = new AccountHealthPage(models, this);
    connect(m_health, &AccountHealthPage::deliveryRequested, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(InspectorTab);
        m_inspector->showDelivery(id);
    });
    m_alerts = new AlertsPage(models->alerts(), engine->operations(), this);
    connect(m_alerts, &AlertsPage::rulesRequested, this, &MainWindow::openAlertRules);
    connect(m_alerts, &AlertsPage::deliveryRequested, this, [this](qint64 id) {
        m_tabs->setCurrentIndex(InspectorTab);
        m_inspector->showDelivery(id);
    });
    connect(engine, &ConsoleEngine::alertRaised, this,
            [this](qint64, const QString &rule, const QString &summary) {
                m_statusBar->showMessage(tr("Alert: %1").arg(summary), 10'000);
                if (m_tray && ConsoleSettings::notifications())
                    m_tray->showMessage(
                        tr("Hookline alert — %1").arg(AlertListModel::ruleName(rule)), summary,
                        QSystemTrayIcon::Warning, 15'000);
            });
    auto *reactions = new TablePage(models->reactions(), QStringLiteral("reactions"), this);
    reactions->addIntro(tr("The latest reaction of each person on each message, newest first. "
                           "Double-click or Enter opens the message."));
    reactions->table()->horizontalHeader()->resizeSection(ReactionModel::Who, 220);
    reactions->table()->horizontalHeader()->resizeSection(ReactionModel::Emoji, 80);
    reactions->table()->horizontalHeader()->resizeSection(ReactionModel::Message, 360);
    reactions->table()->horizontalHeader()->resizeSection(ReactionModel::Line, 120);
    reactions->restoreColumns();
    reactions->setEmptyText(tr("No reactions yet. When a customer reacts to a message with an "
                               "emoji, it shows here."));
    connect(reactions->table(), &QAbstractItemView::activated, this,
            [this, models](const QModelIndex &index) {
                openMessage(models->reactions()->messageAt(index.row()));
            });
    addRowMenu(reactions->table(), [this, models](QMenu &menu, const QModelIndex &index) {
        const MessageRef message = models->reactions()->messageAt(index.row());
        menu.addAction(tr("&Open the message"), this, [this, message] { openMessage(message); });
        menu.addAction(tr("Copy message &id"), this, [message] { copyText(message.wamid); });
    });
    auto *rejections = new TablePage(models->rejections(), QStringLiteral("rejections"), this);
    addRowMenu(rejections->table(), {});
    rejections->setEmptyText(tr("Nothing was rejected: every request so far was signed by a "
                                "known app and within the limits."));
    rejections->addIntro(tr("Requests the receiver refused (bad or missing signatures, oversized "
                            "bodies, ...). Kept up to a bounded number."));
    m_tabs->addTab(m_conversations, tr("&Conversations"));
    m_tabs->addTab(buildStatusesPage(), tr("Delivery &statuses"));
    m_tabs->addTab(reactions, tr("R&eactions"));
    m_tabs->addTab(m_deadLetters, tr("&Dead letters"));
    m_tabs->addTab(m_health, tr("&Account health"));
    m_tabs->addTab(m_alerts, tr("Ale&rts"));
    m_tabs->addTab(m_inspector, tr("&Inspector"));
    m_tabs->addTab(rejections, tr("Re&jected"));
    m_tabs->addTab(new LogPanel(engine->log(), this), tr("&Log"));
    m_tabs->setDocumentMode(true);

    m_splitter->addWidget(m_linesStack);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 1000});
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    setCentralWidget(m_splitter);
    setStatusBar(m_statusBar);

    connect(m_lines->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, models](const QModelIndex &current) {
                const QString line = current.data(LineListModel::PhoneNumberIdRole).toString();
                m_conversations->showLine(line);
                DeliveryStatusFilter filter = models->statuses()->filter();
                filter.line = line;
                models->statuses()->setFilter(filter);
                models->reactions()->setLine(line);
            });
    connect(models->lines(), &QAbstractItemModel::rowsInserted, this,
            &MainWindow::updateLinesState);
    connect(models->lines(), &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateLinesState);
    connect(m_inspector, &InspectorPanel::message, this,
            [this](const QString &text) { m_statusBar->showMessage(text, 6000); });
    connect(m_conversations, &ConversationsPage::message, this, [this](const QString &text) {
        m_statusBar->showMessage(text, 10'000);
        // Search results shown from before an erasure are searched again.
        if (m_search && m_search->isVisible() && !m_searchResults->query().isEmpty())
            m_searchResults->search(m_searchResults->query(), m_searchResults->line());
    });
    connect(engine, &ConsoleEngine::changesApplied, this, &MainWindow::onChanges);
    // Tables off screen collect their changes and catch up when their tab opens.
    auto follow = [this, models](int current) {
        models->setShown(ConsoleModels::Statuses, current == StatusesTab);
        models->setShown(ConsoleModels::Reactions, current == ReactionsTab);
        models->setShown(ConsoleModels::DeadLetters, current == DeadLettersTab);
        models->setShown(ConsoleModels::Deliveries, current == InspectorTab);
        models->setShown(ConsoleModels::Rejections, current == RejectionsTab);
        models->setShown(ConsoleModels::Health, current == HealthTab);
        if (current == AlertsTab)
            models->alerts()->refreshNewer();
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, follow);
    follow(m_tabs->currentIndex());
    connect(engine, &ConsoleEngine::statsChanged, this, &MainWindow::onStats);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(AppIcon::make(), this);
        m_tray->setToolTip(tr("Hookline"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }

    buildMenus();
    buildShortcuts();
    updateLinesState();
    if (m_lines->model()->rowCount() > 0)
        m_lines->setCurrentIndex(m_lines->model()->index(0, 0));
    onStats(engine->stats());

    resize(1280, 800);
    restoreGeometry(ConsoleSettings::windowGeometry());
    m_splitter->restoreState(ConsoleSettings::splitterState(m_splitter->objectName()));
    m_conversations->splitter()->restoreState(
        ConsoleSettings::splitterState(m_conversations->splitter()->objectName()));
}

QWidget *MainWindow::buildStatusesPage()
{
    DeliveryStatusModel *model = m_engine->models()->statuses();
    auto *page = new TablePage(model, QStringLiteral("statuses"), this);
    auto *status = new QComboBox(page);
    status->addItem(tr("Any status"), QString());
    for (const char *name : {"sent", "delivered", "read", "played", "failed"})
        status->addItem(StatusText::of(QString::fromLatin1(name)), QString::fromLatin1(name));
    auto *code = new QLineEdit(page);
    code->setPlaceholderText(tr("Error code"));
    code->setClearButtonEnabled(true);
    auto *since = new QComboBox(page);
    since->addItem(tr("Any time"), 0);
    since->addItem(tr("Last hour"), 3600);
    since->addItem(tr("Last 24 hours"), 86400);
    since->addItem(tr("Last 7 days"), 7 * 86400);
    page->addIntro(
        tr("Outbound messages of the selected line. Double-click or Enter opens the message."));
    page->bar()->addWidget(status);
    page->bar()->addWidget(code);
    page->bar()->addWidget(since);
    auto apply = [model, status, code, since] {
        DeliveryStatusFilter filter = model->filter();
        filter.status = status->currentData().toString();
        filter.code = code->text().trimmed();
        const qint64 window = since->currentData().toLongLong();
        filter.since = window > 0 ? QDateTime::currentSecsSinceEpoch() - window : 0;
        model->setFilter(filter);
    };
    connect(status, &QComboBox::currentIndexChanged, page, apply);
    connect(since, &QComboBox::currentIndexChanged, page, apply);
    makeLiveFilter(code, apply);
    QHeaderView *header = page->table()->horizontalHeader();
    const int time =
        page->table()->fontMetrics().horizontalAdvance(QStringLiteral("2026-01-01 10:00:00")) + 16;
    for (int column : {DeliveryStatusModel::Sent, DeliveryStatusModel::Delivered,
                       DeliveryStatusModel::Read, DeliveryStatusModel::Failed})
        header->resizeSection(column, time);
    // At 1280 px what matters fits: who, what, where it got to and why it failed; the steps'
    // times and the rest follow (columns can be moved and resized, and stay as left).
    header->resizeSection(DeliveryStatusModel::Line, 80);
    header->resizeSection(DeliveryStatusModel::Recipient, 170);
    header->resizeSection(DeliveryStatusModel::Message, 170);
    header->resizeSection(DeliveryStatusModel::Status, 80);
    header->resizeSection(DeliveryStatusModel::Code, 60);
    header->resizeSection(DeliveryStatusModel::Title, 150);
    header->resizeSection(DeliveryStatusModel::Hint, 260);
    header->resizeSection(DeliveryStatusModel::Pricing, 90);
    int visual = header->visualIndex(DeliveryStatusModel::Status) + 1;
    for (int column :
         {DeliveryStatusModel::Code, DeliveryStatusModel::Title, DeliveryStatusModel::Hint})
        header->moveSection(header->visualIndex(column), visual++);
    page->restoreColumns();
    page->setEmptyText(tr("No delivery statuses yet: Meta has reported on nothing the business "
                          "sent, or nothing matches the filters above."));
    connect(
        page->table(), &QAbstractItemView::activated, this,
        [this, model](const QModelIndex &index) { openMessage(model->messageAt(index.row())); });
    addRowMenu(page->table(), [this, model](QMenu &menu, const QModelIndex &index) {
        const MessageRef message = model->messageAt(index.row());
        menu.addAction(tr("&Open the message"), this, [this, message] { openMessage(message); });
        menu.addAction(tr("Copy message &id"), this, [message] { copyText(message.wamid); });
    });
    return page;
}

void MainWindow::openMessage(const MessageRef &message)
{
    m_tabs->setCurrentIndex(ConversationsTab);
    if (!m_conversations->openMessage(message))
        m_statusBar->showMessage(tr("That message is not in any conversation Hookline has."), 6000);
}

void MainWindow::openSearch()
{
    if (!m_search) {
        m_searchResults = m_engine->createSearchResults(this);
        m_search = new SearchDialog(m_searchResults, m_lines->model(), this);
        connect(m_search, &SearchDialog::openMessage, this, [this](const MessageRef &message) {
            openMessage(message);
            activateWindow();
        });
    }
    m_search->show();
    m_search->raise();
    m_search->activateWindow();
    m_search->focusQuery();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Import webhook files…"), m_inspector, &InspectorPanel::importFiles);
    file->addAction(tr("&Paste webhook"), QKeySequence(tr("Ctrl+Shift+V")), m_inspector,
                    &InspectorPanel::paste);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Search…"), QKeySequence(tr("Ctrl+Shift+F")), this,
                     &MainWindow::openSearch);
    tools->addAction(tr("Test webhook &composer…"), QKeySequence(tr("Ctrl+T")), this,
                     &MainWindow::openComposer);
    tools->addAction(tr("&Settings…"), QKeySequence(tr("Ctrl+,")), this, &MainWindow::openSettings);
    tools->addAction(tr("&Alert rules…"), this, &MainWindow::openAlertRules);
    tools->addAction(tr("&Health check…"), this, [this] {
        HealthCheckDialog dialog(m_engine, this);
        dialog.show();
        dialog.run();
        dialog.exec();
    });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        QMessageBox::information(
            this, tr("Keyboard shortcuts"),
            tr("Ctrl+F  filter conversations\nCtrl+Shift+F  search messages and contacts\n"
               "Alt+W  conversations whose service window closes within 1 h\n"
               "Ctrl+0  all lines\nCtrl+1…9  the nth line\n"
               "Ctrl+R  retry the selected dead letters\nCtrl+T  test webhook composer\n"
               "Ctrl+Shift+V  replay the webhook on the clipboard\nCtrl+Q  quit"));
    });
    help->addAction(tr("&About Hookline"), this, [this] {
        QMessageBox::about(
            this, tr("About Hookline"),
            tr("<h3>Hookline %1</h3><p>An operator console with an embedded "
               "WhatsApp Business webhook receiver.</p><p>Database: %2</p>")
                .arg(QApplication::applicationVersion(), m_engine->databaseName().toHtmlEscaped()));
    });
}

void MainWindow::buildShortcuts()
{
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(ConversationsTab);
        m_conversations->focusFilter();
    });
    for (int n = 0; n <= 9; ++n) {
        auto *line = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + n)), this);
        connect(line, &QShortcut::activated, this, [this, n] { selectLine(n); });
    }
    auto *retry = new QShortcut(QKeySequence(tr("Ctrl+R")), this);
    connect(retry, &QShortcut::activated, this, [this] {
        m_tabs->setCurrentIndex(DeadLettersTab);
        m_deadLetters->retrySelection();
    });
}

void MainWindow::openAlertRules()
{
    AlertRulesDialog dialog(m_engine, this);
    dialog.exec();
}

void MainWindow::selectLine(int row)
{
    if (row < m_lines->model()->rowCount())
        m_lines->setCurrentIndex(m_lines->model()->index(row, 0));
}

void MainWindow::openComposer()
{
    auto *composer = new ComposerDialog(m_engine, this);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    composer->show();
}

void MainWindow::addLine()
{
    const auto trust = m_engine->trust();
    if (trust && trust->apps().isEmpty()) {
        FirstLineDialog dialog(m_engine, this);
        dialog.exec();
        return;
    }
    openSettings();
}

void MainWindow::setDemo(bool demo)
{
    if (!demo)
        return;
    setWindowTitle(tr("Hookline — DEMO: sample data, not your database"));
    auto *badge = new QLabel(tr("DEMO"), this);
    badge->setObjectName(QStringLiteral("demoBadge"));
    badge->setStyleSheet(QStringLiteral(
        "QLabel { background: #c25400; color: white; font-weight: bold; padding: 1px 8px; "
        "border-radius: 3px; }"));
    badge->setToolTip(tr("Sample webhooks in a scratch database, sent through the receiver as "
                         "Meta would."));
    auto *leave = new QPushButton(tr("Back to my database"), this);
    leave->setObjectName(QStringLiteral("leaveDemo"));
    leave->setFlat(true);
    connect(leave, &QPushButton::clicked, this, &MainWindow::leaveDemoRequested);
    statusBar()->insertPermanentWidget(0, badge);
    statusBar()->insertPermanentWidget(1, leave);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_engine, this);
    dialog.exec();
    m_engine->models()->lines()->refresh();
    if (m_engine->media())
        m_engine->media()->setCap(qint64(ConsoleSettings::mediaCapMb()) << 20);
}

void MainWindow::updateLinesState()
{
    const int lines = m_engine->models()->lines()->lineCount();
    m_linesStack->setCurrentIndex(lines > 0 ? 0 : 1);
}

void MainWindow::onChanges(const ChangeSet &changes)
{
    if (!m_tray || isActiveWindow() || !ConsoleSettings::notifications())
        return;
    if (!changes.conversations.isEmpty()) {
        QStringList lines(changes.lines.cbegin(), changes.lines.cend());
        m_tray->showMessage(
            tr("New activity"),
            tr("%n conversation(s) changed on %1", nullptr, int(changes.conversations.size()))
                .arg(lines.join(QStringLiteral(", "))),
            QSystemTrayIcon::Information, 4000);
    }
}

void MainWindow::onStats(const ConsoleStats &stats)
{
    m_statusBar->show(stats);
    if (m_tray && stats.deadLetters != m_trayBadge) {
        m_tray->setIcon(AppIcon::make(stats.deadLetters));
        m_trayBadge = stats.deadLetters;
    }
    if (m_tray && m_knownDeadLetters >= 0 && stats.deadLetters > m_knownDeadLetters &&
        ConsoleSettings::notifications())
        m_tray->showMessage(tr("New dead letters"),
                            tr("%n delivery item(s) could not be processed.", nullptr,
                               stats.deadLetters - m_knownDeadLetters),
                            QSystemTrayIcon::Warning, 5000);
    m_knownDeadLetters = stats.deadLetters;
    m_tabs->setTabText(AlertsTab, stats.openAlerts > 0 ? tr("Ale&rts (%1)").arg(stats.openAlerts)
                                                       : tr("Ale&rts"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ConsoleSettings::setWindowGeometry(saveGeometry());
    ConsoleSettings::setSplitterState(m_splitter->objectName(), m_splitter->saveState());
    ConsoleSettings::setSplitterState(m_conversations->splitter()->objectName(),
                                      m_conversations->splitter()->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace hookline
