#include "fixtures.h"
#include "httpclient.h"
#include "serveprocess.h"
#include "storage/configstore.h"
#include "storage/credentialsfile.h"
#include "storage/keyring.h"
#include "storage/secretstore.h"
#include "testsigner.h"
#include "testworld.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

// App secrets in a real desktop keyring: a GNOME Keyring of the test's own on a private session
// bus (tests/keyring/with-keyring.sh), reached through QtKeychain as on a user's desktop.
class TestKeyring : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newSecretsGoToTheKeyringNotTheFile();
    void serveVerifiesWithTheKeyringsSecret();
    void secretsInTheFileStillCountAndMoveWhenChanged();
    void aNamedFileIsTheOnlyStore();
};

void TestKeyring::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(Keyring::reachable(),
             "no keyring: run this test through tests/keyring/with-keyring.sh");
}

void TestKeyring::newSecretsGoToTheKeyringNotTheFile()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    auto db = world.open(QStringLiteral("t"));
    QVERIFY(db);
    ConfigStore config((*db)->handle());
    const SecretStore store = config.secrets();
    QVERIFY(store.keyringInUse());
    QVERIFY(!QFile::exists(store.file().path()));
    const auto entry = Keyring::read(store.keyringKey());
    QVERIFY2(entry, qPrintable(entry ? QString() : entry.error()));
    QVERIFY(entry->contains(northwindSecret));
    QVERIFY(entry->contains(lumenToken));

    const auto loaded = config.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->app(QStringLiteral("northwind"))->secret, northwindSecret);
    QCOMPARE(loaded->app(QStringLiteral("lumen"))->verifyToken, lumenToken);
    QCOMPARE(loaded->secretPlace(QStringLiteral("northwind")), QStringLiteral("keyring"));
    QCOMPARE(loaded->secretStore(), QStringLiteral("keyring"));
}

void TestKeyring::serveVerifiesWithTheKeyringsSecret()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    ServeProcess serve;
    QVERIFY2(serve.start(world.databasePath()), qPrintable(serve.output()));
    HttpClient client;
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(serve.port());
    const QByteArray body = Fixtures::read(QStringLiteral("text_message.json"));
    QCOMPARE(client
                 .post(QUrl(base + QStringLiteral("/webhook")), body,
                       {{"X-Hub-Signature-256", sign(northwindSecret, body)}})
                 .status,
             200);
    QCOMPARE(client
                 .post(QUrl(base + QStringLiteral("/webhook")), body,
                       {{"X-Hub-Signature-256", sign("not-the-secret", body)}})
                 .status,
             401);
    const HttpReply handshake = client.get(QUrl(
        base + QStringLiteral("/webhook?hub.mode=subscribe&hub.challenge=4242&hub.verify_token=") +
        QString::fromUtf8(lumenToken)));
    QCOMPARE(handshake.status, 200);
    QCOMPARE(handshake.body, QByteArray("4242"));

    // The commands say where each secret is.
    QByteArray out;
    QCOMPARE(ServeProcess::run({QStringLiteral("apps"), QStringLiteral("list"),
                                QStringLiteral("--db"), world.databasePath(),
                                QStringLiteral("--format"), QStringLiteral("json")},
                               {}, &out),
             0);
    const QJsonArray apps = QJsonDocument::fromJson(out).array();
    QCOMPARE(apps.size(), 2);
    for (const QJsonValue &app : apps) {
        QCOMPARE(app[QLatin1String("secret_store")].toString(), QStringLiteral("keyring"));
        QVERIFY(app[QLatin1String("has_secret")].toBool());
    }
    QVERIFY(!out.contains(northwindSecret));
}

void TestKeyring::secretsInTheFileStillCountAndMoveWhenChanged()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    auto db = world.open(QStringLiteral("t"));
    QVERIFY(db);
    ConfigStore config((*db)->handle());
    const SecretStore store = config.secrets();
    // As a database from before the keyring: lumen's secrets in the file only.
    auto entry = CredentialsFile::decode(*Keyring::read(store.keyringKey()), QStringLiteral("k"));
    QVERIFY(entry);
    const CredentialsFile::AppSecrets lumen = entry->take(QStringLiteral("lumen"));
    QVERIFY(Keyring::write(store.keyringKey(), CredentialsFile::encode(*entry)));
    QVERIFY(store.file().store(QStringLiteral("lumen"), lumen));

    auto loaded = config.load();
    QVERIFY(loaded);
    QCOMPARE(loaded->app(QStringLiteral("lumen"))->secret, lumenSecret);
    QCOMPARE(loaded->secretPlace(QStringLiteral("lumen")), QStringLiteral("file"));
    QCOMPARE(loaded->secretFile(), store.file().path());
    QCOMPARE(loaded->secretPlace(QStringLiteral("northwind")), QStringLiteral("keyring"));

    // A new secret moves the app to the keyring, token kept, and out of the file.
    QVERIFY(config.updateApp({QStringLiteral("lumen"), QStringLiteral("Lumen"), "lumen-new", {}}));
    loaded = config.load();
    QCOMPARE(loaded->app(QStringLiteral("lumen"))->secret, QByteArray("lumen-new"));
    QCOMPARE(loaded->app(QStringLiteral("lumen"))->verifyToken, lumenToken);
    QCOMPARE(loaded->secretPlace(QStringLiteral("lumen")), QStringLiteral("keyring"));
    QFile file(store.file().path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(lumenSecret));
}

void TestKeyring::aNamedFileIsTheOnlyStore()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    // --secrets-file names an empty file: the keyring's secrets are not used, so nothing
    // verifies, and the doctor says so.
    const QString named = world.path(QStringLiteral("named.secrets"));
    ServeProcess serve;
    QVERIFY2(serve.start(world.databasePath(), {QStringLiteral("--secrets-file"), named}),
             qPrintable(serve.output()));
    HttpClient client;
    const QByteArray body = Fixtures::read(QStringLiteral("text_message.json"));
    QCOMPARE(client
                 .post(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(serve.port())), body,
                       {{"X-Hub-Signature-256", sign(northwindSecret, body)}})
                 .status,
             401);
    QByteArray out;
    QCOMPARE(
        ServeProcess::run({QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--db"),
                           world.databasePath(), QStringLiteral("--secrets-file"), named},
                          {}, &out),
        0);
    QVERIFY2(out.contains("missing / missing"), out.constData());
    QVERIFY2(out.contains(named.toUtf8()), out.constData());
}

QTEST_GUILESS_MAIN(TestKeyring)
#include "tst_keyring.moc"
