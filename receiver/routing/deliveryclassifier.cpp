#include "deliveryclassifier.h"

#include "processing/deliverysplitter.h"
#include "processing/messagefields.h"
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
        const QJsonObject entry = entries.at(e).toObject();
        const QJsonArray changes = entry.value(QLatin1String("changes")).toArray();
        for (int c = 0; c < changes.size(); ++c) {
            const QJsonObject change = changes.at(c).toObject();
            const QJsonObject metadata = change.value(QLatin1String("value"))
                                             .toObject()
                                             .value(QLatin1String("metadata"))
                                             .toObject();
            const QString lineId = metadata.value(QLatin1String("phone_number_id")).toString();
            if (lineId.isEmpty()) {
                // A WABA-level change names no line: it counts only for a WABA of the signing
                // app (the same rule the splitter applies when it projects it).
                if (!DeliverySplitter::isWabaField(change.value(QLatin1String("field")).toString()))
                    continue;
                const QString wabaId = MessageFields::idOf(entry.value(QLatin1String("id")));
                if (const auto problem = directory.wabaProblem(wabaId, signingAppId))
                    routing.problems.append({problem->reason, e, c, {}, problem->detail});
                continue;
            }
            if (const auto problem = directory.lineProblem(lineId, signingAppId)) {
                routing.problems.append({problem->reason, e, c, lineId, problem->detail});
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
