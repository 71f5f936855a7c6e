#include "configcommands.h"

#include "cli.h"
#include "commandsupport.h"
#include "storage/configstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace hookline {

namespace {

const QString formatOption = QStringLiteral("format");

QByteArray readSecretLine(QFile &in)
{
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

QString pad(const QString &text, int width)
{
    return text.leftJustified(width, u' ', false) + QStringLiteral("  ");
}

int appsAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Adds a Meta app. Reads the app secret, then the verify token, one per line, from stdin."));
    CommandSupport::addCommonOptions(parser);
    parser.addOptions(
        {{QStringLiteral("app-id"), Cli::tr("Meta's app id."), QStringLiteral("id")},
         {QStringLiteral("label"), Cli::tr("A name for people."), QStringLiteral("label")}});
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.isSet(QStringLiteral("app-id")))
        return CommandSupport::usage(Cli::tr("apps add needs --app-id"));

    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return CommandSupport::fail(Cli::tr("cannot read stdin"));
    AppRecord app;
    app.appId = parser.value(QStringLiteral("app-id"));
    app.label = parser.value(QStringLiteral("label"));
    app.secret = readSecretLine(in);
    app.verifyToken = readSecretLine(in);
    if (app.secret.isEmpty())
        return CommandSupport::fail(Cli::tr("no app secret on the first line of stdin"));
    if (app.verifyToken.isEmpty())
        return CommandSupport::fail(Cli::tr("no verify token on the second line of stdin"));

    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    ConfigStore store((*db)->handle());
    if (const Status added = store.addApp(app); !added)
        return CommandSupport::fail(added.error());
    CommandSupport::out(Cli::tr("Added app %1\n").arg(app.appId));
    return 0;
}

int appsToken(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Keeps an app's Graph API access token, for media and sends. Reads it from the "
                "first line of stdin; it is kept where the app secret is, never in the database."));
    CommandSupport::addCommonOptions(parser);
    parser.addOption({QStringLiteral("app-id"), Cli::tr("Meta's app id."), QStringLiteral("id")});
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.isSet(QStringLiteral("app-id")))
        return CommandSupport::usage(Cli::tr("apps token needs --app-id"));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return CommandSupport::fail(Cli::tr("cannot read stdin"));
    const QByteArray token = readSecretLine(in).trimmed();
    if (token.isEmpty())
        return CommandSupport::fail(Cli::tr("no access token on the first line of stdin"));
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    const QString appId = parser.value(QStringLiteral("app-id"));
    if (const Status kept = ConfigStore((*db)->handle()).setAccessToken(appId, token); !kept)
        return CommandSupport::fail(kept.error());
    CommandSupport::out(Cli::tr("Kept the access token of app %1\n").arg(appId));
    return 0;
}

int appsList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Lists the Meta apps, their lines and where their secrets are kept (never the secrets)."));
    CommandSupport::addCommonOptions(parser);
    parser.addOption(
        {formatOption, Cli::tr("text or json."), QStringLiteral("format"), QStringLiteral("text")});
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    const auto directory = ConfigStore((*db)->handle()).load();
    if (!directory)
        return CommandSupport::fail(directory.error());

    auto lineCount = [&](const QString &appId) {
        int n = 0;
        for (const LineRecord &line : directory->lines())
            n += line.appId == appId ? 1 : 0;
        return n;
    };
    if (parser.value(formatOption) == QLatin1String("json")) {
        QJsonArray apps;
        for (const AppRecord &app : directory->apps())
            apps.append(QJsonObject{
                {QStringLiteral("app_id"), app.appId},
                {QStringLiteral("label"), app.label},
                {QStringLiteral("has_secret"), !app.secret.isEmpty()},
                {QStringLiteral("has_verify_token"), !app.verifyToken.isEmpty()},
                {QStringLiteral("has_access_token"), !directory->accessToken(app.appId).isEmpty()},
                {QStringLiteral("secret_store"), directory->secretPlace(app.appId)},
                {QStringLiteral("secrets_file"), directory->secretPlace(app.appId) == u"file"
                                                     ? QJsonValue(directory->secretFile())
                                                     : QJsonValue()},
                {QStringLiteral("lines"), lineCount(app.appId)}});
        CommandSupport::out(QJsonDocument(apps).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (directory->apps().isEmpty()) {
        CommandSupport::out(Cli::tr("No apps yet. Add one with: hookline apps add --app-id ID\n"));
        return 0;
    }
    QString text = pad(Cli::tr("APP ID"), 20) + pad(Cli::tr("LABEL"), 24) +
                   pad(Cli::tr("LINES"), 8) + Cli::tr("SECRET / VERIFY TOKEN / ACCESS TOKEN\n");
    for (const AppRecord &app : directory->apps())
        text += pad(app.appId, 20) + pad(app.label, 24) +
                pad(QString::number(lineCount(app.appId)), 8) +
                (app.secret.isEmpty() ? Cli::tr("missing") : Cli::tr("set")) +
                QStringLiteral(" / ") +
                (app.verifyToken.isEmpty() ? Cli::tr("missing") : Cli::tr("set")) +
                QStringLiteral(" / ") +
                (directory->accessToken(app.appId).isEmpty() ? Cli::tr("none") : Cli::tr("set")) +
                u'\n';
    // Where they are kept (never the database).
    auto where = [&](const QString &kind) {
        return kind == u"keyring" ? Cli::tr("the desktop keyring")
               : kind == u"file"  ? Cli::tr("the credentials file %1").arg(directory->secretFile())
                                  : Cli::tr("nowhere on this machine");
    };
    QMap<QString, QStringList> places;
    for (const AppRecord &app : directory->apps())
        places[where(directory->secretPlace(app.appId))] << app.appId;
    text += u'\n';
    for (auto it = places.begin(); it != places.end(); ++it)
        text += Cli::tr("Kept in %1: %2\n").arg(it.key(), it->join(QStringLiteral(", ")));
    if (!places.contains(where(directory->secretStore())))
        text += Cli::tr("New secrets go to %1\n").arg(where(directory->secretStore()));
    CommandSupport::out(text);
    return 0;
}

int linesAdd(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Adds a line (a business phone number)."));
    CommandSupport::addCommonOptions(parser);
    parser.addOptions(
        {{QStringLiteral("phone-number-id"), Cli::tr("Meta's phone_number_id."),
          QStringLiteral("id")},
         {QStringLiteral("app-id"), Cli::tr("The Meta app that owns the line."),
          QStringLiteral("id")},
         {QStringLiteral("waba-id"), Cli::tr("The WhatsApp Business Account id."),
          QStringLiteral("id")},
         {QStringLiteral("label"), Cli::tr("A name for people."), QStringLiteral("label")},
         {QStringLiteral("display"), Cli::tr("The number as people write it."),
          QStringLiteral("number")},
         {QStringLiteral("inactive"), Cli::tr("Add the line switched off.")}});
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.isSet(QStringLiteral("phone-number-id")) || !parser.isSet(QStringLiteral("app-id")))
        return CommandSupport::usage(Cli::tr("lines add needs --phone-number-id and --app-id"));
    LineRecord line;
    line.phoneNumberId = parser.value(QStringLiteral("phone-number-id"));
    line.appId = parser.value(QStringLiteral("app-id"));
    line.wabaId = parser.value(QStringLiteral("waba-id"));
    line.label = parser.value(QStringLiteral("label"));
    line.display = parser.value(QStringLiteral("display"));
    line.active = !parser.isSet(QStringLiteral("inactive"));
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    if (const Status added = ConfigStore((*db)->handle()).addLine(line); !added)
        return CommandSupport::fail(added.error());
    CommandSupport::out(Cli::tr("Added line %1 (app %2)\n").arg(line.phoneNumberId, line.appId));
    return 0;
}

int linesList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the lines (business phone numbers) and the app owning each."));
    CommandSupport::addCommonOptions(parser);
    parser.addOption(
        {formatOption, Cli::tr("text or json."), QStringLiteral("format"), QStringLiteral("text")});
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    auto db = CommandSupport::openDatabase(parser);
    if (!db)
        return CommandSupport::fail(db.error());
    const auto directory = ConfigStore((*db)->handle()).load();
    if (!directory)
        return CommandSupport::fail(directory.error());
    if (parser.value(formatOption) == QLatin1String("json")) {
        QJsonArray lines;
        for (const LineRecord &line : directory->lines())
            lines.append(QJsonObject{{QStringLiteral("phone_number_id"), line.phoneNumberId},
                                     {QStringLiteral("waba_id"), line.wabaId},
                                     {QStringLiteral("label"), line.label},
                                     {QStringLiteral("display"), line.display},
                                     {QStringLiteral("app_id"), line.appId},
                                     {QStringLiteral("active"), line.active}});
        CommandSupport::out(QJsonDocument(lines).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (directory->lines().isEmpty()) {
        CommandSupport::out(Cli::tr(
            "No lines yet. Add one with: hookline lines add --phone-number-id ID --app-id ID\n"));
        return 0;
    }
    QString text = pad(Cli::tr("PHONE NUMBER ID"), 18) + pad(QStringLiteral("WABA"), 18) +
                   pad(Cli::tr("LABEL"), 20) + pad(Cli::tr("DISPLAY"), 18) +
                   pad(Cli::tr("APP"), 16) + Cli::tr("ACTIVE\n");
    for (const LineRecord &line : directory->lines())
        text += pad(line.phoneNumberId, 18) + pad(line.wabaId, 18) + pad(line.label, 20) +
                pad(line.display, 18) + pad(line.appId, 16) +
                (line.active ? Cli::tr("yes") : Cli::tr("no")) + u'\n';
    CommandSupport::out(text);
    return 0;
}

int dispatch(const QStringList &args, const QString &noun, int (*add)(const QStringList &),
             int (*list)(const QStringList &), int (*token)(const QStringList &) = nullptr)
{
    const QString verb = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = QStringLiteral("hookline %1 %2").arg(noun, verb);
    if (verb == QLatin1String("add"))
        return add(rest);
    if (verb == QLatin1String("list"))
        return list(rest);
    if (token && verb == QLatin1String("token"))
        return token(rest);
    return CommandSupport::usage(token ? Cli::tr("%1 takes 'add', 'list' or 'token'").arg(noun)
                                       : Cli::tr("%1 takes 'add' or 'list'").arg(noun));
}

} // namespace

int ConfigCommands::runApps(const QStringList &args)
{
    return dispatch(args, QStringLiteral("apps"), appsAdd, appsList, appsToken);
}

int ConfigCommands::runLines(const QStringList &args)
{
    return dispatch(args, QStringLiteral("lines"), linesAdd, linesList);
}

} // namespace hookline
