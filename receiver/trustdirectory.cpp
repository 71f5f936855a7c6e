#include "trustdirectory.h"

#include "http/signatureverifier.h"

namespace hookline {

TrustDirectory::TrustDirectory(QList<AppRecord> apps, QList<LineRecord> lines)
    : m_apps(std::move(apps))
    , m_lines(std::move(lines))
{
    for (qsizetype i = 0; i < m_apps.size(); ++i)
        m_appIndex.insert(m_apps.at(i).appId, i);
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
    for (const AppRecord &candidate : m_apps) {
        if (SignatureVerifier::matches(candidate.secret, body, digest))
            return &candidate;
    }
    return nullptr;
}

} // namespace hookline
