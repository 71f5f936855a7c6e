#include "deliverydetail.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

Expected<DeliveryDetail> DeliveryDetail::load(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT d.id, d.received_at_us, d.source, d.route, d.peer, coalesce(d.app_id, ''), "
        "d.verdict, d.flags, d.lines, d.headers, d.routing, d.sha256, d.body, "
        "coalesce(s.state, CASE WHEN d.id <= (SELECT last_delivery_id FROM proj.processing_cursor) "
        "THEN 'processed' ELSE 'pending' END) "
        "FROM main.deliveries d LEFT JOIN proj.delivery_state s ON s.delivery_id = d.id "
        "WHERE d.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error{q.lastError().text()};
    if (!q.next())
        return Error{QStringLiteral("no delivery with id %1").arg(id)};
    DeliveryDetail d;
    d.id = q.value(0).toLongLong();
    d.receivedAtUs = q.value(1).toLongLong();
    d.source = q.value(2).toString();
    d.route = q.value(3).toString();
    d.peer = q.value(4).toString();
    d.appId = q.value(5).toString();
    d.verdict = q.value(6).toString();
    d.flags = q.value(7).toString();
    d.lines = q.value(8).toString();
    d.headersJson = q.value(9).toString();
    d.routingJson = q.value(10).toString();
    d.sha256 = q.value(11).toString();
    d.body = q.value(12).toByteArray();
    d.state = q.value(13).toString();

    auto trail = DeliveryTrail::build(db, id);
    if (!trail)
        return Error{trail.error()};
    d.trail = *trail;
    return d;
}

QString DeliveryDetail::prettyBody() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    return QString::fromUtf8(body);
}

} // namespace hookline
