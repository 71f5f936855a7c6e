#pragma once

#include <QString>

namespace hookline {

// Plain-language hints for the error codes operators meet most often in failed statuses.
// Key on the code: Meta's titles change.
namespace ErrorCatalogue {
// What the code means and what to do; empty for a code the catalogue does not know.
QString hint(int code);
} // namespace ErrorCatalogue

} // namespace hookline
