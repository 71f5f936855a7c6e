#pragma once

#include <QWidget>

class QHBoxLayout;
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
    QTableView *table() const { return m_table; }
    // Puts back the column widths the operator left (call once the defaults are set); each
    // change is remembered from then on.
    void restoreColumns();

private:
    QHBoxLayout *m_bar;
    QTableView *m_table;
};

} // namespace hookline
