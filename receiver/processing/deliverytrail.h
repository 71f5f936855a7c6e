#pragma once

#include "expected.h"

#include <QJsonArray>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace hookline {

// What became of one delivery, step by step: received, its signature verdict, committed and
// acknowledged, routed, each item produced with every failed attempt and its outcome, and the
// dead letters it left.
struct TrailStep
{
    qint64 atUs = 0;
    QString step;   // received | verified | replay | committed | routed | item | attempt |
                    // dead_letter | operator | state
    QString detail; // one readable sentence
    QString item;   // the item's key, for item and attempt steps
    qint64 deadLetter = 0;
};

class DeliveryTrail
{
public:
    static Expected<QList<TrailStep>> build(QSqlDatabase &db, qint64 deliveryId);
    static QJsonArray toJson(const QList<TrailStep> &steps);
};

} // namespace hookline
