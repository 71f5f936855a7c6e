// Fuzzes the path from a stored body to the projections: splitting into items, projecting every
// item in its savepoint, retries and dead letters, on a real SQLite file kept in memory.
// Each input is stored as a replay delivery and processed; processing may refuse it (a dead
// letter) but never crash, hang or leave the batch half-written.
#include "processing/deliveryprocessor.h"
#include "processing/replayinjector.h"
#include "storage/configstore.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace hookline;

namespace {

// The database lives in memory (a RAM-backed folder where there is one: the processor needs its
// own connection to the same file), so each input costs no disk flush.
QString memoryFolder()
{
    const QString shm = QStringLiteral("/dev/shm");
    return QFileInfo(shm).isDir() && QFileInfo(shm).isWritable()
               ? shm + QStringLiteral("/hookline-fuzz-XXXXXX")
               : QDir::tempPath() + QStringLiteral("/hookline-fuzz-XXXXXX");
}

struct World
{
    QTemporaryDir dir{memoryFolder()};
    std::unique_ptr<Database> db;
    std::unique_ptr<DeliveryProcessor> processor;
};

World *world = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    world = new World;
    DatabaseOptions options;
    options.path = world->dir.filePath(QStringLiteral("fuzz.sqlite"));
    options.synchronousFull = false;
    auto db = Database::open(options, QStringLiteral("fuzz"));
    if (!db)
        std::abort();
    world->db = std::move(*db);
    ConfigStore store(world->db->handle());
    store.addApp({QStringLiteral("northwind"), {}, "s1", "t1"});
    store.addApp({QStringLiteral("lumen"), {}, "s2", "t2"});
    store.addLine({QStringLiteral("106540352242922"),
                   QStringLiteral("102290129340398"),
                   {},
                   {},
                   QStringLiteral("northwind"),
                   true});
    store.addLine({QStringLiteral("107711223344556"),
                   QStringLiteral("102290129340398"),
                   {},
                   {},
                   QStringLiteral("northwind"),
                   true});
    store.addLine({QStringLiteral("108877665544332"),
                   QStringLiteral("109988776655443"),
                   {},
                   {},
                   QStringLiteral("lumen"),
                   true});
    ProcessorOptions processing;
    processing.database = options;
    processing.seed = 1;
    world->processor = std::make_unique<DeliveryProcessor>(processing);
    if (!world->processor->open())
        std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!ReplayInjector(world->db->handle()).inject(body, QStringLiteral("fuzz")))
        std::abort();
    const auto result = world->processor->processBatch();
    if (!result)
        std::abort(); // the database is healthy: a failure here is a bug
    return 0;
}
