#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

class QJsonObject;

namespace hookline {

// The few fields of a webhook body that say which lines it names: each entry's id and, for
// each of its changes, the field and value.metadata.phone_number_id. Read either from a parsed
// document or, without building one, by RoutingEnvelope::scan.
struct RoutingEnvelope
{
    struct Change
    {
        QString field;
        QString phoneNumberId;
        bool operator==(const Change &) const = default;
    };
    struct Entry
    {
        QString id;
        QList<Change> changes;
        bool operator==(const Entry &) const = default;
    };
    QList<Entry> entries; // every element of "entry", objects or not, in order

    bool operator==(const RoutingEnvelope &) const = default;

    // As Qt's JSON values read it: a member of another type than expected counts as absent.
    static RoutingEnvelope fromObject(const QJsonObject &body);

    // One validating pass over the bytes, no document built. Gives up (nullopt) on anything
    // it does not decide exactly as QJsonDocument would, or that it may not read the same way:
    // invalid or unusual JSON (exponents, control characters, lone surrogates, nesting deeper
    // than 64), escaped keys or values among the fields it reads, a field it reads given twice
    // in one object, a numeric entry id, a top level that is not an object. The caller then
    // parses the body with QJsonDocument. When it answers, the body is a JSON object
    // QJsonDocument accepts, and fromObject() of it gives the same envelope.
    static std::optional<RoutingEnvelope> scan(QByteArrayView body);
};

} // namespace hookline
