#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

namespace hookline::test {

// The shared webhook fixtures (shared/fixtures/whatsapp) and their manifest.
class Fixtures
{
public:
    static QString directory();
    // Every webhook body file name (*.json except manifest.json), sorted.
    static QStringList bodies();
    static QByteArray read(const QString &fileName);
    static QJsonObject manifest();
    // The manifest's facts for one body.
    static QJsonObject facts(const QString &fileName);
};

} // namespace hookline::test
