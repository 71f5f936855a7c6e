#include "alertspage.h"

#include "alertlistmodel.h"
#include "runtime/operatorservice.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace hookline {

AlertsPage::AlertsPage(AlertListModel *model, OperatorService *operations, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_operations(operations)
    , m_table(new QTableView(this))
    , m_showAcknowledged(new QCheckBox(tr("Show &acknowledged"), this))
    , m_acknowledge(new QPushButton(tr("Ac&knowledge"), this))
    , m_empty(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("alerts"));
    m_table->setModel(model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AlertListModel::Summary,
                                                      QHeaderView::Stretch);
    // The short columns as wide as what they hold; what happened takes the rest.
    auto fit = [this] {
        for (int column :
             {int(AlertListModel::Fired), int(AlertListModel::Rule), int(AlertListModel::Line),
              int(AlertListModel::State), int(AlertListModel::Webhook)}) {
            m_table->resizeColumnToContents(column);
            m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column), 60, 320));
        }
    };
    connect(model, &QAbstractItemModel::modelReset, m_table, fit);
    connect(model, &QAbstractItemModel::rowsInserted, m_table, fit);
    fit();
    m_table->setAccessibleName(tr("Alerts"));
    m_acknowledge->setToolTip(tr("Say you have seen the selected alerts (Ctrl+K); your name and "
                                 "the time are kept with them."));
    auto *rules = new QPushButton(tr("&Rules…"), this);
    rules->setToolTip(tr("What raises an alert, and where alerts are POSTed"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    auto *bar = new QHBoxLayout;
    auto *about = new QLabel(tr("Alerts raised by the rules, newest first; each also shows as "
                                "a notification and a warning in the log."),
                             this);
    about->setWordWrap(true); // longer in other languages: it wraps, the window stays narrow
    bar->addWidget(about, 1);
    bar->addWidget(m_showAcknowledged);
    bar->addWidget(rules);
    bar->addWidget(m_acknowledge);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_showAcknowledged, &QCheckBox::toggled, model, &AlertListModel::setShowAcknowledged);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPage::acknowledgeSelection);
    connect(rules, &QPushButton::clicked, this, &AlertsPage::rulesRequested);
    auto *shortcut = new QShortcut(QKeySequence(tr("Ctrl+K")), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &AlertsPage::acknowledgeSelection);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = index.data(AlertListModel::DeliveryIdRole).toLongLong();
        if (id > 0)
            emit
        deliveryRequested(id);
    });
    connect(model, &QAbstractItemModel::modelReset, this, &AlertsPage::updateState);
    connect(model, &QAbstractItemModel::rowsInserted, this, &AlertsPage::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &AlertsPage::updateState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlertsPage::updateState);
    updateState();
}

void AlertsPage::acknowledgeSelection()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        if (!index.data(AlertListModel::AcknowledgedRole).toBool())
            ids << index.data(AlertListModel::AlertIdRole).toLongLong();
    }
    if (!ids.isEmpty())
        m_operations->acknowledgeAlerts(ids);
}

void AlertsPage::updateState()
{
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    m_empty->setText(m_model->showAcknowledged()
                         ? tr("No alerts yet.")
                         : tr("No open alerts. Hookline watches each line's quality, templates, "
                              "account restrictions, failure rates, silent lines and dead "
                              "letters; Rules… says how."));
    bool selectable = false;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        selectable |= !index.data(AlertListModel::AcknowledgedRole).toBool();
    m_acknowledge->setEnabled(selectable);
}

} // namespace hookline
