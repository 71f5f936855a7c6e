#pragma once

#include <QStringList>

namespace hookline {

// `hookline alerts list|ack|rules|set`: the alerts the rules raised, their acknowledgement, and
// the rules themselves, for operators without the console (`serve` evaluates the same rules).
class AlertsCommand
{
public:
    static int run(const QStringList &args);
};

} // namespace hookline
