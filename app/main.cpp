#include "alertscommand.h"
#include "cli.h"
#include "commandline.h"
#include "commandsupport.h"
#include "configcommands.h"
#include "deliveriescommand.h"
#include "doctorcommand.h"
#include "erasecommand.h"
#include "language/language.h"
#include "mediacommand.h"
#include "processingcommands.h"
#include "prunecommand.h"
#include "searchcommand.h"
#include "sendcommand.h"
#include "servecommand.h"
#include "storage/databaselocation.h"
#include "templatescommand.h"

#if HOOKLINE_WITH_CONSOLE
#include "consolecommand.h"

#include <QApplication>
#endif
#include <QLocale>

#include <cstdio>
#include <cstdlib>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using hookline::Cli;

namespace {

#if HOOKLINE_WITH_CONSOLE
// The console needs a display. Without one Qt would abort with its platform plugin message and
// a core dump; say it in one line instead.
bool displayAvailable(const QStringList &args)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || args.contains(u"-platform"_qs))
        return true;
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    Q_UNUSED(args)
    return true;
#endif
}

constexpr const char *noDisplay =
    "hookline: there is no display to open the console on; 'hookline serve' runs the receiver "
    "without one\n";

// While the QApplication starts: a display that is named but does not answer is a fatal Qt
// message; it becomes the same one line and exit status 2.
QtMessageHandler previousHandler = nullptr;
void displayFailureHandler(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtFatalMsg) {
        std::fputs(noDisplay, stderr);
        std::_Exit(2);
    }
    // The platform plugin's own complaints before that fatal message say the same, at length.
    if (context.category && QByteArrayView(context.category).startsWith("qt.qpa"))
        return;
    if (previousHandler)
        previousHandler(type, context, text);
}

#else
// A server build (HOOKLINE_GUI=OFF) has every command but the console.
constexpr const char *noConsole =
    "hookline: this Hookline is a server build without the console; 'hookline serve' runs the "
    "receiver\n";
#endif

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
    QStringList typed;
    for (int i = 0; i < argc; ++i)
        typed << QString::fromLocal8Bit(argv[i]);
    const hookline::CommandLine typedLine(typed);
    const bool console = typedLine.isConsole() && typedLine.isKnown() && !typedLine.wantsHelp() &&
                         !typedLine.wantsVersion();
    std::unique_ptr<QCoreApplication> app;
#if HOOKLINE_WITH_CONSOLE
    if (console && !displayAvailable(typed)) {
        std::fputs(noDisplay, stderr);
        return 2;
    }
    if (console) {
        previousHandler = qInstallMessageHandler(displayFailureHandler);
        app = std::make_unique<QApplication>(argc, argv);
        qInstallMessageHandler(previousHandler);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
#else
    // `hookline console --help` too: there is no console to describe.
    if (console ||
        (typedLine.isConsole() && typedLine.isKnown() && !typedLine.command().isEmpty())) {
        std::fputs(noConsole, stderr);
        return 2;
    }
    app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setOrganizationName(QStringLiteral("Hookline"));
    QCoreApplication::setApplicationName(QStringLiteral("hookline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOOKLINE_VERSION));
    // What is left once Qt took its own options (-platform, ...).
    const hookline::CommandLine line(QCoreApplication::arguments());

    // The messages' language: --lang, else the system's (the console also has a setting).
    if (!line.language().isEmpty() && !hookline::Language::available().contains(line.language()))
        return hookline::CommandSupport::usage(
            Cli::tr("--lang is one of: %1").arg(hookline::Language::available().join(u", "_qs)));
    hookline::Language::install(
        hookline::Language::resolve(line.language(), QLocale::system().uiLanguages()));
    if (!line.isKnown())
        return hookline::CommandSupport::usage(
            Cli::tr("unknown command '%1'; the commands are %2")
                .arg(line.command(), hookline::CommandLine::commandNames()));
    const QString command = line.isConsole() ? u"console"_qs : line.command();
    const QStringList rest = line.normalized();
    if (line.wantsVersion()) {
        hookline::CommandSupport::out(
            QStringLiteral("hookline %1\n").arg(QStringLiteral(HOOKLINE_VERSION)));
        return 0;
    }
    if (command == u"help" || (line.wantsHelp() && line.command().isEmpty())) {
        hookline::CommandSupport::out(hookline::CommandLine::overview());
        return 0;
    }
    for (const hookline::CommandLine::Command &known : hookline::CommandLine::commands()) {
        if (command != QLatin1String(known.name) || !known.verbs || !line.verb().isEmpty())
            continue;
        // A command of several verbs without one: what they are.
        const QString verbs = QLatin1String(known.verbs);
        if (!line.wantsHelp())
            return hookline::CommandSupport::usage(
                Cli::tr("%1 takes one of: %2").arg(command, verbs));
        QString text = Cli::tr("Usage: hookline %1 %2 [options]\n%3\n\n")
                           .arg(command, verbs, Cli::tr(known.summary));
        for (const QString &verb : verbs.split(u'|'))
            text += Cli::tr("  hookline %1 %2 --help\n").arg(command, verb);
        hookline::CommandSupport::out(text);
        return 0;
    }

    // PostgreSQL (team scale) is under construction: serve, the console and the data commands
    // run on it; doctor does not yet. Refuse clearly rather than take the address for a file
    // name.
    for (qsizetype i = 1; i < rest.size(); ++i) {
        const QString value = rest.at(i) == QLatin1String("--db")             ? rest.value(i + 1)
                              : rest.at(i).startsWith(QLatin1String("--db=")) ? rest.at(i).mid(5)
                                                                              : QString();
        const auto location = hookline::DatabaseLocation::parse(value);
        static const QStringList onPostgres = {
            QStringLiteral("console"), QStringLiteral("serve"),      QStringLiteral("apps"),
            QStringLiteral("lines"),   QStringLiteral("deliveries"), QStringLiteral("replay"),
            QStringLiteral("export"),  QStringLiteral("rebuild"),    QStringLiteral("dlq"),
            QStringLiteral("alerts"),  QStringLiteral("search"),     QStringLiteral("erase"),
            QStringLiteral("prune"),   QStringLiteral("send"),       QStringLiteral("templates"),
            QStringLiteral("media")};
        if (!value.isEmpty() &&
            (!location || (location->isPostgres() && !onPostgres.contains(command))))
            return hookline::CommandSupport::usage(
                location ? Cli::tr("--db %1: %2 does not run on PostgreSQL yet; give a "
                                   "SQLite file")
                               .arg(location->display(), command)
                         : location.error());
    }
#if HOOKLINE_WITH_CONSOLE
    if (qobject_cast<QApplication *>(app.get()) || command == u"console")
        return hookline::ConsoleCommand::run(rest);
#endif
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
    if (command == QLatin1String("erase"))
        return hookline::EraseCommand::run(rest);
    if (command == QLatin1String("prune"))
        return hookline::PruneCommand::run(rest);
    if (command == QLatin1String("search"))
        return hookline::SearchCommand::run(rest);
    if (command == QLatin1String("dlq"))
        return hookline::ProcessingCommands::runDlq(rest);
    if (command == QLatin1String("alerts"))
        return hookline::AlertsCommand::run(rest);
    if (command == QLatin1String("send"))
        return hookline::SendCommand::run(rest);
    if (command == QLatin1String("templates"))
        return hookline::TemplatesCommand::run(rest);
    if (command == QLatin1String("media"))
        return hookline::MediaCommand::run(rest);
    if (command == QLatin1String("doctor"))
        return hookline::DoctorCommand::run(rest);
    if (command == QLatin1String("deliveries"))
        return hookline::DeliveriesCommand::run(rest);
    return hookline::CommandSupport::usage(Cli::tr("unknown command '%1'").arg(command));
}
