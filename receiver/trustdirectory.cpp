#include "trustdirectory.h"

#include "http/signatureverifier.h"

namespace hookline {

namespace {

QString digitsOf(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

bool ownedBy(const LineRecord &line, const QString &signingAppId)
{
    return signingAppId.isEmpty() || line.appId == signingAppId;
}

} // namespace

TrustDirectory::TrustDirectory(QList<AppRecord> apps, QList<LineRecord> lines)
    : m_apps(std::move(apps))
    , m_lines(std::move(lines))
{
    m_keys.reserve(m_apps.size());
    for (qsizetype i = 0; i < m_apps.size(); ++i) {
        m_appIndex.insert(m_apps.at(i).appId, i);
        m_keys.append(std::make_shared<const HmacKey>(m_apps.at(i).secret));
    }
    for (qsizetype i = 0; i < m_lines.size(); ++i)
        m_lineIndex.insert(m_lines.at(i).phoneNumberId, i);
}

const AppRecord *TrustDirectory::app(const QString &appId) const
{
    const auto it = m_appIndex.constFind(appId);
    return it == m_appIndex.cend() ? nullptr : &m_apps.at(*it);
}

const LineRecord *TrustDirectory::line(const QString &phoneNumberId) const
{
    const auto it = m_lineIndex.constFind(phoneNumberId);
    return it == m_lineIndex.cend() ? nullptr : &m_lines.at(*it);
}

std::optional<OwnershipProblem> TrustDirectory::lineProblem(const QString &phoneNumberId,
                                                            const QString &signingAppId) const
{
    const LineRecord *record = line(phoneNumberId);
    if (!record)
        return OwnershipProblem{
            QStringLiteral("unknown_phone_number_id"),
            phoneNumberId.isEmpty()
                ? QStringLiteral("the change names no phone_number_id")
                : QStringLiteral("phone_number_id %1 is not a configured line").arg(phoneNumberId)};
    if (!ownedBy(*record, signingAppId))
        return OwnershipProblem{
            QStringLiteral("line_not_owned_by_app"),
            QStringLiteral("line %1 belongs to app %2, but app %3 signed the delivery")
                .arg(phoneNumberId, record->appId, signingAppId)};
    return std::nullopt;
}

std::optional<OwnershipProblem> TrustDirectory::wabaProblem(const QString &wabaId,
                                                            const QString &signingAppId) const
{
    bool known = false;
    for (const LineRecord &candidate : m_lines) {
        if (wabaId.isEmpty() || candidate.wabaId != wabaId)
            continue;
        if (ownedBy(candidate, signingAppId))
            return std::nullopt;
        known = true;
    }
    if (!known)
        return OwnershipProblem{
            QStringLiteral("unknown_waba"),
            QStringLiteral("WABA %1 is not the account of any configured line").arg(wabaId)};
    return OwnershipProblem{
        QStringLiteral("waba_not_owned_by_app"),
        QStringLiteral("WABA %1 has no line of app %2, which signed the delivery")
            .arg(wabaId, signingAppId)};
}

QString TrustDirectory::lineOfWaba(const QString &wabaId, const QString &signingAppId,
                                   const QString &display) const
{
    const QString digits = digitsOf(display);
    if (digits.isEmpty())
        return {};
    for (const LineRecord &candidate : m_lines) {
        if (candidate.wabaId == wabaId && ownedBy(candidate, signingAppId) &&
            digitsOf(candidate.display) == digits)
            return candidate.phoneNumberId;
    }
    return {};
}

const AppRecord *TrustDirectory::appForVerifyToken(QByteArrayView token) const
{
    const AppRecord *found = nullptr;
    // Every app is compared, so the time taken does not tell which one matched.
    for (const AppRecord &candidate : m_apps) {
        if (SignatureVerifier::secretsEqual(candidate.verifyToken, token) && !found)
            found = &candidate;
    }
    return found;
}

const AppRecord *TrustDirectory::appForSignature(QByteArrayView body, QByteArrayView digest) const
{
    for (qsizetype i = 0; i < m_apps.size(); ++i) {
        if (m_keys.at(i)->matches(body, digest))
            return &m_apps.at(i);
    }
    return nullptr;
}

bool TrustDirectory::signedBy(const AppRecord &app, QByteArrayView body,
                              QByteArrayView digest) const
{
    const auto it = m_appIndex.constFind(app.appId);
    if (it != m_appIndex.cend() && m_apps.at(*it).secret == app.secret)
        return m_keys.at(*it)->matches(body, digest);
    return SignatureVerifier::matches(app.secret, body, digest); // not this directory's app
}

} // namespace hookline
