#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace hookline {

// Realistic webhook bodies, shaped as Meta sends them, for the test-webhook composer, the
// benchmarks and the tests.
class SampleWebhooks
{
public:
    enum Kind
    {
        Text,
        Image,
        StatusSent,
        StatusDelivered,
        StatusRead,
        StatusFailed,
        Reaction,
        TemplateUpdate,
    };
    struct Params
    {
        QString phoneNumberId;
        QString wabaId;
        QString displayDigits;
        QString customer = QStringLiteral("15550009999"); // wa_id
        QString name = QStringLiteral("Test Customer");
        QString wamid;  // empty: a fresh one
        QString target; // the message a status or reaction is about
        QString text = QStringLiteral("Hello from the composer");
        qint64 timestamp = 0; // unix seconds; 0: now
    };

    static QStringList kindNames();
    static QByteArray build(Kind kind, const Params &params, bool indented = true);
    // An inbound message of any type: content is what Meta puts under the type's name
    // ({"latitude": ..., "longitude": ...} for a location, ...).
    static QByteArray inbound(const QString &type, const QJsonValue &content, const Params &params,
                              bool indented = false);
    static QByteArray inbound(const QString &type, const QJsonObject &content, const Params &params,
                              bool indented = false)
    {
        return inbound(type, QJsonValue(content), params, indented);
    }
    static QString freshWamid();
};

} // namespace hookline
