#pragma once

#include "diagnostics/doctor.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace hookline {

class ConsoleEngine;

// `hookline doctor` inside the console: every check with a green or red mark, what was found and,
// for a failure, what to do. The runtime runs the checks on a thread of its own (they wait for
// the network and the embedded receiver for seconds): the console keeps answering meanwhile.
class HealthCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthCheckDialog)

public:
    explicit HealthCheckDialog(ConsoleEngine *engine, QWidget *parent = nullptr);

    // Starts the checks; checksShown() follows once their results are listed.
    void run();
    bool isRunning() const { return m_running; }
    QTreeWidget *results() const { return m_results; }

signals:
    void checksShown();

private:
    void showChecks(const QList<DoctorCheck> &checks);

    ConsoleEngine *m_engine;
    QTreeWidget *m_results;
    QPushButton *m_again = nullptr;
    bool m_running = false;
};

} // namespace hookline
