#pragma once

#include "routing/deliveryrouting.h"
#include "storage/clock.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hookline {

// A verified delivery on its way to the delivery log; ticket ties it to its waiting response.
struct IncomingDelivery
{
    quint64 ticket = 0;
    qint64 receivedAtUs = 0;
    QString source; // meta | replay
    QString route;
    QString routeLine;
    QString appId;
    QString peer;
    QByteArray headersJson;
    QString verdict; // verified | replay
    DeliveryRouting routing;
    QByteArray body;
    QByteArray sha256Hex;
};

// The result of one delivery's commit: committed is false when its group's commit failed.
struct CommitOutcome
{
    quint64 ticket = 0;
    qint64 deliveryId = 0;
    bool committed = false;
};

// A refused request, kept in a bounded record for the operator.
struct RejectionRecord
{
    // One refused now: what every refusal (the guard's, a signature's, a handshake's) records.
    static RejectionRecord now(QString peer, QString method, QString route, QString reason,
                               int status, qint64 size = 0)
    {
        RejectionRecord rejection;
        rejection.atUs = Clock::nowMicros();
        rejection.peer = std::move(peer);
        rejection.method = std::move(method);
        rejection.route = std::move(route);
        rejection.reason = std::move(reason);
        rejection.status = status;
        rejection.size = size;
        return rejection;
    }

    qint64 atUs = 0;
    QString peer;
    QString method;
    QString route;
    QString reason;
    int status = 0;
    qint64 size = 0;
    QByteArray sha256Hex;
};

// A row of the delivery log, without its body.
struct StoredDelivery
{
    qint64 id = 0;
    qint64 receivedAtUs = 0;
    QString source;
    QString route;
    QString routeLine;
    QString appId;
    QString peer;
    QString verdict;
    QString state;
    QStringList flags;
    QStringList lines;
    qint64 size = 0;
    QString sha256;
    QByteArray headersJson;
    QByteArray routingJson; // the routing problems found on receipt
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::CommitOutcome)
