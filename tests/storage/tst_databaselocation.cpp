#include "storage/databaselocation.h"

#include <QTest>

using namespace hookline;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

void TestDatabaseLocation::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("display");

    QTest::newRow("file") << "data/hookline.sqlite" << false << "" << -1 << ""
                          << ""
                          << ""
                          << "data/hookline.sqlite";
    QTest::newRow("full url") << "postgresql://agent@db.example:5433/hookline?sslmode=verify-full"
                              << true << "db.example" << 5433 << "agent"
                              << "hookline"
                              << "sslmode=verify-full"
                              << "postgresql://agent@db.example:5433/hookline?sslmode=verify-full";
    QTest::newRow("short scheme, no user, no port")
        << "postgres://localhost/team" << true << "localhost" << -1 << ""
        << "team"
        << ""
        << "postgresql://localhost/team";
    QTest::newRow("left to libpq's environment")
        << "postgresql:///hookline" << true << "" << -1 << ""
        << "hookline"
        << ""
        << "postgresql:///hookline";
    QTest::newRow("service") << "service=hookline-team" << true << "" << -1 << ""
                             << ""
                             << "service=hookline-team"
                             << "service=hookline-team";
    QTest::newRow("several options")
        << "postgresql://h/d?sslmode=require&connect_timeout=5&application_name=desk-3" << true
        << "h" << -1 << ""
        << "d"
        << "sslmode=require;connect_timeout=5;application_name=desk-3"
        << "postgresql://h/d?sslmode=require&connect_timeout=5&application_name=desk-3";
}

void TestDatabaseLocation::parses()
{
    QFETCH(QString, text);
    const auto location = DatabaseLocation::parse(text);
    QVERIFY(location);
    QFETCH(bool, postgres);
    QCOMPARE(location->isPostgres(), postgres);
    QFETCH(QString, host);
    QCOMPARE(location->host, host);
    QFETCH(int, port);
    QCOMPARE(location->port, port);
    QFETCH(QString, user);
    QCOMPARE(location->user, user);
    QFETCH(QString, database);
    QCOMPARE(location->databaseName, database);
    QFETCH(QString, options);
    QCOMPARE(location->connectOptions, options);
    QFETCH(QString, display);
    QCOMPARE(location->display(), display);
    if (!postgres)
        QCOMPARE(location->path, text);
}

void TestDatabaseLocation::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("password in the url") << "postgresql://agent:s3cret@h/d"
                                         << "password";
    QTest::newRow("empty password") << "postgresql://agent:@h/d"
                                    << "password";
    QTest::newRow("password option") << "postgresql://h/d?password=s3cret"
                                     << "password";
    QTest::newRow("unknown option") << "postgresql://h/d?sslmod=require"
                                    << "unknown connection option 'sslmod'";
    QTest::newRow("bad sslmode") << "postgresql://h/d?sslmode=maybe"
                                 << "sslmode is one of";
    QTest::newRow("option with a space") << "postgresql://h/d?application_name=a%20b"
                                         << "without spaces";
    QTest::newRow("empty service") << "service="
                                   << "libpq service";
    QTest::newRow("nothing") << "  "
                             << "needs a file";
}

void TestDatabaseLocation::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const auto location = DatabaseLocation::parse(text);
    QVERIFY(!location);
    QVERIFY2(location.error().contains(error), qPrintable(location.error()));
    QVERIFY2(!location.error().contains(QLatin1String("s3cret")), qPrintable(location.error()));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
