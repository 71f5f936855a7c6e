#pragma once

#include "processing/workitem.h"

#include <QByteArray>

namespace hookline {

class TrustDirectory;

// Splits a delivery body into work items (entry x change x message / status / echo / event /
// error) and dead letters for what cannot be attributed: unknown or foreign lines, unknown
// WABAs, fields and objects, and bodies that are not JSON.
class DeliverySplitter
{
public:
    // signingAppId is empty for operator replays, which may name any configured line.
    static SplitDelivery split(const QByteArray &body, const QString &signingAppId,
                               const TrustDirectory &directory);

    // The fields Hookline projects as WABA-level events.
    static bool isWabaField(const QString &field);

    // The fields whose changes name their line in metadata.phone_number_id.
    static bool isLineField(const QString &field);
};

} // namespace hookline
