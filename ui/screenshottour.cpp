#include "screenshottour.h"

#include "conversationlistmodel.h"
#include "conversationspage.h"
#include "deadletterpanel.h"
#include "firstlinedialog.h"
#include "linelistmodel.h"
#include "mainwindow.h"
#include "searchdialog.h"
#include "settingsdialog.h"
#include "uilogging.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace hookline {

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory, QString prefix,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
    , m_prefix(std::move(prefix))
{}

void ScreenshotTour::start(int delayMs)
{
    QDir().mkpath(m_directory);
    QTimer::singleShot(delayMs, this, &ScreenshotTour::step);
}

void ScreenshotTour::step()
{
    // In the order of MainWindow::Tab.
    static const char *names[] = {"conversations", "statuses",       "reactions",
                                  "dead-letters",  "account-health", "alerts",
                                  "inspector",     "rejected",       "log"};
    constexpr int views = int(std::size(names));
    if (m_step >= views) {
        // An empty console: its first-line set-up too.
        if (m_step == views &&
            qobject_cast<LineListModel *>(m_window->lines()->model())->lineCount() == 0) {
            ++m_step;
            QTimer::singleShot(600, this, [this] {
                // Only the first-line set-up (with an app already, Add a line opens Settings).
                QWidget *dialog = QApplication::activeModalWidget();
                if (qobject_cast<FirstLineDialog *>(dialog)) {
                    const QString file =
                        QDir(m_directory).filePath(m_prefix + QStringLiteral("-first-line.png"));
                    if (!dialog->grab().save(file))
                        qCWarning(lcUi) << "cannot save" << file;
                }
                if (dialog)
                    dialog->close();
                emit
                finished();
            });
            m_window->addLine();
            return;
        }
        // With lines: a search, as an agent asking "who asked about the kettle?" sees it.
        if (m_step == views) {
            ++m_step;
            m_window->openSearch();
            m_window->searchDialog()->queryEdit()->setText(QStringLiteral("kettle"));
            QTimer::singleShot(800, this, [this] {
                const QString file =
                    QDir(m_directory).filePath(m_prefix + QStringLiteral("-search.png"));
                if (!m_window->searchDialog()->grab().save(file))
                    qCWarning(lcUi) << "cannot save" << file;
                m_window->searchDialog()->close();
                // Then Settings: apps, lines, the receiver, retries and retention.
                QTimer::singleShot(600, this, [this] {
                    QWidget *dialog = QApplication::activeModalWidget();
                    if (qobject_cast<SettingsDialog *>(dialog)) {
                        const QString settings =
                            QDir(m_directory).filePath(m_prefix + QStringLiteral("-settings.png"));
                        if (!dialog->grab().save(settings))
                            qCWarning(lcUi) << "cannot save" << settings;
                    }
                    if (dialog)
                        dialog->close();
                    emit
                    finished();
                });
                m_window->openSettings();
            });
            return;
        }
        emit
        finished();
        return;
    }
    const int view = m_step++;
    m_window->tabs()->setCurrentIndex(view);
    if (view == MainWindow::ConversationsTab) {
        // The conversation with the most to show: the one with the most unread messages.
        QListView *list = m_window->conversations()->list();
        int best = 0;
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            if (list->model()->index(row, 0).data(ConversationListModel::UnreadRole).toInt() >
                list->model()->index(best, 0).data(ConversationListModel::UnreadRole).toInt())
                best = row;
        }
        if (list->model()->rowCount() > 0)
            list->setCurrentIndex(list->model()->index(best, 0));
    }
    if (view == MainWindow::DeadLettersTab) {
        // The first cause, its first dead letter, and the detail pane that explains it.
        DeadLetterPanel *panel = m_window->deadLetters();
        if (panel->groups()->model()->rowCount() > 0)
            panel->groups()->selectRow(0);
        if (panel->items()->model()->rowCount() > 0)
            panel->items()->selectRow(0);
    } else if (auto *table = m_window->tabs()->currentWidget()->findChild<QTableView *>()) {
        if (table->model() && table->model()->rowCount() > 0 && !table->currentIndex().isValid())
            table->selectRow(0);
    }
    QTimer::singleShot(400, this, [this, view] {
        const QString file = QDir(m_directory)
                                 .filePath(m_prefix + u'-' + QString::fromLatin1(names[view]) +
                                           QStringLiteral(".png"));
        if (!m_window->grab().save(file))
            qCWarning(lcUi) << "cannot save" << file;
        step();
    });
}

} // namespace hookline
