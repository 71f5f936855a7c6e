#include "deadletterpanel.h"

#include "confirm.h"
#include "consolecolors.h"
#include "contextmenus.h"
#include "deadlettergroupmodel.h"
#include "deadletterreason.h"
#include "runtime/operatorservice.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace hookline {

namespace {

// How long an outcome is awaited before the panel says the rest is still being processed.
constexpr int WatchLimitMs = 120'000;

QString payloadText(const QByteArray &body)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

} // namespace

DeadLetterPanel::DeadLetterPanel(DeadLetterModel *items, DeadLetterGroupModel *groups,
                                 OperatorService *operations, QWidget *parent)
    : QWidget(parent)
    , m_model(items)
    , m_groupModel(groups)
    , m_operations(operations)
    , m_groups(new QTableView(this))
    , m_items(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_outcome(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
    , m_fix(new QPushButton(this))
    , m_copyPayload(new QPushButton(tr("&Copy payload"), this))
    , m_openDelivery(new QPushButton(tr("Open in &Inspector"), this))
    , m_watch(new QTimer(this))
{
    for (QTableView *table : {m_groups, m_items}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->verticalHeader()->hide();
        table->setAlternatingRowColors(true);
        table->horizontalHeader()->setStretchLastSection(true);
        table->setWordWrap(false);
        table->setTextElideMode(Qt::ElideRight);
    }
    m_groups->setModel(groups);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groups->setObjectName(QStringLiteral("deadLetterGroups"));
    m_items->setModel(items);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_items->setObjectName(QStringLiteral("deadLetters"));
    m_items->horizontalHeader()->setDefaultSectionSize(110);
    m_groups->horizontalHeader()->resizeSection(DeadLetterGroupModel::Reason, 380);
    m_groups->horizontalHeader()->resizeSection(DeadLetterGroupModel::Line, 160);
    m_groups->horizontalHeader()->resizeSection(DeadLetterGroupModel::Code, 200);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Reason, 260);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Line, 130);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Code, 90);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Detail, 220);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Attempts, 70);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::LastError, 180);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::State, 70);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Received, 150);
    m_items->horizontalHeader()->resizeSection(DeadLetterModel::Delivery, 70);

    m_outcome->setObjectName(QStringLiteral("deadLetterOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("deadLetterDetail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(
        tr("Select a dead letter to see why it failed and its whole payload."));
    m_fix->setObjectName(QStringLiteral("fixCause"));
    m_fix->hide();
    m_copyPayload->setEnabled(false);
    m_openDelivery->setEnabled(false);

    auto *retry = new QPushButton(tr("&Retry"), this);
    retry->setToolTip(tr("Retry the selected dead letters (Ctrl+R)"));
    retry->setObjectName(QStringLiteral("retry"));
    auto *retryGroup = new QPushButton(tr("Retry &group…"), this);
    retryGroup->setObjectName(QStringLiteral("retryGroup"));
    auto *discard = new QPushButton(tr("&Discard"), this);
    discard->setObjectName(QStringLiteral("discard"));
    auto *showAll = new QPushButton(tr("All dead letters"), this);
    connect(retry, &QPushButton::clicked, this, &DeadLetterPanel::retrySelection);
    connect(retryGroup, &QPushButton::clicked, this, [this] { this->retryGroup(); });
    connect(discard, &QPushButton::clicked, this, &DeadLetterPanel::discardSelection);
    connect(showAll, &QPushButton::clicked, this, [this] {
        m_chosen = {};
        m_groups->selectionModel()->clear();
        m_model->setView({});
        updateFix();
    });
    connect(m_fix, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_groups->currentIndex();
        if (current.isValid())
            emit
        addLineRequested(m_groupModel->group(current.row()).line);
    });
    connect(m_copyPayload, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(payloadText(m_model->payload(m_detailDelivery)));
    });
    connect(m_openDelivery, &QPushButton::clicked, this, [this] {
        emit
        deliveryRequested(m_detailDelivery);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_fix);
    buttons->addWidget(showAll);
    buttons->addWidget(retry);
    buttons->addWidget(retryGroup);
    buttons->addWidget(discard);

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailButtons = new QHBoxLayout;
    detailButtons->addStretch(1);
    detailButtons->addWidget(m_copyPayload);
    detailButtons->addWidget(m_openDelivery);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addLayout(detailButtons);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_items);
    lower->addWidget(detailPane);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_groups);
    splitter->addWidget(lower);
    splitter->setSizes({160, 400});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    layout->addWidget(m_outcome);
    layout->addWidget(splitter, 1);
    m_outcome->hide();

    connect(m_groups->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeadLetterPanel::showGroup);
    connect(m_items->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeadLetterPanel::showDetail);
    addRowMenu(m_items, [this](QMenu &menu, const QModelIndex &) {
        menu.addAction(tr("&Retry"), this, &DeadLetterPanel::retrySelection);
        menu.addAction(tr("&Discard…"), this, &DeadLetterPanel::discardSelection);
        menu.addSeparator();
        menu.addAction(tr("Copy &payload"), m_copyPayload, &QPushButton::click);
        menu.addAction(tr("Open in &Inspector"), m_openDelivery, &QPushButton::click);
    });
    addRowMenu(m_groups, [this](QMenu &menu, const QModelIndex &) {
        menu.addAction(tr("Retry &group…"), this, [this] { this->retryGroup(); });
        if (m_fix->isVisible())
            menu.addAction(m_fix->text(), m_fix, &QPushButton::click);
    });
    // The groups change under the operator (a retry empties one, new ones arrive): the chosen
    // group stays chosen, and when it leaves nothing is chosen instead, so the next click
    // cannot act on a group the operator did not pick. Its items stay shown.
    // (A retried group leaves while it is processed and may come back: chosen again then.)
    connect(groups, &DeadLetterGroupModel::aboutToRefresh, this, [this] { m_refreshing = true; });
    connect(groups, &DeadLetterGroupModel::refreshed, this, [this] {
        const int row = m_chosen.reason.isEmpty()
                            ? -1
                            : m_groupModel->rowOf(m_chosen.reason, m_chosen.line, m_chosen.code);
        if (row >= 0)
            m_groups->selectRow(row);
        else
            m_groups->selectionModel()->clear();
        m_refreshing = false;
        updateFix();
    });
    connect(operations, &OperatorService::finished, this, &DeadLetterPanel::onFinished);
    connect(operations, &OperatorService::progress, this, [this](int request, int done, int total) {
        if (request == m_request && m_progress) {
            m_progress->setMaximum(total);
            m_progress->setValue(done);
        }
    });
    m_watch->setInterval(250);
    connect(m_watch, &QTimer::timeout, this, &DeadLetterPanel::checkOutcome);
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
    if (m_refreshing)
        return;
    updateFix();
    const QModelIndex current = m_groups->currentIndex();
    if (!current.isValid())
        return;
    const DeadLetterGroupModel::Group &g = m_groupModel->group(current.row());
    m_chosen = g;
    DeadLetterView view;
    view.reason = g.reason;
    view.line = g.line.isEmpty() ? QStringLiteral("-") : g.line == u"*" ? QString() : g.line;
    view.code = g.code;
    m_model->setView(view);
}

void DeadLetterPanel::updateFix()
{
    const QModelIndex current = m_groups->currentIndex();
    const bool unknownLine =
        current.isValid() &&
        m_groupModel->group(current.row()).reason == u"unknown_phone_number_id" &&
        !m_groupModel->group(current.row()).line.isEmpty();
    if (unknownLine)
        m_fix->setText(tr("&Add line %1…").arg(m_groupModel->group(current.row()).line));
    m_fix->setVisible(unknownLine);
}

void DeadLetterPanel::showDetail()
{
    const QModelIndex current = m_items->currentIndex();
    m_detailDelivery = 0;
    if (!current.isValid()) {
        m_detail->clear();
        m_copyPayload->setEnabled(false);
        m_openDelivery->setEnabled(false);
        return;
    }
    auto value = [&](int column, int role = Qt::DisplayRole) {
        return m_model->index(current.row(), column).data(role);
    };
    const QString code = value(DeadLetterModel::Reason, DeadLetterModel::RawRole).toString();
    const DeadLetterReason reason = DeadLetterReason::of(code);
    m_detailDelivery = value(DeadLetterModel::Delivery).toLongLong();
    QStringList lines;
    lines << reason.title + QStringLiteral("  [") + code + u']' << reason.hint << QString();
    auto add = [&lines](const QString &label, const QString &text) {
        if (!text.isEmpty())
            lines << label + QStringLiteral(": ") + text;
    };
    const QString detail = value(DeadLetterModel::Detail).toString();
    const QString lastError = value(DeadLetterModel::LastError).toString();
    add(tr("What happened"), detail);
    if (lastError != detail)
        add(tr("Last error"), lastError);
    add(tr("Code or field"), value(DeadLetterModel::Code).toString());
    add(tr("Line"), value(DeadLetterModel::Line).toString());
    add(tr("Attempts"), value(DeadLetterModel::Attempts).toString());
    add(tr("State"), value(DeadLetterModel::State).toString());
    add(tr("Delivery"), QStringLiteral("%1 (%2)")
                            .arg(m_detailDelivery)
                            .arg(value(DeadLetterModel::Received).toString()));
    const QStringList trail = m_model->trail(m_detailDelivery);
    if (!trail.isEmpty())
        lines << QString() << tr("What became of the delivery:") << trail;
    const QByteArray body = m_model->payload(m_detailDelivery);
    lines << QString() << tr("Payload:")
          << (body.isEmpty() ? tr("(the delivery is no longer in the log)") : payloadText(body));
    m_detail->setPlainText(lines.join(u'\n'));
    m_copyPayload->setEnabled(!body.isEmpty());
    m_openDelivery->setEnabled(m_detailDelivery > 0);
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

void DeadLetterPanel::retryGroup(bool confirm)
{
    const QModelIndex current = m_groups->currentIndex();
    if (!current.isValid()) {
        QMessageBox::information(this, tr("Retry group"),
                                 tr("Pick a group first: click a row of the upper table."));
        return;
    }
    // Every dead letter of the group, not only the loaded page.
    while (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->index(row, 0).data(DeadLetterModel::IdentityRole).toLongLong();
    run(ids, false, confirm);
}

void DeadLetterPanel::run(const QList<qint64> &ids, bool discard, bool confirm)
{
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Dead letters"), tr("Select one or more dead letters."));
        return;
    }
    const int count = int(ids.size());
    if (confirm && (count > ConfirmAbove || discard)) {
        const bool go =
            discard
                ? confirmAction(this, tr("Discard"),
                                tr("Discard %n dead letter(s)? They stay in the log, marked "
                                   "discarded.",
                                   nullptr, count),
                                count == 1 ? tr("Discard") : tr("Discard %1").arg(count))
                : confirmAction(this, tr("Retry"), tr("Retry %n dead letter(s)?", nullptr, count),
                                tr("Retry %1").arg(count));
        if (!go)
            return;
    }
    m_watch->stop();
    m_acted = ids;
    m_watched = discard ? QList<qint64>() : ids;
    m_outcome->setText(discard ? tr("Discarding %n dead letter(s)…", nullptr, count)
                               : tr("Retrying %n dead letter(s)…", nullptr, count));
    m_outcome->setPalette(palette());
    m_outcome->show();
    m_request = discard ? m_operations->discard(ids) : m_operations->retry(ids);
    if (ids.size() > 250) {
        m_progress = new QProgressDialog(discard ? tr("Discarding…") : tr("Retrying…"),
                                         tr("Cancel"), 0, count, this);
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
    if (!result.error.isEmpty()) {
        m_watched.clear();
        m_outcome->setText(tr("Nothing was changed: %1").arg(result.error));
        QPalette warning = palette();
        warning.setColor(QPalette::WindowText, ConsoleColors::failure(palette()));
        m_outcome->setPalette(warning);
    } else if (result.cancelled) {
        m_outcome->setText(tr("Cancelled after %n dead letter(s).", nullptr, result.count));
    } else if (result.action == OperatorResult::Discard) {
        m_outcome->setText(
            tr("Discarded %n dead letter(s). They stay in the log.", nullptr, result.count));
    } else {
        // Processing picks the retried ones up on its own thread: the outcome comes later.
        m_watchedFor.start();
        m_watch->start();
    }
    // The rows acted on leave the view (or show their new state) at once.
    m_model->refreshRows([&] {
        QVariantList ids;
        for (qint64 id : std::as_const(m_acted))
            ids << id;
        return ids;
    }());
    m_groupModel->refresh();
    showDetail();
}

void DeadLetterPanel::checkOutcome()
{
    if (m_watched.isEmpty()) {
        m_watch->stop();
        return;
    }
    const RetryTally tally = m_model->tally(m_watched);
    const bool timedOut = m_watchedFor.elapsed() > WatchLimitMs;
    if (!tally.settled() && !timedOut)
        return;
    m_watch->stop();
    QStringList parts;
    if (tally.projected > 0)
        parts << tr("%n projected", nullptr, tally.projected);
    if (tally.sameCause > 0)
        parts << tr("%n still failing — same cause", nullptr, tally.sameCause);
    if (tally.otherCause > 0)
        parts << tr("%n failing for another cause", nullptr, tally.otherCause);
    if (tally.discarded > 0)
        parts << tr("%n discarded meanwhile", nullptr, tally.discarded);
    if (tally.retrying > 0)
        parts << tr("%n still being processed", nullptr, tally.retrying);
    m_outcome->setText(parts.isEmpty() ? tr("%n retried.", nullptr, int(m_watched.size()))
                                       : tr("%n retried: %1.", nullptr, int(m_watched.size()))
                                             .arg(parts.join(QStringLiteral(", "))));
    QPalette colours = palette();
    if (tally.sameCause + tally.otherCause > 0)
        colours.setColor(QPalette::WindowText, ConsoleColors::failure(palette()));
    m_outcome->setPalette(colours);
    QVariantList watched;
    for (qint64 id : std::as_const(m_watched))
        watched << id;
    m_watched.clear();
    m_model->refreshRows(watched);
    m_groupModel->refresh();
    showDetail();
}

void DeadLetterPanel::causeFixed(const QString &what)
{
    const QModelIndex current = m_groups->currentIndex();
    if (!current.isValid())
        return;
    const int count = m_groupModel->group(current.row()).count;
    if (confirmAction(this, tr("Retry group"),
                      tr("%1 Retry the group's %n dead letter(s) now?", nullptr, count).arg(what),
                      tr("Retry %1").arg(count)))
        retryGroup(false);
}

} // namespace hookline
