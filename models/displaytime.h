#pragma once

#include <QString>

namespace hookline {

// How the console writes times: local time, to the second.
namespace DisplayTime {
QString fromSeconds(qint64 unixSeconds);
QString fromMicros(qint64 unixMicros);
} // namespace DisplayTime

} // namespace hookline
