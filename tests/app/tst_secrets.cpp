#include "fixtures.h"
#include "httpclient.h"
#include "serveprocess.h"
#include "testsigner.h"
#include "testworld.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace hookline;
using namespace hookline::test;

// The app secrets and verify tokens of the test world go through every path that shows or
// writes something: receiver logs at debug level (text and JSON), the log file, every CLI
// command's output and errors, the export, /metrics and /healthz, the doctor's report. None of
// them may carry a secret or a token.
class TestSecrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void noSecretAnywhere();
};

void TestSecrets::noSecretAnywhere()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QString db = world.databasePath();
    const QString logFile = world.path(QStringLiteral("hookline.log"));
    QByteArray everything;

    ServeProcess serve;
    QVERIFY2(serve.start(db, {QStringLiteral("--log-level"), QStringLiteral("debug"),
                              QStringLiteral("--log-format"), QStringLiteral("text"),
                              QStringLiteral("--log-file"), logFile}),
             qPrintable(serve.output()));
    HttpClient client;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(serve.port());
    int accepted = 0;
    for (const QString &file : Fixtures::bodies()) {
        const QByteArray body = Fixtures::read(file);
        const QByteArray secret = body.contains("109988776655443") ? lumenSecret : northwindSecret;
        const HttpReply reply = client.post(QUrl(base + QStringLiteral("/webhook")), body,
                                            {{"X-Hub-Signature-256", sign(secret, body)}});
        accepted += reply.status == 200;
        everything += reply.body;
        // The same body under a wrong signature, and under the other app's secret on a line route.
        everything += client
                          .post(QUrl(base + QStringLiteral("/webhook")), body,
                                {{"X-Hub-Signature-256", sign("not-the-secret", body)}})
                          .body;
    }
    QVERIFY(accepted > 40);
    for (const QByteArray &token : {northwindToken, lumenToken, QByteArray("wrong-token")}) {
        everything += client
                          .get(QUrl(base +
                                    QStringLiteral("/webhook?hub.mode=subscribe&"
                                                   "hub.challenge=42&hub.verify_token=") +
                                    QString::fromLatin1(token)))
                          .body;
    }
    everything += client.get(QUrl(base + QStringLiteral("/metrics"))).body;
    everything += client.get(QUrl(base + QStringLiteral("/healthz"))).body;
    // Processing has finished (and logged) every delivery.
    QTRY_VERIFY_WITH_TIMEOUT(ServeProcess::unprocessed(db) == 0, 15'000);

    auto command = [&](QStringList args, const QByteArray &input = {}) {
        args << QStringLiteral("--db") << db;
        QByteArray out;
        QByteArray err;
        ServeProcess::run(args, input, &out, &err);
        everything += out + err;
        return out;
    };
    command({QStringLiteral("apps"), QStringLiteral("list")});
    command({QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--format"),
             QStringLiteral("json")});
    command({QStringLiteral("lines"), QStringLiteral("list"), QStringLiteral("--format"),
             QStringLiteral("json")});
    // Adding an app that exists fails: its error must not echo what was typed.
    command({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--app-id"),
             QStringLiteral("northwind")},
            northwindSecret + '\n' + northwindToken + '\n');
    const QByteArray list = command({QStringLiteral("deliveries"), QStringLiteral("list"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray deliveries = QJsonDocument::fromJson(list).array();
    QVERIFY(deliveries.size() > 40);
    for (const QJsonValue &d : deliveries) {
        const QString id = QString::number(d.toObject().value(QStringLiteral("id")).toInteger());
        command({QStringLiteral("deliveries"), QStringLiteral("show"), id});
        command(
            {QStringLiteral("deliveries"), QStringLiteral("show"), id, QStringLiteral("--trail")});
    }
    command({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json")});
    command({QStringLiteral("dlq"), QStringLiteral("list"), QStringLiteral("--format"),
             QStringLiteral("json")});
    command({QStringLiteral("doctor"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    command({QStringLiteral("doctor"), QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});

    ::kill(pid_t(serve.pid()), SIGTERM);
    QVERIFY(serve.process().waitForFinished(10'000));
    everything += serve.output().toUtf8() + serve.process().readAll();
    QFile log(logFile);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QByteArray logged = log.readAll();
    QVERIFY2(logged.contains("delivery committed"), "the debug log did not run");
    everything += logged;
    // Nor in the database (on disk, every file of it): it keeps only fingerprints.
    const QString projections = Database::projectionsPathFor(db);
    for (const QString &path : QStringList{db, db + QStringLiteral("-wal"), projections,
                                           projections + QStringLiteral("-wal")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            everything += file.readAll();
    }
    QVERIFY(everything.size() > 100'000);
    // They are in the credentials file beside it, which only its owner can read.
    QFile credentials(db + QStringLiteral(".secrets"));
    QVERIFY(credentials.open(QIODevice::ReadOnly));
    QCOMPARE(credentials.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(credentials.readAll().contains(northwindSecret));

    for (const QByteArray &secret : {northwindSecret, northwindToken, lumenSecret, lumenToken}) {
        QVERIFY2(!everything.contains(secret), secret.constData());
        // Not even in the JSON-escaped or hex form.
        QVERIFY2(!everything.contains(secret.toHex()), secret.constData());
    }
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
