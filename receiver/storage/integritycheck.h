#pragma once

#include "storage/database.h"

#include <QString>

namespace hookline {

// SQLite's quick_check of the delivery log and of the projections, on a connection of its own,
// so it can run beside a working receiver (it takes seconds on a large database).
struct IntegrityReport
{
    bool logIntact = true;         // the delivery log: the source of truth
    bool projectionsIntact = true; // derived: a rebuild restores them
    QString message;               // what failed and what to do; empty when all is well
};

class IntegrityCheck
{
public:
    static IntegrityReport run(const DatabaseOptions &options);
};

} // namespace hookline
