#include "templatescommand.h"

#include "cli.h"
#include "commandsupport.h"
#include "graph/graphclient.h"
#include "graph/templatecatalog.h"
#include "logsink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookline {

int TemplatesCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the message templates of a line's WhatsApp business account: their name, "
                "language, category, status and number of variables. --refresh lists them again "
                "from the Graph API (with the line's app's access token) and keeps them for the "
                "console's picker."));
    CommandSupport::addCommonOptions(parser);
    CommandSupport::addGraphOptions(parser);
    parser.addOptions({
        {QStringLiteral("line"), Cli::tr("The line's phone number id."), QStringLiteral("id")},
        {QStringLiteral("refresh"), Cli::tr("List them again from the Graph API.")},
        {QStringLiteral("format"), Cli::tr("text or json."), QStringLiteral("format"),
         QStringLiteral("text")},
    });
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.isSet(QStringLiteral("line")) || !parser.positionalArguments().isEmpty())
        return CommandSupport::usage(Cli::tr("templates wants --line ID"),
                                     QStringLiteral("templates"));
    const auto endpoint = CommandSupport::graphEndpoint(parser);
    if (!endpoint)
        return CommandSupport::usage(endpoint.error(), QStringLiteral("templates"));
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    const QString line = parser.value(QStringLiteral("line"));
    Expected<QList<MessageTemplate>> templates = Error{};
    if (parser.isSet(QStringLiteral("refresh"))) {
        LogSink::setLevel(QStringLiteral("error"));
        GraphClient client(*endpoint);
        templates = TemplateCatalog::refresh((*db)->handle(), client, line);
    } else {
        templates = TemplateCatalog::cached((*db)->handle(), line);
    }
    if (!templates)
        return CommandSupport::fail(templates.error());
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const MessageTemplate &t : *templates)
            array.append(QJsonObject{{QStringLiteral("name"), t.name},
                                     {QStringLiteral("language"), t.language},
                                     {QStringLiteral("category"), t.category},
                                     {QStringLiteral("status"), t.status},
                                     {QStringLiteral("variables"), t.variables},
                                     {QStringLiteral("body"), t.body}});
        CommandSupport::out(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (templates->isEmpty()) {
        CommandSupport::out(Cli::tr("No templates kept for line %1. List them from Meta with: "
                                    "hookline templates --line %1 --refresh\n")
                                .arg(line));
        return 0;
    }
    QString text;
    for (const MessageTemplate &t : *templates)
        text += QStringLiteral("%1  %2  %3  %4  ")
                    .arg(t.name.leftJustified(28), t.language.leftJustified(6),
                         t.category.leftJustified(14), t.status.leftJustified(9)) +
                Cli::tr("%n variable(s)", nullptr, t.variables) + u'\n';
    CommandSupport::out(text);
    return 0;
}

} // namespace hookline
