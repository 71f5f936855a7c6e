#include "operatoractions.h"

#include "storage/clock.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

Status OperatorActions::record(QSqlDatabase &db, const QString &by, const QString &action,
                               const QString &detail)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO main.operator_actions (at_us, operator, action, "
                                 "detail) VALUES (?, ?, ?, ?)"));
    query.addBindValue(Clock::nowMicros());
    query.addBindValue(by.isEmpty() ? QStringLiteral("operator") : by);
    query.addBindValue(action);
    query.addBindValue(detail);
    if (!query.exec())
        return Error{query.lastError().text()};
    return ok();
}

} // namespace hookline
