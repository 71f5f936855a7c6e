#pragma once

#include "expected.h"

#include <QCommandLineParser>

namespace hookline {

// The logging options of the long-running commands (serve, console): --log-format,
// --log-level, --log-file and --no-log-file, applied through LogSink.
namespace LogOptionsCli {
void add(QCommandLineParser &parser);
// Installs the sink; the default log file is hookline.log beside the database.
Status apply(const QCommandLineParser &parser, const QString &databasePath, bool toStderr = true);
} // namespace LogOptionsCli

} // namespace hookline
