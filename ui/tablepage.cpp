#include "tablepage.h"

#include "consolecolors.h"
#include "consolesettings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace hookline {

TablePage::TablePage(QAbstractItemModel *model, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_bar(new QHBoxLayout)
    , m_table(new QTableView(this))
    , m_empty(new QLabel(m_table->viewport()))
{
    m_table->setModel(model);
    m_table->setObjectName(name);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setTextElideMode(Qt::ElideRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(m_bar);
    layout->addWidget(m_table, 1);

    m_empty->setObjectName(name + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setPalette(ConsoleColors::mutedLabel(m_empty->palette(), QPalette::Base));
    m_empty->hide();
    m_table->viewport()->installEventFilter(this);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &TablePage::updateEmpty);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePage::updateEmpty);
    connect(model, &QAbstractItemModel::layoutChanged, this, &TablePage::updateEmpty);
}

QLabel *TablePage::addIntro(const QString &text)
{
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);
    m_bar->insertWidget(0, intro, 1);
    return intro;
}

void TablePage::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    updateEmpty();
}

void TablePage::updateEmpty()
{
    const bool empty = !m_empty->text().isEmpty() && m_table->model()->rowCount() == 0;
    m_empty->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    m_empty->setVisible(empty);
}

bool TablePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_empty->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}

void TablePage::restoreColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QString name = m_table->objectName();
    if (const QByteArray state = ConsoleSettings::headerState(name); !state.isEmpty())
        header->restoreState(state);
    auto save = [header, name] { ConsoleSettings::setHeaderState(name, header->saveState()); };
    connect(header, &QHeaderView::sectionResized, this, save);
    connect(header, &QHeaderView::sectionMoved, this, save);
}

} // namespace hookline
