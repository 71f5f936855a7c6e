#include "displaytime.h"

#include <QDateTime>
#include <QLocale>

namespace hookline::DisplayTime {

namespace {

// The date as the locale writes it short (31/12/2026, 12/31/26), the time to the second (or
// millisecond) on a 24-hour clock, which an operator comparing events needs whatever the locale.
QString format(const QDateTime &when, const QString &time)
{
    const QLocale locale;
    return locale.toString(when.date(), QLocale::ShortFormat) + u' ' +
           locale.toString(when.time(), time);
}

} // namespace

QString fromSeconds(qint64 unixSeconds)
{
    if (unixSeconds <= 0)
        return {};
    return format(QDateTime::fromSecsSinceEpoch(unixSeconds), QStringLiteral("HH:mm:ss"));
}

QString fromMicros(qint64 unixMicros)
{
    if (unixMicros <= 0)
        return {};
    return format(QDateTime::fromMSecsSinceEpoch(unixMicros / 1000),
                  QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace hookline::DisplayTime
