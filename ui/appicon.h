#pragma once

#include <QIcon>

namespace hookline::AppIcon {

// Hookline's icon, drawn (a hook on a speech bubble), with an optional count badge.
QIcon make(int badge = 0);

} // namespace hookline::AppIcon
