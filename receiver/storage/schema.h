#pragma once

#include "expected.h"

#include <QStringList>

class QSqlDatabase;

namespace hookline {
class SqlDialect;
}

namespace hookline {

// The database schema and its migrations, tracked with PRAGMA user_version.
class Schema
{
public:
    static constexpr int CurrentVersion = 9;             // the main file
    static constexpr int CurrentProjectionsVersion = 12; // the projections file (schema "proj")

    // Applies every migration newer than the database's version, each in its own transaction.
    static Status migrate(QSqlDatabase &db);

    // The tables a rebuild empties and derives again from the delivery log (the processing
    // cursor is reset too; dead letters are kept).
    // (the search indexes follow their tables by themselves).
    static const QStringList &projectionTables(const SqlDialect &dialect);
};

} // namespace hookline
