#include "diagnostics/doctor.h"
#include "mockgraph.h"
#include "receiver.h"
#include "serveprocess.h"
#include "storage/configstore.h"
#include "testworld.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

DoctorOptions optionsFor(const TestWorld &world)
{
    DoctorOptions options;
    options.database = world.databaseOptions();
    options.port = freePort();
    return options;
}

const DoctorCheck *find(const QList<DoctorCheck> &checks, const QString &name)
{
    for (const DoctorCheck &c : checks) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QString failures(const QList<DoctorCheck> &checks)
{
    QStringList names;
    for (const DoctorCheck &c : checks) {
        if (!c.passed)
            names << c.name + QStringLiteral(": ") + c.detail;
    }
    return names.join(QStringLiteral("; "));
}

void execute(const TestWorld &world, const QString &sql)
{
    auto db = world.open(QStringLiteral("break"));
    QVERIFY(db);
    QSqlQuery q((*db)->handle());
    // As a hand edit of the file would: without the foreign keys' protection.
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
}

bool makeCertificate(const QString &cert, const QString &key, const QString &days)
{
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), days,
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    return openssl.waitForFinished(30'000) && openssl.exitCode() == 0;
}

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void healthySetUpPasses();
    void missingVerifyTokenFails();
    void orphanLineFails();
    void occupiedPortFailsButOurOwnReceiverPasses();
    void certificateChecks();
    void corruptedDatabaseFails();
    void quietLineFails();
    void commandExitsNonZeroAndSaysWhatToDo();
    void accessTokensAreTriedOnTheGraphApi();
};

void TestDoctor::healthySetUpPasses()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QList<DoctorCheck> checks = Doctor::run(optionsFor(world));
    QVERIFY2(Doctor::allPassed(checks), qPrintable(failures(checks)));
    QCOMPARE(checks.size(), 8); // database, address, certificate, apps, lines, 2 apps, quiet
    QVERIFY(find(checks, QStringLiteral("end to end (app northwind)")));
}

void TestDoctor::missingVerifyTokenFails()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    QCOMPARE(world.blankSecret(QStringLiteral("lumen"), QStringLiteral("verify_token")), QString());
    const QList<DoctorCheck> checks = Doctor::run(optionsFor(world));
    const DoctorCheck *apps = find(checks, QStringLiteral("apps"));
    QVERIFY(apps && !apps->passed);
    // It says where it looked: the credentials file, not the database.
    QCOMPARE(apps->detail,
             QStringLiteral("app lumen has no verify token in the credentials file %1.secrets")
                 .arg(world.databasePath()));
    QVERIFY(!apps->fix.isEmpty());
    const DoctorCheck *e2e = find(checks, QStringLiteral("end to end (app lumen)"));
    QVERIFY(e2e && !e2e->passed);
    QVERIFY(find(checks, QStringLiteral("end to end (app northwind)"))->passed);
    QVERIFY(find(checks, QStringLiteral("lines"))->passed);
}

void TestDoctor::orphanLineFails()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    execute(world, QStringLiteral("INSERT INTO lines (phone_number_id, app_id, active, "
                                  "created_at_us) VALUES ('555', 'ghost', 1, 0)"));
    const QList<DoctorCheck> checks = Doctor::run(optionsFor(world));
    const DoctorCheck *lines = find(checks, QStringLiteral("lines"));
    QVERIFY(lines && !lines->passed);
    QVERIFY2(lines->detail.contains(QStringLiteral("555 (app ghost)")), qPrintable(lines->detail));
    QVERIFY(find(checks, QStringLiteral("apps"))->passed);
}

void TestDoctor::occupiedPortFailsButOurOwnReceiverPasses()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    QTcpServer squatter; // accepts, never answers HTTP
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    DoctorOptions options = optionsFor(world);
    options.port = squatter.serverPort();
    QList<DoctorCheck> checks = Doctor::run(options);
    const DoctorCheck *address = find(checks, QStringLiteral("listen address"));
    QVERIFY(address && !address->passed);
    QVERIFY(address->detail.contains(QStringLiteral("taken by another program")));
    squatter.close();

    ReceiverOptions receiverOptions;
    receiverOptions.port = 0;
    receiverOptions.database = world.databaseOptions();
    Receiver receiver(receiverOptions);
    const auto port = receiver.start();
    QVERIFY(port);
    options.port = *port;
    checks = Doctor::run(options);
    address = find(checks, QStringLiteral("listen address"));
    QVERIFY2(address && address->passed, qPrintable(address->detail));
    QVERIFY(address->detail.contains(QStringLiteral("running Hookline")));
    receiver.stop();
}

void TestDoctor::certificateChecks()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QString cert = world.path(QStringLiteral("cert.pem"));
    const QString key = world.path(QStringLiteral("key.pem"));
    const QString soonCert = world.path(QStringLiteral("soon.pem"));
    const QString soonKey = world.path(QStringLiteral("soon-key.pem"));
    QVERIFY(makeCertificate(cert, key, QStringLiteral("365")));
    QVERIFY(makeCertificate(soonCert, soonKey, QStringLiteral("2")));

    DoctorOptions options = optionsFor(world);
    options.tlsCertificate = cert;
    options.tlsKey = key;
    QList<DoctorCheck> checks = Doctor::run(options);
    QVERIFY2(Doctor::allPassed(checks), qPrintable(failures(checks))); // end to end over TLS too

    options.tlsKey = soonKey; // not this certificate's key
    checks = Doctor::run(options);
    QCOMPARE(find(checks, QStringLiteral("TLS certificate"))->detail,
             QStringLiteral("the key does not match the certificate"));

    options.tlsCertificate = soonCert;
    checks = Doctor::run(options);
    const DoctorCheck *tls = find(checks, QStringLiteral("TLS certificate"));
    QVERIFY(!tls->passed);
    QVERIFY2(tls->detail.startsWith(QStringLiteral("the certificate expires in ")),
             qPrintable(tls->detail));

    options.nowUs = (QDateTime::currentSecsSinceEpoch() + 10 * 86400) * 1'000'000;
    checks = Doctor::run(options);
    QCOMPARE(find(checks, QStringLiteral("TLS certificate"))->detail,
             QStringLiteral("the certificate has expired"));
}

void TestDoctor::corruptedDatabaseFails()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    {
        QFile file(world.databasePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() >= 8192);
        file.seek(4096); // the second page onwards
        file.write(QByteArray(4096, '\x5a'));
    }
    const QList<DoctorCheck> checks = Doctor::run(optionsFor(world));
    const DoctorCheck *database = find(checks, QStringLiteral("database"));
    QVERIFY(database && !database->passed);
    QVERIFY(!database->fix.isEmpty());
}

void TestDoctor::quietLineFails()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const qint64 last = 1'760'000'000;
    for (int i = 0; i < 10; ++i)
        execute(world, QStringLiteral("INSERT INTO proj.conversations (line, customer, last_ts, "
                                      "last_wamid) VALUES ('%1', 'c%2', %3, 'w%2')")
                           .arg(QLatin1String(TestWorld::sales))
                           .arg(i)
                           .arg(last - i * 60));
    DoctorOptions options = optionsFor(world);
    options.nowUs = (last + 300) * 1'000'000; // five minutes: its usual rhythm
    QVERIFY(find(Doctor::run(options), QStringLiteral("quiet lines"))->passed);
    options.nowUs = (last + 2 * 86400) * 1'000'000; // two days
    const QList<DoctorCheck> checks = Doctor::run(options);
    const DoctorCheck *quiet = find(checks, QStringLiteral("quiet lines"));
    QVERIFY(quiet && !quiet->passed);
    QVERIFY2(quiet->detail.startsWith(QStringLiteral("Sales (107711223344556) silent for 48 h, "
                                                     "usually every 1 min")),
             qPrintable(quiet->detail));
}

void TestDoctor::commandExitsNonZeroAndSaysWhatToDo()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QString listen = QStringLiteral("127.0.0.1:%1").arg(freePort());
    QByteArray out;
    QCOMPARE(ServeProcess::run({QStringLiteral("doctor"), QStringLiteral("--db"),
                                world.databasePath(), QStringLiteral("--listen"), listen},
                               {}, &out),
             0);
    QVERIFY2(out.contains("All 9 checks passed."), out.constData());
    QCOMPARE(world.blankSecret(QStringLiteral("northwind"), QStringLiteral("secret")), QString());
    QCOMPARE(ServeProcess::run({QStringLiteral("doctor"), QStringLiteral("--db"),
                                world.databasePath(), QStringLiteral("--listen"), listen},
                               {}, &out),
             1);
    QVERIFY2(out.contains(QByteArray("✗ apps: app northwind has no app secret in the credentials "
                                     "file " +
                                     world.databasePath().toUtf8() + ".secrets\n    → ")),
             out.constData());
    QVERIFY(out.contains("checks failed."));
}

void TestDoctor::accessTokensAreTriedOnTheGraphApi()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    MockGraph graph;
    graph.addLine(QLatin1String(TestWorld::support), QStringLiteral("Northwind Support"));
    DoctorOptions options = optionsFor(world);
    GraphEndpoint endpoint;
    endpoint.base = graph.url();
    options.graph = endpoint;

    // No token anywhere: nothing to try, and the report says what it means.
    QList<DoctorCheck> checks = Doctor::run(options);
    const DoctorCheck *tokens = find(checks, QStringLiteral("access tokens"));
    QVERIFY(tokens && tokens->passed);
    QVERIFY2(tokens->detail.contains(QLatin1String("no token for lumen, northwind")),
             qPrintable(tokens->detail));
    QCOMPARE(graph.requests().size(), 0);

    {
        auto db = world.open(QStringLiteral("token"));
        QVERIFY(db);
        QVERIFY(ConfigStore((*db)->handle())
                    .setAccessToken(QStringLiteral("northwind"), MockGraph::goodToken));
    }
    checks = Doctor::run(options);
    tokens = find(checks, QStringLiteral("access tokens"));
    QVERIFY2(tokens && tokens->passed, qPrintable(failures(checks)));
    QVERIFY2(tokens->detail.contains(QLatin1String("line 106540352242922 is Northwind Support")),
             qPrintable(tokens->detail));
    QCOMPARE(graph.requests().size(), 1);
    QVERIFY(graph.requests().first().path.startsWith(QLatin1String("/v24.0/106540352242922?")));

    // Meta refuses it: the check fails, says why and what to do, and never shows the token.
    graph.failNext(MockGraph::Failure::ExpiredToken);
    checks = Doctor::run(options);
    tokens = find(checks, QStringLiteral("access tokens"));
    QVERIFY(tokens && !tokens->passed);
    QVERIFY2(tokens->detail.contains(QLatin1String("Meta code 190")), qPrintable(tokens->detail));
    QVERIFY(tokens->fix.contains(QLatin1String("hookline apps token")));
    QVERIFY(!tokens->detail.contains(QLatin1String(MockGraph::goodToken)));
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
