#pragma once

#include <functional>

class QLineEdit;

namespace hookline {

// Makes every filter field behave the same: apply runs a short moment after typing stops (and
// at once on Enter), and Esc clears a field that has text (an empty field lets Esc through).
// How long typing must pause before a live filter applies.
constexpr int LiveFilterDelayMs = 150;

void makeLiveFilter(QLineEdit *edit, std::function<void()> apply, int delayMs = LiveFilterDelayMs);

} // namespace hookline
