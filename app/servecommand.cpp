#include "servecommand.h"

#include "cli.h"
#include "commandsupport.h"
#include "listenaddress.h"
#include "logging.h"
#include "logoptions.h"
#include "runtime/runtime.h"
#include "signalwatcher.h"
#include "storage/databaselocation.h"
#include "tlsfiles.h"

#include <QCoreApplication>
#include <QFile>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#endif

namespace hookline {

namespace {

bool readPositiveInt(const QCommandLineParser &parser, const QString &name, qint64 &out,
                     QString &error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value <= 0) {
        error = Cli::tr("--%1 wants a positive number").arg(name);
        return false;
    }
    out = value;
    return true;
}

} // namespace

int ServeCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Runs the webhook receiver without the console, until SIGINT or SIGTERM."));
    CommandSupport::addCommonOptions(parser);
    parser.addOptions({
        {QStringLiteral("listen"), Cli::tr("Address to listen on (default 127.0.0.1:8080)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080")},
        {QStringLiteral("tls-cert"), Cli::tr("PEM certificate chain for HTTPS."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), Cli::tr("PEM private key for HTTPS."), QStringLiteral("file")},
        {QStringLiteral("max-body-bytes"),
         Cli::tr("Largest accepted body; larger ones get 413 (default 3145728)."),
         QStringLiteral("bytes")},
        {QStringLiteral("header-timeout-ms"),
         Cli::tr("Time allowed for a request's headers (default 10000)."), QStringLiteral("ms")},
        {QStringLiteral("request-timeout-ms"),
         Cli::tr("Time allowed for a whole request (default 30000)."), QStringLiteral("ms")},
        {QStringLiteral("idle-timeout-ms"),
         Cli::tr("Idle keep-alive connections are closed after this (default 60000)."),
         QStringLiteral("ms")},
        {QStringLiteral("max-connections-per-peer"),
         Cli::tr("Most connections one client address may hold open; more are refused "
                 "(default 256)."),
         QStringLiteral("n")},
        {QStringLiteral("processing-batch"),
         Cli::tr("Most deliveries processed per processing commit (default 1000)."),
         QStringLiteral("n")},
        {QStringLiteral("processing-lease-ms"),
         Cli::tr("PostgreSQL: how long a processor's turn lasts unrenewed; another serve "
                 "takes over that long after one dies (default 15000)."),
         QStringLiteral("ms")},
        {QStringLiteral("retain-days"),
         Cli::tr("Forget deliveries older than this many days, and what they produced, in the "
                 "background (default: keep everything)."),
         QStringLiteral("days")},
        {QStringLiteral("synchronous"),
         Cli::tr("SQLite synchronous mode: full (default, survives power loss) or normal."),
         QStringLiteral("mode"), QStringLiteral("full")},
        {QStringLiteral("media-dir"),
         Cli::tr("Where customers' media are downloaded to (default: beside the database)."),
         QStringLiteral("dir")},
        {QStringLiteral("media-cap-mb"),
         Cli::tr("The most downloaded media may take; past it, the files viewed longest ago go "
                 "(default 2048)."),
         QStringLiteral("mb"), QStringLiteral("2048")},
        {QStringLiteral("no-media"), Cli::tr("Do not download customers' media.")},
    });
    CommandSupport::addGraphOptions(parser);
    LogOptionsCli::add(parser);
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.positionalArguments().isEmpty())
        return CommandSupport::usage(Cli::tr("serve takes no arguments"));
    const auto location = DatabaseLocation::parse(CommandSupport::databasePath(parser));
    if (!location)
        return CommandSupport::usage(location.error());
    // On PostgreSQL the log file goes to the user's data folder, as with the default database.
    if (Status logging = LogOptionsCli::apply(
            parser, location->isPostgres() ? Database::defaultPath() : location->path);
        !logging)
        return CommandSupport::usage(logging.error());

    const auto address = ListenAddress::parse(parser.value(QStringLiteral("listen")));
    if (!address)
        return CommandSupport::usage(address.error());

    ReceiverOptions options;
    options.address = address->host;
    options.port = address->port;
    if (location->isPostgres())
        options.database.server = *location;
    else
        options.database.path = location->path;
    const QString synchronous = parser.value(QStringLiteral("synchronous")).toLower();
    if (synchronous != QLatin1String("full") && synchronous != QLatin1String("normal"))
        return CommandSupport::usage(Cli::tr("--synchronous is full or normal"));
    options.database.synchronousFull = synchronous == QLatin1String("full");

    QString error;
    qint64 maxBody = options.limits.framing.maxBodyBytes;
    qint64 headerTimeout = options.limits.headerTimeoutMs;
    qint64 requestTimeout = options.limits.requestTimeoutMs;
    qint64 idleTimeout = options.limits.idleTimeoutMs;
    qint64 perPeer = options.limits.maxConnectionsPerPeer;
    if (!readPositiveInt(parser, QStringLiteral("max-connections-per-peer"), perPeer, error) ||
        !readPositiveInt(parser, QStringLiteral("max-body-bytes"), maxBody, error) ||
        !readPositiveInt(parser, QStringLiteral("header-timeout-ms"), headerTimeout, error) ||
        !readPositiveInt(parser, QStringLiteral("request-timeout-ms"), requestTimeout, error) ||
        !readPositiveInt(parser, QStringLiteral("idle-timeout-ms"), idleTimeout, error))
        return CommandSupport::usage(error);
    options.limits.framing.maxBodyBytes = maxBody;
    options.limits.headerTimeoutMs = int(qMin<qint64>(headerTimeout, INT_MAX));
    options.limits.requestTimeoutMs = int(qMin<qint64>(requestTimeout, INT_MAX));
    options.limits.idleTimeoutMs = int(qMin<qint64>(idleTimeout, INT_MAX));
    options.limits.maxConnectionsPerPeer = int(qMin<qint64>(perPeer, INT_MAX));

    const bool tls =
        parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key"));
    if (tls) {
#if QT_CONFIG(ssl)
        if (!parser.isSet(QStringLiteral("tls-cert")) || !parser.isSet(QStringLiteral("tls-key")))
            return CommandSupport::usage(Cli::tr("--tls-cert and --tls-key go together"));
        auto configuration = TlsFiles::load(parser.value(QStringLiteral("tls-cert")),
                                            parser.value(QStringLiteral("tls-key")));
        if (!configuration)
            return CommandSupport::fail(configuration.error());
        options.tls = *configuration;
#else
        return CommandSupport::fail(Cli::tr("this build has no TLS support"));
#endif
    }

    RuntimeOptions runtimeOptions;
    runtimeOptions.receiver = options;
    ProcessorOptions &processing = runtimeOptions.processing;
    qint64 processingBatch = processing.maxDeliveriesPerCommit;
    if (!readPositiveInt(parser, QStringLiteral("processing-batch"), processingBatch, error))
        return CommandSupport::usage(error);
    processing.maxDeliveriesPerCommit = int(qMin<qint64>(processingBatch, 100'000));
    qint64 leaseMs = processing.leaseMs;
    if (!readPositiveInt(parser, QStringLiteral("processing-lease-ms"), leaseMs, error))
        return CommandSupport::usage(error);
    processing.leaseMs = int(qMin<qint64>(leaseMs, INT_MAX));
    qint64 retainDays = 0;
    if (!readPositiveInt(parser, QStringLiteral("retain-days"), retainDays, error))
        return CommandSupport::usage(error);
    processing.retainDays = int(qMin<qint64>(retainDays, 100'000));
    qint64 mediaCapMb = 2048;
    if (!readPositiveInt(parser, QStringLiteral("media-cap-mb"), mediaCapMb, error))
        return CommandSupport::usage(error);
    const auto graph = CommandSupport::graphEndpoint(parser);
    if (!graph)
        return CommandSupport::usage(graph.error());
    runtimeOptions.graph = *graph;
    // Customers' media, downloaded beside processing (never in its way), with each line's app's
    // access token; a line without one waits, saying so.
    runtimeOptions.mediaDownloads = !parser.isSet(QStringLiteral("no-media"));
    runtimeOptions.mediaRoot = parser.value(QStringLiteral("media-dir"));
    runtimeOptions.mediaCapBytes = mediaCapMb << 20;

    // One receiver per SQLite file; on PostgreSQL several share a database by design.
    Runtime runtime(runtimeOptions);
    if (Status locked = runtime.lock(); !locked)
        return CommandSupport::fail(locked.error());
    SignalWatcher signals_;
    if (Status started = runtime.start(); !started)
        return CommandSupport::fail(started.error());
    if (!runtime.port())
        return CommandSupport::fail(runtime.receiverError());

    QString host = address->host.toString();
    if (address->host.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    CommandSupport::out(QStringLiteral("Hookline %1 listening on %2://%3:%4 (database %5)\n")
                            .arg(QCoreApplication::applicationVersion(),
                                 tls ? QStringLiteral("https") : QStringLiteral("http"), host)
                            .arg(runtime.port())
                            .arg(location->display()));

    QObject::connect(&signals_, &SignalWatcher::stopRequested, qApp,
                     [](int) { QCoreApplication::quit(); });

    // The integrity check takes seconds on a large database: beside the receiver, not before it.
    // A damaged delivery log stops serve (Meta retries what it does not get); damaged
    // projections only need a rebuild.
    int status = 0;
    QObject::connect(&runtime, &Runtime::integrityChecked, qApp,
                     [&status](const IntegrityReport &report) {
                         if (report.logIntact)
                             return;
                         CommandSupport::fail(report.message);
                         status = 3;
                         QCoreApplication::quit();
                     });
    runtime.checkIntegrity();
    QCoreApplication::exec();
    runtime.stop();
    CommandSupport::out(QStringLiteral("Hookline stopped\n"));
    return status;
}

} // namespace hookline
