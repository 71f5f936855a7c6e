#include "testworld.h"

#include "storage/configstore.h"
#include "testsigner.h"

#include <QSqlQuery>

namespace hookline::test {

TestWorld::TestWorld() = default;

DatabaseOptions TestWorld::databaseOptions() const
{
    DatabaseOptions options;
    options.path = databasePath();
    return options;
}

Expected<std::unique_ptr<Database>> TestWorld::open(const QString &tag) const
{
    return Database::open(databaseOptions(), tag);
}

QVariant TestWorld::scalar(Database &db, const QString &sql, const QVariantList &bind)
{
    QSqlQuery query(db.handle());
    query.prepare(sql);
    for (const QVariant &value : bind)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

QString TestWorld::seed() const
{
    auto db = open(QStringLiteral("test-seed"));
    if (!db)
        return db.error();
    ConfigStore store((*db)->handle());
    const QList<AppRecord> apps = {
        {QStringLiteral("northwind"), QStringLiteral("Northwind Home Goods"), northwindSecret,
         northwindToken},
        {QStringLiteral("lumen"), QStringLiteral("Lumen Dental"), lumenSecret, lumenToken},
    };
    for (const AppRecord &app : apps) {
        if (const Status s = store.addApp(app); !s)
            return s.error();
    }
    const QList<LineRecord> lines = {
        {QLatin1String(support), QStringLiteral("102290129340398"), QStringLiteral("Support"),
         QStringLiteral("+1 555 010 0001"), QStringLiteral("northwind"), true},
        {QLatin1String(sales), QStringLiteral("102290129340398"), QStringLiteral("Sales"),
         QStringLiteral("+1 555 010 0002"), QStringLiteral("northwind"), true},
        {QLatin1String(clinic), QStringLiteral("109988776655443"), QStringLiteral("Clinic"),
         QStringLiteral("+1 555 010 0003"), QStringLiteral("lumen"), true},
    };
    for (const LineRecord &line : lines) {
        if (const Status s = store.addLine(line); !s)
            return s.error();
    }
    return {};
}

} // namespace hookline::test
