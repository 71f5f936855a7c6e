#pragma once

#include <QString>

namespace hookline {

// A dead letter's reason code in plain words for the operator: what happened, and what fixes it.
struct DeadLetterReason
{
    QString title; // "Line not configured"
    QString hint;  // "Add the line in Settings, then retry."

    // An unknown code reads as the code itself, with a generic hint.
    static DeadLetterReason of(const QString &code);
    // "Line not configured (unknown_phone_number_id)".
    static QString withCode(const QString &code);
};

} // namespace hookline
