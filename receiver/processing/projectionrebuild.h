#pragma once

#include "expected.h"

class QSqlDatabase;

namespace hookline {

// Empties every projection and marks every delivery pending, so that processing derives the
// projections again from the delivery log. Dead letters (and the operator's decisions on them)
// are kept: processing meets the same causes again under the same keys.
class ProjectionRebuild
{
public:
    static Status reset(QSqlDatabase &db);
    // Marks one delivery for processing again; its failed items are attempted anew.
    static Status reprocess(QSqlDatabase &db, qint64 deliveryId);
};

} // namespace hookline
