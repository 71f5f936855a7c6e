#pragma once

namespace hookline {

// The database engines Hookline stores its data in: a SQLite file (the default), or a
// PostgreSQL server shared by a team. Where their SQL differs is the storage layer's business
// (SqlDialect and the named operations of storage/, such as DeliveryLog::statusView).
enum class Engine
{
    Sqlite,
    Postgres
};

} // namespace hookline
