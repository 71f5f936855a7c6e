#include "consolecommand.h"

#include "cli.h"
#include "commandsupport.h"
#include "consoleengine.h"
#include "consolesettings.h"
#include "consoletheme.h"
#include "demodatabase.h"
#include "demofeeder.h"
#include "language/language.h"
#include "listenaddress.h"
#include "logging.h"
#include "logoptions.h"
#include "mainwindow.h"
#include "runtime/runtime.h"
#include "screenshottour.h"
#include "storage/credentialsfile.h"
#include "tlsfiles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

#include <algorithm>

namespace hookline {

int ConsoleCommand::run(const QStringList &args)
{
    QElapsedTimer started;
    started.start();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Opens the console with the embedded receiver and processing."));
    CommandSupport::addCommonOptions(parser);
    CommandSupport::addGraphOptions(parser);
    parser.addOptions({
        {QStringLiteral("listen"),
         Cli::tr("Address the embedded receiver listens on (default: the setting, "
                 "127.0.0.1:8080)."),
         QStringLiteral("host:port")},
        {QStringLiteral("no-receiver"),
         Cli::tr("Do not start the embedded receiver (look at the database; processing "
                 "still runs).")},
        {QStringLiteral("quit-after-ms"),
         Cli::tr("Quit after this long (for benchmarks and screenshots)."), QStringLiteral("ms")},
        {QStringLiteral("theme"), Cli::tr("light, dark or system (default)."),
         QStringLiteral("theme"), QStringLiteral("system")},
        {QStringLiteral("size"), Cli::tr("Window size, e.g. 1920x1080."), QStringLiteral("WxH")},
        {QStringLiteral("screenshots"),
         Cli::tr("Save a picture of each main view into this folder, then quit."),
         QStringLiteral("dir")},
        {QStringLiteral("screenshot-prefix"), Cli::tr("File name prefix for --screenshots."),
         QStringLiteral("prefix"), QStringLiteral("hookline")},
        {QStringLiteral("demo"),
         Cli::tr("Try it with sample data: a scratch database (never yours) filled with "
                 "sample webhooks for two demo lines through the receiver.")},
    });
    LogOptionsCli::add(parser);
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.positionalArguments().isEmpty())
        return CommandSupport::usage(Cli::tr("the console takes no arguments: '%1'")
                                         .arg(parser.positionalArguments().join(u' ')),
                                     args.value(0));
    const QString requested = parser.isSet(QStringLiteral("lang"))
                                  ? parser.value(QStringLiteral("lang"))
                                  : ConsoleSettings::language();
    if (parser.isSet(QStringLiteral("lang")) && !Language::available().contains(requested))
        return CommandSupport::usage(
            Cli::tr("--lang is one of: %1").arg(Language::available().join(u", "_qs)),
            args.value(0));
    Language::install(Language::resolve(requested, QLocale::system().uiLanguages()));
    const bool demo = parser.isSet(QStringLiteral("demo"));
    DatabaseOptions database = CommandSupport::databaseOptions(parser);
    if (demo) {
        auto scratch = DemoDatabase::prepare();
        if (!scratch)
            return CommandSupport::fail(scratch.error());
        database = DatabaseOptions{};
        database.path = *scratch;
        // Its own secrets file: the demo's apps never reach the keyring.
        CredentialsFile::setOverride(*scratch + QStringLiteral(".secrets"));
    }
    const bool shared = database.server.isPostgres();
    if (Status logging =
            LogOptionsCli::apply(parser, shared ? Database::defaultPath() : database.path);
        !logging)
        return CommandSupport::usage(logging.error());

    // The demo listens on a port of its own, beside a receiver that may be running.
    const QString listen = demo ? QStringLiteral("127.0.0.1:0")
                           : parser.isSet(QStringLiteral("listen"))
                               ? parser.value(QStringLiteral("listen"))
                               : ConsoleSettings::listenAddress();
    const auto address = ListenAddress::parse(listen);
    if (!address)
        return CommandSupport::usage(address.error());

    ConsoleOptions options;
    options.receiver.address = address->host;
    options.receiver.port = address->port;
    options.receiver.database = database;
    // On a shared PostgreSQL database the receivers run on a server: this console receives only
    // when asked to with --listen.
    options.embeddedReceiver = demo || (!parser.isSet(QStringLiteral("no-receiver")) &&
                                        (!shared || parser.isSet(QStringLiteral("listen"))));
    options.receiver.limits.framing.maxBodyBytes = ConsoleSettings::maxBodyBytes();
    options.processing.backoff.baseMs = ConsoleSettings::retryBaseMs();
    options.processing.backoff.maxAttempts = ConsoleSettings::retryMaxAttempts();
    options.processing.retainDays = ConsoleSettings::retainDays();
    options.mediaCapBytes = qint64(ConsoleSettings::mediaCapMb()) << 20;
    const auto graph = CommandSupport::graphEndpoint(parser);
    if (!graph)
        return CommandSupport::usage(graph.error());
    options.graph = *graph;
    const QString certificate = ConsoleSettings::tlsCertificate();
    const QString key = ConsoleSettings::tlsKey();
    QString tlsProblem;
    if (!certificate.isEmpty() && !key.isEmpty()) {
#if QT_CONFIG(ssl)
        auto tls = TlsFiles::load(certificate, key);
        if (tls)
            options.receiver.tls = *tls;
        else
            tlsProblem = tls.error();
#endif
    }

    if (!ConsoleTheme::apply(parser.value(QStringLiteral("theme"))))
        return CommandSupport::usage(Cli::tr("--theme is light, dark or system"));

    // One console per SQLite file; on PostgreSQL a whole team shares the database. Started again
    // by a console that is still closing (into or out of the demo), it waits: that one lets go
    // of its database within seconds.
    ConsoleEngine engine(options);
    if (Status locked =
            engine.runtime()->lock(qEnvironmentVariableIsSet("HOOKLINE_RESTARTED") ? 20'000 : 0);
        !locked) {
        QMessageBox::critical(nullptr, QStringLiteral("Hookline"), locked.error());
        return CommandSupport::fail(locked.error());
    }
    if (Status opened = engine.open(); !opened) {
        QMessageBox::critical(
            nullptr, QStringLiteral("Hookline"),
            QApplication::translate("ConsoleCommand", "Hookline cannot open its database:\n%1")
                .arg(opened.error()));
        return CommandSupport::fail(opened.error());
    }
    MainWindow window(&engine);
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList size = parser.value(QStringLiteral("size")).split(u'x');
        if (size.size() != 2 || size.at(0).toInt() < 200 || size.at(1).toInt() < 200)
            return CommandSupport::usage(Cli::tr("--size is WIDTHxHEIGHT, e.g. 1280x800"));
        window.resize(size.at(0).toInt(), size.at(1).toInt());
    }
    window.setDemo(demo);
    // The console starts again on the other database: the demo's, or back on the person's own.
    auto restart = [args](bool intoDemo) {
        // The same console, less what was for this run only.
        QStringList again;
        static const QStringList once = {QStringLiteral("--quit-after-ms"),
                                         QStringLiteral("--screenshots"),
                                         QStringLiteral("--screenshot-prefix")};
        for (qsizetype i = 1; i < args.size(); ++i) {
            const QString &arg = args.at(i);
            if (arg == u"--demo")
                continue;
            if (once.contains(arg)) {
                ++i;
                continue;
            }
            if (std::any_of(once.cbegin(), once.cend(),
                            [&](const QString &o) { return arg.startsWith(o + u'='); }))
                continue;
            again << arg;
        }
        if (intoDemo)
            again << QStringLiteral("--demo");
        QProcess process;
        // Inside an AppImage, the program file goes away when this process ends.
        const QString appImage = qEnvironmentVariable("APPIMAGE");
        process.setProgram(appImage.isEmpty() ? QCoreApplication::applicationFilePath() : appImage);
        process.setArguments(again);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOOKLINE_RESTARTED"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        if (process.startDetached())
            QApplication::quit();
    };
    QObject::connect(&window, &MainWindow::demoRequested, qApp, [restart] { restart(true); });
    QObject::connect(&window, &MainWindow::leaveDemoRequested, qApp, [restart] { restart(false); });
    DemoFeeder feeder(&engine);
    if (demo) {
        if (Status seeded = feeder.seed(); !seeded)
            return CommandSupport::fail(seeded.error());
    }
    window.show();
    if (!tlsProblem.isEmpty())
        QMessageBox::warning(
            &window, QStringLiteral("Hookline"),
            QApplication::translate("ConsoleCommand", "HTTPS is off: %1\nFix it in Settings.")
                .arg(tlsProblem));
    ScreenshotTour tour(&window, parser.value(QStringLiteral("screenshots")),
                        parser.value(QStringLiteral("screenshot-prefix")));
    if (parser.isSet(QStringLiteral("screenshots"))) {
        QObject::connect(&tour, &ScreenshotTour::finished, qApp, &QApplication::quit);
        tour.start(1500);
    }
    // The window is usable now; the services start once it has been drawn.
    QTimer::singleShot(0, &engine, [&engine, &started, &feeder, demo] {
        if (Status services = engine.startServices(); !services)
            QMessageBox::warning(nullptr, QStringLiteral("Hookline"), services.error());
        else if (demo)
            feeder.start();
        if (qEnvironmentVariableIsSet("HOOKLINE_REPORT_STARTUP"))
            CommandSupport::out(
                QStringLiteral("console usable after %1 ms\n").arg(started.elapsed()));
    });
    // The integrity check takes seconds on a large database: beside the console, not before it.
    QObject::connect(engine.runtime(), &Runtime::integrityChecked, &window,
                     [&window, &engine](const IntegrityReport &report) {
                         if (report.logIntact && report.projectionsIntact)
                             return;
                         if (!report.logIntact)
                             engine.stop(); // Meta retries what it does not get
                         QMessageBox::critical(&window, QStringLiteral("Hookline"), report.message);
                     });
    engine.runtime()->checkIntegrity();
    if (parser.isSet(QStringLiteral("quit-after-ms")))
        QTimer::singleShot(parser.value(QStringLiteral("quit-after-ms")).toInt(), qApp,
                           &QApplication::quit);
    const int status = QApplication::exec();
    engine.stop();
    return status;
}

} // namespace hookline
