#pragma once

#include "messageref.h"

#include <QDialog>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace hookline {

class SearchResultModel;

// Search across every line (or one): message text, captions, file names, places, contact names,
// usernames and numbers. Results are excerpts with the words highlighted, grouped by
// conversation, newest first; Enter or a double-click opens the conversation at that message.
// Opened with Ctrl+Shift+F; stays open beside the window while the agent reads.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    SearchDialog(SearchResultModel *results, QAbstractItemModel *lines, QWidget *parent = nullptr);

    // Focuses the query (selected, so typing replaces it), choosing line if given.
    void focusQuery(const QString &line = {});
    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultsView() const { return m_view; }
    QString lineLabel(const QString &line) const;

signals:
    void openMessage(const hookline::MessageRef &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshLines();
    void runSearch();
    void updateStatus();
    void openCurrent();

    SearchResultModel *m_results;
    QAbstractItemModel *m_lines;
    QLineEdit *m_query;
    QComboBox *m_line;
    QLabel *m_status;
    QListView *m_view;
};

} // namespace hookline
