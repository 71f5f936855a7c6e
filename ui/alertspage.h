#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hookline {

class AlertListModel;
class OperatorService;

// The alerts the rules raised: open ones first (or every one), acknowledged with one click
// (Ctrl+K) under the operator's name, and the way to the rules.
class AlertsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertsPage)

public:
    AlertsPage(AlertListModel *model, OperatorService *operations, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    void acknowledgeSelection();

signals:
    void rulesRequested();
    void deliveryRequested(qint64 id);

private:
    void updateState();

    AlertListModel *m_model;
    OperatorService *m_operations;
    QTableView *m_table;
    QCheckBox *m_showAcknowledged;
    QPushButton *m_acknowledge;
    QLabel *m_empty;
};

} // namespace hookline
