#pragma once

#include <QMetaType>
#include <QString>

namespace hookline {

// The media of one inbound message, and where its download stands (main.media).
struct MediaItem
{
    QString line;
    QString wamid;
    QString mediaId;
    QString type; // image | sticker | audio | video | document
    QString mime;
    QString fileName;       // a document's name as the customer sent it (never a local path)
    QString expectedSha256; // as the webhook gave it (base64)
    qint64 deliveryId = 0;
    qint64 messageTs = 0;
    // pending: to download (again at nextAttemptUs); stored: kept under sha256; failed: gave
    // up (a dead letter media_unavailable says why); expired: Meta no longer serves it;
    // too_large: over the size cap; evicted: removed to keep under the cap.
    QString state;
    int attempts = 0;
    qint64 nextAttemptUs = 0;
    QString error;
    QString sha256; // hex, of the file kept
    qint64 size = -1;
    qint64 declaredSize = -1;
    bool pinned = false;
    qint64 viewedAtUs = 0;
    qint64 storedAtUs = 0;

    bool isStored() const { return state == QLatin1String("stored"); }
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::MediaItem)
