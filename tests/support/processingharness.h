#pragma once

#include "processing/deliveryprocessor.h"
#include "storage/database.h"
#include "testworld.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace hookline::test {

// The test world's database with a real DeliveryProcessor on it: replay fixtures, process,
// export, as the command line does.
class ProcessingHarness
{
public:
    explicit ProcessingHarness(const std::function<void(ProcessorOptions &)> &tweak = {});

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    TestWorld &world() { return m_world; }
    Database &db() { return *m_db; }
    DeliveryProcessor &processor() { return *m_processor; }

    // Stores each fixture as a replay delivery (without processing); returns the ids.
    QList<qint64> inject(const QStringList &fixtures);
    qint64 injectBody(const QByteArray &body, const QString &origin = QStringLiteral("test"));
    // Stores a body as the receiver does once appId's signature checked out (Meta's delivery).
    qint64 injectFromMeta(const QByteArray &body,
                          const QString &appId = QStringLiteral("northwind"));
    // Processes everything due; fails the test on error.
    BatchResult process();
    // inject + process.
    BatchResult replay(const QStringList &fixtures);

    QJsonObject exportAll();
    // Every conversation summary, one per line of text, in key order.
    QString conversationSummaries();
    QVariant scalar(const QString &sql, const QVariantList &bind = {});

    // The export's message with that wamid, or an empty object.
    static QJsonObject message(const QJsonObject &exported, const QString &wamid);

private:
    TestWorld m_world;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DeliveryProcessor> m_processor;
    QString m_error;
};

} // namespace hookline::test
