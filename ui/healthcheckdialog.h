#pragma once

#include "diagnostics/doctor.h"

#include <QDialog>
#include <QFutureWatcher>

class QPushButton;
class QTreeWidget;

namespace hookline {

class ConsoleEngine;

// `hookline doctor` inside the console: every check with a green or red mark, what was found and,
// for a failure, what to do. The checks run on a thread of their own (they wait for the
// network and the embedded receiver for seconds): the console keeps answering meanwhile.
class HealthCheckDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthCheckDialog)

public:
    explicit HealthCheckDialog(ConsoleEngine *engine, QWidget *parent = nullptr);
    ~HealthCheckDialog() override;

    // Starts the checks; checksShown() follows once their results are listed.
    void run();
    bool isRunning() const { return m_watcher.isRunning(); }
    QTreeWidget *results() const { return m_results; }

signals:
    void checksShown();

private:
    void showChecks(const QList<DoctorCheck> &checks);

    ConsoleEngine *m_engine;
    QTreeWidget *m_results;
    QPushButton *m_again = nullptr;
    QFutureWatcher<QList<DoctorCheck>> m_watcher;
};

} // namespace hookline
