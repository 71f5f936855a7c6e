#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace hookline {

// A prepared statement for the hot paths. On SQLite (Qt's QSQLITE driver) it runs on the
// connection's sqlite3 handle directly: QSqlQuery spends more time naming and storing each bound
// value than SQLite spends running the statement. On any other engine it is a forward-only
// QSqlQuery. Values bind in order, one for each parameter; null QStrings and QByteArrays bind
// NULL.
class SqlStatement final
{
public:
    SqlStatement() = default;
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    bool prepare(QSqlDatabase &db, const char *sql);

    // Binds values and runs the statement up to its first row (if it returns any).
    bool exec(const QVariantList &values = {});
    // The next row: the first one after exec, then each following one.
    bool next();
    QVariant value(int column) const;
    // Ends the statement's current run, so it holds no read lock.
    void finish();

    int numRowsAffected() const;
    // SQLite only; statements that must work on both engines use RETURNING instead.
    qint64 lastInsertId() const;
    QString lastError() const { return m_error; }
    int lastErrorCode() const { return m_errorCode; }

private:
    bool fail(int code);

    int bindText(int index, const QString &text);

    std::optional<QSqlQuery> m_query; // engines other than SQLite
    QString m_direct; // not a query: run as it is (PostgreSQL prepares queries only)
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_pendingRow = false; // exec stepped onto a row that next() has not reported yet
    // The bytes bound to the statement, kept until the next values replace them: SQLite reads
    // them in place (SQLITE_STATIC) instead of copying each text and blob.
    QList<QByteArray> m_bound;
    QList<QByteArray> m_binding;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace hookline
