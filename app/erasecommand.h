#pragma once

#include <QStringList>

namespace hookline {

// `hookline erase --contact ID [--line ID]`: forgets a person (ContactEraser).
class EraseCommand
{
public:
    static int run(const QStringList &args);
};

} // namespace hookline
