#include "erasecommand.h"

#include "cli.h"
#include "commandsupport.h"
#include "media/medialog.h"
#include "processing/contacteraser.h"
#include "processingcommands.h"

namespace hookline {

int EraseCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Forgets a person: their messages, statuses, reactions, calls, contact and search "
                "entries, and their parts of the delivery log (rewritten with a tombstone, so a "
                "rebuild does not bring them back). Recorded in the audit trail without what "
                "they said."));
    CommandSupport::addCommonOptions(parser);
    parser.addOptions(
        {{QStringLiteral("contact"), Cli::tr("The person: their number (wa_id) or user id."),
          QStringLiteral("id")},
         {QStringLiteral("line"), Cli::tr("Only on this line (default: every line)."),
          QStringLiteral("phone_number_id")},
         {QStringLiteral("by"), Cli::tr("Who erases (default: $HOOKLINE_OPERATOR, else the user)."),
          QStringLiteral("name")}});
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString contact = parser.value(QStringLiteral("contact")).trimmed();
    if (contact.isEmpty())
        return CommandSupport::usage(Cli::tr("erase wants --contact ID"), QStringLiteral("erase"));
    Expected<ContactEraser::Report> report = Error{};
    {
        auto db = CommandSupport::openDatabase(parser);
        if (!db)
            return CommandSupport::fail(db.error());
        ContactEraser eraser((*db)->handle());
        if (const auto resumed = eraser.resumePending(); !resumed)
            return CommandSupport::fail(resumed.error());
        report =
            eraser.erase(contact, parser.value(QStringLiteral("line")),
                         parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by"))
                                                            : CommandSupport::operatorName());
        if (!report)
            return CommandSupport::fail(report.error());
        // Their downloaded files too, from the folder beside the database.
        const auto swept = MediaLog::sweep(
            (*db)->handle(),
            MediaStore(MediaStore::rootFor(CommandSupport::databaseOptions(parser))));
        if (!swept)
            return CommandSupport::fail(swept.error());
    }
    CommandSupport::out(Cli::tr("erased %1: %2 message(s), %3 conversation(s); %4 deliveries "
                                "rewritten (%5 items)\n")
                            .arg(contact)
                            .arg(report->messages)
                            .arg(report->conversations)
                            .arg(report->deliveries)
                            .arg(report->elements));
    if (!report->truncatedWal)
        CommandSupport::walKeptNote();
    // The rewritten deliveries are derived again from what they now say.
    return ProcessingCommands::processPending(parser, QStringLiteral("erase"));
}

} // namespace hookline
