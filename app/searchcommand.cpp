#include "searchcommand.h"

#include "cli.h"
#include "commandsupport.h"
#include "search/messagesearch.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookline {

namespace {

QJsonObject toJson(const SearchHit &hit)
{
    QJsonArray matches;
    for (const SearchText::Range &range : hit.ranges)
        matches.append(QJsonArray{range.start, range.length});
    return {
        {QStringLiteral("kind"), hit.kind == SearchHit::Kind::Contact ? QStringLiteral("contact")
                                                                      : QStringLiteral("message")},
        {QStringLiteral("line"), hit.line},
        {QStringLiteral("customer"), hit.customer},
        {QStringLiteral("name"), hit.name},
        {QStringLiteral("wamid"), hit.wamid},
        {QStringLiteral("direction"),
         hit.direction.isEmpty() ? QJsonValue() : QJsonValue(hit.direction)},
        {QStringLiteral("timestamp"), hit.timestamp},
        {QStringLiteral("excerpt"), hit.excerpt},
        {QStringLiteral("matches"), matches},
    };
}

// The excerpt with its matches in [brackets].
QString marked(const SearchHit &hit)
{
    QString out = hit.excerpt;
    for (auto it = hit.ranges.crbegin(); it != hit.ranges.crend(); ++it) {
        out.insert(it->start + it->length, QLatin1Char(']'));
        out.insert(it->start, QLatin1Char('['));
    }
    return out;
}

} // namespace

int SearchCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Finds messages (text, captions, file names, places) and contacts (names, "
                "usernames, numbers) whose words start with the query's words, accents and case "
                "aside. Grouped by conversation, newest first."));
    CommandSupport::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("query"), Cli::tr("The words to look for."),
                                 QStringLiteral("QUERY..."));
    parser.addOptions(
        {{QStringLiteral("line"), Cli::tr("Only this line."), QStringLiteral("phone_number_id")},
         {QStringLiteral("format"), Cli::tr("text or json."), QStringLiteral("format"),
          QStringLiteral("text")},
         {QStringLiteral("limit"), Cli::tr("At most this many messages (default 50)."),
          QStringLiteral("n"), QStringLiteral("50")}});
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QString query = parser.positionalArguments().join(QLatin1Char(' '));
    if (query.trimmed().isEmpty())
        return CommandSupport::usage(Cli::tr("search wants something to look for"),
                                     QStringLiteral("search"));
    bool ok = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        return CommandSupport::usage(Cli::tr("--limit wants a positive number"),
                                     QStringLiteral("search"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return CommandSupport::usage(Cli::tr("--format is text or json"), QStringLiteral("search"));
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    const auto found =
        MessageSearch((*db)->handle()).find(query, parser.value(QStringLiteral("line")), limit);
    if (!found)
        return CommandSupport::fail(found.error());
    if (format == QLatin1String("json")) {
        QJsonArray hits;
        for (const SearchHit &hit : found->hits)
            hits.append(toJson(hit));
        CommandSupport::out(QJsonDocument(QJsonObject{{QStringLiteral("query"), query},
                                                      {QStringLiteral("terms"),
                                                       QJsonArray::fromStringList(found->terms)},
                                                      {QStringLiteral("hits"), hits},
                                                      {QStringLiteral("more"), found->more}})
                                .toJson(QJsonDocument::Indented));
        return 0;
    }
    if (found->terms.isEmpty()) {
        CommandSupport::out(Cli::tr("Nothing to look for: the query has no letters or digits.\n"));
        return 0;
    }
    if (found->hits.isEmpty()) {
        CommandSupport::out(Cli::tr("No message or contact matches.\n"));
        return 0;
    }
    QString text;
    QString conversation;
    for (const SearchHit &hit : found->hits) {
        const QString key = hit.line + QLatin1Char('/') + hit.customer;
        if (key != conversation) {
            conversation = key;
            text += QStringLiteral("%1 (%2, line %3)\n").arg(hit.name, hit.customer, hit.line);
        }
        if (hit.kind == SearchHit::Kind::Contact) {
            text += Cli::tr("  contact  %1\n").arg(marked(hit));
            continue;
        }
        const QString when =
            QDateTime::fromSecsSinceEpoch(hit.timestamp, Qt::UTC).toString(Qt::ISODate);
        text += QStringLiteral("  %1  %2  %3\n    %4\n")
                    .arg(when,
                         hit.direction == QLatin1String("inbound") ? QStringLiteral("<")
                                                                   : QStringLiteral(">"),
                         hit.wamid, marked(hit));
    }
    if (found->more)
        text += Cli::tr("(more messages match; narrow the query or raise --limit)\n");
    CommandSupport::out(text);
    return 0;
}

} // namespace hookline
