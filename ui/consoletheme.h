#pragma once

#include <QString>

namespace hookline::ConsoleTheme {

// "light", "dark" or "system" (the platform's palette).
bool apply(const QString &theme);

} // namespace hookline::ConsoleTheme
