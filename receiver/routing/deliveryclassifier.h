#pragma once

#include "routing/deliveryrouting.h"
#include "routing/routingenvelope.h"

#include <QByteArrayView>

namespace hookline {

class TrustDirectory;

// Finds the lines a webhook body names (entry[].changes[].value.metadata.phone_number_id,
// never entry.id) and the changes that cannot be attributed to a line of the signing app.
class DeliveryClassifier
{
public:
    // signingAppId is empty for operator replays, which may name any configured line.
    static DeliveryRouting classify(QByteArrayView body, const QString &signingAppId,
                                    const TrustDirectory &directory);
    // The same, from the body's envelope.
    static DeliveryRouting route(const RoutingEnvelope &envelope, const QString &signingAppId,
                                 const TrustDirectory &directory);
};

} // namespace hookline
