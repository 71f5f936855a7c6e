#pragma once

namespace hookline {

// The database engines Hookline stores its data in: a SQLite file (the default), or a
// PostgreSQL server shared by a team. Where they differ is the storage layer's business
// (SqlDialect and the named operations of storage/); nothing above it asks which one it is on.
enum class Engine
{
    Sqlite,
    Postgres
};

} // namespace hookline
