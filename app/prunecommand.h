#pragma once

#include <QStringList>

namespace hookline {

// `hookline prune --older-than DAYS`: retention once (RetentionPruner), what `serve
// --retain-days` does in the background.
class PruneCommand
{
public:
    static int run(const QStringList &args);
};

} // namespace hookline
