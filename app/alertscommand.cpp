#include "alertscommand.h"

#include "alerts/alertrules.h"
#include "alerts/alertstore.h"
#include "cli.h"
#include "commandsupport.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace hookline {

namespace {

int list(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the alerts the rules raised, newest first: those not acknowledged yet, or "
                "all of them."));
    CommandSupport::addCommonOptions(parser);
    parser.addOptions({{QStringLiteral("format"), Cli::tr("text or json."),
                        QStringLiteral("format"), QStringLiteral("text")},
                       {QStringLiteral("all"), Cli::tr("Acknowledged ones too.")}});
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    const auto alerts = AlertStore((*db)->handle()).list(parser.isSet(QStringLiteral("all")));
    if (!alerts)
        return CommandSupport::fail(alerts.error());
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const AlertRecord &a : *alerts)
            array.append(a.toJson());
        CommandSupport::out(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (alerts->isEmpty()) {
        CommandSupport::out(Cli::tr("No alerts.\n"));
        return 0;
    }
    QString text;
    for (const AlertRecord &a : *alerts) {
        const QString when =
            QDateTime::fromMSecsSinceEpoch(a.firedAtUs / 1000, Qt::UTC).toString(Qt::ISODate);
        QString state = a.acknowledgedBy.isEmpty()
                            ? Cli::tr("open")
                            : Cli::tr("acknowledged by %1").arg(a.acknowledgedBy);
        if (a.clearedAtUs > 0)
            state += Cli::tr(", cleared");
        text +=
            Cli::tr("%1  %2  %3  %4\n    %5\n").arg(a.id, 6).arg(when, a.rule, state, a.summary);
    }
    CommandSupport::out(text);
    return 0;
}

int acknowledge(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Acknowledges alerts (ID...): says who saw them, and when."));
    CommandSupport::addCommonOptions(parser);
    parser.addOption({QStringLiteral("by"),
                      Cli::tr("Who acknowledges (default: $HOOKLINE_OPERATOR, else the user)."),
                      QStringLiteral("name")});
    parser.addPositionalArgument(QStringLiteral("ID"), Cli::tr("Alert ids."));
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().isEmpty())
        return CommandSupport::usage(Cli::tr("alerts ack wants alert ids"),
                                     QStringLiteral("alerts ack"));
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    const QString who = parser.isSet(QStringLiteral("by")) ? parser.value(QStringLiteral("by"))
                                                           : CommandSupport::operatorName();
    int status = 0;
    for (const QString &value : parser.positionalArguments()) {
        bool isNumber = false;
        const qint64 id = value.toLongLong(&isNumber);
        if (!isNumber)
            return CommandSupport::usage(Cli::tr("'%1' is not an alert id").arg(value),
                                         QStringLiteral("alerts ack"));
        if (Status done = AlertStore((*db)->handle()).acknowledge(id, who); !done)
            status = CommandSupport::fail(done.error());
        else
            CommandSupport::out(Cli::tr("Alert %1 acknowledged by %2.\n").arg(id).arg(who));
    }
    return status;
}

int rules(const QStringList &args, bool set)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        set ? Cli::tr("Changes alert rules: KEY=VALUE... with the keys 'alerts rules' shows "
                      "(true/false, numbers, or the webhook URL; an empty URL stops the POSTs).")
            : Cli::tr("Shows the alert rules as JSON."));
    CommandSupport::addCommonOptions(parser);
    if (set)
        parser.addPositionalArgument(QStringLiteral("KEY=VALUE"), Cli::tr("Rule settings."));
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    const auto current = AlertRules::load((*db)->handle());
    if (!current)
        return CommandSupport::fail(current.error());
    if (!set) {
        CommandSupport::out(QJsonDocument(current->toJson()).toJson(QJsonDocument::Indented));
        return 0;
    }
    QJsonObject object = current->toJson();
    if (parser.positionalArguments().isEmpty())
        return CommandSupport::usage(Cli::tr("alerts set wants KEY=VALUE settings"),
                                     QStringLiteral("alerts set"));
    for (const QString &setting : parser.positionalArguments()) {
        const qsizetype eq = setting.indexOf(u'=');
        const QString key = setting.left(eq);
        const QString value = setting.mid(eq + 1);
        if (eq <= 0 || !object.contains(key))
            return CommandSupport::usage(Cli::tr("unknown alert setting '%1'").arg(setting),
                                         QStringLiteral("alerts set"));
        const QJsonValue before = object.value(key);
        bool isNumber = false;
        const double number = value.toDouble(&isNumber);
        if (before.isBool() && (value == QLatin1String("true") || value == QLatin1String("false")))
            object.insert(key, value == QLatin1String("true"));
        else if (before.isDouble() && isNumber)
            object.insert(key, number);
        else if (before.isString())
            object.insert(key, value);
        else
            return CommandSupport::usage(
                Cli::tr("'%1' needs a %2 value")
                    .arg(key, before.isBool() ? Cli::tr("true or false") : Cli::tr("number")),
                QStringLiteral("alerts set"));
    }
    const AlertRules updated = AlertRules::fromJson(object);
    if (Status saved = updated.save((*db)->handle()); !saved)
        return CommandSupport::fail(saved.error());
    CommandSupport::out(QJsonDocument(updated.toJson()).toJson(QJsonDocument::Indented));
    if (!updated.webhookUrl.isEmpty()) {
        const auto secret = AlertRules::webhookSecret((*db)->handle());
        if (!secret)
            return CommandSupport::fail(secret.error());
        CommandSupport::out(Cli::tr("Alert POSTs are signed: X-Hookline-Signature-256 is sha256= "
                                    "and the HMAC-SHA256 of the body with the key the console's "
                                    "Tools > Alert rules shows (kept with the app secrets).\n"));
    }
    return 0;
}

} // namespace

int AlertsCommand::run(const QStringList &args)
{
    const QString verb = args.value(1, QStringLiteral("list"));
    QStringList rest = args.mid(1);
    if (rest.isEmpty())
        rest << verb;
    rest[0] = QStringLiteral("hookline alerts ") + verb;
    if (verb == QLatin1String("list"))
        return list(rest);
    if (verb == QLatin1String("ack"))
        return acknowledge(rest);
    if (verb == QLatin1String("rules"))
        return rules(rest, false);
    if (verb == QLatin1String("set"))
        return rules(rest, true);
    return CommandSupport::usage(Cli::tr("alerts takes 'list', 'ack', 'rules' or 'set'"));
}

} // namespace hookline
