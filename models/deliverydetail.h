#pragma once

#include "expected.h"
#include "processing/deliverytrail.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace hookline {

// One delivery as the inspector shows it: what arrived, how it was judged, and what processing
// made of it (its items and dead letters).
struct DeliveryDetail
{
    struct Item
    {
        QString key;
        QString kind;
        QString line;
        QString state;
        int attempts = 0;
        QString lastError;
    };
    struct DeadLetter
    {
        qint64 id = 0;
        QString reason;
        QString state;
        int attempts = 0;
        QString detail;
    };
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
    QList<Item> items;
    QList<DeadLetter> deadLetters;
    QList<TrailStep> trail; // the whole history, in time order

    static Expected<DeliveryDetail> load(QSqlDatabase &db, qint64 id);
    // The body pretty-printed when it is JSON, else as text.
    QString prettyBody() const;
};

} // namespace hookline
