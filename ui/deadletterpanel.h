#pragma once

#include <QWidget>

class QLabel;
class QProgressDialog;
class QPushButton;
class QTableView;

namespace hookline {

class DeadLetterGroupModel;
class DeadLetterModel;
class OperatorService;
struct OperatorResult;

// Dead letters grouped by reason × line × error code, the items of the chosen group, and the
// operator's remedies: Retry (one click), Retry group or selection (count first, progress,
// cancel) and Discard.
class DeadLetterPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLetterPanel)

public:
    DeadLetterPanel(DeadLetterModel *items, DeadLetterGroupModel *groups,
                    OperatorService *operations, QWidget *parent = nullptr);

    QTableView *items() const { return m_items; }
    QTableView *groups() const { return m_groups; }
    void retrySelection();
    void retryGroup();
    void discardSelection();
    // Confirmation before acting on more than this many dead letters.
    static constexpr int ConfirmAbove = 1;

private:
    QList<qint64> selectedIds() const;
    void run(const QList<qint64> &ids, bool discard);
    void onFinished(const OperatorResult &result);
    void showGroup();

    DeadLetterModel *m_model;
    DeadLetterGroupModel *m_groupModel;
    OperatorService *m_operations;
    QTableView *m_groups;
    QTableView *m_items;
    QLabel *m_summary;
    QProgressDialog *m_progress = nullptr;
    int m_request = 0;
};

} // namespace hookline
