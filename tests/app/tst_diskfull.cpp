// A real `hookline serve` whose database lives on a small tmpfs of its own (in a private mount
// namespace of this test), filled to the last byte: deliveries must get 503 and never a 200
// that is not stored; after space returns, new deliveries are accepted, everything processes,
// and what was stored before is intact.

#include "fixtures.h"
#include "httpclient.h"
#include "serveprocess.h"
#include "storage/database.h"
#include "testsigner.h"
#include "testworld.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sched.h>
#include <sys/mount.h>
#include <sys/statvfs.h>
#include <unistd.h>
#endif

using namespace hookline;
using namespace hookline::test;

namespace {

// Must run before any thread starts. Returns why it could not, or an empty string.
QString enterPrivateMountNamespace()
{
#ifdef Q_OS_LINUX
    if (::geteuid() == 0) {
        if (::unshare(CLONE_NEWNS) != 0)
            return QStringLiteral("unshare(CLONE_NEWNS): %1")
                .arg(QString::fromLocal8Bit(strerror(errno)));
    } else {
        const uid_t uid = ::getuid();
        const gid_t gid = ::getgid();
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
            return QStringLiteral("unshare(CLONE_NEWUSER | CLONE_NEWNS): %1")
                .arg(QString::fromLocal8Bit(strerror(errno)));
        auto write = [](const char *path, const QByteArray &text) {
            QFile file(QString::fromLatin1(path));
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
        };
        if (!write("/proc/self/setgroups", "deny") ||
            !write("/proc/self/uid_map", "0 " + QByteArray::number(uid) + " 1") ||
            !write("/proc/self/gid_map", "0 " + QByteArray::number(gid) + " 1"))
            return QStringLiteral("cannot map this user into its namespace");
    }
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return QStringLiteral("mount --make-rprivate /: %1")
            .arg(QString::fromLocal8Bit(strerror(errno)));
    return {};
#else
    return QStringLiteral("needs Linux mount namespaces");
#endif
}

QString namespaceError;

qint64 freeBytes(const QString &path)
{
#ifdef Q_OS_LINUX
    struct statvfs fs
    {};
    if (::statvfs(QFile::encodeName(path).constData(), &fs) != 0)
        return -1;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize);
#else
    Q_UNUSED(path);
    return -1;
#endif
}

// A text message with its own id and a body of about padding bytes.
QByteArray delivery(int n, int padding)
{
    QJsonObject root =
        QJsonDocument::fromJson(Fixtures::read(QStringLiteral("text_message.json"))).object();
    QJsonArray entries = root.value(u"entry").toArray();
    QJsonObject entry = entries.at(0).toObject();
    QJsonArray changes = entry.value(u"changes").toArray();
    QJsonObject change = changes.at(0).toObject();
    QJsonObject value = change.value(u"value").toObject();
    QJsonArray messages = value.value(u"messages").toArray();
    QJsonObject message = messages.at(0).toObject();
    message.insert(u"id", QStringLiteral("wamid.DISKFULL%1").arg(n, 6, 10, QLatin1Char('0')));
    message.insert(u"text", QJsonObject{{u"body"_qs, QString(padding, QLatin1Char('x'))}});
    messages.replace(0, message);
    value.insert(u"messages", messages);
    change.insert(u"value", value);
    changes.replace(0, change);
    entry.insert(u"changes", changes);
    entries.replace(0, entry);
    root.insert(u"entry", entries);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray sha256Hex(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void fullDiskAnswers503AndRecovers();
};

void TestDiskFull::fullDiskAnswers503AndRecovers()
{
#ifndef Q_OS_LINUX
    QSKIP("needs Linux");
#endif
    QVERIFY2(namespaceError.isEmpty(), qPrintable(namespaceError));
    TestWorld world;
    QVERIFY(world.isValid());
    const QString folder = world.path(QString());
    QVERIFY2(::mount("hookline-small", QFile::encodeName(folder).constData(), "tmpfs", 0,
                     "size=4m,mode=0700") == 0,
             strerror(errno));
    const QString error = world.seed();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ServeProcess serve;
    QVERIFY2(serve.start(world.databasePath(),
                         {QStringLiteral("--log-level"), QStringLiteral("warning")}),
             qPrintable(serve.output()));
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/webhook").arg(serve.port()));
    HttpClient client;
    QList<QByteArray> acknowledged;
    auto post = [&](const QByteArray &body) {
        const HttpReply reply =
            client.post(url, body, {{"X-Hub-Signature-256", sign(northwindSecret, body)}});
        if (reply.status == 200)
            acknowledged.append(sha256Hex(body));
        return reply.status;
    };

    // Room to spare: accepted.
    int n = 0;
    for (int i = 0; i < 5; ++i)
        QCOMPARE(post(delivery(++n, 2000)), 200);

    // Fill the filesystem to the last byte.
    QFile filler(world.path(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'f');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    for (int size = 4096; size >= 1; size /= 2) {
        while (filler.write(block.left(size)) == size && filler.flush()) {
        }
    }
    filler.close();
    QVERIFY2(freeBytes(folder) < 64 * 1024, qPrintable(QString::number(freeBytes(folder))));

    // Full: every answer is 503, or a 200 whose delivery is really stored (checked below). Once
    // the log cannot grow, 503 for good.
    int refused = 0;
    int acceptedWhileFull = 0;
    int acceptedAfterRefusal = 0;
    for (int i = 0; i < 40; ++i) {
        const int status = post(delivery(++n, 100 * 1024));
        QVERIFY2(status == 200 || status == 503, qPrintable(QString::number(status)));
        if (status == 503)
            ++refused;
        else if (refused > 0)
            ++acceptedAfterRefusal;
        else
            ++acceptedWhileFull;
    }
    qInfo("while full: %d accepted before the first 503 (room left in the log), %d refused",
          acceptedWhileFull, refused);
    QVERIFY(refused >= 30);
    QCOMPARE(acceptedAfterRefusal, 0);
    QCOMPARE(
        client.get(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(serve.port()))).status,
        200);
    QCOMPARE(serve.process().state(), QProcess::Running);

    // Space returns: new deliveries are accepted again without a restart.
    QVERIFY(QFile::remove(world.path(QStringLiteral("filler"))));
    QElapsedTimer timer;
    timer.start();
    int status = 0;
    while ((status = post(delivery(++n, 2000))) != 200 && timer.elapsed() < 10'000)
        QTest::qWait(200);
    QCOMPARE(status, 200);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(post(delivery(++n, 2000)), 200);

    // Everything received is processed (the processor retried what the full disk stopped).
    auto db = world.open(QStringLiteral("diskfull-check"));
    QVERIFY(db);
    QVariant backlog;
    timer.restart();
    do {
        QTest::qWait(200);
        backlog = TestWorld::scalar(**db, QStringLiteral("SELECT count(*) FROM delivery_status "
                                                         "WHERE state <> 'processed'"));
    } while (backlog.toInt() != 0 && timer.elapsed() < 30'000);
    QCOMPARE(backlog.toInt(), 0);

    ::kill(pid_t(serve.pid()), SIGTERM);
    QVERIFY(serve.process().waitForFinished(30'000));
    QCOMPARE(serve.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(serve.process().exitCode(), 0);

    // Nothing acknowledged is missing, nothing stored is damaged.
    QSqlQuery query((*db)->handle());
    QVERIFY(query.exec(QStringLiteral("SELECT sha256 FROM deliveries")));
    QSet<QByteArray> stored;
    while (query.next())
        stored.insert(query.value(0).toByteArray());
    for (const QByteArray &sha : std::as_const(acknowledged))
        QVERIFY2(stored.contains(sha), sha.constData());
    QCOMPARE(TestWorld::scalar(**db, QStringLiteral("PRAGMA main.integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(TestWorld::scalar(**db, QStringLiteral("PRAGMA proj.integrity_check")).toString(),
             QStringLiteral("ok"));
    QCOMPARE(TestWorld::scalar(**db, QStringLiteral("SELECT count(*) FROM proj.messages WHERE "
                                                    "wamid LIKE 'wamid.DISKFULL%'"))
                 .toInt(),
             acknowledged.size());
    db->reset();
    ::umount2(QFile::encodeName(folder).constData(), MNT_DETACH);
}

int main(int argc, char *argv[])
{
    namespaceError = enterPrivateMountNamespace();
    QCoreApplication app(argc, argv);
    TestDiskFull test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_diskfull.moc"
