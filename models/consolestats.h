#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace hookline {

// The status bar's figures, sampled once a second.
struct ConsoleStats
{
    QString listening;             // "http://127.0.0.1:8080", or why the receiver is not running
    bool receiving = false;        // the embedded receiver runs
    QList<double> eventsPerSecond; // the last minute, oldest first
    qint64 backlog = 0;            // deliveries waiting for processing
    int deadLetters = 0;
    int openAlerts = 0; // not acknowledged yet
    qint64 databaseBytes = 0;
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::ConsoleStats)
