#include "deliverydetail.h"

#include "storage/deliverylog.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

Expected<DeliveryDetail> DeliveryDetail::load(QSqlDatabase &db, qint64 id)
{
    const DeliveryLog log(db);
    auto row = log.find(id);
    if (!row)
        return Error{row.error()};
    auto body = log.rawBody(id);
    if (!body)
        return Error{body.error()};
    DeliveryDetail d;
    d.delivery = std::move(*row);
    d.body = std::move(*body);
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
