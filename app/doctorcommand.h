#pragma once

#include <QStringList>

namespace hookline {

// `hookline doctor`: runs every check and says what to do about each failure; non-zero exit
// status when one fails.
namespace DoctorCommand {
int run(const QStringList &args);
} // namespace DoctorCommand

} // namespace hookline
