#include "processingcommands.h"

#include "cli.h"
#include "commandsupport.h"
#include "processing/contactexport.h"
#include "processing/deadletterqueue.h"
#include "processing/deliveryprocessor.h"
#include "processing/exporter.h"
#include "processing/projectionrebuild.h"
#include "processing/replayinjector.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookline {

namespace {

ProcessorOptions processorOptions(const QCommandLineParser &parser)
{
    ProcessorOptions options;
    options.database = CommandSupport::databaseOptions(parser);
    options.database.synchronousFull = false; // projections can always be derived again
    return options;
}

// Processes everything due; prints a one-line summary. Returns the exit status.
int processNow(const QCommandLineParser &parser, const QString &what)
{
    DeliveryProcessor processor(processorOptions(parser));
    if (Status opened = processor.open(); !opened)
        return CommandSupport::fail(opened.error());
    const auto result = processor.processAll();
    if (!result)
        return CommandSupport::fail(result.error());
    if (result->deliveries == 0 && !processor.standingByFor().isEmpty()) {
        // PostgreSQL: a running serve holds the processing turn and will do it.
        CommandSupport::out(Cli::tr("%1: queued; the processing turn is held by %2, which "
                                    "processes it\n")
                                .arg(what, processor.standingByFor()));
        return 0;
    }
    CommandSupport::out(Cli::tr("%1: %2 deliveries processed, %3 items projected, %4 already "
                                "known, %5 retrying, %6 dead letters\n")
                            .arg(what)
                            .arg(result->deliveries)
                            .arg(result->items)
                            .arg(result->duplicates)
                            .arg(result->retrying)
                            .arg(result->changes.deadLetters.size()));
    return 0;
}

QString isoTime(qint64 micros)
{
    return QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC).toString(Qt::ISODate);
}

int dlqList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the dead letters: items processing gave up on, with the reason."));
    CommandSupport::addCommonOptions(parser);
    parser.addOptions(
        {{QStringLiteral("format"), Cli::tr("text or json."), QStringLiteral("format"),
          QStringLiteral("text")},
         {QStringLiteral("state"), Cli::tr("dead, retrying, retried or discarded."),
          QStringLiteral("state")},
         {QStringLiteral("reason"), Cli::tr("Only this reason."), QStringLiteral("reason")},
         {QStringLiteral("line"), Cli::tr("Only this line."), QStringLiteral("id")}});
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    const auto rows =
        DeadLetterQueue((*db)->handle())
            .list({parser.value(QStringLiteral("state")), parser.value(QStringLiteral("reason")),
                   parser.value(QStringLiteral("line"))});
    if (!rows)
        return CommandSupport::fail(rows.error());
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const DeadLetter &d : *rows)
            array.append(QJsonObject{
                {QStringLiteral("id"), d.id},
                {QStringLiteral("delivery_id"), d.deliveryId},
                {QStringLiteral("reason"), d.reason},
                {QStringLiteral("line"), d.line.isEmpty() ? QJsonValue() : QJsonValue(d.line)},
                {QStringLiteral("detail"), d.detail},
                {QStringLiteral("attempts"), d.attempts},
                {QStringLiteral("last_error"), d.lastError},
                {QStringLiteral("state"), d.state},
                {QStringLiteral("created_at"), isoTime(d.createdAtUs)}});
        CommandSupport::out(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (rows->isEmpty()) {
        CommandSupport::out(Cli::tr("No dead letters.\n"));
        return 0;
    }
    QString text;
    for (const DeadLetter &d : *rows)
        text += Cli::tr("%1  %2  %3  delivery %4  %5  attempts %6\n    %7\n")
                    .arg(d.id, 6)
                    .arg(d.state, -9)
                    .arg(d.reason, -24)
                    .arg(d.deliveryId)
                    .arg(d.line.isEmpty() ? QStringLiteral("-") : d.line)
                    .arg(d.attempts)
                    .arg(d.detail);
    CommandSupport::out(text);
    return 0;
}

int dlqRetryOrDiscard(const QStringList &args, bool retry)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        retry ? Cli::tr("Processes dead letters again: by id, or --all, --reason, --line.")
              : Cli::tr("Discards dead letters by id; their deliveries stay in the log."));
    CommandSupport::addCommonOptions(parser);
    if (retry)
        parser.addOptions(
            {{QStringLiteral("all"), Cli::tr("Every dead letter (with --reason/--line: those).")},
             {QStringLiteral("reason"), Cli::tr("Only this reason."), QStringLiteral("reason")},
             {QStringLiteral("line"), Cli::tr("Only this line."), QStringLiteral("id")}});
    parser.addPositionalArgument(QStringLiteral("id"), Cli::tr("Dead letter ids."),
                                 QStringLiteral("[ID...]"));
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    QList<qint64> ids;
    for (const QString &arg : parser.positionalArguments()) {
        bool ok = false;
        ids.append(arg.toLongLong(&ok));
        if (!ok)
            return CommandSupport::usage(Cli::tr("'%1' is not a dead letter id").arg(arg));
    }
    const bool byFilter =
        retry && (parser.isSet(QStringLiteral("all")) || parser.isSet(QStringLiteral("reason")) ||
                  parser.isSet(QStringLiteral("line")));
    if (ids.isEmpty() == !byFilter)
        return CommandSupport::usage(
            retry ? Cli::tr("dlq retry wants ids, or --all / --reason / --line")
                  : Cli::tr("dlq discard wants dead letter ids"));
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    DeadLetterQueue queue((*db)->handle());
    if (!retry) {
        const auto discarded = queue.discard(ids);
        if (!discarded)
            return CommandSupport::fail(discarded.error());
        CommandSupport::out(Cli::tr("%1 dead letter(s) discarded\n").arg(*discarded));
        return *discarded == ids.size() ? 0 : 1;
    }
    const auto retried = byFilter ? queue.retryWhere({{},
                                                      parser.value(QStringLiteral("reason")),
                                                      parser.value(QStringLiteral("line"))})
                                  : queue.retry(ids);
    if (!retried)
        return CommandSupport::fail(retried.error());
    CommandSupport::out(Cli::tr("%1 dead letter(s) queued for another attempt\n").arg(*retried));
    (*db).reset();
    return processNow(parser, QStringLiteral("retry"));
}

} // namespace

int ProcessingCommands::processPending(const QCommandLineParser &parser, const QString &what)
{
    return processNow(parser, what);
}

int ProcessingCommands::runReplay(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Stores webhook bodies as operator replays (no signature, marked 'replay') "
                "and processes them."));
    CommandSupport::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("files"), Cli::tr("JSON bodies ('-' reads stdin)."),
                                 QStringLiteral("FILE..."));
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().isEmpty())
        return CommandSupport::usage(Cli::tr("replay wants at least one file"));
    {
        auto db = CommandSupport::openDatabase(parser);
        if (!db)
            return CommandSupport::fail(db.error());
        ReplayInjector injector((*db)->handle());
        for (const QString &path : parser.positionalArguments()) {
            QFile file;
            const bool opened = path == QLatin1String("-")
                                    ? file.open(stdin, QIODevice::ReadOnly)
                                    : (file.setFileName(path), file.open(QIODevice::ReadOnly));
            if (!opened)
                return CommandSupport::fail(Cli::tr("cannot read %1").arg(path));
            const auto id = injector.inject(file.readAll(), QFileInfo(path).fileName());
            if (!id)
                return CommandSupport::fail(id.error());
        }
    }
    return processNow(parser, QStringLiteral("replay"));
}

int ProcessingCommands::runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Writes the projections as JSON to stdout."));
    CommandSupport::addCommonOptions(parser);
    parser.addOptions(
        {{QStringLiteral("format"), Cli::tr("json (the only format)."), QStringLiteral("format"),
          QStringLiteral("json")},
         {QStringLiteral("line"), Cli::tr("Only this line."), QStringLiteral("phone_number_id")},
         {QStringLiteral("contact"),
          Cli::tr("Only what is held about this person (number or user id), the delivery log's "
                  "parts that name them included: an access request."),
          QStringLiteral("id")}});
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.value(QStringLiteral("format")) != QLatin1String("json"))
        return CommandSupport::usage(Cli::tr("export writes --format json only"));
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    const QString line = parser.value(QStringLiteral("line"));
    const auto document =
        parser.isSet(QStringLiteral("contact"))
            ? ContactExport((*db)->handle()).build(parser.value(QStringLiteral("contact")), line)
            : Exporter((*db)->handle()).build(line);
    if (!document)
        return CommandSupport::fail(document.error());
    CommandSupport::out(QJsonDocument(*document).toJson(QJsonDocument::Indented));
    return 0;
}

int ProcessingCommands::runRebuild(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Drops every projection and derives it again from the delivery log."));
    CommandSupport::addCommonOptions(parser);
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    {
        auto db = CommandSupport::openDatabase(parser);
        if (!db)
            return CommandSupport::fail(db.error());
        if (Status reset = ProjectionRebuild::reset((*db)->handle()); !reset)
            return CommandSupport::fail(reset.error());
    }
    return processNow(parser, QStringLiteral("rebuild"));
}

int ProcessingCommands::runReprocess(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Processes one stored delivery again (processing it twice changes nothing)."));
    CommandSupport::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("id"), Cli::tr("The delivery id."));
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const auto id = CommandSupport::singleId(parser, QStringLiteral("deliveries reprocess"));
    if (!id)
        return 2;
    {
        auto db = CommandSupport::openDatabase(parser);
        if (!db)
            return CommandSupport::fail(db.error());
        if (Status s = ProjectionRebuild::reprocess((*db)->handle(), *id); !s)
            return CommandSupport::fail(s.error());
    }
    return processNow(parser, QStringLiteral("reprocess"));
}

int ProcessingCommands::runDlq(const QStringList &args)
{
    const QString verb = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = QStringLiteral("hookline dlq ") + verb;
    if (verb == QLatin1String("list"))
        return dlqList(rest);
    if (verb == QLatin1String("retry"))
        return dlqRetryOrDiscard(rest, true);
    if (verb == QLatin1String("discard"))
        return dlqRetryOrDiscard(rest, false);
    return CommandSupport::usage(Cli::tr("dlq takes 'list', 'retry' or 'discard'"));
}

} // namespace hookline
