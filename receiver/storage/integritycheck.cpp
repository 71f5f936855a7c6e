#include "integritycheck.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

IntegrityReport IntegrityCheck::run(const DatabaseOptions &options)
{
    IntegrityReport report;
    if (options.server.isPostgres())
        return report; // the server checks its own pages; SQLite's quick_check has no equivalent
    auto db = Database::open(options, QStringLiteral("integrity"));
    if (!db) {
        report.logIntact = false;
        report.message = db.error();
        return report;
    }
    auto check = [&](const char *schema) {
        QSqlQuery q((*db)->handle());
        if (!q.exec(QStringLiteral("PRAGMA %1.quick_check").arg(QLatin1String(schema))))
            return q.lastError().text();
        QStringList problems;
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        return problems.join(QStringLiteral("; "));
    };
    if (const QString problem = check("main"); !problem.isEmpty()) {
        report.logIntact = false;
        report.message = QStringLiteral("the delivery log %1 is damaged (%2): stop Hookline, copy "
                                        "the file aside and restore it from a backup")
                             .arg(options.path, problem.left(300));
        return report;
    }
    if (const QString problem = check("proj"); !problem.isEmpty()) {
        report.projectionsIntact = false;
        report.message = QStringLiteral("the projections %1 are damaged (%2): stop Hookline, "
                                        "delete that file and run 'hookline rebuild'; the "
                                        "delivery log is intact")
                             .arg((*db)->projectionsPath(), problem.left(300));
    }
    return report;
}

} // namespace hookline
