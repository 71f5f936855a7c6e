#pragma once

#include <QtGlobal>

class QRandomGenerator;

namespace hookline {

// Exponential backoff with full jitter: the n-th retry waits a random time between zero and
// min(cap, base * 2^(n-1)).
struct BackoffPolicy
{
    int baseMs = 250;
    int capMs = 60'000;
    int maxAttempts = 6; // attempts in all, the first included

    qint64 delayMs(int attempt, QRandomGenerator &random) const;
    // The upper bound of that delay.
    qint64 ceilingMs(int attempt) const;
};

} // namespace hookline
