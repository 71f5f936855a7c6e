#include "logpanel.h"

#include "livefilter.h"
#include "logfilter.h"
#include "logmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace hookline {

LogPanel::LogPanel(LogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_filter(new LogFilter(this))
    , m_level(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    m_filter->setSourceModel(model);
    m_level->addItems({tr("Debug and above"), tr("Info and above"), tr("Warnings and errors"),
                       tr("Errors only")});
    m_level->setCurrentIndex(1);
    m_filter->setMinimumSeverity(1);
    m_text->setPlaceholderText(tr("Text in the message, category or ids (e.g. delivery=12)"));
    m_text->setClearButtonEnabled(true);
    m_table->setModel(m_filter);
    m_table->setObjectName(QStringLiteral("log"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(LogModel::Time, 180);
    m_table->horizontalHeader()->resizeSection(LogModel::Level, 70);
    m_table->horizontalHeader()->resizeSection(LogModel::Category, 150);
    m_table->horizontalHeader()->resizeSection(LogModel::Message, 420);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);

    auto *bar = new QHBoxLayout;
    bar->addWidget(
        new QLabel(tr("Hookline's log (also in hookline.log beside the database)."), this), 1);
    bar->addWidget(m_level);
    bar->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_level, &QComboBox::currentIndexChanged, m_filter, &LogFilter::setMinimumSeverity);
    makeLiveFilter(m_text, [this] { m_filter->setText(m_text->text()); });
    QScrollBar *scroll = m_table->verticalScrollBar();
    connect(m_filter, &QAbstractItemModel::rowsAboutToBeInserted, this, [this, scroll] {
        m_table->setProperty("follow", scroll->value() >= scroll->maximum() - 2);
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_table->property("follow").toBool())
            m_table->scrollToBottom();
    });
}

} // namespace hookline
