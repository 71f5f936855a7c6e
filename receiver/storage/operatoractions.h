#pragma once

#include "expected.h"

#include <QString>

class QSqlDatabase;

namespace hookline {

// The audit trail (main.operator_actions) of what is done to the log as a whole: an erasure, a
// round of retention. Who did it (empty: "operator"), what, and how much; never the content.
class OperatorActions
{
public:
    static Status record(QSqlDatabase &db, const QString &by, const QString &action,
                         const QString &detail);
};

} // namespace hookline
