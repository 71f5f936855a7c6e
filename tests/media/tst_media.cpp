#include "fixtures.h"
#include "media/medialog.h"
#include "media/mediastore.h"
#include "media/mediaworker.h"
#include "mockgraph.h"
#include "processing/contacteraser.h"
#include "processing/deadletterqueue.h"
#include "processingharness.h"
#include "storage/clock.h"
#include "storage/configstore.h"
#include "webhookbody.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace hookline;
using namespace hookline::test;

namespace {

const QString customer = QStringLiteral("5511987654321");

qint64 nowSeconds()
{
    return Clock::nowMicros() / 1000000;
}

QByteArray photoBytes(char seed, int size = 4096)
{
    QByteArray bytes(size, seed);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(bytes.at(i) + i * 7);
    return bytes;
}

// Peak resident memory of this process, in KiB (VmHWM), and a way to start measuring it anew.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

bool resetPeakResident()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

// A world whose Support line's app has the mock's token, a mock Graph API, and a media worker
// (not polling by itself: each test says when to look) with its store in the world's folder.
struct Setup
{
    ProcessingHarness harness;
    MockGraph graph;
    std::unique_ptr<MediaWorker> worker;
    QString root;

    explicit Setup(const std::function<void(MediaOptions &)> &tweak = {}, bool withToken = true)
    {
        QVERIFY2(harness.isValid(), qPrintable(harness.error()));
        QVERIFY(graph.isListening());
        if (withToken)
            QVERIFY(ConfigStore(harness.db().handle())
                        .setAccessToken(QStringLiteral("northwind"), MockGraph::goodToken));
        MediaOptions options;
        options.database = harness.world().databaseOptions();
        options.endpoint.base = graph.url();
        options.endpoint.retryBaseMs = 20;
        options.endpoint.timeoutMs = 2000;
        options.root = harness.world().path(QStringLiteral("media"));
        options.backoff = BackoffPolicy{1, 1, 3};
        if (tweak)
            tweak(options);
        root = options.root;
        worker = std::make_unique<MediaWorker>(options);
        const Status opened = worker->open(false);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
    }

    // A customer's media message, as Meta delivers it, processed.
    void customerSent(const QString &wamid, const QString &type, const QString &mediaId,
                      const QByteArray &bytes, const QString &mime, const QJsonObject &extra = {})
    {
        QJsonObject media = extra;
        media.insert(QStringLiteral("id"), mediaId);
        media.insert(QStringLiteral("mime_type"), mime);
        // No bytes here: the mock made them, and knows their digest.
        media.insert(QStringLiteral("sha256"), bytes.isEmpty() ? graph.mediaSha256Base64(mediaId)
                                                               : MockGraph::base64Sha256(bytes));
        harness.injectFromMeta(WebhookBody::customerMedia(
            QLatin1String(TestWorld::support), customer, nowSeconds() - 60, wamid, type, media));
        harness.process();
    }

    MediaItem item(const QString &wamid)
    {
        const auto found = MediaLog::find(harness.db().handle(), wamid);
        return found ? *found : MediaItem();
    }
    QString state(const QString &wamid) { return item(wamid).state; }

    // One round of the worker, then until the row is no longer being fetched.
    QString settle(const QString &wamid, int timeoutMs = 10000)
    {
        QSignalSpy changed(worker.get(), &MediaWorker::changed);
        worker->poll();
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            for (const QList<QVariant> &args : changed) {
                if (args.at(1).toString() == wamid)
                    return args.at(2).toString();
            }
            changed.wait(100);
        }
        return QStringLiteral("(nothing happened)");
    }

    int filesKept() const
    {
        int n = 0;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            n += it.filePath().contains(QLatin1String("/partial/")) ? 0 : 1;
        }
        return n;
    }
};

} // namespace

class TestMedia : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void digestsAreReadInEitherForm();
    void everyInboundMediaFromMetaIsScheduled();
    void downloadsAreVerifiedAndKeptByTheirContent();
    void aFileThatIsNotTheOneNamedIsKeptOutAndDeadLettered();
    void mediaMetaNoLongerServesIsExpired();
    void brokenOrSlowDownloadsAreAskedAgain();
    void anExpiredTokenKeepsFailingIntoADeadLetter();
    void noTokenSaysSo();
    void theCapRefusesWhatIsTooLarge();
    void largeFilesAreStreamedNotHeld();
    void theCapEvictsTheLeastRecentlyViewedUnlessPinned();
    void aReplayIsNeverDownloaded();
    void anExpiredTokenAtTheLookupIsRetriedWithItsReason();
    void aFileWithNoDigestIsNotKept();
    void erasingThePersonRemovesTheirFiles();
};

void TestMedia::digestsAreReadInEitherForm()
{
    const QByteArray bytes = photoBytes('a');
    const QString hex =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QCOMPARE(MediaFetcher::hexDigest(MockGraph::base64Sha256(bytes)), hex);
    QCOMPARE(MediaFetcher::hexDigest(hex.toUpper()), hex);
    QVERIFY(MediaFetcher::hexDigest(QStringLiteral("not a digest")).isEmpty());
    QVERIFY(MediaFetcher::hexDigest(QString()).isEmpty());
    // Names come from the content and the mime type, never from what the customer sent.
    MediaStore store(QStringLiteral("/x"));
    QCOMPARE(store.pathOf(hex, QStringLiteral("image/jpeg")),
             QStringLiteral("/x/%1/%2.jpg").arg(hex.left(2), hex));
    QCOMPARE(MediaStore::extensionFor(QStringLiteral("audio/ogg; codecs=opus")),
             QStringLiteral("oga"));
    QCOMPARE(MediaStore::extensionFor(QStringLiteral("../../etc")), QStringLiteral("bin"));
}

void TestMedia::initTestCase()
{
    // A world that cannot open (PostgreSQL asked for but not given) ends the run here, with its
    // reason, rather than in each test's Setup, whose failed check cannot stop the test using it.
    ProcessingHarness harness;
    QVERIFY2(harness.isValid(), qPrintable(harness.error()));
}

void TestMedia::everyInboundMediaFromMetaIsScheduled()
{
    Setup s;
    // Every fixture from Meta, and each again as an operator's replay.
    int fromMeta = 0;
    for (const QString &fixture : Fixtures::bodies()) {
        s.harness.injectFromMeta(Fixtures::read(fixture));
        ++fromMeta;
    }
    s.harness.inject(Fixtures::bodies());
    s.harness.process();
    QVERIFY(fromMeta > 0);
    const int media =
        s.harness
            .scalar(QStringLiteral("SELECT count(*) FROM proj.messages WHERE direction = 'inbound' "
                                   "AND origin = 'meta' AND type IN ('image', 'sticker', 'audio', "
                                   "'video', 'document')"))
            .toInt();
    QVERIFY2(media >= 5, qPrintable(QString::number(media)));
    const auto found = MediaLog::discover(s.harness.db().handle(), 0, 1000, Clock::nowMicros());
    QVERIFY2(found, qPrintable(found ? QString() : found.error()));
    QCOMPARE(found->added, media);
    // Looked at again: nothing new.
    QCOMPARE(MediaLog::discover(s.harness.db().handle(), 0, 1000, Clock::nowMicros())->added, 0);
    QCOMPARE(
        s.harness.scalar(QStringLiteral("SELECT count(DISTINCT type) FROM main.media")).toInt(), 5);
    // Nothing an operator replayed is fetched with the line's token.
    QCOMPARE(s.harness
                 .scalar(QStringLiteral("SELECT count(*) FROM main.media m JOIN proj.messages p ON "
                                        "p.line = m.line AND p.wamid = m.wamid WHERE p.origin <> "
                                        "'meta'"))
                 .toInt(),
             0);
}

void TestMedia::downloadsAreVerifiedAndKeptByTheirContent()
{
    Setup s;
    const QByteArray photo = photoBytes('p');
    s.graph.addMedia(QStringLiteral("1001"), photo, QStringLiteral("image/jpeg"));
    s.customerSent(QStringLiteral("wamid.PHOTO1"), QStringLiteral("image"), QStringLiteral("1001"),
                   photo, QStringLiteral("image/jpeg"),
                   {{QStringLiteral("caption"), QStringLiteral("a peça quebrada")}});
    // Found at the worker's next look; processing never waits for it.
    QVERIFY(s.state(QStringLiteral("wamid.PHOTO1")).isEmpty());
    QSignalSpy progress(s.worker.get(), &MediaWorker::progress);
    QCOMPARE(s.settle(QStringLiteral("wamid.PHOTO1")), QStringLiteral("stored"));
    const MediaItem kept = s.item(QStringLiteral("wamid.PHOTO1"));
    QCOMPARE(kept.size, qint64(photo.size()));
    QCOMPARE(kept.attempts, 1);
    QFile file(s.worker->store().pathOf(kept.sha256, kept.mime));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QCOMPARE(file.readAll(), photo);
    QVERIFY(file.fileName().endsWith(QLatin1String(".jpg")));
    QVERIFY(!progress.isEmpty());
    // Both calls carried the token; the download went to the URL the Graph API gave.
    const QList<MockGraph::Request> requests = s.graph.requests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(requests.at(0).path.endsWith(QLatin1String("/1001")));
    QVERIFY(requests.at(1).path.startsWith(QLatin1String("/media-download/1001")));
    for (const MockGraph::Request &request : requests)
        QCOMPARE(request.authorization, QByteArray("Bearer ") + MockGraph::goodToken);

    // The same picture sent again is kept once.
    s.graph.addMedia(QStringLiteral("1002"), photo, QStringLiteral("image/jpeg"));
    s.customerSent(QStringLiteral("wamid.PHOTO2"), QStringLiteral("image"), QStringLiteral("1002"),
                   photo, QStringLiteral("image/jpeg"));
    QCOMPARE(s.settle(QStringLiteral("wamid.PHOTO2")), QStringLiteral("stored"));
    QCOMPARE(s.filesKept(), 1);
    // Nothing of the token in the database.
    if (!s.harness.world().isPostgres())
        QVERIFY(!s.harness.world().databaseBytes().contains(MockGraph::goodToken));
}

void TestMedia::aFileThatIsNotTheOneNamedIsKeptOutAndDeadLettered()
{
    Setup s;
    const QByteArray doc = photoBytes('d', 9000);
    s.graph.addMedia(QStringLiteral("2001"), doc, QStringLiteral("application/pdf"));
    s.graph.failDownloads(MockGraph::Failure::WrongBytes);
    s.customerSent(QStringLiteral("wamid.DOC1"), QStringLiteral("document"), QStringLiteral("2001"),
                   doc, QStringLiteral("application/pdf"),
                   {{QStringLiteral("filename"), QStringLiteral("../../nota fiscal.pdf")}});
    QCOMPARE(s.settle(QStringLiteral("wamid.DOC1")), QStringLiteral("failed"));
    QCOMPARE(s.filesKept(), 0);
    QVERIFY(QDir(s.root + QStringLiteral("/partial")).isEmpty());
    const MediaItem failed = s.item(QStringLiteral("wamid.DOC1"));
    QVERIFY2(failed.error.contains(QLatin1String("SHA-256")), qPrintable(failed.error));
    QCOMPARE(failed.fileName, QStringLiteral("../../nota fiscal.pdf"));

    // The operator sees a dead letter media_unavailable, and one click fetches it again.
    DeadLetterFilter filter;
    filter.reason = QStringLiteral("media_unavailable");
    DeadLetterQueue queue(s.harness.db().handle());
    const auto dead = queue.list(filter);
    QVERIFY(dead);
    QCOMPARE(dead->size(), 1);
    QCOMPARE(dead->first().state, QStringLiteral("dead"));
    QCOMPARE(dead->first().itemKey, QStringLiteral("wamid.DOC1"));
    QVERIFY(dead->first().lastError.contains(QLatin1String("SHA-256")));
    const auto retried = queue.retry({dead->first().id});
    QVERIFY(retried);
    QCOMPARE(*retried, 1);
    QCOMPARE(s.state(QStringLiteral("wamid.DOC1")), QStringLiteral("pending"));
    QCOMPARE(s.settle(QStringLiteral("wamid.DOC1")), QStringLiteral("stored"));
    QCOMPARE(queue.list(filter)->first().state, QStringLiteral("retried"));
}

void TestMedia::mediaMetaNoLongerServesIsExpired()
{
    Setup s;
    // Meta does not know the media id (any more): its 404 means expired, not an error.
    s.customerSent(QStringLiteral("wamid.OLD1"), QStringLiteral("audio"), QStringLiteral("3001"),
                   photoBytes('o'), QStringLiteral("audio/ogg; codecs=opus"),
                   {{QStringLiteral("voice"), true}});
    QCOMPARE(s.settle(QStringLiteral("wamid.OLD1")), QStringLiteral("expired"));
    // A download URL that answers 404 too.
    s.graph.addMedia(QStringLiteral("3002"), photoBytes('v'), QStringLiteral("video/mp4"));
    s.graph.failDownloads(MockGraph::Failure::NotFound);
    s.customerSent(QStringLiteral("wamid.OLD2"), QStringLiteral("video"), QStringLiteral("3002"),
                   photoBytes('v'), QStringLiteral("video/mp4"));
    QCOMPARE(s.settle(QStringLiteral("wamid.OLD2")), QStringLiteral("expired"));
    DeadLetterFilter filter;
    filter.reason = QStringLiteral("media_unavailable");
    QVERIFY(DeadLetterQueue(s.harness.db().handle()).list(filter)->isEmpty());
}

void TestMedia::brokenOrSlowDownloadsAreAskedAgain()
{
    Setup s([](MediaOptions &o) { o.endpoint.timeoutMs = 400; });
    const QByteArray bytes = photoBytes('t', 600 * 1024);
    s.graph.addMedia(QStringLiteral("4001"), bytes, QStringLiteral("image/png"));
    // Cut off halfway (Qt may ask a broken-off GET again by itself: that one is cut too).
    s.graph.failDownloads(MockGraph::Failure::Truncated, 3);
    s.customerSent(QStringLiteral("wamid.CUT1"), QStringLiteral("image"), QStringLiteral("4001"),
                   bytes, QStringLiteral("image/png"));
    QCOMPARE(s.settle(QStringLiteral("wamid.CUT1")), QStringLiteral("pending"));
    MediaItem item = s.item(QStringLiteral("wamid.CUT1"));
    QCOMPARE(item.attempts, 1);
    QVERIFY2(item.error.contains(QLatin1String("broke off")), qPrintable(item.error));
    QCOMPARE(s.filesKept(), 0);
    s.graph.clearDownloadFailures();
    // Then nothing comes for longer than the transfer timeout.
    s.graph.failDownloads(MockGraph::Failure::Slow, 3, 3000);
    QTest::qWait(5); // the backoff here is a millisecond
    QCOMPARE(s.settle(QStringLiteral("wamid.CUT1")), QStringLiteral("pending"));
    item = s.item(QStringLiteral("wamid.CUT1"));
    QCOMPARE(item.attempts, 2);
    QVERIFY2(item.error.contains(QLatin1String("stalled")), qPrintable(item.error));
    s.graph.clearDownloadFailures();
    QTest::qWait(5);
    QCOMPARE(s.settle(QStringLiteral("wamid.CUT1")), QStringLiteral("stored"));
    QCOMPARE(s.item(QStringLiteral("wamid.CUT1")).size, qint64(bytes.size()));
}

void TestMedia::anExpiredTokenKeepsFailingIntoADeadLetter()
{
    Setup s;
    const QByteArray bytes = photoBytes('k');
    s.graph.addMedia(QStringLiteral("5001"), bytes, QStringLiteral("image/webp"));
    s.graph.failDownloads(MockGraph::Failure::ExpiredToken, 3);
    s.customerSent(QStringLiteral("wamid.STK1"), QStringLiteral("sticker"), QStringLiteral("5001"),
                   bytes, QStringLiteral("image/webp"), {{QStringLiteral("animated"), false}});
    QCOMPARE(s.settle(QStringLiteral("wamid.STK1")), QStringLiteral("pending"));
    QVERIFY(s.item(QStringLiteral("wamid.STK1")).error.contains(QLatin1String("401")));
    QTest::qWait(5);
    QCOMPARE(s.settle(QStringLiteral("wamid.STK1")), QStringLiteral("pending"));
    QTest::qWait(5);
    QCOMPARE(s.settle(QStringLiteral("wamid.STK1")), QStringLiteral("failed"));
    QCOMPARE(s.item(QStringLiteral("wamid.STK1")).attempts, 3);
    DeadLetterFilter filter;
    filter.reason = QStringLiteral("media_unavailable");
    const auto dead = DeadLetterQueue(s.harness.db().handle()).list(filter);
    QCOMPARE(dead->size(), 1);
    QCOMPARE(dead->first().attempts, 3);
    // Fetched now by hand (hookline media fetch): the token works again.
    QSignalSpy changed(s.worker.get(), &MediaWorker::changed);
    QVERIFY(s.worker->fetchNow(QString(), QStringLiteral("wamid.STK1")));
    QTRY_COMPARE_WITH_TIMEOUT(s.state(QStringLiteral("wamid.STK1")), QStringLiteral("stored"),
                              10000);
}

void TestMedia::noTokenSaysSo()
{
    Setup s({}, false);
    s.customerSent(QStringLiteral("wamid.NT1"), QStringLiteral("image"), QStringLiteral("6001"),
                   photoBytes('n'), QStringLiteral("image/jpeg"));
    QCOMPARE(s.settle(QStringLiteral("wamid.NT1")), QStringLiteral("pending"));
    const QString error = s.item(QStringLiteral("wamid.NT1")).error;
    QVERIFY2(error.contains(QLatin1String("apps token")), qPrintable(error));
    QCOMPARE(s.graph.requests().size(), 0);
    // A set-up to finish, not a failure of the media: no attempt used up, no dead letter.
    QCOMPARE(s.item(QStringLiteral("wamid.NT1")).attempts, 0);
    QVERIFY(s.item(QStringLiteral("wamid.NT1")).nextAttemptUs > Clock::nowMicros() + 30'000'000);

    // Many photos on that line: one poll puts them all off, and the operator is told once,
    // not once a photo a minute.
    static QStringList said;
    said.clear();
    const QtMessageHandler previous = qInstallMessageHandler(
        [](QtMsgType, const QMessageLogContext &context, const QString &message) {
            if (qstrcmp(context.category, "hookline.media") == 0)
                said << message;
        });
    for (int i = 0; i < 20; ++i)
        s.customerSent(QStringLiteral("wamid.NTM%1").arg(i), QStringLiteral("image"),
                       QStringLiteral("61%1").arg(i), photoBytes(char('a' + i)),
                       QStringLiteral("image/jpeg"));
    s.worker->poll();
    s.worker->poll();
    qInstallMessageHandler(previous);
    for (int i = 0; i < 20; ++i) {
        const auto item = s.item(QStringLiteral("wamid.NTM%1").arg(i));
        QVERIFY2(item.nextAttemptUs > Clock::nowMicros() + 30'000'000, qPrintable(item.wamid));
        QCOMPARE(item.attempts, 0);
        QVERIFY(item.error.contains(QLatin1String("apps token")));
    }
    QCOMPARE(s.graph.requests().size(), 0);
    QCOMPARE(said.filter(QStringLiteral("apps token")).size(), 0); // said at the first poll
}

void TestMedia::theCapRefusesWhatIsTooLarge()
{
    Setup s([](MediaOptions &o) { o.capBytes = 4 << 20; });
    // Meta says 2 GB: not downloaded at all.
    const QByteArray small = photoBytes('g');
    s.graph.addMedia(QStringLiteral("7001"), small, QStringLiteral("application/zip"),
                     qint64(2) << 30);
    s.customerSent(QStringLiteral("wamid.BIG1"), QStringLiteral("document"), QStringLiteral("7001"),
                   small, QStringLiteral("application/zip"));
    QCOMPARE(s.settle(QStringLiteral("wamid.BIG1")), QStringLiteral("too_large"));
    QCOMPARE(s.graph.downloadRequests(), 0);
    QVERIFY(s.item(QStringLiteral("wamid.BIG1")).error.contains(QLatin1String("2048.0 MB")));
    // A size that was not told, or not true: the download stops at the cap.
    s.graph.addGeneratedMedia(QStringLiteral("7002"), 16 << 20, QStringLiteral("video/mp4"), 1000);
    s.customerSent(QStringLiteral("wamid.BIG2"), QStringLiteral("video"), QStringLiteral("7002"),
                   QByteArray(), QStringLiteral("video/mp4"));
    QCOMPARE(s.settle(QStringLiteral("wamid.BIG2")), QStringLiteral("too_large"));
    QCOMPARE(s.filesKept(), 0);
    QVERIFY(QDir(s.root + QStringLiteral("/partial")).isEmpty());
}

void TestMedia::largeFilesAreStreamedNotHeld()
{
    constexpr qint64 size = qint64(192) << 20;
    Setup s([](MediaOptions &o) { o.capBytes = qint64(1) << 30; });
    s.graph.addGeneratedMedia(QStringLiteral("8001"), size, QStringLiteral("video/mp4"));
    s.customerSent(QStringLiteral("wamid.HUGE1"), QStringLiteral("video"), QStringLiteral("8001"),
                   QByteArray(), QStringLiteral("video/mp4"));
    QVERIFY(resetPeakResident());
    const qint64 before = peakResidentKiB();
    QCOMPARE(s.settle(QStringLiteral("wamid.HUGE1"), 60000), QStringLiteral("stored"));
    const qint64 grew = peakResidentKiB() - before;
    QVERIFY2(grew < 64 * 1024, qPrintable(QStringLiteral("peak grew %1 KiB").arg(grew)));
    QCOMPARE(s.item(QStringLiteral("wamid.HUGE1")).size, size);
}

void TestMedia::theCapEvictsTheLeastRecentlyViewedUnlessPinned()
{
    Setup s([](MediaOptions &o) { o.capBytes = (5 << 20) / 2; });
    const QString line = QLatin1String(TestWorld::support);
    auto add = [&s](const QString &wamid, const QString &id, char seed) {
        const QByteArray bytes = photoBytes(seed, 1 << 20);
        s.graph.addMedia(id, bytes, QStringLiteral("image/jpeg"));
        s.customerSent(wamid, QStringLiteral("image"), id, bytes, QStringLiteral("image/jpeg"));
        return s.settle(wamid);
    };
    QCOMPARE(add(QStringLiteral("wamid.A"), QStringLiteral("9001"), 'a'), QStringLiteral("stored"));
    QTest::qWait(2);
    QCOMPARE(add(QStringLiteral("wamid.B"), QStringLiteral("9002"), 'b'), QStringLiteral("stored"));
    QTest::qWait(2);
    s.worker->markViewed(line, QStringLiteral("wamid.A"));
    QTest::qWait(2);
    // Three files, the cap two and a half: B, neither viewed since nor pinned, goes.
    QCOMPARE(add(QStringLiteral("wamid.C"), QStringLiteral("9003"), 'c'), QStringLiteral("stored"));
    QCOMPARE(s.state(QStringLiteral("wamid.B")), QStringLiteral("evicted"));
    QCOMPARE(s.state(QStringLiteral("wamid.A")), QStringLiteral("stored"));
    QCOMPARE(s.filesKept(), 2);
    // A pinned file stays even when it is the least recently viewed.
    s.worker->setPinned(line, QStringLiteral("wamid.A"), true);
    QTest::qWait(2);
    QCOMPARE(add(QStringLiteral("wamid.D"), QStringLiteral("9004"), 'd'), QStringLiteral("stored"));
    QCOMPARE(s.state(QStringLiteral("wamid.A")), QStringLiteral("stored"));
    QCOMPARE(s.state(QStringLiteral("wamid.C")), QStringLiteral("evicted"));
    // An evicted one can be fetched again.
    QVERIFY(s.worker->fetchNow(line, QStringLiteral("wamid.B")));
    QTRY_COMPARE_WITH_TIMEOUT(s.state(QStringLiteral("wamid.B")), QStringLiteral("stored"), 10000);
}

void TestMedia::aReplayIsNeverDownloaded()
{
    Setup s;
    const QByteArray bytes = photoBytes('r');
    s.graph.addMedia(QStringLiteral("9101"), bytes, QStringLiteral("image/jpeg"));
    // An operator replays a photo message of their own making: its media id is not Meta's word.
    QJsonObject media{{QStringLiteral("id"), QStringLiteral("9101")},
                      {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                      {QStringLiteral("sha256"), MockGraph::base64Sha256(bytes)}};
    s.harness.injectBody(WebhookBody::customerMedia(
        QLatin1String(TestWorld::support), customer, nowSeconds() - 30,
        QStringLiteral("wamid.REPLAYED1"), QStringLiteral("image"), media));
    s.harness.process();
    QCOMPARE(s.harness
                 .scalar(QStringLiteral("SELECT count(*) FROM proj.messages WHERE wamid = "
                                        "'wamid.REPLAYED1'"))
                 .toInt(),
             1);
    s.worker->poll();
    QTest::qWait(200);
    QVERIFY(s.state(QStringLiteral("wamid.REPLAYED1")).isEmpty());
    QCOMPARE(s.graph.requests().size(), 0);
    QVERIFY(!s.worker->fetchNow(QString(), QStringLiteral("wamid.REPLAYED1")));
}

void TestMedia::anExpiredTokenAtTheLookupIsRetriedWithItsReason()
{
    Setup s;
    const QByteArray bytes = photoBytes('l');
    s.graph.addMedia(QStringLiteral("9201"), bytes, QStringLiteral("image/png"));
    s.graph.failNext(MockGraph::Failure::ExpiredToken);
    s.customerSent(QStringLiteral("wamid.LOOK1"), QStringLiteral("image"), QStringLiteral("9201"),
                   bytes, QStringLiteral("image/png"));
    QCOMPARE(s.settle(QStringLiteral("wamid.LOOK1")), QStringLiteral("pending"));
    const QString error = s.item(QStringLiteral("wamid.LOOK1")).error;
    QVERIFY2(error.contains(QLatin1String("190")), qPrintable(error));
    QCOMPARE(s.graph.downloadRequests(), 0);
    QTest::qWait(5);
    QCOMPARE(s.settle(QStringLiteral("wamid.LOOK1")), QStringLiteral("stored"));
}

void TestMedia::aFileWithNoDigestIsNotKept()
{
    Setup s;
    const QByteArray bytes = photoBytes('z');
    s.graph.addMedia(QStringLiteral("9301"), bytes, QStringLiteral("image/jpeg"));
    // A webhook without sha256, and a Graph API that names none either.
    s.harness.injectFromMeta(
        WebhookBody::customerMedia(QLatin1String(TestWorld::support), customer, nowSeconds() - 30,
                                   QStringLiteral("wamid.NOSHA"), QStringLiteral("image"),
                                   {{QStringLiteral("id"), QStringLiteral("9301")},
                                    {QStringLiteral("mime_type"), QStringLiteral("image/jpeg")},
                                    {QStringLiteral("sha256"), QStringLiteral("not a digest")}}));
    s.harness.process();
    s.graph.addMedia(QStringLiteral("9301"), bytes, QStringLiteral("image/jpeg"), -1, false);
    QCOMPARE(s.settle(QStringLiteral("wamid.NOSHA")), QStringLiteral("failed"));
    QVERIFY(s.item(QStringLiteral("wamid.NOSHA")).error.contains(QLatin1String("SHA-256")));
    QCOMPARE(s.filesKept(), 0);
    QCOMPARE(s.graph.downloadRequests(), 0);
}

void TestMedia::erasingThePersonRemovesTheirFiles()
{
    Setup s;
    const QByteArray bytes = photoBytes('e');
    s.graph.addMedia(QStringLiteral("9401"), bytes, QStringLiteral("image/jpeg"));
    s.customerSent(QStringLiteral("wamid.ERASE1"), QStringLiteral("image"), QStringLiteral("9401"),
                   bytes, QStringLiteral("image/jpeg"));
    QCOMPARE(s.settle(QStringLiteral("wamid.ERASE1")), QStringLiteral("stored"));
    QCOMPARE(s.filesKept(), 1);
    const auto erased =
        ContactEraser(s.harness.db().handle()).erase(customer, QString(), QStringLiteral("dpo"));
    QVERIFY2(erased, qPrintable(erased ? QString() : erased.error()));
    QVERIFY(s.state(QStringLiteral("wamid.ERASE1")).isEmpty());
    const auto swept = MediaLog::sweep(s.harness.db().handle(), s.worker->store());
    QVERIFY2(swept, qPrintable(swept ? QString() : swept.error()));
    QCOMPARE(*swept, 1);
    QCOMPARE(s.filesKept(), 0);
}

QTEST_MAIN(TestMedia)
#include "tst_media.moc"
