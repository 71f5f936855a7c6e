#pragma once

#include "expected.h"
#include "processing/deliverytrail.h"
#include "storage/deliveryrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace hookline {

// One delivery as the inspector shows it: what arrived, how it was judged, and what processing
// made of it (its trail).
struct DeliveryDetail
{
    StoredDelivery delivery; // the log's row, its processing state included
    QByteArray body;
    QList<TrailStep> trail; // the whole history: items, attempts, dead letters, in time order

    static Expected<DeliveryDetail> load(QSqlDatabase &db, qint64 id);
    // The body pretty-printed when it is JSON, else as text.
    QString prettyBody() const;
};

} // namespace hookline
