#pragma once

#include "expected.h"
#include "processing/deliverytrail.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace hookline {

// One delivery as the inspector shows it: what arrived, how it was judged, and what processing
// made of it (its trail).
struct DeliveryDetail
{
    qint64 id = 0;
    qint64 receivedAtUs = 0;
    QString source;
    QString route;
    QString peer;
    QString appId;
    QString verdict;
    QString flags;
    QString lines;
    QString headersJson;
    QString routingJson;
    QString sha256;
    QString state;
    QByteArray body;
    QList<TrailStep> trail; // the whole history: items, attempts, dead letters, in time order

    static Expected<DeliveryDetail> load(QSqlDatabase &db, qint64 id);
    // The body pretty-printed when it is JSON, else as text.
    QString prettyBody() const;
};

} // namespace hookline
