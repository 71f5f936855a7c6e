#include "deliveryclassifier.h"

#include "processing/deliverysplitter.h"
#include "trustdirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace hookline {

DeliveryRouting DeliveryClassifier::classify(QByteArrayView body, const QString &signingAppId,
                                             const TrustDirectory &directory)
{
    // Most bodies are read in one pass without building a document; the rest (and every
    // invalid one, for its error) by QJsonDocument.
    if (const std::optional<RoutingEnvelope> envelope = RoutingEnvelope::scan(body))
        return route(*envelope, signingAppId, directory);
    QJsonParseError error{};
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray::fromRawData(body.data(), body.size()), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        DeliveryRouting routing;
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
    return route(RoutingEnvelope::fromObject(document.object()), signingAppId, directory);
}

DeliveryRouting DeliveryClassifier::route(const RoutingEnvelope &envelope,
                                          const QString &signingAppId,
                                          const TrustDirectory &directory)
{
    DeliveryRouting routing;
    for (int e = 0; e < envelope.entries.size(); ++e) {
        const RoutingEnvelope::Entry &entry = envelope.entries.at(e);
        for (int c = 0; c < entry.changes.size(); ++c) {
            const RoutingEnvelope::Change &change = entry.changes.at(c);
            const QString &lineId = change.phoneNumberId;
            if (lineId.isEmpty()) {
                // A WABA-level change names no line: it counts only for a WABA of the signing
                // app (the same rule the splitter applies when it projects it).
                if (!DeliverySplitter::isWabaField(change.field))
                    continue;
                if (const auto problem = directory.wabaProblem(entry.id, signingAppId))
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
