#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace hookline {

// Why a change of a delivery cannot be attributed to a line. It is kept and shown as a
// dead letter instead.
struct RoutingProblem
{
    QString reason; // an OwnershipProblem's reason, or invalid_json
    int entryIndex = -1;
    int changeIndex = -1;
    QString phoneNumberId;
    QString detail;
};

// What the receiver learns about a delivery's lines before acknowledging it.
struct DeliveryRouting
{
    bool validJson = true;
    QStringList lines; // routable lines, in order of first appearance
    QList<RoutingProblem> problems;

    // problems as a compact JSON array, as kept with the delivery.
    QByteArray problemsJson() const;
};

} // namespace hookline
