#include "deadletterpanel.h"

#include "deadlettergroupmodel.h"
#include "deadlettermodel.h"
#include "operatorservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

namespace hookline {

DeadLetterPanel::DeadLetterPanel(DeadLetterModel *items, DeadLetterGroupModel *groups,
                                 OperatorService *operations, QWidget *parent)
    : QWidget(parent)
    , m_model(items)
    , m_groupModel(groups)
    , m_operations(operations)
    , m_groups(new QTableView(this))
    , m_items(new QTableView(this))
    , m_summary(new QLabel(this))
{
    for (QTableView *table : {m_groups, m_items}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->setAlternatingRowColors(true);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setWordWrap(false);
    }
    m_groups->setModel(groups);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setObjectName(QStringLiteral("deadLetterGroups"));
    m_items->setModel(items);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_items->setObjectName(QStringLiteral("deadLetters"));
    m_items->horizontalHeader()->setDefaultSectionSize(130);
    m_groups->horizontalHeader()->resizeSection(DeadLetterGroupModel::Reason, 240);
    m_groups->horizontalHeader()->resizeSection(DeadLetterGroupModel::Line, 160);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Reason, 200);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Line, 140);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Code, 70);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Detail, 260);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Attempts, 70);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::LastError, 220);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::State, 70);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Received, 180);

    auto *retry = new QPushButton(tr("&Retry"), this);
    retry->setToolTip(tr("Retry the selected dead letters (Ctrl+R)"));
    retry->setObjectName(QStringLiteral("retry"));
    auto *retryGroup = new QPushButton(tr("Retry &group…"), this);
    retryGroup->setObjectName(QStringLiteral("retryGroup"));
    auto *discard = new QPushButton(tr("&Discard"), this);
    discard->setObjectName(QStringLiteral("discard"));
    auto *showAll = new QPushButton(tr("All dead letters"), this);
    connect(retry, &QPushButton::clicked, this, &DeadLetterPanel::retrySelection);
    connect(retryGroup, &QPushButton::clicked, this, &DeadLetterPanel::retryGroup);
    connect(discard, &QPushButton::clicked, this, &DeadLetterPanel::discardSelection);
    connect(showAll, &QPushButton::clicked, this, [this] {
        m_groups->clearSelection();
        m_model->setView({});
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(showAll);
    buttons->addWidget(retry);
    buttons->addWidget(retryGroup);
    buttons->addWidget(discard);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_groups);
    splitter->addWidget(m_items);
    splitter->setSizes({160, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    connect(m_groups->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeadLetterPanel::showGroup);
    connect(operations, &OperatorService::finished, this, &DeadLetterPanel::onFinished);
    connect(operations, &OperatorService::progress, this, [this](int request, int done, int total) {
        if (request == m_request && m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    auto updateSummary = [this] {
        const int total = m_groupModel->total();
        m_summary->setText(total == 0 ? tr("No dead letters — everything was processed.")
                                      : tr("%n dead letter(s) wait for you.", nullptr, total));
    };
    connect(groups, &QAbstractItemModel::dataChanged, this, updateSummary);
    connect(groups, &QAbstractItemModel::rowsInserted, this, updateSummary);
    connect(groups, &QAbstractItemModel::rowsRemoved, this, updateSummary);
    connect(groups, &QAbstractItemModel::modelReset, this, updateSummary);
    updateSummary();
}

void DeadLetterPanel::showGroup()
{
    const QModelIndex current = m_groups->currentIndex();
    if (!current.isValid())
        return;
    const DeadLetterGroupModel::Group &g = m_groupModel->group(current.row());
    DeadLetterView view;
    view.reason = g.reason;
    view.line = g.line.isEmpty() ? QStringLiteral("-") : g.line;
    view.code = g.code;
    m_model->setView(view);
}

QList<qint64> DeadLetterPanel::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_items->selectionModel()->selectedRows())
        ids << index.data(DeadLetterModel::IdentityRole).toLongLong();
    if (ids.isEmpty() && m_items->currentIndex().isValid())
        ids << m_items->currentIndex().data(DeadLetterModel::IdentityRole).toLongLong();
    return ids;
}

void DeadLetterPanel::retrySelection()
{
    run(selectedIds(), false);
}

void DeadLetterPanel::discardSelection()
{
    run(selectedIds(), true);
}

void DeadLetterPanel::retryGroup()
{
    const QModelIndex current = m_groups->currentIndex();
    if (!current.isValid()) {
        QMessageBox::information(this, tr("Retry group"), tr("Pick a group first."));
        return;
    }
    // Every dead letter of the group, not only the loaded page.
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row, 0).data(DeadLetterModel::IdentityRole).toLongLong();
    run(ids, false);
}

void DeadLetterPanel::run(const QList<qint64> &ids, bool discard)
{
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Dead letters"), tr("Select one or more dead letters."));
        return;
    }
    if (ids.size() > ConfirmAbove || discard) {
        const QString question =
            discard ? tr("Discard %n dead letter(s)? They stay in the log, marked discarded.",
                         nullptr, int(ids.size()))
                    : tr("Retry %n dead letter(s)?", nullptr, int(ids.size()));
        if (QMessageBox::question(this, discard ? tr("Discard") : tr("Retry"), question) !=
            QMessageBox::Yes)
            return;
    }
    m_request = discard ? m_operations->discard(ids) : m_operations->retry(ids);
    if (ids.size() > 250) {
        m_progress = new QProgressDialog(discard ? tr("Discarding…") : tr("Retrying…"),
                                         tr("Cancel"), 0, int(ids.size()), this);
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(300);
        const int request = m_request;
        connect(m_progress, &QProgressDialog::canceled, this,
                [this, request] { m_operations->cancel(request); });
    }
}

void DeadLetterPanel::onFinished(const OperatorResult &result)
{
    if (result.request != m_request)
        return;
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    if (!result.error.isEmpty())
        QMessageBox::warning(this, tr("Dead letters"), result.error);
    else
        m_summary->setText(result.cancelled
                               ? tr("Cancelled after %n dead letter(s).", nullptr, result.count)
                           : result.action == OperatorResult::Discard
                               ? tr("Discarded %n dead letter(s).", nullptr, result.count)
                               : tr("Retrying %n dead letter(s)…", nullptr, result.count));
    m_model->refreshRows([&] {
        QVariantList ids;
        for (const QModelIndex &index : m_items->selectionModel()->selectedRows())
            ids << index.data(DeadLetterModel::IdentityRole);
        return ids;
    }());
    m_groupModel->refresh();
}

} // namespace hookline
