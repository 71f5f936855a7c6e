#include "backoffpolicy.h"

#include <QRandomGenerator>

namespace hookline {

qint64 BackoffPolicy::ceilingMs(int attempt) const
{
    const int exponent = qBound(0, attempt - 1, 30);
    return qMin<qint64>(capMs, qint64(baseMs) << exponent);
}

qint64 BackoffPolicy::delayMs(int attempt, QRandomGenerator &random) const
{
    const qint64 ceiling = ceilingMs(attempt);
    return ceiling <= 0 ? 0 : qint64(random.bounded(double(ceiling) + 1.0));
}

} // namespace hookline
