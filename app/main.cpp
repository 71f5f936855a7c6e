#include "commandsupport.h"
#include "configcommands.h"
#include "consolecommand.h"
#include "deliveriescommand.h"
#include "doctorcommand.h"
#include "processingcommands.h"
#include "servecommand.h"
#include "storage/databaselocation.h"

#include <QApplication>

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

const char *const overview = R"(Usage: hookline [COMMAND] [OPTIONS]

Hookline receives WhatsApp Business webhooks for your lines and keeps every delivery.

Commands:
  serve                 run the webhook receiver without the console
  apps add|list         the Meta apps whose secrets verify deliveries
  lines add|list        the business numbers (phone_number_id) and the app owning each
  deliveries list|show|reprocess  the delivery log
  replay FILE...        store bodies as operator replays and process them
  export                the projections as JSON (--line ID for one line)
  rebuild               drop every projection and derive it again from the log
  dlq list|retry|discard  dead letters
  doctor                check the set-up end to end and say what to fix

Every command takes --db PATH (default: hookline.sqlite in the user's data folder) and
--help. Without a command (or with `console`), hookline opens the console with the embedded
receiver: hookline [console] [--db PATH] [--listen HOST:PORT] [--no-receiver].
)";

// The console needs a QApplication; every other command runs without a display.
bool wantsConsole(int argc, char *argv[])
{
    if (argc < 2)
        return true;
    const QByteArray first(argv[1]);
    if (first == "console")
        return true;
    return first.startsWith("--") && first != "--version" && first != "--help";
}

// A receiver holds a descriptor per connection (up to 4096); the usual soft limit of 1024 would
// stop it accepting long before. The hard limit is what the system allows this user.
void raiseOpenFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    raiseOpenFileLimit();
    std::unique_ptr<QCoreApplication> app;
    if (wantsConsole(argc, argv))
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Hookline"));
    QCoreApplication::setApplicationName(QStringLiteral("hookline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKLINE_VERSION));

    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    QStringList rest = args.mid(1);
    if (!rest.isEmpty())
        rest[0] = QStringLiteral("hookline ") + command;

    // PostgreSQL (team scale) is under construction: serve, the console and the data commands
    // run on it; doctor does not yet. Refuse clearly rather than take the address for a file
    // name.
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString value = args.at(i) == QLatin1String("--db")             ? args.value(i + 1)
                              : args.at(i).startsWith(QLatin1String("--db=")) ? args.at(i).mid(5)
                                                                              : QString();
        const auto location = hookline::DatabaseLocation::parse(value);
        static const QStringList onPostgres = {
            QStringLiteral("serve"),      QStringLiteral("apps"),   QStringLiteral("lines"),
            QStringLiteral("deliveries"), QStringLiteral("replay"), QStringLiteral("export"),
            QStringLiteral("rebuild"),    QStringLiteral("dlq")};
        const bool console =
            command.isEmpty() || command == u"console"_qs || command.startsWith(u"--"_qs);
        if (!value.isEmpty() &&
            (!location || (location->isPostgres() && !console && !onPostgres.contains(command))))
            return hookline::CommandSupport::usage(
                location
                    ? QStringLiteral("--db %1: %2 does not run on PostgreSQL yet; give a "
                                     "SQLite file")
                          .arg(location->display(),
                               command.isEmpty() || command.startsWith(u"--"_qs) ? u"the console"_qs
                                                                                 : command)
                    : location.error());
    }
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        hookline::CommandSupport::out(
            QStringLiteral("hookline %1\n").arg(QStringLiteral(HOOKLINE_VERSION)));
        return 0;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        hookline::CommandSupport::out(QByteArray(overview));
        return 0;
    }
    if (qobject_cast<QApplication *>(app.get())) {
        QStringList consoleArgs = args.mid(command == QLatin1String("console") ? 2 : 1);
        consoleArgs.prepend(QStringLiteral("hookline console"));
        return hookline::ConsoleCommand::run(consoleArgs);
    }
    if (command == QLatin1String("serve"))
        return hookline::ServeCommand::run(rest);
    if (command == QLatin1String("apps"))
        return hookline::ConfigCommands::runApps(rest);
    if (command == QLatin1String("lines"))
        return hookline::ConfigCommands::runLines(rest);
    if (command == QLatin1String("replay"))
        return hookline::ProcessingCommands::runReplay(rest);
    if (command == QLatin1String("export"))
        return hookline::ProcessingCommands::runExport(rest);
    if (command == QLatin1String("rebuild"))
        return hookline::ProcessingCommands::runRebuild(rest);
    if (command == QLatin1String("dlq"))
        return hookline::ProcessingCommands::runDlq(rest);
    if (command == QLatin1String("doctor"))
        return hookline::DoctorCommand::run(rest);
    if (command == QLatin1String("deliveries"))
        return hookline::DeliveriesCommand::run(rest);
    return hookline::CommandSupport::usage(QStringLiteral("unknown command '%1'").arg(command));
}
