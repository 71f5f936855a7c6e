#pragma once

#include "storage/engine.h"

#include <QString>

class QSqlDatabase;

namespace hookline {

// The one place where SQLite and PostgreSQL differ. Hookline's SQL is written once, in the
// words both engines share (ON CONFLICT upserts, standard joins, '?' placeholders); the schema
// is written in SQLite's words and translated here for PostgreSQL, where the delivery log lives
// in schema "main" and the projections in "proj" (search_path main, proj), as in a SQLite file
// with the projections attached.
class SqlDialect
{
public:
    using Engine = hookline::Engine;

    explicit SqlDialect(Engine engine)
        : m_engine(engine)
    {}
    static SqlDialect of(const QSqlDatabase &db);

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::Postgres; }

    // A schema statement written for SQLite, for this engine: 64-bit integers, identity keys,
    // byte strings, indexes on another schema's tables, no WITHOUT ROWID.
    QString schema(const QString &sql) const;
    // Starts a transaction that holds the schema lock: SQLite's write lock, or a PostgreSQL
    // advisory lock (several receivers may open one database at once).
    QString beginSchemaChange() const;
    // Starts a transaction that writes the delivery log after reading it: on SQLite it takes
    // the write lock at once, so that a receiver's commit between the read and the write cannot
    // void it (SQLITE_BUSY_SNAPSHOT). Keep such transactions short.
    QString beginLogWrite() const;
    // An empty byte string literal.
    QString emptyBytes() const
    {
        return isPostgres() ? QStringLiteral("'\\x'::bytea") : QStringLiteral("X''");
    }

    // An INSERT or UPDATE whose failure its caller undoes, with its transaction or a savepoint
    // of its own (processing's statements): on SQLite it runs OR FAIL, so that SQLite keeps no
    // statement journal to undo it alone. A statement that fires triggers (the search queue's)
    // would otherwise first copy every page it touches to that journal. PostgreSQL has no such
    // clause; other statements are left as they are.
    QString undoneByCaller(const QString &sql) const;
    // A condition true when the byte string `column` contains the UTF-8 bytes of the text bound
    // to its one placeholder.
    QString bytesContain(const QString &column) const
    {
        return isPostgres()
                   ? QStringLiteral("position(convert_to(?, 'UTF8') in %1) > 0").arg(column)
                   : QStringLiteral("instr(%1, CAST(? AS BLOB)) > 0").arg(column);
    }

private:
    Engine m_engine;
};

} // namespace hookline
