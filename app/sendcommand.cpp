#include "sendcommand.h"

#include "cli.h"
#include "commandsupport.h"
#include "graph/messagesender.h"
#include "graph/sendlog.h"
#include "logsink.h"
#include "storage/clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hookline {

int SendCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Sends a message from a line through the Graph API and prints the id Meta gives it. "
        "Free text and reactions need the customer's service window open (24 h after their "
        "last message); outside it only a template can be sent. A send whose answer is lost is "
        "recorded as unknown and never sent again. Each send is in the audit trail."));
    CommandSupport::addCommonOptions(parser, false);
    CommandSupport::addGraphOptions(parser);
    parser.addOptions({
        {QStringLiteral("line"), Cli::tr("The sending line's phone number id."),
         QStringLiteral("id")},
        {QStringLiteral("to"), Cli::tr("The customer: their WhatsApp number or user id."),
         QStringLiteral("id")},
        {QStringLiteral("text"), Cli::tr("Free text to send."), QStringLiteral("text")},
        {QStringLiteral("template"), Cli::tr("An approved template's name."),
         QStringLiteral("name")},
        {QStringLiteral("lang"), Cli::tr("The template's language code (such as en_US)."),
         QStringLiteral("code")},
        {QStringLiteral("param"), Cli::tr("A template variable, {{1}} first; repeat for each one."),
         QStringLiteral("value")},
        {QStringLiteral("react"), Cli::tr("React to --reply-to's message with this emoji."),
         QStringLiteral("emoji")},
        {QStringLiteral("reply-to"), Cli::tr("The message answered (or reacted to)."),
         QStringLiteral("wamid")},
        {QStringLiteral("by"), Cli::tr("Who sends (default: $HOOKLINE_OPERATOR, else the user)."),
         QStringLiteral("name")},
        {QStringLiteral("format"), Cli::tr("text or json."), QStringLiteral("format"),
         QStringLiteral("text")},
    });
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.positionalArguments().isEmpty())
        return CommandSupport::usage(Cli::tr("send takes no arguments"), QStringLiteral("send"));
    const int kinds = int(parser.isSet(QStringLiteral("text"))) +
                      int(parser.isSet(QStringLiteral("template"))) +
                      int(parser.isSet(QStringLiteral("react")));
    if (!parser.isSet(QStringLiteral("line")) || !parser.isSet(QStringLiteral("to")) || kinds != 1)
        return CommandSupport::usage(
            Cli::tr("send wants --line, --to and one of --text, --template or --react"),
            QStringLiteral("send"));
    if (parser.isSet(QStringLiteral("template")) != parser.isSet(QStringLiteral("lang")))
        return CommandSupport::usage(Cli::tr("--template and --lang go together"),
                                     QStringLiteral("send"));
    if (parser.isSet(QStringLiteral("param")) && !parser.isSet(QStringLiteral("template")))
        return CommandSupport::usage(Cli::tr("--param fills a template's variables; give "
                                             "--template"),
                                     QStringLiteral("send"));
    const auto endpoint = CommandSupport::graphEndpoint(parser);
    if (!endpoint)
        return CommandSupport::usage(endpoint.error(), QStringLiteral("send"));

    SendRequest request;
    request.line = parser.value(QStringLiteral("line"));
    request.to = parser.value(QStringLiteral("to"));
    request.replyTo = parser.value(QStringLiteral("reply-to"));
    request.by = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by"))
                                                    : CommandSupport::operatorName();
    if (parser.isSet(QStringLiteral("text"))) {
        request.kind = SendRequest::Kind::Text;
        request.text = parser.value(QStringLiteral("text"));
    } else if (parser.isSet(QStringLiteral("template"))) {
        request.kind = SendRequest::Kind::Template;
        request.templateName = parser.value(QStringLiteral("template"));
        request.language = parser.value(QStringLiteral("lang"));
        request.params = parser.values(QStringLiteral("param"));
    } else {
        request.kind = SendRequest::Kind::Reaction;
        request.emoji = parser.value(QStringLiteral("react"));
    }

    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    // The outcome is this command's one line; the client's own log lines would repeat it.
    LogSink::setLevel(QStringLiteral("error"));
    // What earlier sends left unsettled, first (a send from a process that stopped).
    if (const auto settled = SendLog::reconcile((*db)->handle(), Clock::nowMicros()); !settled)
        return CommandSupport::fail(settled.error());
    GraphClient client(*endpoint);
    MessageSender sender((*db)->handle(), client);
    const MessageSender::Outcome outcome = sender.sendNow(request);
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonObject json{{QStringLiteral("state"), outcome.state}};
        if (outcome.sendId > 0)
            json.insert(QStringLiteral("send_id"), outcome.sendId);
        if (!outcome.wamid.isEmpty())
            json.insert(QStringLiteral("wamid"), outcome.wamid);
        if (!outcome.reason.isEmpty())
            json.insert(QStringLiteral("reason"), outcome.reason);
        if (outcome.graph.isError()) {
            json.insert(QStringLiteral("error"), outcome.graph.word());
            if (outcome.graph.code != 0)
                json.insert(QStringLiteral("code"), outcome.graph.code);
        }
        CommandSupport::out(QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
        return outcome.state == QLatin1String("accepted") ? 0 : 1;
    }
    if (outcome.state == QLatin1String("accepted")) {
        CommandSupport::out(outcome.wamid + u'\n');
        return 0;
    }
    if (outcome.state == QLatin1String("unknown"))
        return CommandSupport::fail(
            Cli::tr("send %1 is unknown: %2").arg(outcome.sendId).arg(outcome.reason));
    if (outcome.state == QLatin1String("failed"))
        return CommandSupport::fail(
            Cli::tr("send %1 failed: %2").arg(outcome.sendId).arg(outcome.reason));
    return CommandSupport::fail(Cli::tr("not sent: %1").arg(outcome.reason));
}

} // namespace hookline
