#include "displaytime.h"

#include <QDateTime>

namespace hookline::DisplayTime {

QString fromSeconds(qint64 unixSeconds)
{
    if (unixSeconds <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(unixSeconds)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString fromMicros(qint64 unixMicros)
{
    if (unixMicros <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(unixMicros / 1000)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

} // namespace hookline::DisplayTime
