#include "sqlstatement.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace hookline {

SqlStatement::~SqlStatement()
{
    m_query.reset();
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool SqlStatement::fail(int code)
{
    m_errorCode = code;
    m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no database");
    return false;
}

bool SqlStatement::prepare(QSqlDatabase &db, const char *sql)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_query.emplace(db);
        m_query->setForwardOnly(true);
        // PostgreSQL prepares only queries: savepoints and the like run as they are.
        const QString text = QString::fromUtf8(sql);
        static const QRegularExpression query(
            QStringLiteral("^\\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        if (!query.match(text).hasMatch()) {
            m_direct = text;
            return true;
        }
        if (m_query->prepare(text))
            return true;
        m_error = m_query->lastError().text();
        return false;
    }
    m_db = *static_cast<sqlite3 *const *>(handle.constData());
    if (m_statement) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
    const int rc =
        sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    return rc == SQLITE_OK || fail(rc);
}

bool SqlStatement::exec(const QVariantList &values)
{
    if (m_query) {
        m_pendingRow = false;
        for (int i = 0; i < values.size(); ++i)
            m_query->bindValue(i, values.at(i));
        if (!(m_direct.isEmpty() ? m_query->exec() : m_query->exec(m_direct))) {
            m_error = m_query->lastError().text();
            return false;
        }
        m_pendingRow = m_query->isSelect() && m_query->next();
        return true;
    }
    sqlite3_reset(m_statement);
    m_pendingRow = false;
    // Every parameter is bound anew each time: none may keep bytes freed below.
    if (values.size() != sqlite3_bind_parameter_count(m_statement)) {
        m_errorCode = SQLITE_RANGE;
        m_error = QStringLiteral("%1 values for a statement of %2 parameters")
                      .arg(values.size())
                      .arg(sqlite3_bind_parameter_count(m_statement));
        return false;
    }
    m_binding.clear();
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int index = i + 1;
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::UnknownType:
            rc = sqlite3_bind_null(m_statement, index);
            break;
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
            rc = sqlite3_bind_int64(m_statement, index, v.toLongLong());
            break;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_statement, index, v.toDouble());
            break;
        case QMetaType::QByteArray: {
            const QByteArray &bytes = *static_cast<const QByteArray *>(v.constData());
            if (bytes.isNull()) {
                rc = sqlite3_bind_null(m_statement, index);
                break;
            }
            m_binding.append(bytes); // shares the caller's bytes
            rc = sqlite3_bind_blob64(m_statement, index, m_binding.constLast().constData(),
                                     sqlite3_uint64(bytes.size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::QString: {
            const QString &text = *static_cast<const QString *>(v.constData());
            rc = text.isNull() ? sqlite3_bind_null(m_statement, index) : bindText(index, text);
            break;
        }
        default: {
            const QString text = v.toString();
            rc = text.isNull() ? sqlite3_bind_null(m_statement, index) : bindText(index, text);
            break;
        }
        }
        if (rc != SQLITE_OK) {
            // Parameters bound so far may point at bytes the next run frees before it binds.
            sqlite3_clear_bindings(m_statement);
            return fail(rc);
        }
    }
    // These bytes are the statement's now; the previous run's, no longer bound, go at the next.
    m_bound.swap(m_binding);
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) {
        m_pendingRow = true;
        return true;
    }
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return true;
    }
    fail(sqlite3_extended_errcode(m_db));
    sqlite3_reset(m_statement);
    return false;
}

int SqlStatement::bindText(int index, const QString &text)
{
    m_binding.append(text.toUtf8());
    const QByteArray &utf8 = m_binding.constLast();
    return sqlite3_bind_text64(m_statement, index, utf8.constData(), sqlite3_uint64(utf8.size()),
                               SQLITE_STATIC, SQLITE_UTF8);
}

bool SqlStatement::next()
{
    if (m_pendingRow) {
        m_pendingRow = false;
        return true;
    }
    if (m_query)
        return m_query->next();
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(sqlite3_extended_errcode(m_db));
    sqlite3_reset(m_statement);
    return false;
}

QVariant SqlStatement::value(int column) const
{
    if (m_query)
        return m_query->value(column);
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
            sqlite3_column_bytes(m_statement, column)));
    case SQLITE_BLOB:
        return QVariant(
            QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                       sqlite3_column_bytes(m_statement, column)));
    default:
        return QVariant();
    }
}

void SqlStatement::finish()
{
    m_pendingRow = false;
    if (m_query) {
        m_query->finish();
        return;
    }
    sqlite3_reset(m_statement);
}

qint64 SqlStatement::lastInsertId() const
{
    if (m_query)
        return m_query->lastInsertId().toLongLong();
    return m_db ? qint64(sqlite3_last_insert_rowid(m_db)) : 0;
}

int SqlStatement::numRowsAffected() const
{
    if (m_query)
        return m_query->numRowsAffected();
    return m_db ? sqlite3_changes(m_db) : 0;
}

} // namespace hookline
