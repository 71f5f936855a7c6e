#pragma once

#include "expected.h"
#include "mediaitem.h"
#include "mediastore.h"

#include <QList>

class QSqlDatabase;

namespace hookline {

// main.media: one row per inbound media message Meta delivered, with where its download stands.
// Rows are found in the projections (discover) and kept across a rebuild; every change of state
// is one statement, so a process stopped at any point leaves each row in a state it resumes from
// (a download cut short is simply pending again).
class MediaLog
{
public:
    static const QStringList &types(); // image, sticker, audio, video, document

    struct Discovered
    {
        int added = 0;
        qint64 lastDeliveryId = 0; // where the next discover() may start
    };
    // Schedules the media of inbound messages from deliveries after sinceDeliveryId.
    static Expected<Discovered> discover(QSqlDatabase &db, qint64 sinceDeliveryId, int limit,
                                         qint64 nowUs);

    static Expected<QList<MediaItem>> due(QSqlDatabase &db, qint64 nowUs, int limit);
    // The earliest time a pending row is due, or -1 when none is.
    static Expected<qint64> nextDue(QSqlDatabase &db);

    struct Filter
    {
        QString line;  // empty: any
        QString state; // empty: any
        int limit = 1000;
    };
    static Expected<QList<MediaItem>> list(QSqlDatabase &db, const Filter &filter);
    // The row of a message, by its wamid alone (on any line) or on one line; empty state: none.
    static Expected<MediaItem> find(QSqlDatabase &db, const QString &wamid,
                                    const QString &line = QString());

    // Each records the size the Graph API declared too, when item has it (declaredSize >= 0).
    static Status markStored(QSqlDatabase &db, const MediaItem &item, const QString &sha256,
                             qint64 size, const QString &mime, qint64 nowUs);
    // Another attempt at nextAttemptUs, after error; counted: it used up an attempt.
    static Status markRetry(QSqlDatabase &db, const MediaItem &item, const QString &error,
                            qint64 nextAttemptUs, qint64 nowUs, bool counted = true);
    // Every due download of a line put off until nextAttemptUs with this reason, without using
    // up an attempt (its app has no access token here): one write for the whole line.
    static Status deferLine(QSqlDatabase &db, const QString &line, const QString &error,
                            qint64 nextAttemptUs, qint64 nowUs);
    // Given up: failed (and a dead letter media_unavailable says why), expired, or too_large.
    static Status markFinal(QSqlDatabase &db, const MediaItem &item, const QString &state,
                            const QString &error, qint64 nowUs);
    // Pending again, due now, with its attempts forgotten: an operator's retry or fetch.
    static Expected<bool> requeue(QSqlDatabase &db, const QString &line, const QString &wamid,
                                  qint64 nowUs);

    static Status markViewed(QSqlDatabase &db, const QString &line, const QString &wamid,
                             qint64 nowUs);
    static Status setPinned(QSqlDatabase &db, const QString &line, const QString &wamid,
                            bool pinned);

    // Bytes kept (each file counted once, however many messages share it).
    static Expected<qint64> storedBytes(QSqlDatabase &db);
    // Stored and not pinned, the least recently viewed (or stored) first.
    static Expected<QList<MediaItem>> evictionOrder(QSqlDatabase &db, int limit);
    static Status markEvicted(QSqlDatabase &db, const MediaItem &item, qint64 nowUs);
    // Whether any stored row still names this file.
    static Expected<bool> fileInUse(QSqlDatabase &db, const QString &sha256, const QString &mime);

    static QString deadLetterKey(const QString &line, const QString &wamid);

    // Forgets the rows whose delivery is gone (erased or pruned), then removes from the store the
    // files no stored row names; how many files went.
    static Expected<int> sweep(QSqlDatabase &db, const MediaStore &store);
};

} // namespace hookline
