#include "replayinjector.h"

#include "http/signatureverifier.h"
#include "routing/deliveryclassifier.h"
#include "storage/clock.h"
#include "storage/configstore.h"
#include "storage/deliverylog.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace hookline {

ReplayInjector::ReplayInjector(QSqlDatabase &db)
    : m_db(db)
{}

Expected<qint64> ReplayInjector::inject(const QByteArray &body, const QString &origin)
{
    const auto directory = ConfigStore(m_db).load();
    if (!directory)
        return Error{directory.error()};
    IncomingDelivery delivery;
    delivery.receivedAtUs = Clock::nowMicros();
    delivery.source = QStringLiteral("replay");
    delivery.route = QStringLiteral("replay");
    delivery.peer = QStringLiteral("operator");
    delivery.headersJson = QJsonDocument(QJsonObject{{QStringLiteral("origin"), origin}})
                               .toJson(QJsonDocument::Compact);
    delivery.verdict = QStringLiteral("replay");
    delivery.routing = DeliveryClassifier::classify(body, QString(), *directory);
    delivery.body = body;
    delivery.sha256Hex = SignatureVerifier::sha256Hex(body);
    return DeliveryLog(m_db).append(delivery);
}

} // namespace hookline
