#pragma once

#include "expected.h"
#include "storage/deliveryrecord.h"
#include "storage/engine.h"

class QSqlDatabase;
class QSqlQuery;

namespace hookline {

// Reads the delivery log and the record of rejected requests.
class DeliveryLog
{
public:
    explicit DeliveryLog(QSqlDatabase &db);

    // The statement that appends a delivery, and binding one to a query prepared with it.
    static QString insertStatement();
    static QVariantList insertValues(const IncomingDelivery &delivery);

    // Appends one delivery in its own transaction (operator replays); returns its id.
    Expected<qint64> append(const IncomingDelivery &delivery);

    // The newest deliveries first, at most limit of them, with ids below beforeId when > 0.
    Expected<QList<StoredDelivery>> list(int limit, qint64 beforeId = 0) const;
    Expected<StoredDelivery> find(qint64 id) const;
    Expected<QByteArray> rawBody(qint64 id) const;
    Expected<qint64> count() const;
    // Deliveries not processed yet: never taken, retrying, or pending again.
    Expected<qint64> backlog() const;

    // The one rule of a delivery's processing state, for queries of main.deliveries d: join
    // this, then read s.state (processed, pending or retrying) and s.taken (1 once processing
    // has read the delivery at least once). The rule is the view statusView() defines, which
    // every connection creates (Database); backlog() counts what it calls waiting.
    static QString stateJoin() { return QStringLiteral("JOIN delivery_status s ON s.id = d.id"); }
    // The view, "delivery_status AS SELECT ...", for a CREATE TEMP VIEW on engine.
    static QString statusView(Engine engine);

    Expected<QList<RejectionRecord>> rejections(int limit) const;

private:
    QSqlDatabase &m_db;
};

} // namespace hookline
