#pragma once

#include <QString>
#include <QStringList>

namespace hookline {

// What a person typed, put in the order the commands parse it: `hookline --db X apps list`
// (options first, as git, docker and psql take them) becomes `hookline apps list --db X`.
// The command and its verb may come anywhere among the options; an option's value is never
// mistaken for a command.
class CommandLine
{
public:
    struct Command
    {
        const char *name;
        const char *verbs; // "add|list", or nullptr for a command without verbs
        const char *summary;
    };
    // Every command, in the order `hookline help` lists them.
    static const QList<Command> &commands();

    explicit CommandLine(const QStringList &arguments);

    // The command ("" for the console when none is given) and its verb ("" if none).
    const QString &command() const { return m_command; }
    const QString &verb() const { return m_verb; }
    bool isConsole() const { return m_command.isEmpty() || m_command == u"console"; }
    bool isKnown() const;
    bool wantsHelp() const { return m_help; }
    bool wantsVersion() const { return m_version; }
    // --lang's value, or empty.
    const QString &language() const { return m_language; }

    // The arguments for the command's parser: "hookline <command>" first, then the verb, then
    // everything else in the order given.
    const QStringList &normalized() const { return m_normalized; }

    // The commands, one per line, for `hookline help` and for an unknown command.
    static QString overview();
    static QString commandNames();

private:
    QString m_command;
    QString m_verb;
    QStringList m_normalized;
    bool m_help = false;
    bool m_version = false;
    QString m_language;
};

} // namespace hookline
