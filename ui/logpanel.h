#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace hookline {

class LogFilter;
class LogModel;

// The newest log lines, filtered by least level and by text, following new lines while the view
// is at the bottom.
class LogPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogPanel)

public:
    LogPanel(LogModel *model, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    QComboBox *level() const { return m_level; }
    QLineEdit *text() const { return m_text; }

private:
    LogFilter *m_filter;
    QComboBox *m_level;
    QLineEdit *m_text;
    QTableView *m_table;
};

} // namespace hookline
