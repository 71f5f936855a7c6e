#include "deadletterreason.h"

#include <QCoreApplication>

namespace hookline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hookline::DeadLetterReason", text);
}

} // namespace

DeadLetterReason DeadLetterReason::of(const QString &code)
{
    if (code == u"unknown_phone_number_id")
        return {tr("Line not configured"),
                tr("Meta sent this for a phone number id that is not one of your lines. Add "
                   "the line, then retry.")};
    if (code == u"line_not_owned_by_app")
        return {tr("Signed by another app"),
                tr("The line belongs to a different Meta app than the one that signed the "
                   "delivery. Check the line's owning app in Settings.")};
    if (code == u"unknown_waba")
        return {tr("Business account not configured"),
                tr("No line of yours belongs to this WhatsApp Business Account. Add one of its "
                   "lines with its WABA id, then retry.")};
    if (code == u"waba_not_owned_by_app")
        return {tr("Business account of another app"),
                tr("The app that signed the delivery owns no line of this WhatsApp Business "
                   "Account. Check the lines' owning app in Settings.")};
    if (code == u"unknown_field")
        return {tr("Field Hookline does not know yet"),
                tr("Meta sent a webhook field this version of Hookline cannot project. It is "
                   "kept, and a newer version projects it when you retry.")};
    if (code == u"invalid_json")
        return {tr("Not valid JSON"),
                tr("The body cannot be read as JSON. Look at the payload: it cannot be "
                   "projected as it is.")};
    if (code == u"unknown_object")
        return {tr("Not a WhatsApp Business webhook"),
                tr("The body's \"object\" is not whatsapp_business_account. It is kept, but "
                   "there is nothing to project.")};
    if (code == u"foreign_reference")
        return {tr("Refers to another line's message"),
                tr("A status or reaction names a message that belongs to a different line. It "
                   "is not applied, so one line cannot change another's history.")};
    if (code == u"processing_error")
        return {tr("Could not be projected"),
                tr("Processing failed for this item; the last error says why. Retry once the "
                   "cause is fixed.")};
    return {code, tr("Retry once the cause is fixed; the last error says what went wrong.")};
}

QString DeadLetterReason::withCode(const QString &code)
{
    const DeadLetterReason reason = of(code);
    return reason.title == code ? code : QStringLiteral("%1 (%2)").arg(reason.title, code);
}

} // namespace hookline
