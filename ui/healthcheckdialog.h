#pragma once

#include <QDialog>

class QTreeWidget;

namespace hookline {

class ConsoleEngine;

// `hookline doctor` inside the console: every check with a green or red mark, what was found and,
// for a failure, what to do.
class HealthCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthCheckDialog)

public:
    explicit HealthCheckDialog(ConsoleEngine *engine, QWidget *parent = nullptr);
    void run();
    QTreeWidget *results() const { return m_results; }

private:
    ConsoleEngine *m_engine;
    QTreeWidget *m_results;
};

} // namespace hookline
