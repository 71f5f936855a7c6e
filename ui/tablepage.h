#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTableView;
class QAbstractItemModel;

namespace hookline {

// A table of a paged model with a bar above it for filters and actions.
class TablePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablePage)

public:
    TablePage(QAbstractItemModel *model, const QString &name, QWidget *parent = nullptr);

    QHBoxLayout *bar() const { return m_bar; }
    // A line of text at the start of the bar that says what the table holds; it wraps rather
    // than widen the window (translations are longer).
    QLabel *addIntro(const QString &text);
    QTableView *table() const { return m_table; }
    // Puts back the column widths the operator left (call once the defaults are set); each
    // change is remembered from then on.
    void restoreColumns();
    // Shown in the middle of the table while it has no rows: why it is empty.
    void setEmptyText(const QString &text);
    QLabel *emptyLabel() const { return m_empty; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHBoxLayout *m_bar;
    QTableView *m_table;
    QLabel *m_empty;
    void updateEmpty();
};

} // namespace hookline
