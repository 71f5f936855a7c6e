#pragma once

#include "consolestats.h"

#include <QStatusBar>

class QLabel;

namespace hookline {

class Sparkline;

// Where the receiver listens, events per second, processing backlog, dead letters and the
// database's size.
class ConsoleStatusBar final : public QStatusBar
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleStatusBar)

public:
    explicit ConsoleStatusBar(QWidget *parent = nullptr);
    void show(const hookline::ConsoleStats &stats);

private:
    QLabel *m_listening;
    Sparkline *m_sparkline;
    QLabel *m_rate;
    QLabel *m_backlog;
    QLabel *m_deadLetters;
    QLabel *m_size;
};

} // namespace hookline
