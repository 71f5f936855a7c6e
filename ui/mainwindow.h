#pragma once

#include "consolestats.h"
#include "messageref.h"
#include "processing/changeset.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTabWidget;

namespace hookline {

class AccountHealthPage;
class AlertsPage;
class ConsoleEngine;
class ConsoleStatusBar;
class ConversationsPage;
class DeadLetterPanel;
class InspectorPanel;
class SearchDialog;
class SearchResultModel;
class TablePage;

// The console: lines on the left; conversations, delivery statuses, reactions, dead letters,
// the inspector and rejected requests in tabs; a status bar and a tray icon.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Tab
    {
        ConversationsTab,
        StatusesTab,
        ReactionsTab,
        DeadLettersTab,
        HealthTab,
        AlertsTab,
        InspectorTab,
        RejectionsTab,
        LogTab,
    };

    explicit MainWindow(ConsoleEngine *engine, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QListView *lines() const { return m_lines; }
    ConversationsPage *conversations() const { return m_conversations; }
    DeadLetterPanel *deadLetters() const { return m_deadLetters; }
    InspectorPanel *inspector() const { return m_inspector; }
    AccountHealthPage *health() const { return m_health; }
    AlertsPage *alerts() const { return m_alerts; }
    void openAlertRules();
    void selectLine(int row);
    void openComposer();
    void openSettings();
    // The Conversations tab, on the message's conversation, scrolled to it.
    void openMessage(const MessageRef &message);
    void openSearch();
    SearchDialog *searchDialog() const { return m_search; }
    // The first line's set-up when there is no app yet; else Settings.
    void addLine();
    // Marks the window as showing sample data in a scratch database (title, status bar), with
    // the way back.
    void setDemo(bool demo);

signals:
    // "Try it with sample data", and the way back: the console starts again on that database.
    void demoRequested();
    void leaveDemoRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void buildShortcuts();
    QWidget *buildStatusesPage();
    void onChanges(const hookline::ChangeSet &changes);
    void onStats(const hookline::ConsoleStats &stats);
    void updateLinesState();

    ConsoleEngine *m_engine;
    QSplitter *m_splitter;
    QStackedWidget *m_linesStack;
    QListView *m_lines;
    QTabWidget *m_tabs;
    ConversationsPage *m_conversations;
    DeadLetterPanel *m_deadLetters;
    InspectorPanel *m_inspector;
    SearchResultModel *m_searchResults = nullptr;
    SearchDialog *m_search = nullptr;
    AccountHealthPage *m_health;
    AlertsPage *m_alerts;
    ConsoleStatusBar *m_statusBar;
    QSystemTrayIcon *m_tray = nullptr;
    int m_trayBadge = -1;
    int m_knownDeadLetters = -1;
};

} // namespace hookline
