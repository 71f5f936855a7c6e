#include "deliveryclassifier.h"

#include "trustdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace hookline {

DeliveryRouting DeliveryClassifier::classify(QByteArrayView body, const QString &signingAppId,
                                             const TrustDirectory &directory)
{
    DeliveryRouting routing;
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size()), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        routing.validJson = false;
        RoutingProblem problem;
        problem.reason = QStringLiteral("invalid_json");
        problem.detail =
            error.error != QJsonParseError::NoError
                ? QStringLiteral("%1 at offset %2").arg(error.errorString()).arg(error.offset)
                : QStringLiteral("the body is not a JSON object");
        routing.problems.append(problem);
        return routing;
    }

    const QJsonArray entries = document.object().value(QLatin1String("entry")).toArray();
    for (int e = 0; e < entries.size(); ++e) {
        const QJsonArray changes =
            entries.at(e).toObject().value(QLatin1String("changes")).toArray();
        for (int c = 0; c < changes.size(); ++c) {
            const QJsonObject metadata = changes.at(c)
                                             .toObject()
                                             .value(QLatin1String("value"))
                                             .toObject()
                                             .value(QLatin1String("metadata"))
                                             .toObject();
            const QString lineId = metadata.value(QLatin1String("phone_number_id")).toString();
            if (lineId.isEmpty())
                continue; // WABA-level fields name no line; processing ties them to one
            const LineRecord *line = directory.line(lineId);
            if (!line) {
                routing.problems.append(
                    {QStringLiteral("unknown_phone_number_id"), e, c, lineId,
                     QStringLiteral("phone_number_id %1 is not a configured line").arg(lineId)});
                continue;
            }
            if (!signingAppId.isEmpty() && line->appId != signingAppId) {
                routing.problems.append(
                    {QStringLiteral("line_not_owned_by_app"), e, c, lineId,
                     QStringLiteral("line %1 belongs to app %2, but app %3 signed the delivery")
                         .arg(lineId, line->appId, signingAppId)});
                continue;
            }
            if (!routing.lines.contains(lineId))
                routing.lines.append(lineId);
        }
    }
    return routing;
}

} // namespace hookline

namespace hookline {

QByteArray DeliveryRouting::problemsJson() const
{
    QJsonArray array;
    for (const RoutingProblem &problem : problems) {
        QJsonObject object{{QStringLiteral("reason"), problem.reason},
                           {QStringLiteral("detail"), problem.detail}};
        if (problem.entryIndex >= 0)
            object.insert(QStringLiteral("entry"), problem.entryIndex);
        if (problem.changeIndex >= 0)
            object.insert(QStringLiteral("change"), problem.changeIndex);
        if (!problem.phoneNumberId.isEmpty())
            object.insert(QStringLiteral("phone_number_id"), problem.phoneNumberId);
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

} // namespace hookline
