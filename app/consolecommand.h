#pragma once

#include <QStringList>

namespace hookline {

// `hookline` (or `hookline console`): the console window with the embedded receiver and
// processing. Needs a QApplication.
namespace ConsoleCommand {
int run(const QStringList &args);
} // namespace ConsoleCommand

} // namespace hookline
