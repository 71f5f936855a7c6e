#pragma once

#include "deadlettergroupmodel.h"
#include "deadlettermodel.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QProgressDialog;
class QPushButton;
class QTableView;
class QTimer;

namespace hookline {

class OperatorService;
struct OperatorResult;

// Dead letters grouped by cause (reason × line × error code), the items of the chosen group
// with a detail pane (plain-language reason, the whole payload), and the operator's remedies:
// Retry (one click), Retry group or selection (count first, progress, cancel), Discard, and the
// action that removes the cause where there is one (Add line). After each, a one-line outcome
// says what became of the dead letters, and the selection stays where the operator was.
class DeadLetterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLetterPanel)

public:
    DeadLetterPanel(DeadLetterModel *items, DeadLetterGroupModel *groups,
                    OperatorService *operations, QWidget *parent = nullptr);

    QTableView *items() const { return m_items; }
    QTableView *groups() const { return m_groups; }
    QLabel *outcome() const { return m_outcome; }
    QPlainTextEdit *detail() const { return m_detail; }
    QPushButton *fixButton() const { return m_fix; }
    void retrySelection();
    // Retries every dead letter of the chosen group; confirm: ask first (with a count).
    void retryGroup(bool confirm = true);
    void discardSelection();
    // The cause of the chosen group was just removed (what says how): offers to retry it.
    void causeFixed(const QString &what);
    // Confirmation before acting on more than this many dead letters.
    static constexpr int ConfirmAbove = 1;

signals:
    // The cause of the chosen group is a line nobody configured: the operator asked to add it.
    void addLineRequested(const QString &phoneNumberId);
    void deliveryRequested(qint64 deliveryId);

private:
    QList<qint64> selectedIds() const;
    void run(const QList<qint64> &ids, bool discard, bool confirm = true);
    void onFinished(const OperatorResult &result);
    void showGroup();
    void showDetail();
    void updateFix();
    void checkOutcome();

    DeadLetterModel *m_model;
    DeadLetterGroupModel *m_groupModel;
    OperatorService *m_operations;
    QTableView *m_groups;
    QTableView *m_items;
    QLabel *m_summary;
    QLabel *m_outcome;
    QPlainTextEdit *m_detail;
    QPushButton *m_fix;
    QPushButton *m_copyPayload;
    QPushButton *m_openDelivery;
    QProgressDialog *m_progress = nullptr;
    int m_request = 0;
    // The retried dead letters whose outcome is awaited, and since when.
    QList<qint64> m_acted; // the dead letters of the last action
    QList<qint64> m_watched;
    QElapsedTimer m_watchedFor;
    QTimer *m_watch;
    qint64 m_detailDelivery = 0;
    // The group the operator chose, chosen again after each refresh of the groups that has it.
    DeadLetterGroupModel::Group m_chosen;
    bool m_refreshing = false;
};

} // namespace hookline
