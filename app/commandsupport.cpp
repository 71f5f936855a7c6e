#include "commandsupport.h"

#include "cli.h"
#include "storage/credentialsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>

#include <cstdio>

namespace hookline {

void CommandSupport::addGraphOptions(QCommandLineParser &parser)
{
    parser.addOptions({{QStringLiteral("graph-url"),
                        Cli::tr("The Graph API's address (default: $HOOKLINE_GRAPH_URL, else %1).")
                            .arg(QLatin1String(GraphEndpoint::DefaultBase)),
                        QStringLiteral("url")},
                       {QStringLiteral("graph-version"),
                        Cli::tr("The Graph API version (default: %1).")
                            .arg(QLatin1String(GraphEndpoint::DefaultVersion)),
                        QStringLiteral("version")}});
}

Expected<GraphEndpoint> CommandSupport::graphEndpoint(const QCommandLineParser &parser)
{
    GraphEndpoint endpoint;
    QString url = parser.value(QStringLiteral("graph-url"));
    if (url.isEmpty())
        url = qEnvironmentVariable("HOOKLINE_GRAPH_URL");
    if (!url.isEmpty()) {
        const QUrl base(url, QUrl::StrictMode);
        if (!base.isValid() || base.host().isEmpty() ||
            (base.scheme() != u"https" && base.scheme() != u"http"))
            return Error{Cli::tr("--graph-url %1 is not an http(s) address").arg(url)};
        // The access token goes with every call: in the clear only to this machine.
        const QHostAddress host(base.host());
        if (base.scheme() == u"http" && base.host() != u"localhost" && !host.isLoopback())
            return Error{Cli::tr("--graph-url %1: plain http only to this machine (localhost); "
                                 "use https")
                             .arg(url)};
        endpoint.base = base;
    }
    if (parser.isSet(QStringLiteral("graph-version"))) {
        const QString version = parser.value(QStringLiteral("graph-version"));
        if (!GraphEndpoint::isVersion(version))
            return Error{Cli::tr("--graph-version %1 is not a version such as %2")
                             .arg(version, QLatin1String(GraphEndpoint::DefaultVersion))};
        endpoint.version = version;
    }
    return endpoint;
}

void CommandSupport::addCommonOptions(QCommandLineParser &parser, bool withLanguage)
{
    parser.addOption({QStringLiteral("db"),
                      Cli::tr("The database file (default: %1).").arg(Database::defaultPath()),
                      QStringLiteral("path")});
    parser.addOption(
        {QStringLiteral("secrets-file"),
         Cli::tr("Where app secrets and verify tokens are kept, readable by its owner only "
                 "(default: $HOOKLINE_SECRETS_FILE, $CREDENTIALS_DIRECTORY/hookline-secrets, "
                 "or the database file's path + .secrets)."),
         QStringLiteral("path")});
    if (withLanguage)
        parser.addOption({QStringLiteral("lang"),
                          Cli::tr("The language of the messages: es, pt_BR or en (default: the "
                                  "system's)."),
                          QStringLiteral("language")});
    parser.addHelpOption();
}

bool CommandSupport::parse(QCommandLineParser &parser, const QStringList &args)
{
    if (!parser.parse(args)) {
        usage(parser.errorText(), args.value(0));
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the executable; the command is what the text is about.
        QString help = parser.helpText();
        const QString executable = QCoreApplication::arguments().value(0);
        const qsizetype at = help.indexOf(executable);
        if (!executable.isEmpty() && !args.isEmpty() && at >= 0 && at < help.indexOf(u'\n'))
            help.replace(at, executable.size(), args.first());
        out(help);
        return false;
    }
    if (parser.isSet(QStringLiteral("secrets-file")))
        CredentialsFile::setOverride(parser.value(QStringLiteral("secrets-file")));
    return true;
}

std::optional<qint64> CommandSupport::singleId(const QCommandLineParser &parser,
                                               const QString &command)
{
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || parser.positionalArguments().size() != 1) {
        usage(Cli::tr("%1 wants one delivery id").arg(command));
        return std::nullopt;
    }
    return id;
}

QString CommandSupport::databasePath(const QCommandLineParser &parser)
{
    const QString path = parser.value(QStringLiteral("db"));
    return path.isEmpty() ? Database::defaultPath() : path;
}

DatabaseOptions CommandSupport::databaseOptions(const QCommandLineParser &parser)
{
    // main() has refused a --db that does not parse.
    DatabaseOptions options;
    const auto location = DatabaseLocation::parse(databasePath(parser));
    if (location && location->isPostgres())
        options.server = *location;
    else
        options.path = databasePath(parser);
    return options;
}

Expected<std::unique_ptr<Database>> CommandSupport::openDatabase(const QCommandLineParser &parser)
{
    return Database::open(databaseOptions(parser), QStringLiteral("cli"));
}

int CommandSupport::fail(const QString &message)
{
    std::fputs((QStringLiteral("hookline: ") + message + u'\n').toUtf8().constData(), stderr);
    return 1;
}

int CommandSupport::usage(const QString &message, const QString &command)
{
    const QString line =
        QStringLiteral("hookline: ") + message +
        Cli::tr(" (see '%1 --help')\n").arg(command.isEmpty() ? u"hookline"_qs : command);
    std::fputs(line.toUtf8().constData(), stderr);
    return 2;
}

void CommandSupport::out(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CommandSupport::out(const QString &text)
{
    out(text.toUtf8());
}

QString CommandSupport::operatorName()
{
    const QString configured = qEnvironmentVariable("HOOKLINE_OPERATOR").trimmed();
    if (!configured.isEmpty())
        return configured;
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("operator") : user;
}

void CommandSupport::walKeptNote()
{
    out(Cli::tr("note: another process was reading the database, so its WAL still holds old "
                "pages until it is checkpointed; close the console or run this again\n"));
}

} // namespace hookline
