#include "logoptions.h"

#include "cli.h"
#include "logsink.h"

#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace hookline::LogOptionsCli {

namespace {

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return ::isatty(STDERR_FILENO) != 0;
#endif
}

} // namespace

void add(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("log-format"),
         Cli::tr("json or text (default: text on a terminal, else json)."),
         QStringLiteral("format")},
        {QStringLiteral("log-level"),
         Cli::tr("debug, info (default), warning or error; QT_LOGGING_RULES applies too."),
         QStringLiteral("level"), QStringLiteral("info")},
        {QStringLiteral("log-file"),
         Cli::tr("Log file, rotated at 5 MiB (default: hookline.log beside the database)."),
         QStringLiteral("path")},
        {QStringLiteral("no-log-file"), Cli::tr("Write no log file.")},
    });
}

Status apply(const QCommandLineParser &parser, const QString &databasePath, bool toStderr)
{
    LogOptions options;
    const QString format = parser.value(QStringLiteral("log-format")).toLower();
    if (format == QLatin1String("json"))
        options.format = LogOptions::Json;
    else if (format == QLatin1String("text"))
        options.format = LogOptions::Text;
    else if (format.isEmpty())
        options.format = stderrIsTerminal() ? LogOptions::Text : LogOptions::Json;
    else
        return Error{Cli::tr("--log-format is json or text")};
    if (!LogSink::setLevel(parser.value(QStringLiteral("log-level"))))
        return Error{Cli::tr("--log-level is debug, info, warning or error")};
    options.toStderr = toStderr;
    if (!parser.isSet(QStringLiteral("no-log-file"))) {
        options.filePath = parser.value(QStringLiteral("log-file"));
        if (options.filePath.isEmpty())
            options.filePath =
                QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("hookline.log"));
    }
    LogSink::install(options);
    return ok();
}

} // namespace hookline::LogOptionsCli
