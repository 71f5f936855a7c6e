#pragma once

#include <QtGlobal>

namespace hookline {

// Wall-clock time in microseconds since the Unix epoch, as stored in the database.
class Clock
{
public:
    static qint64 nowMicros();
};

} // namespace hookline
