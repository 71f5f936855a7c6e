#pragma once

#include <QStringList>

class QCommandLineParser;

namespace hookline {

// `hookline replay`, `export`, `rebuild` and `dlq`: the operator's processing actions.
class ProcessingCommands
{
public:
    static int runReplay(const QStringList &args);
    static int runExport(const QStringList &args);
    static int runRebuild(const QStringList &args);
    static int runDlq(const QStringList &args);
    static int runReprocess(const QStringList &args); // `deliveries reprocess ID`
    // Processes everything due now, printing a one-line summary headed what; the exit status.
    static int processPending(const QCommandLineParser &parser, const QString &what);
};

} // namespace hookline
