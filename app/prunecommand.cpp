#include "prunecommand.h"

#include "cli.h"
#include "commandsupport.h"
#include "media/medialog.h"
#include "processing/retentionpruner.h"
#include "processingcommands.h"
#include "storage/clock.h"

namespace hookline {

int PruneCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Forgets deliveries received more than DAYS days ago, and what they produced "
                "(messages, statuses, reactions, calls, events, search entries), so a rebuild "
                "gives the same views. Conversations keep what is younger; one with nothing "
                "left goes. Recorded in the audit trail."));
    CommandSupport::addCommonOptions(parser);
    parser.addOptions(
        {{QStringLiteral("older-than"), Cli::tr("Age in days of what goes (at least 1)."),
          QStringLiteral("days")},
         {QStringLiteral("by"), Cli::tr("Who prunes (default: $HOOKLINE_OPERATOR, else the user)."),
          QStringLiteral("name")}});
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.positionalArguments().isEmpty())
        return CommandSupport::usage(Cli::tr("prune takes no arguments"), QStringLiteral("prune"));
    bool number = false;
    const int days = parser.value(QStringLiteral("older-than")).toInt(&number);
    if (!parser.isSet(QStringLiteral("older-than")) || !number || days < 1)
        return CommandSupport::usage(Cli::tr("prune wants --older-than DAYS, a whole number of "
                                             "days from 1"),
                                     QStringLiteral("prune"));
    Expected<RetentionPruner::Report> report = Error{};
    {
        auto db = CommandSupport::openDatabase(parser);
        if (!db)
            return CommandSupport::fail(db.error());
        RetentionPruner pruner((*db)->handle());
        const qint64 cutoff = RetentionPruner::cutoffFor(days, Clock::nowMicros());
        report = pruner.prune(cutoff);
        if (!report)
            return CommandSupport::fail(report.error());
        if (const Status recorded = pruner.record(parser.isSet(QStringLiteral("by"))
                                                      ? parser.value(QStringLiteral("by"))
                                                      : CommandSupport::operatorName(),
                                                  days, *report);
            !recorded)
            return CommandSupport::fail(recorded.error());
        // The files of the media whose deliveries went, from the folder beside the database.
        const auto swept = MediaLog::sweep(
            (*db)->handle(),
            MediaStore(MediaStore::rootFor(CommandSupport::databaseOptions(parser))));
        if (!swept)
            return CommandSupport::fail(swept.error());
    }
    CommandSupport::out(Cli::tr("pruned what is older than %n day(s): ", nullptr, days) +
                        Cli::tr("%1 deliveries, %2 rejection(s), %3 message(s); %4 "
                                "conversation(s) had nothing left\n")
                            .arg(report->deliveries)
                            .arg(report->rejections)
                            .arg(report->messages)
                            .arg(report->conversations));
    if (!report->truncatedWal)
        CommandSupport::walKeptNote();
    // What kept deliveries said about pruned messages is derived again.
    return ProcessingCommands::processPending(parser, QStringLiteral("prune"));
}

} // namespace hookline
