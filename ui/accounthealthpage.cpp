#include "accounthealthpage.h"

#include "accounteventmodel.h"
#include "accounthealth.h"
#include "consolecolors.h"
#include "consolemodels.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace hookline {

namespace {

// Rows that need attention (a flagged number, a restricted account, a paused template) in the
// failure colour.
class WarningDelegate final : public QStyledItemDelegate
{
public:
    WarningDelegate(int warningRole, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_role(warningRole)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(m_role).toBool())
            option->palette.setColor(QPalette::Text, ConsoleColors::failure(option->palette));
    }

private:
    int m_role;
};

QTableView *table(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

QGroupBox *box(const QString &title, QTableView *view, QLabel *empty, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(view);
    if (empty) {
        empty->setWordWrap(true);
        empty->setAlignment(Qt::AlignCenter);
        layout->addWidget(empty);
    }
    return group;
}

} // namespace

AccountHealthPage::AccountHealthPage(ConsoleModels *models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_lines(table(models->lineHealth(), QStringLiteral("healthLines"), this))
    , m_templates(table(models->templateHealth(), QStringLiteral("healthTemplates"), this))
    , m_events(table(models->accountEvents(), QStringLiteral("healthEvents"), this))
    , m_noTemplates(new QLabel(tr("No template events yet. Subscribe the app to "
                                  "message_template_status_update in Meta's dashboard to follow "
                                  "approvals, pauses and quality here."),
                               this))
    , m_noEvents(new QLabel(tr("Meta has not reported anything about these accounts yet."), this))
{
    m_lines->setItemDelegate(new WarningDelegate(LineHealthModel::WarningRole, m_lines));
    m_templates->setItemDelegate(
        new WarningDelegate(TemplateHealthModel::WarningRole, m_templates));
    m_lines->setAccessibleName(tr("Lines' health"));
    m_templates->setAccessibleName(tr("Templates"));
    m_events->setAccessibleName(tr("Account events"));

    auto *intro = new QLabel(tr("What Meta last reported about each number, account and "
                                "template. Double-click a row (or press Enter) to open the "
                                "delivery that brought it in the Inspector."),
                             this);
    intro->setWordWrap(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("healthSplitter"));
    splitter->addWidget(box(tr("Lines"), m_lines, nullptr, splitter));
    splitter->addWidget(box(tr("Templates"), m_templates, m_noTemplates, splitter));
    splitter->addWidget(
        box(tr("Account events and webhook errors"), m_events, m_noEvents, splitter));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({190, 210, 360});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);

    auto open = [this](int role) {
        return [this, role](const QModelIndex &index) {
            const qint64 id = index.data(role).toLongLong();
            if (id > 0)
                emit
            deliveryRequested(id);
        };
    };
    for (auto [view, role] : {std::pair{m_lines, int(LineHealthModel::DeliveryRole)},
                              std::pair{m_templates, int(TemplateHealthModel::DeliveryRole)},
                              std::pair{m_events, int(AccountEventModel::DeliveryIdRole)}}) {
        connect(view, &QTableView::activated, this, open(role)); // double-click or Enter
    }
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(models->templateHealth()),
                                      static_cast<QAbstractItemModel *>(models->accountEvents())}) {
        connect(model, &QAbstractItemModel::modelReset, this,
                &AccountHealthPage::updateEmptyStates);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                &AccountHealthPage::updateEmptyStates);
    }
    // Columns as wide as what they hold (the last one takes the rest).
    for (QTableView *view : {m_lines, m_templates, m_events}) {
        auto fit = [view] {
            view->resizeColumnsToContents();
            for (int column = 0; column < view->model()->columnCount(); ++column)
                view->setColumnWidth(column, std::min(view->columnWidth(column), 320));
        };
        connect(view->model(), &QAbstractItemModel::modelReset, view, fit);
        connect(view->model(), &QAbstractItemModel::rowsInserted, view, fit);
        fit();
    }
    updateEmptyStates();
}

void AccountHealthPage::updateEmptyStates()
{
    const bool templates = m_models->templateHealth()->rowCount() > 0;
    m_templates->setVisible(templates);
    m_noTemplates->setVisible(!templates);
    const bool events = m_models->accountEvents()->rowCount() > 0;
    m_events->setVisible(events);
    m_noEvents->setVisible(!events);
}

} // namespace hookline
