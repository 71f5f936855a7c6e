#pragma once

#include <QStringList>

namespace hookline {

// `hookline deliveries list|show`: the delivery log.
class DeliveriesCommand
{
public:
    static int run(const QStringList &args);
};

} // namespace hookline
