#pragma once

#include "expected.h"
#include "graph/graphendpoint.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace hookline {

// What every command shares: the --db option, one-line errors, and output helpers.
class CommandSupport
{
public:
    // Adds --db and --help to parser.
    static void addCommonOptions(QCommandLineParser &parser, bool withLanguage = true);
    // --graph-url and --graph-version, for the commands that call the Graph API.
    static void addGraphOptions(QCommandLineParser &parser);
    // Where the Graph API is: the options, else $HOOKLINE_GRAPH_URL, else Meta's host; an
    // error for a URL or version that is not one.
    static Expected<GraphEndpoint> graphEndpoint(const QCommandLineParser &parser);

    // Parses args (the command's own name first); on a usage error prints it and returns false.
    static bool parse(QCommandLineParser &parser, const QStringList &args);

    static QString databasePath(const QCommandLineParser &parser);
    // The --db location as options for Database::open: a SQLite file or a PostgreSQL server.
    static DatabaseOptions databaseOptions(const QCommandLineParser &parser);

    // The one positional id the command takes; nullopt (usage error printed) otherwise.
    static std::optional<qint64> singleId(const QCommandLineParser &parser, const QString &command);
    static Expected<std::unique_ptr<Database>> openDatabase(const QCommandLineParser &parser);

    // Writes "hookline: message" to stderr and returns the exit status for errors (1).
    static int fail(const QString &message);
    // Exit status 2; the hint names the command's own --help ("hookline apps list").
    static int usage(const QString &message, const QString &command = {});
    // After an erase or a prune: another process kept the WAL's old pages (SQLite).
    static void walKeptNote();

    // Who acts, for the audit trail: $HOOKLINE_OPERATOR, else the user.
    static QString operatorName();

    static void out(const QByteArray &bytes);
    static void out(const QString &text);
};

} // namespace hookline
