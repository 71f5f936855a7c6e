#pragma once

#include <QCoreApplication>

namespace hookline {

// The translation context of the command line's human messages (help, errors, reports):
// Cli::tr("..."). Machine-read output (JSON, the "listening on" line) stays as it is.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace hookline
