#include "clock.h"

#include <chrono>

namespace hookline {

qint64 Clock::nowMicros()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace hookline
