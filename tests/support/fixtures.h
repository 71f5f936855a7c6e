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
    // Fixtures of fields Hookline does not project yet (issue 15: Meta's 2026 fields), with
    // what is missing; empty for a fixture whose facts Hookline meets. Their facts are skipped,
    // visibly, until that work lands; they are still received, stored and fuzzed.
    static QString notYetProjected(const QString &fileName);
    // bodies() without those.
    static QStringList projectedBodies();
};

} // namespace hookline::test
