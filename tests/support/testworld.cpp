#include "testworld.h"

#include "storage/configstore.h"
#include "storage/credentialsfile.h"
#include "testsigner.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline::test {

TestWorld::TestWorld()
{
    if (qgetenv("HOOKLINE_TEST_ENGINE") != "postgres")
        return;
    auto server = DatabaseLocation::parse(QString::fromUtf8(qgetenv("HOOKLINE_TEST_PG")));
    if (!server || !server->isPostgres()) {
        m_serverError = QStringLiteral("HOOKLINE_TEST_ENGINE=postgres needs HOOKLINE_TEST_PG "
                                       "(run the tests through ./test.sh)");
        return;
    }
    m_server = *server;
    static QAtomicInteger<int> counter;
    m_adminConnection = QStringLiteral("test-world-admin-%1").arg(++counter);
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
    admin.setHostName(m_server.host);
    if (m_server.port > 0)
        admin.setPort(m_server.port);
    admin.setUserName(m_server.user);
    admin.setDatabaseName(m_server.databaseName);
    const QString name =
        QStringLiteral("hookline_world_%1").arg(QRandomGenerator::global()->generate());
    if (!admin.open() || !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        m_serverError = admin.lastError().text();
        return;
    }
    m_server.databaseName = name;
    // This world's credentials file, for the test and every process it starts (the default for
    // a PostgreSQL database is in the user's configuration folder).
    qputenv("HOOKLINE_SECRETS_FILE", m_dir.filePath(QStringLiteral("secrets.json")).toUtf8());
}

TestWorld::~TestWorld()
{
    if (m_adminConnection.isEmpty())
        return;
    {
        QSqlDatabase admin = QSqlDatabase::database(m_adminConnection);
        if (admin.isOpen() && m_serverError.isEmpty())
            QSqlQuery(admin).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                      .arg(m_server.databaseName));
        admin.close();
    }
    QSqlDatabase::removeDatabase(m_adminConnection);
}

QByteArray TestWorld::databaseBytes() const
{
    QByteArray all;
    const QFileInfo log(databaseOptions().path);
    for (const QFileInfo &file : QDir(log.absolutePath()).entryInfoList(QDir::Files)) {
        if (!file.fileName().startsWith(log.completeBaseName()) ||
            file.fileName().endsWith(QLatin1String(".secrets")))
            continue;
        QFile f(file.absoluteFilePath());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

DatabaseOptions TestWorld::databaseOptions() const
{
    DatabaseOptions options;
    options.path = databasePath();
    if (m_server.isPostgres())
        options.server = m_server;
    return options;
}

Expected<std::unique_ptr<Database>> TestWorld::open(const QString &tag) const
{
    return Database::open(databaseOptions(), tag);
}

QString TestWorld::blankSecret(const QString &appId, const QString &field) const
{
    auto db = open(QStringLiteral("test-blank-secret"));
    if (!db)
        return db.error();
    QFile file(CredentialsFile::pathFor((*db)->handle()));
    if (!file.open(QIODevice::ReadWrite))
        return file.errorString();
    QJsonObject document = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject apps = document.value(QLatin1String("apps")).toObject();
    QJsonObject app = apps.value(appId).toObject();
    app.insert(field, QString());
    apps.insert(appId, app);
    document.insert(QStringLiteral("apps"), apps);
    file.resize(0);
    file.write(QJsonDocument(document).toJson());
    return {};
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
    if (!m_serverError.isEmpty())
        return m_serverError;
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
