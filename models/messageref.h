#pragma once

#include <QString>

namespace hookline {

// Where a message is: its line, the conversation (customer or group) and its wamid.
struct MessageRef
{
    QString line;
    QString customer;
    QString wamid;
    bool isValid() const { return !line.isEmpty() && !customer.isEmpty() && !wamid.isEmpty(); }
};

} // namespace hookline
