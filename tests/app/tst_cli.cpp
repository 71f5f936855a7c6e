#include "fixtures.h"
#include "http/signatureverifier.h"
#include "httpclient.h"
#include "processing/deliveryprocessor.h"
#include "processing/exporter.h"
#include "processing/replayinjector.h"
#include "serveprocess.h"
#include "storage/database.h"
#include "testsigner.h"
#include "testworld.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <QSqlQuery>
#include <QSslError>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

using namespace hookline;
using namespace hookline::test;

namespace {

// `hookline replay` of every shared fixture into db; the exit status.
int replayFixtures(const QString &db, QByteArray *out)
{
    QStringList files;
    for (const QString &file : Fixtures::bodies())
        files.append(Fixtures::directory() + u'/' + file);
    QByteArray err;
    return ServeProcess::run(
        QStringList{QStringLiteral("replay"), QStringLiteral("--db"), db} + files, {}, out, &err);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void versionAndHelp();
    void unknownCommandFails();
    void optionsComeBeforeOrAfterTheCommand();
    void eachCommandsHelpNamesIt();
    void noDisplayIsOneLineNotACrash();
    void demoFillsAScratchDatabaseNeverTheUsers();
    void messagesFollowTheLanguage();
    void appsAddReadsSecretsFromStdinAndNeverPrintsThem();
    void appsAddRefusesMissingToken();
    void linesAddNeedsAnExistingApp();
    void serveStoresAndStopsCleanlyOnSigterm();
    void serveRefusesAnOccupiedPort();
    void serveSpeaksTls();
    void oversizedBodyDoesNotGrowMemory();
    void killNineLosesNoAcknowledgedDelivery();
    void serveProcessesWhatItReceives();
    void replayExportRebuildAndDlqCommands();
    void searchExportAndEraseAPerson();
    void pruneForgetsWhatIsOld();
    void killNineDuringProcessingResumesAfterRestart();
    void serveWritesJsonLogLinesWithTheIds();
    void secondServeOnTheSameDatabaseIsRefused();
    void integrityCheckAtStartNamesTheDamage();
    void postgresAddressesAreRefusedClearly();
};

namespace {

QString dbArg(const TestWorld &world)
{
    return world.databasePath();
}

} // namespace

void TestCli::versionAndHelp()
{
    QByteArray out;
    QCOMPARE(ServeProcess::run({QStringLiteral("--version")}, {}, &out), 0);
    QCOMPARE(out, QByteArray("hookline " HOOKLINE_VERSION "\n"));
    QCOMPARE(ServeProcess::run({QStringLiteral("--help")}, {}, &out), 0);
    QVERIFY(out.contains("deliveries list|show"));
    QCOMPARE(ServeProcess::run({QStringLiteral("serve"), QStringLiteral("--help")}, {}, &out), 0);
    QVERIFY(out.contains("--listen"));
}

void TestCli::unknownCommandFails()
{
    QByteArray err;
    QCOMPARE(ServeProcess::run({QStringLiteral("frobnicate")}, {}, nullptr, &err), 2);
    QVERIFY2(err.startsWith("hookline: unknown command 'frobnicate'"), err.constData());
    QVERIFY2(err.contains("serve, apps, lines"), err.constData());
    QCOMPARE(err.count('\n'), 1);
    // Never the console, with options around it either.
    QCOMPARE(ServeProcess::run(
                 {QStringLiteral("--db"), QStringLiteral("x.sqlite"), QStringLiteral("frobnicate")},
                 {}, nullptr, &err),
             2);
    QVERIFY2(err.startsWith("hookline: unknown command 'frobnicate'"), err.constData());
    // A command of several verbs without one names them.
    QCOMPARE(ServeProcess::run({QStringLiteral("apps")}, {}, nullptr, &err), 2);
    QVERIFY2(err.startsWith("hookline: apps takes one of: add|list"), err.constData());
}

void TestCli::optionsComeBeforeOrAfterTheCommand()
{
    TestWorld world;
    const QString db = dbArg(world);
    QByteArray out;
    QByteArray err;
    // --db (and its value) before the command, as git -C and psql take it.
    QCOMPARE(ServeProcess::run({QStringLiteral("--db"), db, QStringLiteral("apps"),
                                QStringLiteral("add"), QStringLiteral("--app-id"),
                                QStringLiteral("shop")},
                               "s3cret-before\ntoken-before\n", &out, &err),
             0);
    QVERIFY2(QFile::exists(db), err.constData());
    QByteArray after;
    QCOMPARE(
        ServeProcess::run({QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--db"),
                           db, QStringLiteral("--format"), QStringLiteral("json")},
                          {}, &after),
        0);
    QByteArray before;
    QCOMPARE(
        ServeProcess::run({QStringLiteral("--db=") + db, QStringLiteral("--format"),
                           QStringLiteral("json"), QStringLiteral("apps"), QStringLiteral("list")},
                          {}, &before),
        0);
    QCOMPARE(before, after);
    QVERIFY(after.contains("\"shop\""));
    // Between the command and its verb too.
    QCOMPARE(ServeProcess::run({QStringLiteral("apps"), QStringLiteral("--db"), db,
                                QStringLiteral("list"), QStringLiteral("--format"),
                                QStringLiteral("json")},
                               {}, &out),
             0);
    QCOMPARE(out, after);
    // A value before the command is never taken for it, whatever option it belongs to.
    QCOMPARE(ServeProcess::run({QStringLiteral("--line"), QStringLiteral("106540352242922"),
                                QStringLiteral("export"), QStringLiteral("--db"), db},
                               {}, &out, &err),
             0);
    QVERIFY2(out.startsWith("{"), err.constData());
    QCOMPARE(ServeProcess::run({QStringLiteral("dlq"), QStringLiteral("--reason"),
                                QStringLiteral("unknown_field"), QStringLiteral("retry"),
                                QStringLiteral("--db"), db},
                               {}, &out, &err),
             0);
    QVERIFY2(out.contains("0 dead letter(s)"), out.constData());
    QCOMPARE(ServeProcess::run({QStringLiteral("--no-receiver"), QStringLiteral("frobnicate")}, {},
                               nullptr, &err),
             2);
    QVERIFY2(err.startsWith("hookline: unknown command 'frobnicate'"), err.constData());
    // The receiver, with its options first.
    QProcess serve;
    serve.setProcessChannelMode(QProcess::MergedChannels);
    serve.start(ServeProcess::binary(), {QStringLiteral("--db"), db, QStringLiteral("--listen"),
                                         QStringLiteral("127.0.0.1:0"), QStringLiteral("serve")});
    QVERIFY(serve.waitForStarted());
    QByteArray said;
    QDeadlineTimer deadline(15'000);
    while (!said.contains("listening on http://127.0.0.1:") && !deadline.hasExpired() &&
           serve.state() == QProcess::Running) {
        serve.waitForReadyRead(100);
        said += serve.readAll();
    }
    QVERIFY2(said.contains("listening on http://127.0.0.1:"), said.constData());
    serve.terminate();
    QVERIFY(serve.waitForFinished(10'000));
}

void TestCli::eachCommandsHelpNamesIt()
{
    const QList<QStringList> commands = {
        {QStringLiteral("serve")},
        {QStringLiteral("apps"), QStringLiteral("add")},
        {QStringLiteral("apps"), QStringLiteral("list")},
        {QStringLiteral("lines"), QStringLiteral("add")},
        {QStringLiteral("lines"), QStringLiteral("list")},
        {QStringLiteral("deliveries"), QStringLiteral("list")},
        {QStringLiteral("deliveries"), QStringLiteral("show")},
        {QStringLiteral("deliveries"), QStringLiteral("reprocess")},
        {QStringLiteral("replay")},
        {QStringLiteral("export")},
        {QStringLiteral("rebuild")},
        {QStringLiteral("search")},
        {QStringLiteral("erase")},
        {QStringLiteral("dlq"), QStringLiteral("list")},
        {QStringLiteral("dlq"), QStringLiteral("retry")},
        {QStringLiteral("dlq"), QStringLiteral("discard")},
        {QStringLiteral("doctor")},
    };
    for (const QStringList &command : commands) {
        QByteArray out;
        QCOMPARE(ServeProcess::run(command + QStringList{QStringLiteral("--help")}, {}, &out), 0);
        const QList<QByteArray> lines = out.split('\n');
        const QByteArray usage = "Usage: hookline " + command.join(u' ').toUtf8() + " [options]";
        QVERIFY2(lines.value(0).startsWith(usage), out.constData());
        // One line on what it does, right below.
        QVERIFY2(lines.value(1).size() > 20 && lines.value(1).endsWith('.'), out.constData());
        // --help before the command says the same.
        QByteArray first;
        QCOMPARE(ServeProcess::run(QStringList{QStringLiteral("--help")} + command, {}, &first), 0);
        QCOMPARE(first, out);
    }
    QByteArray out;
    QCOMPARE(ServeProcess::run({QStringLiteral("help")}, {}, &out), 0);
    for (const char *name :
         {"serve", "apps add|list|token", "deliveries list|show|reprocess", "doctor"})
        QVERIFY2(out.contains(QByteArray(QByteArray("\n  ") + name + ' ')), out.constData());
    QCOMPARE(ServeProcess::run({QStringLiteral("lines"), QStringLiteral("--help")}, {}, &out), 0);
    QVERIFY2(out.startsWith("Usage: hookline lines add|list [options]\n"), out.constData());
    QVERIFY(out.contains("hookline lines add --help"));
}

void TestCli::noDisplayIsOneLineNotACrash()
{
#if !defined(Q_OS_UNIX) || defined(Q_OS_MACOS)
    QSKIP("X11 and Wayland only");
#elif !HOOKLINE_WITH_CONSOLE
    // A server build has no console to open: one line says so, whatever the display.
    TestWorld world;
    QProcess console;
    console.start(ServeProcess::binary(), {QStringLiteral("--db"), dbArg(world)});
    QVERIFY(console.waitForFinished(20'000));
    QCOMPARE(console.exitCode(), 2);
    const QByteArray err = console.readAllStandardError();
    QVERIFY2(err.startsWith("hookline: this Hookline is a server build without the console"),
             err.constData());
    QCOMPARE(err.count('\n'), 1);
    // Asked about by name, the same; and the overview does not offer it.
    QByteArray out;
    QByteArray refused;
    QCOMPARE(ServeProcess::run({QStringLiteral("console"), QStringLiteral("--help")}, {}, &out,
                               &refused),
             2);
    QVERIFY2(refused.startsWith("hookline: this Hookline is a server build"), refused.constData());
    QCOMPARE(ServeProcess::run({QStringLiteral("--help")}, {}, &out), 0);
    QVERIFY2(!out.contains("\n  console ") && out.contains("This is a server build"),
             out.constData());
#else
    TestWorld world;
    auto attempt = [&](const QString &display) {
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("DISPLAY"));
        if (!display.isEmpty())
            env.insert(QStringLiteral("DISPLAY"), display);
        console.setProcessEnvironment(env);
        console.start(ServeProcess::binary(), {QStringLiteral("--db"), dbArg(world)});
        console.waitForFinished(20'000);
        return std::make_tuple(console.exitStatus(), console.exitCode(),
                               console.readAllStandardError());
    };
    // No display at all, and one that is named but does not answer.
    for (const QString &display : {QString(), QStringLiteral(":97")}) {
        const auto [status, code, err] = attempt(display);
        QCOMPARE(status, QProcess::NormalExit);
        QCOMPARE(code, 2);
        QVERIFY2(err.startsWith("hookline: there is no display"), err.constData());
        QCOMPARE(err.count('\n'), 1);
    }
#endif
}

void TestCli::messagesFollowTheLanguage()
{
    TestWorld world;
    const QString db = dbArg(world);
    QByteArray english;
    QCOMPARE(ServeProcess::run(
                 {QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--db"), db}, {},
                 &english),
             0);
    QVERIFY(english.startsWith("No apps yet."));
    for (const QString &language : {QStringLiteral("es"), QStringLiteral("pt_BR")}) {
        QByteArray out;
        QCOMPARE(ServeProcess::run({QStringLiteral("--lang"), language, QStringLiteral("apps"),
                                    QStringLiteral("list"), QStringLiteral("--db"), db},
                                   {}, &out),
                 0);
        QVERIFY2(out != english && out.contains("hookline apps add --app-id ID"), out.constData());
        QCOMPARE(ServeProcess::run({QStringLiteral("--lang"), language, QStringLiteral("help")}, {},
                                   &out),
                 0);
        QVERIFY2(out.contains("\n  serve ") && !out.contains("run the webhook receiver"),
                 out.constData());
        QCOMPARE(ServeProcess::run({QStringLiteral("--lang"), language, QStringLiteral("serve"),
                                    QStringLiteral("--help")},
                                   {}, &out),
                 0);
        QVERIFY2(out.startsWith("Usage: hookline serve") || out.contains("hookline serve ["),
                 out.constData());
        QVERIFY2(!out.contains("Address to listen on"), out.constData());
    }
    // The system's language, when none is asked for; errors stay one line.
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("es_MX:es"));
    process.setProcessEnvironment(env);
    process.start(ServeProcess::binary(), {QStringLiteral("frobnicate")});
    QVERIFY(process.waitForFinished(20'000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.startsWith("hookline: ") && !err.contains("unknown command") &&
                 err.contains("frobnicate"),
             err.constData());
    QCOMPARE(err.count('\n'), 1);
    QByteArray refused;
    QCOMPARE(
        ServeProcess::run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("help")},
                          {}, nullptr, &refused),
        2);
    QVERIFY2(refused.contains("--lang"), refused.constData());
}

void TestCli::demoFillsAScratchDatabaseNeverTheUsers()
{
#if !HOOKLINE_WITH_CONSOLE
    QSKIP("the demo is the console's; this is a server build");
#endif
    QTemporaryDir home;
    QProcess console;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    console.setProcessEnvironment(env);
    console.setProcessChannelMode(QProcess::MergedChannels);
    console.start(ServeProcess::binary(),
                  {QStringLiteral("--demo"), QStringLiteral("--quit-after-ms"),
                   QStringLiteral("20000")}); // the feed takes about 6 s
    QVERIFY(console.waitForFinished(60'000));
    const QByteArray said = console.readAll();
    QVERIFY2(console.exitStatus() == QProcess::NormalExit && console.exitCode() == 0,
             said.constData());
    const QDir data(home.filePath(QStringLiteral("data/Hookline/hookline")));
    QVERIFY2(!data.exists(QStringLiteral("hookline.sqlite")),
             "the demo touched the default database");
    const QStringList runs =
        QDir(data.filePath(QStringLiteral("demo"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(runs.size(), 1);
    const QString demo =
        data.filePath(QStringLiteral("demo/%1/hookline-demo.sqlite").arg(runs.first()));
    const QJsonObject exported =
        ServeProcess::exportOf(demo, {QStringLiteral("--secrets-file"), demo + u".secrets"_qs});
    QCOMPARE(exported[QLatin1String("lines")].toArray().size(), 2);
    QCOMPARE(exported[QLatin1String("messages")].toArray().size(), 13);
    QCOMPARE(exported[QLatin1String("reactions")].toArray().size(), 1);
    QCOMPARE(exported[QLatin1String("dead_letters")].toArray().size(), 1);
    QSet<QString> types;
    for (const QJsonValue &message : exported[QLatin1String("messages")].toArray())
        types << message[QLatin1String("type")].toString();
    for (const char *type : {"text", "image", "location", "document", "audio", "interactive",
                             "contacts", "sticker", "reaction"})
        QVERIFY2(types.contains(QLatin1String(type)), type);
}

void TestCli::appsAddReadsSecretsFromStdinAndNeverPrintsThem()
{
    TestWorld world;
    const QByteArray secret = "cli-secret-5be1f0";
    const QByteArray token = "cli-token-77aa";
    QByteArray out;
    QByteArray err;
    QCOMPARE(
        ServeProcess::run({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--db"),
                           dbArg(world), QStringLiteral("--app-id"), QStringLiteral("app1"),
                           QStringLiteral("--label"), QStringLiteral("Shop")},
                          secret + "\n" + token + "\n", &out, &err),
        0);
    QVERIFY(!out.contains(secret) && !out.contains(token) && !err.contains(secret));
    QCOMPARE(ServeProcess::run(
                 {QStringLiteral("lines"), QStringLiteral("add"), QStringLiteral("--db"),
                  dbArg(world), QStringLiteral("--phone-number-id"),
                  QStringLiteral("106540352242922"), QStringLiteral("--app-id"),
                  QStringLiteral("app1"), QStringLiteral("--label"), QStringLiteral("Support")},
                 {}, &out, &err),
             0);

    QCOMPARE(ServeProcess::run({QStringLiteral("apps"), QStringLiteral("list"),
                                QStringLiteral("--db"), dbArg(world)},
                               {}, &out),
             0);
    QVERIFY(out.contains("app1") && out.contains("Shop"));
    QVERIFY(!out.contains(secret) && !out.contains(token));

    QCOMPARE(
        ServeProcess::run({QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--db"),
                           dbArg(world), QStringLiteral("--format"), QStringLiteral("json")},
                          {}, &out),
        0);
    const QJsonArray apps = QJsonDocument::fromJson(out).array();
    QCOMPARE(apps.size(), 1);
    QCOMPARE(apps.first()[QStringLiteral("app_id")].toString(), QStringLiteral("app1"));
    QCOMPARE(apps.first()[QStringLiteral("has_secret")].toBool(), true);
    QCOMPARE(apps.first()[QStringLiteral("lines")].toInt(), 1);
    QVERIFY(!out.contains(secret) && !out.contains(token));

    QCOMPARE(
        ServeProcess::run({QStringLiteral("lines"), QStringLiteral("list"), QStringLiteral("--db"),
                           dbArg(world), QStringLiteral("--format"), QStringLiteral("json")},
                          {}, &out),
        0);
    const QJsonArray lines = QJsonDocument::fromJson(out).array();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.first()[QStringLiteral("phone_number_id")].toString(),
             QStringLiteral("106540352242922"));
    QCOMPARE(lines.first()[QStringLiteral("app_id")].toString(), QStringLiteral("app1"));
    QCOMPARE(lines.first()[QStringLiteral("active")].toBool(), true);

    // A second app with the same id is refused with one line on stderr.
    QCOMPARE(
        ServeProcess::run({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--db"),
                           dbArg(world), QStringLiteral("--app-id"), QStringLiteral("app1")},
                          "x\ny\n", &out, &err),
        1);
    QCOMPARE(err, QByteArray("hookline: an app with id app1 already exists\n"));
}

void TestCli::appsAddRefusesMissingToken()
{
    TestWorld world;
    QByteArray err;
    QCOMPARE(
        ServeProcess::run({QStringLiteral("apps"), QStringLiteral("add"), QStringLiteral("--db"),
                           dbArg(world), QStringLiteral("--app-id"), QStringLiteral("app1")},
                          "only-a-secret\n", nullptr, &err),
        1);
    QVERIFY2(err.contains("verify token"), err.constData());
    QVERIFY(!err.contains("only-a-secret"));
}

void TestCli::linesAddNeedsAnExistingApp()
{
    TestWorld world;
    QByteArray err;
    QCOMPARE(
        ServeProcess::run({QStringLiteral("lines"), QStringLiteral("add"), QStringLiteral("--db"),
                           dbArg(world), QStringLiteral("--phone-number-id"), QStringLiteral("1"),
                           QStringLiteral("--app-id"), QStringLiteral("ghost")},
                          {}, nullptr, &err),
        1);
    QVERIFY2(err.startsWith("hookline: no app with id ghost"), err.constData());
}

void TestCli::serveStoresAndStopsCleanlyOnSigterm()
{
#ifndef Q_OS_UNIX
    QSKIP("needs POSIX signals");
#else
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    ServeProcess serve;
    QVERIFY2(serve.start(world.databasePath()), qPrintable(serve.output()));

    const QByteArray body = Fixtures::read(QStringLiteral("text_unicode_escaped_wire.json"));
    HttpClient client;
    const HttpReply reply =
        client.post(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(serve.port())), body,
                    {{"X-Hub-Signature-256", sign(lumenSecret, body)}});
    QCOMPARE(reply.status, 200);

#if defined(Q_OS_LINUX) && !HOOKLINE_WITH_CONSOLE
    // A server build loads no GUI library: nothing drags in Qt Gui, Widgets or X.
    QFile maps(QStringLiteral("/proc/%1/maps").arg(serve.pid()));
    QVERIFY(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    QVERIFY(mapped.contains("libQt6Core"));
    for (const char *gui : {"libQt6Gui", "libQt6Widgets", "libX11", "libxcb", "libGL"})
        QVERIFY2(!mapped.contains(gui), gui);
#endif
    ::kill(pid_t(serve.pid()), SIGTERM);
    QVERIFY(serve.process().waitForFinished(10'000));
    QCOMPARE(serve.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.process().exitCode(), 0);
    QVERIFY(serve.process().readAll().contains("Hookline stopped"));

    QByteArray out;
    QCOMPARE(ServeProcess::run({QStringLiteral("deliveries"), QStringLiteral("list"),
                                QStringLiteral("--db"), world.databasePath(),
                                QStringLiteral("--format"), QStringLiteral("json")},
                               {}, &out),
             0);
    const QJsonArray deliveries = QJsonDocument::fromJson(out).array();
    QCOMPARE(deliveries.size(), 1);
    const QJsonObject delivery = deliveries.first().toObject();
    QCOMPARE(delivery[QStringLiteral("sha256")].toString(),
             QString::fromLatin1(SignatureVerifier::sha256Hex(body)));
    QCOMPARE(delivery[QStringLiteral("app_id")].toString(), QStringLiteral("lumen"));
    QCOMPARE(delivery[QStringLiteral("verdict")].toString(), QStringLiteral("verified"));
    QCOMPARE(delivery[QStringLiteral("lines")].toArray().first().toString(),
             QLatin1String(TestWorld::clinic));
    QCOMPARE(delivery[QStringLiteral("size")].toInt(), body.size());

    const QString id = QString::number(delivery[QStringLiteral("id")].toInteger());
    QCOMPARE(
        ServeProcess::run({QStringLiteral("deliveries"), QStringLiteral("show"), id,
                           QStringLiteral("--raw"), QStringLiteral("--db"), world.databasePath()},
                          {}, &out),
        0);
    QCOMPARE(out, body);
    QCOMPARE(ServeProcess::run({QStringLiteral("deliveries"), QStringLiteral("show"), id,
                                QStringLiteral("--db"), world.databasePath()},
                               {}, &out),
             0);
    const QJsonArray trail =
        QJsonDocument::fromJson(out).object().value(QStringLiteral("trail")).toArray();
    QVERIFY(trail.size() >= 5);
    QCOMPARE(trail.at(0).toObject().value(QStringLiteral("step")).toString(),
             QStringLiteral("received"));
    QCOMPARE(trail.at(1).toObject().value(QStringLiteral("detail")).toString(),
             QStringLiteral("X-Hub-Signature-256 verified with the secret of app lumen"));
    QVERIFY(!out.contains(lumenSecret)); // the trail names the app, never its secret
    QByteArray err;
    QCOMPARE(
        ServeProcess::run({QStringLiteral("deliveries"), QStringLiteral("show"),
                           QStringLiteral("999"), QStringLiteral("--db"), world.databasePath()},
                          {}, &out, &err),
        1);
    QCOMPARE(err, QByteArray("hookline: no delivery with id 999\n"));
#endif
}

void TestCli::serveRefusesAnOccupiedPort()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    QTcpServer occupant;
    QVERIFY(occupant.listen(QHostAddress::LocalHost, 0));
    QByteArray err;
    QCOMPARE(ServeProcess::run({QStringLiteral("serve"), QStringLiteral("--db"),
                                world.databasePath(), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(occupant.serverPort())},
                               {}, nullptr, &err),
             1);
    QVERIFY2(err.startsWith("hookline: cannot listen on 127.0.0.1:"), err.constData());
}

void TestCli::serveSpeaksTls()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QString cert = world.path(QStringLiteral("cert.pem"));
    const QString key = world.path(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
    QVERIFY2(openssl.waitForFinished(30'000) && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());

    ServeProcess serve;
    QVERIFY2(serve.start(world.databasePath(),
                         {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key},
                         QStringLiteral("https")),
             qPrintable(serve.output()));
    HttpClient client;
    QObject::connect(
        &client.manager(), &QNetworkAccessManager::sslErrors,
        [](QNetworkReply *reply, const QList<QSslError> &) { reply->ignoreSslErrors(); });
    const QByteArray body = Fixtures::read(QStringLiteral("text_message.json"));
    const HttpReply reply =
        client.post(QUrl(QStringLiteral("https://127.0.0.1:%1/webhook").arg(serve.port())), body,
                    {{"X-Hub-Signature-256", sign(northwindSecret, body)}});
    QVERIFY2(reply.status == 200, qPrintable(reply.error));

    // Plain HTTP on the TLS port is not answered as a webhook.
    const HttpReply plain =
        client.get(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(serve.port())), 3000);
    QVERIFY(plain.status != 200);
}

void TestCli::oversizedBodyDoesNotGrowMemory()
{
#ifndef Q_OS_LINUX
    QSKIP("reads /proc");
#else
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    ServeProcess serve;
    QVERIFY2(serve.start(world.databasePath()), qPrintable(serve.output()));
    // The baseline is taken once the server has answered a small request and its background
    // threads (processing, media downloads) have settled, so only the large body is measured.
    HttpClient client;
    const QByteArray small = Fixtures::read(QStringLiteral("text_message.json"));
    QCOMPARE(client
                 .post(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(serve.port())), small,
                       {{"X-Hub-Signature-256", "sha256=" + QByteArray(64, '0')}})
                 .status,
             401);
    const qint64 before = serve.settledResidentKiB();
    QVERIFY(before > 0);

    constexpr qint64 bodySize = 10 * 1024 * 1024;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, serve.port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                 "X-Hub-Signature-256: sha256=" +
                 QByteArray(64, '0') + "\r\nContent-Length: " + QByteArray::number(bodySize) +
                 "\r\n\r\n");
    const QByteArray chunk(256 * 1024, 'x');
    QByteArray answer;
    qint64 sent = 0;
    while (sent < bodySize && socket.state() == QAbstractSocket::ConnectedState) {
        socket.write(chunk);
        socket.waitForBytesWritten(1000);
        sent += chunk.size();
        if (socket.waitForReadyRead(1))
            answer += socket.readAll();
    }
    answer += socket.readAll(); // what arrived before the server closed
    while (!answer.contains("\r\n\r\n") && socket.waitForReadyRead(2000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
    const qint64 after = serve.residentKiB();
    qInfo("server RSS %lld KiB before, %lld KiB after a %lld-byte body", before, after, bodySize);
    QVERIFY2(after - before < 4 * 1024,
             qPrintable(QStringLiteral("grew by %1 KiB").arg(after - before)));
#endif
}

void TestCli::killNineLosesNoAcknowledgedDelivery()
{
#ifndef Q_OS_UNIX
    QSKIP("needs SIGKILL");
#else
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    ServeProcess serve;
    QVERIFY2(serve.start(world.databasePath()), qPrintable(serve.output()));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/webhook").arg(serve.port()));
    const QByteArray base = Fixtures::read(QStringLiteral("status_sent_with_pricing.json"));

    // Four clients with six connections each keep the receiver busy until it is killed.
    constexpr int clients = 4;
    constexpr int inFlightPerClient = 6;
    QNetworkAccessManager managers[clients];
    QSet<QByteArray> acknowledged;
    int sentCount = 0;
    int failures = 0;
    bool killed = false;
    std::function<void(QNetworkAccessManager &)> sendOne = [&](QNetworkAccessManager &manager) {
        if (killed)
            return;
        QByteArray body = base;
        body.replace("\"status\": \"sent\"",
                     QByteArray("\"status\": \"sent\", \"n\": " + QByteArray::number(sentCount++)));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("X-Hub-Signature-256", sign(northwindSecret, body));
        QNetworkReply *reply = manager.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &manager, [&, reply, body] {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                acknowledged.insert(SignatureVerifier::sha256Hex(body));
            else
                ++failures;
            reply->deleteLater();
            sendOne(manager);
        });
    };
    for (auto &manager : managers) {
        for (int i = 0; i < inFlightPerClient; ++i)
            sendOne(manager);
    }
    QTRY_VERIFY_WITH_TIMEOUT(acknowledged.size() >= 1500, 30'000);
    ::kill(pid_t(serve.pid()), SIGKILL);
    killed = true;
    QVERIFY(serve.process().waitForFinished(5000));
    // Every request sent has its answer or its error.
    QTRY_COMPARE_WITH_TIMEOUT(int(acknowledged.size()) + failures, sentCount, 10'000);
    const QSet<QByteArray> acked = acknowledged;
    qInfo("killed after %lld acknowledged deliveries (%d sent, %d without 200)",
          qint64(acked.size()), sentCount, failures);

    {
        DatabaseOptions options;
        options.path = world.databasePath();
        auto db = Database::open(options, QStringLiteral("after-kill"));
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        QSqlQuery query((*db)->handle());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        QSet<QByteArray> stored;
        QVERIFY(query.exec(QStringLiteral("SELECT sha256, body, size FROM deliveries")));
        while (query.next()) {
            const QByteArray body = query.value(1).toByteArray();
            // No row is half-written: its bytes hash to the recorded sha256.
            QCOMPARE(SignatureVerifier::sha256Hex(body), query.value(0).toByteArray());
            QCOMPARE(query.value(2).toLongLong(), body.size());
            stored.insert(query.value(0).toByteArray());
        }
        const QSet<QByteArray> lost = acked - stored;
        QVERIFY2(lost.isEmpty(),
                 qPrintable(QStringLiteral("%1 acknowledged deliveries lost").arg(lost.size())));
        QVERIFY(stored.size() >= acked.size());
    }

    // The receiver starts again on the same database.
    ServeProcess again;
    QVERIFY2(again.start(world.databasePath()), qPrintable(again.output()));
#endif
}

namespace {

bool hasMessage(const QJsonObject &document, const QString &wamid)
{
    for (const QJsonValue &m : document.value(QLatin1String("messages")).toArray()) {
        if (m.toObject().value(QLatin1String("wamid")).toString() == wamid)
            return true;
    }
    return false;
}

} // namespace

void TestCli::serveProcessesWhatItReceives()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    ServeProcess serve;
    QVERIFY2(serve.start(world.databasePath()), qPrintable(serve.output()));
    HttpClient client;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/webhook").arg(serve.port()));
    for (const QString &file :
         {QStringLiteral("text_message.json"), QStringLiteral("unknown_phone_number_id.json")}) {
        const QByteArray body = Fixtures::read(file);
        QCOMPARE(
            client.post(url, body, {{"X-Hub-Signature-256", sign(northwindSecret, body)}}).status,
            200);
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        hasMessage(
            ServeProcess::exportOf(world.databasePath()),
            QStringLiteral("wamid.HBgLMTU1NTAwMDExMTEVAgASGBRGNjM3RjRENUEzRDc3MDEwNTI5OAA=")),
        10'000);
    QByteArray out;
    QCOMPARE(ServeProcess::run({QStringLiteral("dlq"), QStringLiteral("list"),
                                QStringLiteral("--db"), world.databasePath(),
                                QStringLiteral("--format"), QStringLiteral("json")},
                               {}, &out),
             0);
    const QJsonArray deadLetters = QJsonDocument::fromJson(out).array();
    QCOMPARE(deadLetters.size(), 1);
    QCOMPARE(deadLetters.first()[QStringLiteral("reason")].toString(),
             QStringLiteral("unknown_phone_number_id"));
    QCOMPARE(deadLetters.first()[QStringLiteral("line")].toString(),
             QLatin1String(TestWorld::unconfigured));
}

void TestCli::searchExportAndEraseAPerson()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QString db = world.databasePath();
    QByteArray out;
    QByteArray err;
    QCOMPARE(replayFixtures(db, &out), 0);
    // Search: text with the words marked, and JSON with where they matched.
    QCOMPARE(ServeProcess::run({QStringLiteral("search"), QStringLiteral("BLUE"),
                                QStringLiteral("kettle"), QStringLiteral("--db"), db},
                               {}, &out),
             0);
    QVERIFY2(out.contains("Ana Souza (15550001111, line 106540352242922)\n"), out.constData());
    QVERIFY2(out.contains("Hi! Is the [blue] [kettle] back in stock?"), out.constData());
    QCOMPARE(ServeProcess::run({QStringLiteral("search"), QStringLiteral("cancion"),
                                QStringLiteral("--format"), QStringLiteral("json"),
                                QStringLiteral("--db"), db},
                               {}, &out),
             0);
    const QJsonObject found = QJsonDocument::fromJson(out).object();
    QCOMPARE(found.value(QLatin1String("terms")).toArray().size(), 1);
    QVERIFY(found.value(QLatin1String("hits")).isArray());
    QCOMPARE(ServeProcess::run(
                 {QStringLiteral("search"), QStringLiteral("\"*("), QStringLiteral("--db"), db}, {},
                 &out),
             0);
    QVERIFY2(out.startsWith("Nothing to look for"), out.constData());
    QCOMPARE(
        ServeProcess::run({QStringLiteral("search"), QStringLiteral("--db"), db}, {}, &out, &err),
        2);

    // An access request, then the erasure, then nothing held.
    QCOMPARE(ServeProcess::run({QStringLiteral("export"), QStringLiteral("--contact"),
                                QStringLiteral("15550001111"), QStringLiteral("--db"), db},
                               {}, &out),
             0);
    const QJsonObject held = QJsonDocument::fromJson(out).object();
    QCOMPARE(held.value(QLatin1String("format")).toString(),
             QStringLiteral("hookline-contact-export"));
    QVERIFY(!held.value(QLatin1String("deliveries")).toArray().isEmpty());
    QCOMPARE(ServeProcess::run({QStringLiteral("erase"), QStringLiteral("--contact"),
                                QStringLiteral("15550001111"), QStringLiteral("--by"),
                                QStringLiteral("dpo"), QStringLiteral("--db"), db},
                               {}, &out, &err),
             0);
    QVERIFY2(out.startsWith("erased 15550001111: "), out.constData());
    QVERIFY2(out.contains("\nerase: "), out.constData()); // then processed what was rewritten
    QCOMPARE(ServeProcess::run({QStringLiteral("erase"), QStringLiteral("--contact"),
                                QStringLiteral("15550001111"), QStringLiteral("--db"), db},
                               {}, &out, &err),
             1);
    QVERIFY2(err.contains("no contact 15550001111 on any line"), err.constData());
    QCOMPARE(ServeProcess::run({QStringLiteral("export"), QStringLiteral("--contact"),
                                QStringLiteral("15550001111"), QStringLiteral("--db"), db},
                               {}, &out, &err),
             1);
    QVERIFY(!QJsonDocument(ServeProcess::exportOf(db)).toJson().contains("Ana Souza"));
}

void TestCli::pruneForgetsWhatIsOld()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QString db = world.databasePath();
    QByteArray out;
    QByteArray err;
    QCOMPARE(replayFixtures(db, &out), 0);
    {
        auto opened = world.open(QStringLiteral("aging"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        QSqlQuery age((*opened)->handle());
        QVERIFY(age.exec(QStringLiteral("UPDATE main.deliveries SET received_at_us = "
                                        "received_at_us - 864000000000 WHERE id <= 10")));
    }
    for (const QStringList &bad :
         {QStringList{QStringLiteral("prune")},
          QStringList{QStringLiteral("prune"), QStringLiteral("--older-than"), QStringLiteral("0")},
          QStringList{QStringLiteral("prune"), QStringLiteral("--older-than"),
                      QStringLiteral("week")}}) {
        QCOMPARE(ServeProcess::run(bad + QStringList{QStringLiteral("--db"), db}, {}, &out, &err),
                 2);
        QVERIFY2(err.contains("prune wants --older-than DAYS"), err.constData());
    }
    QCOMPARE(ServeProcess::run({QStringLiteral("serve"), QStringLiteral("--retain-days"),
                                QStringLiteral("0"), QStringLiteral("--db"), db},
                               {}, &out, &err),
             2);
    QVERIFY2(err.contains("--retain-days wants a positive number"), err.constData());
    QCOMPARE(ServeProcess::run({QStringLiteral("prune"), QStringLiteral("--older-than"),
                                QStringLiteral("7"), QStringLiteral("--by"), QStringLiteral("dpo"),
                                QStringLiteral("--db"), db},
                               {}, &out, &err),
             0);
    QVERIFY2(out.startsWith("pruned what is older than 7 days: 10 deliveries"), out.constData());
    // Nothing more is due.
    const int again = ServeProcess::run({QStringLiteral("prune"), QStringLiteral("--older-than"),
                                         QStringLiteral("7"), QStringLiteral("--db"), db},
                                        {}, &out, &err);
    QVERIFY2(again == 0, err.constData());
    QVERIFY2(out.startsWith("pruned what is older than 7 days: 0 deliveries"),
             QByteArray(out + err).constData());
    auto opened = world.open(QStringLiteral("check"));
    QVERIFY(opened);
    QSqlQuery check((*opened)->handle());
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM main.deliveries WHERE id <= 10")) &&
            check.next());
    QCOMPARE(check.value(0).toInt(), 0);
    QVERIFY(check.exec(QStringLiteral("SELECT operator, detail FROM main.operator_actions WHERE "
                                      "action = 'prune' ORDER BY id")) &&
            check.next());
    QCOMPARE(check.value(0).toString(), QStringLiteral("dpo"));
    QVERIFY2(check.value(1).toString().startsWith(QStringLiteral("older than 7 days: 10 "
                                                                 "deliveries")),
             qPrintable(check.value(1).toString()));
}

void TestCli::replayExportRebuildAndDlqCommands()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QString db = world.databasePath();
    QByteArray out;
    QByteArray err;
    QCOMPARE(replayFixtures(db, &out), 0);
    QVERIFY2(out.startsWith(QByteArray("replay: " + QByteArray::number(Fixtures::bodies().size()) +
                                       " deliveries processed")),
             out.constData());
    const QJsonObject first = ServeProcess::exportOf(db);
    QCOMPARE(first.value(QLatin1String("format")).toString(), QStringLiteral("hookline-export"));
    QCOMPARE(first.value(QLatin1String("version")).toInt(), 3);
    QVERIFY(first.value(QLatin1String("messages")).toArray().size() > 40);

    QCOMPARE(ServeProcess::run({QStringLiteral("rebuild"), QStringLiteral("--db"), db}, {}, &out),
             0);
    QVERIFY2(out.startsWith("rebuild: "), out.constData());
    QCOMPARE(ServeProcess::exportOf(db), first);

    const QJsonObject clinic =
        ServeProcess::exportOf(db, {QStringLiteral("--line"), QLatin1String(TestWorld::clinic)});
    QCOMPARE(clinic.value(QLatin1String("lines")).toArray().size(), 1);

    QCOMPARE(
        ServeProcess::run({QStringLiteral("dlq"), QStringLiteral("list"), QStringLiteral("--db"),
                           db, QStringLiteral("--format"), QStringLiteral("json")},
                          {}, &out),
        0);
    const QJsonArray deadLetters = QJsonDocument::fromJson(out).array();
    QCOMPARE(deadLetters.size(), 2); // unknown_field and unknown_phone_number_id
    const QString id = QString::number(deadLetters.first()[QStringLiteral("id")].toInteger());
    QCOMPARE(ServeProcess::run({QStringLiteral("dlq"), QStringLiteral("retry"),
                                QStringLiteral("--all"), QStringLiteral("--db"), db},
                               {}, &out),
             0);
    QVERIFY2(out.startsWith("2 dead letter(s) queued"), out.constData());
    QCOMPARE(ServeProcess::run(
                 {QStringLiteral("dlq"), QStringLiteral("discard"), id, QStringLiteral("--db"), db},
                 {}, &out),
             0);
    QCOMPARE(
        ServeProcess::run({QStringLiteral("dlq"), QStringLiteral("list"), QStringLiteral("--db"),
                           db, QStringLiteral("--state"), QStringLiteral("discarded"),
                           QStringLiteral("--format"), QStringLiteral("json")},
                          {}, &out),
        0);
    QCOMPARE(QJsonDocument::fromJson(out).array().size(), 1);
    QCOMPARE(ServeProcess::run(
                 {QStringLiteral("dlq"), QStringLiteral("retry"), QStringLiteral("--db"), db}, {},
                 nullptr, &err),
             2);
    QCOMPARE(ServeProcess::run({QStringLiteral("export"), QStringLiteral("--db"), db,
                                QStringLiteral("--format"), QStringLiteral("xml")},
                               {}, nullptr, &err),
             2);
}

void TestCli::killNineDuringProcessingResumesAfterRestart()
{
#ifndef Q_OS_UNIX
    QSKIP("needs SIGKILL");
#else
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QString db = world.databasePath();
    const QString control = world.path(QStringLiteral("control.sqlite"));
    constexpr int deliveries = 12'000;
    {
        DatabaseOptions options;
        options.path = db;
        auto opened = Database::open(options, QStringLiteral("inject"));
        QVERIFY(opened);
        QSqlDatabase &handle = (*opened)->handle();
        QVERIFY(handle.transaction());
        ReplayInjector injector(handle);
        const QByteArray text = Fixtures::read(QStringLiteral("text_message.json"));
        const QByteArray status = Fixtures::read(QStringLiteral("status_sent_with_pricing.json"));
        for (int i = 0; i < deliveries; ++i) {
            QByteArray body = (i % 2 ? status : text);
            body.replace("wamid.HBgLMTU1NTAwMDExMTEVAg",
                         QByteArray("wamid.K" + QByteArray::number(i) + "."));
            QVERIFY(injector.inject(body, QStringLiteral("generated")));
        }
        QVERIFY(handle.commit());
    }
    QVERIFY(QFile::copy(db, control));
    QVERIFY(QFile::copy(Database::projectionsPathFor(db), Database::projectionsPathFor(control)));

    ServeProcess serve;
    {
        // Watch with one open connection, and kill as soon as the first batch is committed.
        DatabaseOptions options;
        options.path = db;
        auto watcher = Database::open(options, QStringLiteral("watch"));
        QVERIFY(watcher);
        QSqlQuery processed((*watcher)->handle());
        QVERIFY(processed.prepare(
            QStringLiteral("SELECT count(*) FROM delivery_status WHERE state = 'processed'")));
        // Small processing commits, so that the kill lands between two of them.
        QVERIFY(serve.launch(db, {QStringLiteral("--processing-batch"), QStringLiteral("20")}));
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            QVERIFY(processed.exec() && processed.next());
            const qint64 done = processed.value(0).toLongLong();
            processed.finish();
            if (done > 0 || waited.elapsed() > 20'000)
                break;
            QThread::usleep(200);
        }
        ::kill(pid_t(serve.pid()), SIGKILL);
    }
    QVERIFY(serve.process().waitForFinished(5000));
    const qint64 left = ServeProcess::unprocessed(db);
    qInfo("killed with %lld of %d deliveries unprocessed", left, deliveries);
    QVERIFY2(left > 0, "processing finished before the kill; the test proves nothing");

    ServeProcess again;
    QVERIFY2(again.start(db), qPrintable(again.output()));
    // About 15 s under ASan alone; twice that beside another test on two cores.
    QTRY_COMPARE_WITH_TIMEOUT(ServeProcess::unprocessed(db), 0, 120'000);
    ::kill(pid_t(again.pid()), SIGTERM);
    QVERIFY(again.process().waitForFinished(10'000));

    {
        ProcessorOptions options;
        options.database.path = control;
        DeliveryProcessor uninterrupted(options);
        QVERIFY(uninterrupted.open());
        QVERIFY(uninterrupted.processAll());
    }
    const QJsonObject resumed = ServeProcess::exportOf(db);
    QVERIFY(!resumed.isEmpty());
    QCOMPARE(resumed.value(QLatin1String("messages")).toArray().size(), deliveries);
    QCOMPARE(QJsonDocument(resumed).toJson(),
             QJsonDocument(ServeProcess::exportOf(control)).toJson());
#endif
}

void TestCli::serveWritesJsonLogLinesWithTheIds()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    const QString logFile = world.path(QStringLiteral("logs/hookline.log"));
    ServeProcess serve;
    QVERIFY2(
        serve.start(world.databasePath(), {QStringLiteral("--log-format"), QStringLiteral("json"),
                                           QStringLiteral("--log-level"), QStringLiteral("debug"),
                                           QStringLiteral("--log-file"), logFile}),
        qPrintable(serve.output()));
    HttpClient client;
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/webhook").arg(serve.port()));
    const QByteArray unknown = Fixtures::read(QStringLiteral("unknown_phone_number_id.json"));
    QCOMPARE(
        client.post(url, unknown, {{"X-Hub-Signature-256", sign(northwindSecret, unknown)}}).status,
        200);
    const QByteArray text = Fixtures::read(QStringLiteral("text_message.json"));
    QCOMPARE(client.post(url, text, {{"X-Hub-Signature-256", sign("wrong-secret", text)}}).status,
             401);
    QCOMPARE(client
                 .get(QUrl(url.toString() +
                           QStringLiteral("?hub.mode=subscribe&hub.challenge=1&hub.verify_token=") +
                           QString::fromLatin1(northwindToken)))
                 .status,
             200);

    auto lines = [&logFile] {
        QFile file(logFile);
        if (!file.open(QIODevice::ReadOnly))
            return QList<QJsonObject>();
        QList<QJsonObject> objects;
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError) {
                qWarning() << "not a JSON line:" << line;
                return QList<QJsonObject>();
            }
            objects << document.object();
        }
        return objects;
    };
    auto find = [&lines](const QString &messageStart) {
        for (const QJsonObject &o : lines()) {
            if (o.value(QStringLiteral("message")).toString().startsWith(messageStart))
                return o;
        }
        return QJsonObject();
    };
    QTRY_VERIFY_WITH_TIMEOUT(!find(QStringLiteral("dead letter:")).isEmpty(), 10'000);
    const QJsonObject dead = find(QStringLiteral("dead letter:"));
    QCOMPARE(dead.value(QStringLiteral("category")).toString(),
             QStringLiteral("hookline.processing"));
    QCOMPARE(dead.value(QStringLiteral("level")).toString(), QStringLiteral("info"));
    QVERIFY(dead.value(QStringLiteral("delivery")).isDouble());
    QVERIFY(dead.value(QStringLiteral("dead_letter")).isDouble());
    QVERIFY(!dead.value(QStringLiteral("time")).toString().isEmpty());
    const QJsonObject committed = find(QStringLiteral("delivery committed"));
    QCOMPARE(committed.value(QStringLiteral("app")).toString(), QStringLiteral("northwind"));
    QCOMPARE(committed.value(QStringLiteral("delivery")).toInteger(),
             dead.value(QStringLiteral("delivery")).toInteger());
    // Refusals are logged by the writer thread when it records them, a moment after the 401.
    QTRY_VERIFY_WITH_TIMEOUT(!find(QStringLiteral("request refused")).isEmpty(), 10'000);
    const QJsonObject refused = find(QStringLiteral("request refused"));
    QCOMPARE(refused.value(QStringLiteral("status")).toInt(), 401);

    // Neither secrets, tokens nor bodies reach the log.
    QFile file(logFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray all = file.readAll();
    for (const QByteArray &secret : {northwindSecret, northwindToken, lumenSecret, lumenToken,
                                     QByteArray("blue kettle"), QByteArray("whatsapp_business")})
        QVERIFY2(!all.contains(secret), secret.constData());
    QVERIFY(!serve.output().contains(QString::fromLatin1(northwindSecret)));
}

void TestCli::secondServeOnTheSameDatabaseIsRefused()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    ServeProcess first;
    QVERIFY2(first.start(world.databasePath()), qPrintable(first.output()));
    QByteArray out;
    QByteArray err;
    QCOMPARE(ServeProcess::run({QStringLiteral("serve"), QStringLiteral("--db"),
                                world.databasePath(), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-log-file")},
                               {}, &out, &err),
             1);
    const QByteArray expected =
        QByteArray("hookline: another Hookline (process ") + QByteArray::number(first.pid());
    QVERIFY2(err.startsWith(expected), err.constData());
    QVERIFY(err.contains("is already serving"));
    // Commands beside a running receiver still work.
    QCOMPARE(ServeProcess::run({QStringLiteral("lines"), QStringLiteral("list"),
                                QStringLiteral("--db"), world.databasePath()},
                               {}, &out),
             0);

    // Once the first is gone (even by SIGKILL), the database can be served again.
    ::kill(pid_t(first.pid()), SIGKILL);
    QVERIFY(first.process().waitForFinished(10'000));
    ServeProcess second;
    QVERIFY2(second.start(world.databasePath()), qPrintable(second.output()));
}

void TestCli::integrityCheckAtStartNamesTheDamage()
{
    TestWorld world;
    QCOMPARE(world.seed(), QString());
    QByteArray out;
    QStringList replay{QStringLiteral("replay"), QStringLiteral("--db"), world.databasePath()};
    for (const QString &file : Fixtures::bodies())
        replay << QDir(Fixtures::directory()).filePath(file);
    QCOMPARE(ServeProcess::run(replay, {}, &out), 0);
    const QString projections = Database::projectionsPathFor(world.databasePath());
    {
        QFile file(projections);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY2(file.size() > 12 * 4096, qPrintable(QString::number(file.size())));
        for (qint64 page = 4; page < 12; ++page) { // table pages, not the schema on page 1
            file.seek(page * 4096);
            file.write(QByteArray(4096, '\x5a'));
        }
    }
    // Damaged projections: the receiver keeps receiving and says what to do.
    ServeProcess serve;
    QVERIFY2(serve.start(world.databasePath()), qPrintable(serve.output()));
    QByteArray said = serve.output().toUtf8();
    QTRY_VERIFY2_WITH_TIMEOUT((said += serve.process().readAll()).contains("are damaged"),
                              said.constData(), 10'000);
    QVERIFY(said.contains("hookline rebuild"));
    QCOMPARE(serve.process().state(), QProcess::Running);
    HttpClient client;
    const QByteArray body = Fixtures::read(QStringLiteral("text_message.json"));
    QCOMPARE(client
                 .post(QUrl(QStringLiteral("http://127.0.0.1:%1/webhook").arg(serve.port())), body,
                       {{"X-Hub-Signature-256", sign(northwindSecret, body)}})
                 .status,
             200);
    ::kill(pid_t(serve.pid()), SIGTERM);
    QVERIFY(serve.process().waitForFinished(10'000));

    // A damaged delivery log: the receiver stops (Meta retries what it does not get).
    {
        QFile file(world.databasePath());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 12 * 4096);
        for (qint64 page = 4; page < 12; ++page) {
            file.seek(page * 4096);
            file.write(QByteArray(4096, '\x5a'));
        }
    }
    ServeProcess damaged;
    QVERIFY(damaged.launch(world.databasePath()));
    QVERIFY(damaged.process().waitForFinished(20'000));
    const QByteArray output = damaged.process().readAll();
    QVERIFY2(damaged.process().exitCode() == 3 || damaged.process().exitCode() == 1,
             output.constData());
    QVERIFY2(output.contains("damaged") || output.contains("malformed"), output.constData());
}

void TestCli::postgresAddressesAreRefusedClearly()
{
    // Never taken for a file name; a password in the address is refused without being echoed.
    QByteArray out;
    QByteArray err;
    QCOMPARE(
        ServeProcess::run({QStringLiteral("apps"), QStringLiteral("list"), QStringLiteral("--db"),
                           QStringLiteral("postgresql://agent:hunter2@db.example/team")},
                          {}, &out, &err),
        2);
    QVERIFY2(err.contains("must not carry a password"), err.constData());
    QVERIFY(!err.contains("hunter2") && !out.contains("hunter2"));
    QCOMPARE(ServeProcess::run({QStringLiteral("doctor"),
                                QStringLiteral("--db=postgresql://agent@db.example/team")},
                               {}, &out, &err),
             2);
    QVERIFY2(
        err.contains("postgresql://agent@db.example/team: doctor does not run on PostgreSQL yet"),
        err.constData());
    QVERIFY(!QFile::exists(QStringLiteral("postgresql:")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
