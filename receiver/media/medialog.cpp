#include "medialog.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hookline {

namespace {

const QString columns = QStringLiteral(
    "SELECT line, wamid, media_id, type, mime, file_name, expected_sha256, delivery_id, "
    "message_ts, state, attempts, next_attempt_us, error, sha256, size, declared_size, pinned, "
    "viewed_at_us, stored_at_us FROM main.media ");

MediaItem read(const QSqlQuery &q)
{
    MediaItem m;
    m.line = q.value(0).toString();
    m.wamid = q.value(1).toString();
    m.mediaId = q.value(2).toString();
    m.type = q.value(3).toString();
    m.mime = q.value(4).toString();
    m.fileName = q.value(5).toString();
    m.expectedSha256 = q.value(6).toString();
    m.deliveryId = q.value(7).toLongLong();
    m.messageTs = q.value(8).toLongLong();
    m.state = q.value(9).toString();
    m.attempts = q.value(10).toInt();
    m.nextAttemptUs = q.value(11).toLongLong();
    m.error = q.value(12).toString();
    m.sha256 = q.value(13).toString();
    m.size = q.value(14).isNull() ? -1 : q.value(14).toLongLong();
    m.declaredSize = q.value(15).isNull() ? -1 : q.value(15).toLongLong();
    m.pinned = q.value(16).toInt() != 0;
    m.viewedAtUs = q.value(17).toLongLong();
    m.storedAtUs = q.value(18).toLongLong();
    return m;
}

Expected<QList<MediaItem>> readAll(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return Error{QStringLiteral("cannot read %1: %2").arg(what, q.lastError().text())};
    QList<MediaItem> rows;
    while (q.next())
        rows.append(read(q));
    return rows;
}

// A QString() binds as NULL; the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// What the Graph API said the file's size is, when it said.
QVariant declared(const MediaItem &item)
{
    return item.declaredSize >= 0 ? QVariant(item.declaredSize) : QVariant();
}

Status exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return Error{QStringLiteral("cannot %1: %2").arg(what, q.lastError().text())};
    return ok();
}

} // namespace

const QStringList &MediaLog::types()
{
    static const QStringList list{QStringLiteral("image"), QStringLiteral("sticker"),
                                  QStringLiteral("audio"), QStringLiteral("video"),
                                  QStringLiteral("document")};
    return list;
}

QString MediaLog::deadLetterKey(const QString &line, const QString &wamid)
{
    return QStringLiteral("media:%1:%2").arg(line, wamid);
}

Expected<MediaLog::Discovered> MediaLog::discover(QSqlDatabase &db, qint64 sinceDeliveryId,
                                                  int limit, qint64 nowUs)
{
    // The same condition as the partial index proj.messages_media, so it is the one used.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.line, m.wamid, m.type, m.content, m.delivery_id, m.timestamp FROM proj.messages "
        "m WHERE m.direction = 'inbound' AND m.origin = 'meta' AND m.type IN ('image', "
        "'sticker', 'audio', 'video', 'document') AND m.delivery_id > ? AND NOT EXISTS (SELECT "
        "1 FROM main.media x WHERE x.line = m.line AND x.wamid = m.wamid) ORDER BY "
        "m.delivery_id LIMIT ?"));
    q.addBindValue(sinceDeliveryId);
    q.addBindValue(limit);
    if (!q.exec())
        return Error{QStringLiteral("cannot look for new media: %1").arg(q.lastError().text())};
    QList<MediaItem> found;
    Discovered result;
    result.lastDeliveryId = sinceDeliveryId;
    while (q.next()) {
        const QJsonObject content =
            QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        MediaItem m;
        m.line = q.value(0).toString();
        m.wamid = q.value(1).toString();
        m.type = q.value(2).toString();
        m.mediaId = content.value(QLatin1String("id")).toString();
        m.mime = content.value(QLatin1String("mime_type")).toString();
        m.fileName = content.value(QLatin1String("filename")).toString();
        m.expectedSha256 = content.value(QLatin1String("sha256")).toString();
        m.deliveryId = q.value(4).toLongLong();
        m.messageTs = q.value(5).toLongLong();
        result.lastDeliveryId = qMax(result.lastDeliveryId, m.deliveryId);
        found.append(m);
    }
    q.finish();
    // A full page may have stopped inside a delivery (a history sync brings hundreds of media):
    // the next look starts at that delivery again, and the rows taken now are skipped then.
    if (found.size() == limit)
        result.lastDeliveryId = found.constLast().deliveryId - 1;
    if (found.isEmpty())
        return result;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO main.media (line, wamid, media_id, type, mime, file_name, expected_sha256, "
        "delivery_id, message_ts, state, error, created_at_us, updated_at_us) VALUES (?, ?, ?, "
        "?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (line, wamid) DO NOTHING"));
    if (!db.transaction())
        return Error{QStringLiteral("cannot schedule media: %1").arg(db.lastError().text())};
    for (const MediaItem &m : found) {
        // A message without a media id cannot be fetched: it says so instead of waiting.
        const bool fetchable = !m.mediaId.isEmpty();
        insert.addBindValue(m.line);
        insert.addBindValue(m.wamid);
        insert.addBindValue(text(m.mediaId));
        insert.addBindValue(m.type);
        insert.addBindValue(text(m.mime));
        insert.addBindValue(text(m.fileName));
        insert.addBindValue(text(m.expectedSha256));
        insert.addBindValue(m.deliveryId);
        insert.addBindValue(m.messageTs);
        insert.addBindValue(fetchable ? QStringLiteral("pending") : QStringLiteral("failed"));
        insert.addBindValue(fetchable ? QStringLiteral("")
                                      : QStringLiteral("the webhook carried no media id"));
        insert.addBindValue(nowUs);
        insert.addBindValue(nowUs);
        if (!insert.exec()) {
            const QString error = insert.lastError().text();
            db.rollback();
            return Error{QStringLiteral("cannot schedule media: %1").arg(error)};
        }
        result.added += insert.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!db.commit())
        return Error{QStringLiteral("cannot schedule media: %1").arg(db.lastError().text())};
    return result;
}

Expected<QList<MediaItem>> MediaLog::due(QSqlDatabase &db, qint64 nowUs, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The newest first: what an agent is looking at now matters more than a backlog.
    q.prepare(columns + QStringLiteral("WHERE state = 'pending' AND next_attempt_us <= ? ORDER "
                                       "BY message_ts DESC, wamid LIMIT ?"));
    q.addBindValue(nowUs);
    q.addBindValue(limit);
    return readAll(q, QStringLiteral("the media to download"));
}

Expected<qint64> MediaLog::nextDue(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT min(next_attempt_us) FROM main.media WHERE state = "
                               "'pending'")))
        return Error{
            QStringLiteral("cannot read the media to download: %1").arg(q.lastError().text())};
    if (!q.next() || q.value(0).isNull())
        return qint64(-1);
    return q.value(0).toLongLong();
}

Expected<QList<MediaItem>> MediaLog::list(QSqlDatabase &db, const Filter &filter)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(columns + QStringLiteral("WHERE (? = '' OR line = ?) AND (? = '' OR state = ?) "
                                       "ORDER BY message_ts DESC, wamid LIMIT ?"));
    for (const QString &value : {filter.line, filter.state}) {
        q.addBindValue(value.isNull() ? QStringLiteral("") : value);
        q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    }
    q.addBindValue(filter.limit);
    return readAll(q, QStringLiteral("the media"));
}

Expected<MediaItem> MediaLog::find(QSqlDatabase &db, const QString &wamid, const QString &line)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(columns + QStringLiteral("WHERE wamid = ? AND (? = '' OR line = ?) LIMIT 1"));
    q.addBindValue(wamid);
    q.addBindValue(line.isNull() ? QStringLiteral("") : line);
    q.addBindValue(line.isNull() ? QStringLiteral("") : line);
    const auto rows = readAll(q, QStringLiteral("the media"));
    if (!rows)
        return Error{rows.error()};
    return rows->isEmpty() ? MediaItem() : rows->first();
}

Status MediaLog::markStored(QSqlDatabase &db, const MediaItem &item, const QString &sha256,
                            qint64 size, const QString &mime, qint64 nowUs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE main.media SET state = 'stored', sha256 = ?, size = ?, "
                             "declared_size = coalesce(?, declared_size), mime = ?, attempts = "
                             "attempts + 1, error = '', stored_at_us = ?, updated_at_us = ? WHERE "
                             "line = ? AND wamid = ?"));
    q.addBindValue(sha256);
    q.addBindValue(size);
    q.addBindValue(declared(item));
    q.addBindValue(text(mime.isEmpty() ? item.mime : mime));
    q.addBindValue(nowUs);
    q.addBindValue(nowUs);
    q.addBindValue(item.line);
    q.addBindValue(item.wamid);
    if (const Status done = exec(q, QStringLiteral("record the media kept")); !done)
        return done;
    // A dead letter for it is settled. Looked for first: a write to the projections waits for
    // processing's, and most downloads never had one.
    q.prepare(QStringLiteral("SELECT 1 FROM proj.dead_letters WHERE key = ? AND state IN "
                             "('dead', 'retrying')"));
    q.addBindValue(deadLetterKey(item.line, item.wamid));
    if (const Status read = exec(q, QStringLiteral("read the media's dead letter")); !read)
        return read;
    if (!q.next())
        return ok();
    q.finish();
    q.prepare(QStringLiteral("UPDATE proj.dead_letters SET state = 'retried', updated_at_us = ? "
                             "WHERE key = ? AND state IN ('dead', 'retrying')"));
    q.addBindValue(nowUs);
    q.addBindValue(deadLetterKey(item.line, item.wamid));
    return exec(q, QStringLiteral("settle the media's dead letter"));
}

Status MediaLog::markRetry(QSqlDatabase &db, const MediaItem &item, const QString &error,
                           qint64 nextAttemptUs, qint64 nowUs, bool counted)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE main.media SET state = 'pending', attempts = attempts + ?, "
                             "next_attempt_us = ?, error = ?, declared_size = coalesce(?, "
                             "declared_size), updated_at_us = ? WHERE line = ? AND wamid = ?"));
    q.addBindValue(counted ? 1 : 0);
    q.addBindValue(nextAttemptUs);
    q.addBindValue(text(error));
    q.addBindValue(declared(item));
    q.addBindValue(nowUs);
    q.addBindValue(item.line);
    q.addBindValue(item.wamid);
    return exec(q, QStringLiteral("record a media download's failure"));
}

Status MediaLog::deferLine(QSqlDatabase &db, const QString &line, const QString &error,
                           qint64 nextAttemptUs, qint64 nowUs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE main.media SET next_attempt_us = ?, error = ?, updated_at_us "
                             "= ? WHERE line = ? AND state = 'pending' AND next_attempt_us <= ?"));
    q.addBindValue(nextAttemptUs);
    q.addBindValue(text(error));
    q.addBindValue(nowUs);
    q.addBindValue(line);
    q.addBindValue(nowUs);
    return exec(q, QStringLiteral("put off a line's media downloads"));
}

Status MediaLog::markFinal(QSqlDatabase &db, const MediaItem &item, const QString &state,
                           const QString &error, qint64 nowUs)
{
    if (!db.transaction())
        return Error{db.lastError().text()};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE main.media SET state = ?, attempts = attempts + 1, error = "
                             "?, declared_size = coalesce(?, declared_size), updated_at_us = ? "
                             "WHERE line = ? AND wamid = ?"));
    q.addBindValue(state);
    q.addBindValue(text(error));
    q.addBindValue(declared(item));
    q.addBindValue(nowUs);
    q.addBindValue(item.line);
    q.addBindValue(item.wamid);
    Status done = exec(q, QStringLiteral("record a media download's end"));
    if (done && state == QLatin1String("failed")) {
        // Visible in the dead-letter panel, with a one-click retry (DeadLetterQueue::retry).
        q.prepare(QStringLiteral(
            "INSERT INTO proj.dead_letters (key, delivery_id, reason, line, item_key, detail, "
            "attempts, last_error, state, created_at_us, updated_at_us) VALUES (?, ?, "
            "'media_unavailable', ?, ?, ?, ?, ?, 'dead', ?, ?) ON CONFLICT (key) DO UPDATE SET "
            "state = 'dead', detail = excluded.detail, attempts = excluded.attempts, last_error "
            "= excluded.last_error, updated_at_us = excluded.updated_at_us"));
        q.addBindValue(deadLetterKey(item.line, item.wamid));
        q.addBindValue(item.deliveryId);
        q.addBindValue(item.line);
        q.addBindValue(item.wamid);
        q.addBindValue(QStringLiteral("%1 %2 (media %3)").arg(item.type, item.wamid, item.mediaId));
        q.addBindValue(item.attempts + 1);
        q.addBindValue(text(error));
        q.addBindValue(nowUs);
        q.addBindValue(nowUs);
        done = exec(q, QStringLiteral("record the media's dead letter"));
    }
    if (!done) {
        db.rollback();
        return done;
    }
    if (!db.commit())
        return Error{db.lastError().text()};
    return ok();
}

Expected<bool> MediaLog::requeue(QSqlDatabase &db, const QString &line, const QString &wamid,
                                 qint64 nowUs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE main.media SET state = 'pending', attempts = 0, "
                             "next_attempt_us = 0, error = '', updated_at_us = ? WHERE line = ? "
                             "AND wamid = ? AND state <> 'stored'"));
    q.addBindValue(nowUs);
    q.addBindValue(line);
    q.addBindValue(wamid);
    if (const Status done = exec(q, QStringLiteral("fetch the media again")); !done)
        return Error{done.error()};
    return q.numRowsAffected() > 0;
}

Status MediaLog::markViewed(QSqlDatabase &db, const QString &line, const QString &wamid,
                            qint64 nowUs)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE main.media SET viewed_at_us = ? WHERE line = ? AND wamid = ?"));
    q.addBindValue(nowUs);
    q.addBindValue(line);
    q.addBindValue(wamid);
    return exec(q, QStringLiteral("record the media viewed"));
}

Status MediaLog::setPinned(QSqlDatabase &db, const QString &line, const QString &wamid, bool pinned)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE main.media SET pinned = ? WHERE line = ? AND wamid = ?"));
    q.addBindValue(pinned ? 1 : 0);
    q.addBindValue(line);
    q.addBindValue(wamid);
    return exec(q, QStringLiteral("pin the media"));
}

Expected<qint64> MediaLog::storedBytes(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce(sum(size), 0) FROM (SELECT sha256, max(size) AS "
                               "size FROM main.media WHERE state = 'stored' GROUP BY sha256) "
                               "files")) ||
        !q.next())
        return Error{QStringLiteral("cannot read the media kept: %1").arg(q.lastError().text())};
    return q.value(0).toLongLong();
}

Expected<QList<MediaItem>> MediaLog::evictionOrder(QSqlDatabase &db, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The later of viewed and stored: a file fetched again counts as new.
    q.prepare(columns + QStringLiteral("WHERE state = 'stored' AND pinned = 0 ORDER BY CASE WHEN "
                                       "coalesce(viewed_at_us, 0) > coalesce(stored_at_us, 0) "
                                       "THEN viewed_at_us ELSE coalesce(stored_at_us, 0) END, "
                                       "wamid LIMIT ?"));
    q.addBindValue(limit);
    return readAll(q, QStringLiteral("the media kept"));
}

Status MediaLog::markEvicted(QSqlDatabase &db, const MediaItem &item, qint64 nowUs)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE main.media SET state = 'evicted', error = '', updated_at_us "
                             "= ? WHERE line = ? AND wamid = ?"));
    q.addBindValue(nowUs);
    q.addBindValue(item.line);
    q.addBindValue(item.wamid);
    return exec(q, QStringLiteral("record the media removed"));
}

Expected<int> MediaLog::sweep(QSqlDatabase &db, const MediaStore &store)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM main.media WHERE delivery_id IS NOT NULL AND NOT "
                               "EXISTS (SELECT 1 FROM main.deliveries d WHERE d.id = "
                               "media.delivery_id)")))
        return Error{QStringLiteral("cannot forget erased media: %1").arg(q.lastError().text())};
    if (!q.exec(QStringLiteral("SELECT DISTINCT sha256, mime FROM main.media WHERE state = "
                               "'stored'")))
        return Error{QStringLiteral("cannot read the media kept: %1").arg(q.lastError().text())};
    QSet<QString> kept;
    while (q.next())
        kept.insert(
            QFileInfo(store.pathOf(q.value(0).toString(), q.value(1).toString())).fileName());
    return store.sweep(kept);
}

Expected<bool> MediaLog::fileInUse(QSqlDatabase &db, const QString &sha256, const QString &mime)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT 1 FROM main.media WHERE sha256 = ? AND mime = ? AND state = 'stored' LIMIT 1"));
    q.addBindValue(sha256);
    q.addBindValue(mime);
    if (!q.exec())
        return Error{QStringLiteral("cannot read the media kept: %1").arg(q.lastError().text())};
    return q.next();
}

} // namespace hookline
