#include "deliverylog.h"

#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hookline {

namespace {

// The processing state comes from the per-connection view over both files.
const QString selectColumns =
    QStringLiteral("SELECT d.id, d.received_at_us, d.source, d.route, d.route_line, d.app_id, "
                   "d.peer, d.verdict, s.state, d.flags, d.lines, d.size, d.sha256, d.headers, "
                   "d.routing FROM deliveries d ") +
    DeliveryLog::stateJoin() + u' ';

QStringList splitList(const QString &value)
{
    return value.isEmpty() ? QStringList() : value.split(u',');
}

StoredDelivery readRow(const QSqlQuery &query)
{
    StoredDelivery d;
    d.id = query.value(0).toLongLong();
    d.receivedAtUs = query.value(1).toLongLong();
    d.source = query.value(2).toString();
    d.route = query.value(3).toString();
    d.routeLine = query.value(4).toString();
    d.appId = query.value(5).toString();
    d.peer = query.value(6).toString();
    d.verdict = query.value(7).toString();
    d.state = query.value(8).toString();
    d.flags = splitList(query.value(9).toString());
    d.lines = splitList(query.value(10).toString());
    d.size = query.value(11).toLongLong();
    d.sha256 = query.value(12).toString();
    d.headersJson = query.value(13).toByteArray();
    d.routingJson = query.value(14).toByteArray();
    return d;
}

} // namespace

DeliveryLog::DeliveryLog(QSqlDatabase &db)
    : m_db(db)
{}

QString DeliveryLog::insertStatement()
{
    return QStringLiteral(
        "INSERT INTO deliveries (received_at_us, source, route, route_line, app_id, peer, "
        "headers, verdict, flags, lines, routing, size, sha256, body) "
        "VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, '{}'), ?, COALESCE(?, ''), "
        "COALESCE(?, ''), ?, ?, ?, ?) RETURNING id");
}

QVariantList DeliveryLog::insertValues(const IncomingDelivery &d)
{
    QStringList flags;
    if (!d.routing.validJson)
        flags.append(QStringLiteral("invalid_json"));
    return {d.receivedAtUs,
            d.source,
            d.route,
            d.routeLine.isEmpty() ? QVariant() : QVariant(d.routeLine),
            d.appId.isEmpty() ? QVariant() : QVariant(d.appId),
            d.peer,
            QString::fromUtf8(d.headersJson),
            d.verdict,
            flags.join(u','),
            d.routing.lines.join(u','),
            QString::fromUtf8(d.routing.problemsJson()),
            qint64(d.body.size()),
            QString::fromLatin1(d.sha256Hex),
            d.body};
}

Expected<qint64> DeliveryLog::append(const IncomingDelivery &delivery)
{
    QSqlQuery insert(m_db);
    if (!insert.prepare(insertStatement()))
        return Error{insert.lastError().text()};
    const QVariantList values = insertValues(delivery);
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values.at(i));
    if (!insert.exec() || !insert.next())
        return Error{
            QStringLiteral("cannot store the delivery: %1").arg(insert.lastError().text())};
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    return id;
}

Expected<QList<StoredDelivery>> DeliveryLog::list(int limit, qint64 beforeId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectColumns +
                  QStringLiteral("WHERE (? <= 0 OR d.id < ?) ORDER BY d.id DESC LIMIT ?"));
    query.addBindValue(beforeId);
    query.addBindValue(beforeId);
    query.addBindValue(limit);
    if (!query.exec())
        return Error{QStringLiteral("cannot read deliveries: %1").arg(query.lastError().text())};
    QList<StoredDelivery> rows;
    while (query.next())
        rows.append(readRow(query));
    return rows;
}

Expected<StoredDelivery> DeliveryLog::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(selectColumns + QStringLiteral("WHERE d.id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Error{
            QStringLiteral("cannot read delivery %1: %2").arg(id).arg(query.lastError().text())};
    if (!query.next())
        return Error{QStringLiteral("no delivery with id %1").arg(id)};
    return readRow(query);
}

Expected<QByteArray> DeliveryLog::rawBody(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT body FROM deliveries WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return Error{
            QStringLiteral("cannot read delivery %1: %2").arg(id).arg(query.lastError().text())};
    if (!query.next())
        return Error{QStringLiteral("no delivery with id %1").arg(id)};
    return query.value(0).toByteArray();
}

Expected<qint64> DeliveryLog::count() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM deliveries")) || !query.next())
        return Error{QStringLiteral("cannot count deliveries: %1").arg(query.lastError().text())};
    return query.value(0).toLongLong();
}

QString DeliveryLog::statusView(Engine engine)
{
    // A delivery is taken once processing has read it: on SQLite, every delivery up to the
    // processing cursor; on PostgreSQL, every delivery no longer queued. A taken delivery is
    // processed unless delivery_state lists it (retrying, or pending again after an operator's
    // retry).
    const bool postgres = engine == Engine::Postgres;
    const QString taken =
        postgres ? QStringLiteral("q.delivery_id IS NULL")
                 : QStringLiteral("d.id <= (SELECT last_delivery_id FROM proj.processing_cursor)");
    return QStringLiteral(
               "delivery_status AS SELECT d.id AS id, COALESCE(s.state, CASE WHEN %1 THEN "
               "'processed' ELSE 'pending' END) AS state, CASE WHEN %1 THEN 1 ELSE 0 END AS "
               "taken, s.next_attempt_us AS next_attempt_us FROM main.deliveries d LEFT JOIN "
               "proj.delivery_state s ON s.delivery_id = d.id%2")
        .arg(taken, postgres ? QStringLiteral(" LEFT JOIN main.processing_queue q ON "
                                              "q.delivery_id = d.id")
                             : QString());
}

Expected<qint64> DeliveryLog::backlog() const
{
    // statusView()'s rule, counted without reading every delivery: on SQLite, what is past the
    // cursor was never taken; on PostgreSQL, what is queued. Either way, what delivery_state
    // lists is waiting again (and may still be queued on PostgreSQL).
    QSqlQuery query(m_db);
    const QString sql =
        SqlDialect::of(m_db).isPostgres()
            ? QStringLiteral("SELECT count(*) FROM (SELECT delivery_id FROM main.processing_queue "
                             "UNION SELECT delivery_id FROM proj.delivery_state) waiting")
            : QStringLiteral("SELECT (SELECT coalesce(max(id), 0) FROM main.deliveries) - (SELECT "
                             "last_delivery_id FROM proj.processing_cursor) + (SELECT count(*) "
                             "FROM proj.delivery_state)");
    if (!query.exec(sql) || !query.next())
        return Error{QStringLiteral("cannot count the deliveries waiting for processing: %1")
                         .arg(query.lastError().text())};
    return std::max<qint64>(0, query.value(0).toLongLong());
}

Expected<QList<RejectionRecord>> DeliveryLog::rejections(int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT at_us, peer, method, route, reason, status, size, "
                                 "body_sha256 FROM rejections ORDER BY id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return Error{QStringLiteral("cannot read rejections: %1").arg(query.lastError().text())};
    QList<RejectionRecord> rows;
    while (query.next()) {
        RejectionRecord r;
        r.atUs = query.value(0).toLongLong();
        r.peer = query.value(1).toString();
        r.method = query.value(2).toString();
        r.route = query.value(3).toString();
        r.reason = query.value(4).toString();
        r.status = query.value(5).toInt();
        r.size = query.value(6).toLongLong();
        r.sha256Hex = query.value(7).toByteArray();
        rows.append(r);
    }
    return rows;
}

} // namespace hookline
