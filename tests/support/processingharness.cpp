#include "processingharness.h"

#include "fixtures.h"
#include "http/signatureverifier.h"
#include "processing/exporter.h"
#include "processing/replayinjector.h"
#include "routing/deliveryclassifier.h"
#include "storage/clock.h"
#include "storage/configstore.h"
#include "storage/deliverylog.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

namespace hookline::test {

ProcessingHarness::ProcessingHarness(const std::function<void(ProcessorOptions &)> &tweak)
{
    QStandardPaths::setTestModeEnabled(true);
    m_error = m_world.seed();
    if (!m_error.isEmpty())
        return;
    auto db = m_world.open(QStringLiteral("test"));
    if (!db) {
        m_error = db.error();
        return;
    }
    m_db = std::move(*db);
    ProcessorOptions processorOptions;
    processorOptions.database = m_world.databaseOptions();
    processorOptions.database.synchronousFull = false;
    processorOptions.seed = 7;
    if (tweak)
        tweak(processorOptions);
    m_processor = std::make_unique<DeliveryProcessor>(processorOptions);
    if (Status opened = m_processor->open(); !opened)
        m_error = opened.error();
}

qint64 ProcessingHarness::injectBody(const QByteArray &body, const QString &origin)
{
    const auto id = ReplayInjector(m_db->handle()).inject(body, origin);
    if (!id)
        qFatal("cannot inject: %s", qPrintable(id.error()));
    return *id;
}

qint64 ProcessingHarness::injectFromMeta(const QByteArray &body, const QString &appId)
{
    const auto directory = ConfigStore(m_db->handle()).load();
    if (!directory)
        qFatal("cannot load the directory: %s", qPrintable(directory.error()));
    IncomingDelivery delivery;
    delivery.receivedAtUs = Clock::nowMicros();
    delivery.source = QStringLiteral("meta");
    delivery.route = QStringLiteral("unified");
    delivery.appId = appId;
    delivery.peer = QStringLiteral("127.0.0.1");
    delivery.headersJson = "{}";
    delivery.verdict = QStringLiteral("verified");
    delivery.routing = DeliveryClassifier::classify(body, appId, *directory);
    delivery.body = body;
    delivery.sha256Hex = SignatureVerifier::sha256Hex(body);
    const auto id = DeliveryLog(m_db->handle()).append(delivery);
    if (!id)
        qFatal("cannot store: %s", qPrintable(id.error()));
    return *id;
}

QList<qint64> ProcessingHarness::inject(const QStringList &fixtures)
{
    QList<qint64> ids;
    for (const QString &file : fixtures)
        ids.append(injectBody(Fixtures::read(file), file));
    return ids;
}

BatchResult ProcessingHarness::process()
{
    const auto result = m_processor->processAll();
    if (!result)
        qFatal("processing failed: %s", qPrintable(result.error()));
    return *result;
}

BatchResult ProcessingHarness::replay(const QStringList &fixtures)
{
    inject(fixtures);
    return process();
}

QJsonObject ProcessingHarness::exportAll()
{
    const auto exported = Exporter(m_db->handle()).build();
    if (!exported)
        qFatal("export failed: %s", qPrintable(exported.error()));
    return *exported;
}

QString ProcessingHarness::conversationSummaries()
{
    QSqlQuery query(m_db->handle());
    query.exec(QStringLiteral("SELECT line, customer, last_ts, last_wamid, last_inbound_ts FROM "
                              "conversations ORDER BY line, customer"));
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < 5; ++i)
            fields.append(query.value(i).toString());
        rows.append(fields.join(u'|'));
    }
    return rows.join(u'\n') + u'\n';
}

QVariant ProcessingHarness::scalar(const QString &sql, const QVariantList &bind)
{
    return TestWorld::scalar(*m_db, sql, bind);
}

QJsonObject ProcessingHarness::message(const QJsonObject &exported, const QString &wamid)
{
    for (const QJsonValue &value : exported.value(QLatin1String("messages")).toArray()) {
        if (value.toObject().value(QLatin1String("wamid")).toString() == wamid)
            return value.toObject();
    }
    return {};
}

} // namespace hookline::test
