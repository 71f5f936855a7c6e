#pragma once

#include <QStringList>

namespace hookline {

// `hookline apps add|list` and `hookline lines add|list`. Secrets are read from stdin and
// never printed.
class ConfigCommands
{
public:
    static int runApps(const QStringList &args);
    static int runLines(const QStringList &args);
};

} // namespace hookline
