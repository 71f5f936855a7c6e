#include "statustext.h"

#include <QCoreApplication>

namespace hookline::StatusText {

QString of(const QString &status)
{
    static const struct
    {
        const char *status;
        const char *text;
    } known[] = {
        {"sent", QT_TRANSLATE_NOOP("StatusText", "sent")},
        {"delivered", QT_TRANSLATE_NOOP("StatusText", "delivered")},
        {"read", QT_TRANSLATE_NOOP("StatusText", "read")},
        {"played", QT_TRANSLATE_NOOP("StatusText", "played")},
        {"failed", QT_TRANSLATE_NOOP("StatusText", "failed")},
        {"deleted", QT_TRANSLATE_NOOP("StatusText", "deleted")},
        {"warning", QT_TRANSLATE_NOOP("StatusText", "warning")},
        {"pending", QT_TRANSLATE_NOOP("StatusText", "pending")},
        // A delivery's processing state.
        {"processed", QT_TRANSLATE_NOOP("StatusText", "processed")},
        {"retrying", QT_TRANSLATE_NOOP("StatusText", "retrying")},
        // Where a delivery came from, and its signature's verdict.
        {"meta", QT_TRANSLATE_NOOP("StatusText", "Meta")},
        {"replay", QT_TRANSLATE_NOOP("StatusText", "replay")},
        {"verified", QT_TRANSLATE_NOOP("StatusText", "verified")},
        // A dead letter's state.
        {"dead", QT_TRANSLATE_NOOP("StatusText", "dead")},
        {"discarded", QT_TRANSLATE_NOOP("StatusText", "discarded")},
    };
    for (const auto &entry : known) {
        if (status == QLatin1String(entry.status))
            return QCoreApplication::translate("StatusText", entry.text);
    }
    return status;
}

} // namespace hookline::StatusText
