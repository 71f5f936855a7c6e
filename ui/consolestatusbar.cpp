#include "consolestatusbar.h"

#include "sparkline.h"

#include <QLabel>
#include <QLocale>

namespace hookline {

ConsoleStatusBar::ConsoleStatusBar(QWidget *parent)
    : QStatusBar(parent)
    , m_listening(new QLabel(this))
    , m_sparkline(new Sparkline(this))
    , m_rate(new QLabel(this))
    , m_backlog(new QLabel(this))
    , m_deadLetters(new QLabel(this))
    , m_size(new QLabel(this))
{
    m_listening->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addPermanentWidget(m_listening);
    addPermanentWidget(m_sparkline);
    addPermanentWidget(m_rate);
    addPermanentWidget(m_backlog);
    addPermanentWidget(m_deadLetters);
    addPermanentWidget(m_size);
}

void ConsoleStatusBar::show(const ConsoleStats &stats)
{
    m_listening->setText(stats.receiving ? tr("Receiving on %1").arg(stats.listening)
                                         : tr("Receiver off: %1").arg(stats.listening));
    m_sparkline->setValues(stats.eventsPerSecond);
    m_rate->setText(
        tr("%1/s").arg(stats.eventsPerSecond.isEmpty() ? 0 : stats.eventsPerSecond.last()));
    m_backlog->setText(tr("Backlog %1").arg(stats.backlog));
    m_deadLetters->setText(tr("Dead letters %1").arg(stats.deadLetters));
    m_size->setText(QLocale().formattedDataSize(stats.databaseBytes));
}

} // namespace hookline
