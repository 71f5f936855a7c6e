#include "commandline.h"

#include "cli.h"

#include <QSet>

namespace hookline {

namespace {

// Options of any command that take a value as the next argument, so that value is never taken
// for a command (`hookline --db apps.sqlite apps list`).
bool takesValue(const QString &option)
{
    static const QSet<QString> withValues = {
        QStringLiteral("db"),
        QStringLiteral("secrets-file"),
        QStringLiteral("log-level"),
        QStringLiteral("log-format"),
        QStringLiteral("log-file"),
        QStringLiteral("listen"),
        QStringLiteral("tls-cert"),
        QStringLiteral("tls-key"),
        QStringLiteral("quit-after-ms"),
        QStringLiteral("theme"),
        QStringLiteral("size"),
        QStringLiteral("screenshots"),
        QStringLiteral("screenshot-prefix"),
        QStringLiteral("lang"),
        QStringLiteral("format"),
        QStringLiteral("graph-url"),
        QStringLiteral("graph-version"),
        QStringLiteral("line"),
        QStringLiteral("to"),
        QStringLiteral("text"),
        QStringLiteral("template"),
        QStringLiteral("param"),
        QStringLiteral("reply-to"),
        QStringLiteral("react"),
        QStringLiteral("app-id"),
    };
    return withValues.contains(option);
}

// Qt's own options that take a value (QGuiApplication removes them before the commands see
// them): -platform offscreen is not a command.
bool takesQtValue(const QString &option)
{
    static const QSet<QString> withValues = {
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowtitle"),
        QStringLiteral("-qwindowicon"),     QStringLiteral("-style"),
        QStringLiteral("-stylesheet"),      QStringLiteral("-session"),
        QStringLiteral("-display"),         QStringLiteral("-geometry"),
        QStringLiteral("-title"),           QStringLiteral("-name"),
    };
    return withValues.contains(option);
}

// Options that never take a value, so the word after them is not one.
bool isFlag(const QString &option)
{
    static const QSet<QString> flags = {
        QStringLiteral("no-receiver"), QStringLiteral("no-log-file"), QStringLiteral("inactive"),
        QStringLiteral("raw"),         QStringLiteral("trail"),       QStringLiteral("all"),
        QStringLiteral("demo"),        QStringLiteral("refresh"),
    };
    return flags.contains(option);
}

const CommandLine::Command *find(const QString &name)
{
    for (const CommandLine::Command &command : CommandLine::commands()) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

} // namespace

const QList<CommandLine::Command> &CommandLine::commands()
{
    static const QList<Command> all = {
        {"console", nullptr,
         QT_TRANSLATE_NOOP("Cli", "open the console with the embedded receiver (the default)")},
        {"serve", nullptr,
         QT_TRANSLATE_NOOP("Cli", "run the webhook receiver without the console")},
        {"apps", "add|list|token",
         QT_TRANSLATE_NOOP("Cli", "the Meta apps whose secrets verify deliveries")},
        {"lines", "add|list",
         QT_TRANSLATE_NOOP("Cli",
                           "the business numbers (phone_number_id) and the app owning each")},
        {"deliveries", "list|show|reprocess", QT_TRANSLATE_NOOP("Cli", "the delivery log")},
        {"replay", nullptr,
         QT_TRANSLATE_NOOP("Cli", "store bodies (FILE...) as operator replays and process them")},
        {"export", nullptr,
         QT_TRANSLATE_NOOP("Cli", "the projections as JSON (--line ID for one line)")},
        {"search", nullptr,
         QT_TRANSLATE_NOOP("Cli", "find messages and contacts by their words (QUERY...)")},
        {"erase", nullptr,
         QT_TRANSLATE_NOOP("Cli", "forget a person (--contact ID), in the log too")},
        {"prune", nullptr,
         QT_TRANSLATE_NOOP("Cli", "forget what is older than --older-than DAYS, in the log too")},
        {"rebuild", nullptr,
         QT_TRANSLATE_NOOP("Cli", "drop every projection and derive it again from the log")},
        {"dlq", "list|retry|discard", QT_TRANSLATE_NOOP("Cli", "dead letters")},
        {"alerts", "list|ack|rules|set",
         QT_TRANSLATE_NOOP("Cli", "what the alert rules raised, and the rules")},
        {"send", nullptr,
         QT_TRANSLATE_NOOP("Cli", "send a message from a line through the Graph API")},
        {"templates", nullptr,
         QT_TRANSLATE_NOOP("Cli", "a line's message templates (--refresh: from the Graph API)")},
        {"media", "list|fetch",
         QT_TRANSLATE_NOOP("Cli", "customers' media and their downloads (fetch WAMID: now)")},
        {"doctor", nullptr,
         QT_TRANSLATE_NOOP("Cli", "check the set-up end to end and say what to fix")},
        {"help", nullptr, QT_TRANSLATE_NOOP("Cli", "this list")},
    };
    return all;
}

CommandLine::CommandLine(const QStringList &arguments)
{
    // What was typed, in order: options (with the values of those known to take one) and
    // positional words. A word right after an option whose value-taking is not known here may
    // be that option's value; a command's name is recognised there too, any other word is not
    // taken for a command.
    struct Token
    {
        QString text;
        bool positional = false;
        bool mayBeValue = false;
    };
    QList<Token> tokens;
    bool afterOption = false;
    qsizetype end = arguments.size();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--") {
            end = i;
            break;
        }
        if (arg.startsWith(u'-') && arg.size() > 1) {
            tokens.append({arg});
            afterOption = false;
            if (arg == u"--help" || arg == u"-h" || arg == u"-?")
                m_help = true;
            else if (arg == u"--version" || arg == u"-v")
                m_version = true;
            else if (takesQtValue(arg) && i + 1 < arguments.size())
                tokens.append({arguments.at(++i)});
            else if (arg.startsWith(u"--lang="))
                m_language = arg.mid(7);
            else if (arg.startsWith(u"--") && !arg.contains(u'=')) {
                if (takesValue(arg.mid(2)) && i + 1 < arguments.size()) {
                    tokens.append({arguments.at(++i)});
                    if (arg == u"--lang")
                        m_language = tokens.last().text;
                } else {
                    afterOption = !isFlag(arg.mid(2));
                }
            }
            continue;
        }
        tokens.append({arg, true, afterOption});
        afterOption = false;
    }

    // The command: the first word that names one; else the first word that cannot be a value.
    qsizetype commandAt = -1;
    for (qsizetype i = 0; i < tokens.size() && commandAt < 0; ++i) {
        if (tokens.at(i).positional && find(tokens.at(i).text))
            commandAt = i;
    }
    for (qsizetype i = 0; i < tokens.size() && commandAt < 0; ++i) {
        if (tokens.at(i).positional && !tokens.at(i).mayBeValue)
            commandAt = i;
    }
    qsizetype verbAt = -1;
    if (commandAt >= 0) {
        m_command = tokens.at(commandAt).text;
        const Command *command = find(m_command);
        if (command && command->verbs) {
            const QStringList verbs = QString::fromLatin1(command->verbs).split(u'|');
            for (qsizetype i = commandAt + 1; i < tokens.size() && verbAt < 0; ++i) {
                if (tokens.at(i).positional && verbs.contains(tokens.at(i).text))
                    verbAt = i;
            }
            for (qsizetype i = commandAt + 1; i < tokens.size() && verbAt < 0; ++i) {
                if (tokens.at(i).positional && !tokens.at(i).mayBeValue)
                    verbAt = i;
            }
            if (verbAt >= 0)
                m_verb = tokens.at(verbAt).text;
        }
    }
    // send's --lang is its template's language, not the messages'.
    if (m_command == u"send")
        m_language.clear();
    m_normalized
        << QStringLiteral("hookline %1").arg(m_command.isEmpty() ? u"console"_qs : m_command);
    if (!m_verb.isEmpty())
        m_normalized << m_verb;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (i != commandAt && i != verbAt)
            m_normalized << tokens.at(i).text;
    }
    // After "--": arguments, as typed.
    m_normalized += arguments.mid(end);
}

bool CommandLine::isKnown() const
{
    return m_command.isEmpty() || find(m_command);
}

QString CommandLine::commandNames()
{
    QStringList names;
    for (const Command &command : commands())
        names << QLatin1String(command.name);
    return names.join(QStringLiteral(", "));
}

QString CommandLine::overview()
{
    QString text = Cli::tr(
        "Usage: hookline [COMMAND] [OPTIONS]\n\n"
        "Hookline receives WhatsApp Business webhooks for your lines and keeps every delivery.\n\n"
        "Commands:\n");
    for (const Command &command : commands()) {
        if (!HOOKLINE_WITH_CONSOLE && qstrcmp(command.name, "console") == 0)
            continue; // a server build has none
        QString name = QLatin1String(command.name);
        if (command.verbs)
            name += u' ' + QLatin1String(command.verbs);
        text += QStringLiteral("  %1 %2\n").arg(name, -32).arg(Cli::tr(command.summary));
    }
    if (!HOOKLINE_WITH_CONSOLE)
        return text + Cli::tr("\nEvery command takes --db PATH (default: hookline.sqlite in the "
                              "user's data folder), before\nor after the command, and --help: "
                              "`hookline apps list --help`. This is a server build:\nit has "
                              "every command but the console.\n");
    text += Cli::tr(
        "\nEvery command takes --db PATH (default: hookline.sqlite in the user's data folder), "
        "before\nor after the command, and --help: `hookline apps list --help`. Without a "
        "command, hookline\nopens the console: hookline [console] [--db PATH] [--listen "
        "HOST:PORT] [--no-receiver].\n");
    return text;
}

} // namespace hookline
