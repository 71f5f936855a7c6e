#pragma once

#include <QString>

namespace hookline::StatusText {

// A delivery status as Meta names it ("sent", "delivered", "read", "failed", ...), or a dead
// letter's state ("dead", "retrying", "discarded"), in the console's language; a status
// Hookline does not know is shown as it was written.
QString of(const QString &status);

} // namespace hookline::StatusText
