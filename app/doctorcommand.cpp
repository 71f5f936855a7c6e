#include "doctorcommand.h"

#include "cli.h"
#include "commandsupport.h"
#include "diagnostics/doctor.h"
#include "listenaddress.h"
#include "logsink.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hookline {

int DoctorCommand::run(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Checks the database, the configuration, the listen address, the TLS "
                "certificate, a signed delivery and the handshake end to end, and quiet "
                "lines."));
    CommandSupport::addCommonOptions(parser);
    CommandSupport::addGraphOptions(parser);
    parser.addOptions({
        {QStringLiteral("listen"), Cli::tr("Address the receiver listens on."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080")},
        {QStringLiteral("tls-cert"), Cli::tr("PEM certificate chain to check."),
         QStringLiteral("file")},
        {QStringLiteral("tls-key"), Cli::tr("PEM private key to check."), QStringLiteral("file")},
        {QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("format"),
         QStringLiteral("text")},
    });
    if (!CommandSupport::parse(parser, args))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const auto address = ListenAddress::parse(parser.value(QStringLiteral("listen")));
    if (!address)
        return CommandSupport::usage(address.error());
    DoctorOptions options;
    options.database.path = CommandSupport::databasePath(parser);
    options.address = address->host;
    options.port = address->port;
    options.tlsCertificate = parser.value(QStringLiteral("tls-cert"));
    options.tlsKey = parser.value(QStringLiteral("tls-key"));
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return CommandSupport::usage(Cli::tr("--tls-cert and --tls-key go together"));
    const auto graph = CommandSupport::graphEndpoint(parser);
    if (!graph)
        return CommandSupport::usage(graph.error());
    options.graph = *graph;

    LogSink::setLevel(QStringLiteral("warning")); // the test receiver's own chatter is noise here
    const QList<DoctorCheck> checks = Doctor::run(options);
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        QJsonArray array;
        for (const DoctorCheck &c : checks)
            array.append(QJsonObject{{QStringLiteral("check"), c.name},
                                     {QStringLiteral("passed"), c.passed},
                                     {QStringLiteral("detail"), c.detail},
                                     {QStringLiteral("fix"), c.fix}});
        CommandSupport::out(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        QString text;
        for (const DoctorCheck &c : checks) {
            text +=
                QStringLiteral("%1 %2: %3\n")
                    .arg(c.passed ? QStringLiteral("✓") : QStringLiteral("✗"), c.name, c.detail);
            if (!c.passed)
                text += QStringLiteral("    → %1\n").arg(c.fix);
        }
        const qsizetype failed = std::count_if(checks.cbegin(), checks.cend(),
                                               [](const DoctorCheck &c) { return !c.passed; });
        text += failed == 0 ? Cli::tr("All %1 checks passed.\n").arg(checks.size())
                            : Cli::tr("%1 of %2 checks failed.\n").arg(failed).arg(checks.size());
        CommandSupport::out(text);
    }
    return Doctor::allPassed(checks) ? 0 : 1;
}

} // namespace hookline
