#pragma once

#include <QStringList>

namespace hookline {

// `hookline serve`: the headless receiver.
class ServeCommand
{
public:
    static int run(const QStringList &args);
};

} // namespace hookline
