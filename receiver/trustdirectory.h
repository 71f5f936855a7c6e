#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <memory>
#include <optional>

namespace hookline {

class HmacKey;

// Why a change cannot be attributed to a line for the app that signed it: a dead letter's
// reason (unknown_phone_number_id, line_not_owned_by_app, unknown_waba,
// waba_not_owned_by_app) and a sentence for the operator.
struct OwnershipProblem
{
    QString reason;
    QString detail;
};

// A Meta app: it signs deliveries with its secret and answers handshakes with its token.
struct AppRecord
{
    QString appId;
    QString label;
    QByteArray secret;
    QByteArray verifyToken;
};

// A WhatsApp business number, identified by Meta's phone_number_id, owned by one app.
struct LineRecord
{
    QString phoneNumberId;
    QString wabaId;
    QString label;
    QString display;
    QString appId;
    bool active = true;
};

// An immutable snapshot of the configured apps and lines, as the receiver trusts them.
// Cheap to copy (implicitly shared containers); each thread keeps its own copy.
class TrustDirectory
{
public:
    TrustDirectory() = default;
    TrustDirectory(QList<AppRecord> apps, QList<LineRecord> lines);

    const QList<AppRecord> &apps() const { return m_apps; }
    // Where new secrets and tokens go ("keyring" or "file") and where an app's were found
    // ("keyring", "file" or "none"); the file is secretFile(). Never the database.
    const QString &secretStore() const { return m_secretStore; }
    void setSecretStore(const QString &store) { m_secretStore = store; }
    QString secretPlace(const QString &appId) const
    {
        return m_secretPlaces.value(appId, QStringLiteral("none"));
    }
    void setSecretPlaces(QHash<QString, QString> places) { m_secretPlaces = std::move(places); }
    // An app's Graph API access token (media, sends); empty when none was kept. Kept like the
    // secret, never in the database.
    QByteArray accessToken(const QString &appId) const { return m_accessTokens.value(appId); }
    void setAccessTokens(QHash<QString, QByteArray> tokens) { m_accessTokens = std::move(tokens); }
    const QString &secretFile() const { return m_secretFile; }
    void setSecretFile(const QString &path) { m_secretFile = path; }
    const QList<LineRecord> &lines() const { return m_lines; }

    const AppRecord *app(const QString &appId) const;
    const LineRecord *line(const QString &phoneNumberId) const;

    // The one ownership rule, shared by the receiver's classification and the processor's
    // splitter. signingAppId is the app whose secret verified the body; empty for an operator's
    // replay, which is attributed to the app that owns the line (or the WABA's lines).
    // A line-level change counts only for a configured line of the signing app.
    std::optional<OwnershipProblem> lineProblem(const QString &phoneNumberId,
                                                const QString &signingAppId) const;
    // A WABA-level change counts only for a WABA one of whose lines the signing app owns.
    std::optional<OwnershipProblem> wabaProblem(const QString &wabaId,
                                                const QString &signingAppId) const;
    // The line of that WABA, owned by the signing app, whose display number has the same
    // digits as display; empty if none. Lines of other WABAs or apps are never considered.
    QString lineOfWaba(const QString &wabaId, const QString &signingAppId,
                       const QString &display) const;

    // The app whose verify token equals token (constant-time per app); nullptr if none.
    const AppRecord *appForVerifyToken(QByteArrayView token) const;

    // The app whose secret signed body with digest; nullptr if none.
    const AppRecord *appForSignature(QByteArrayView body, QByteArrayView digest) const;
    // True when app's secret signed body with digest.
    bool signedBy(const AppRecord &app, QByteArrayView body, QByteArrayView digest) const;

private:
    QList<AppRecord> m_apps;
    QList<LineRecord> m_lines;
    QString m_secretStore;
    QHash<QString, QString> m_secretPlaces;
    QHash<QString, QByteArray> m_accessTokens;
    QString m_secretFile;
    QHash<QString, qsizetype> m_appIndex;
    // Each app's secret keyed for HMAC once (same order as m_apps), shared by every copy.
    QList<std::shared_ptr<const HmacKey>> m_keys;
    QHash<QString, qsizetype> m_lineIndex;
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::TrustDirectory)
