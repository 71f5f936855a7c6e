#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace hookline {

class ConsoleModels;

// The accounts' health at a glance: each line's quality, messaging limit, display name and
// account status; every template's status, category and quality, newest change first; and
// everything Meta said about them, value-level errors with a plain-language hint. A row opens
// the delivery that brought it in the Inspector.
class AccountHealthPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountHealthPage)

public:
    explicit AccountHealthPage(ConsoleModels *models, QWidget *parent = nullptr);

    QTableView *lines() const { return m_lines; }
    QTableView *templates() const { return m_templates; }
    QTableView *events() const { return m_events; }

signals:
    void deliveryRequested(qint64 id);

private:
    void updateEmptyStates();

    ConsoleModels *m_models;
    QTableView *m_lines;
    QTableView *m_templates;
    QTableView *m_events;
    QLabel *m_noTemplates;
    QLabel *m_noEvents;
};

} // namespace hookline
