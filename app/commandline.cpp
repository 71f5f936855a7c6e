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
    };
    return withValues.contains(option);
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
        {"apps", "add|list",
         QT_TRANSLATE_NOOP("Cli", "the Meta apps whose secrets verify deliveries")},
        {"lines", "add|list",
         QT_TRANSLATE_NOOP("Cli",
                           "the business numbers (phone_number_id) and the app owning each")},
        {"deliveries", "list|show|reprocess", QT_TRANSLATE_NOOP("Cli", "the delivery log")},
        {"replay", nullptr,
         QT_TRANSLATE_NOOP("Cli", "store bodies (FILE...) as operator replays and process them")},
        {"export", nullptr,
         QT_TRANSLATE_NOOP("Cli", "the projections as JSON (--line ID for one line)")},
        {"rebuild", nullptr,
         QT_TRANSLATE_NOOP("Cli", "drop every projection and derive it again from the log")},
        {"dlq", "list|retry|discard", QT_TRANSLATE_NOOP("Cli", "dead letters")},
        {"doctor", nullptr,
         QT_TRANSLATE_NOOP("Cli", "check the set-up end to end and say what to fix")},
        {"help", nullptr, QT_TRANSLATE_NOOP("Cli", "this list")},
    };
    return all;
}

CommandLine::CommandLine(const QStringList &arguments)
{
    const Command *command = nullptr;
    bool verbWanted = false;
    QStringList others;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--") {
            others += arguments.mid(i);
            break;
        }
        if (arg.startsWith(u'-') && arg.size() > 1) {
            others << arg;
            if (arg == u"--help" || arg == u"-h" || arg == u"-?")
                m_help = true;
            else if (arg == u"--version" || arg == u"-v")
                m_version = true;
            else if (arg.startsWith(u"--lang="))
                m_language = arg.mid(7);
            else if (arg.startsWith(u"--") && !arg.contains(u'=') && takesValue(arg.mid(2)) &&
                     i + 1 < arguments.size()) {
                others << arguments.at(++i);
                if (arg == u"--lang")
                    m_language = others.last();
            }
            continue;
        }
        if (m_command.isEmpty()) {
            m_command = arg;
            command = find(arg);
            verbWanted = command && command->verbs;
            continue;
        }
        if (verbWanted && m_verb.isEmpty()) {
            m_verb = arg;
            continue;
        }
        others << arg;
    }
    m_normalized
        << QStringLiteral("hookline %1").arg(m_command.isEmpty() ? u"console"_qs : m_command);
    if (!m_verb.isEmpty())
        m_normalized << m_verb;
    m_normalized += others;
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
        QString name = QLatin1String(command.name);
        if (command.verbs)
            name += u' ' + QLatin1String(command.verbs);
        text += QStringLiteral("  %1 %2\n").arg(name, -32).arg(Cli::tr(command.summary));
    }
    text += Cli::tr(
        "\nEvery command takes --db PATH (default: hookline.sqlite in the user's data folder), "
        "before\nor after the command, and --help: `hookline apps list --help`. Without a "
        "command, hookline\nopens the console: hookline [console] [--db PATH] [--listen "
        "HOST:PORT] [--no-receiver].\n");
    return text;
}

} // namespace hookline
