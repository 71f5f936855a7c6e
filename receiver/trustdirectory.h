#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace hookline {

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
    const QList<LineRecord> &lines() const { return m_lines; }

    const AppRecord *app(const QString &appId) const;
    const LineRecord *line(const QString &phoneNumberId) const;

    // The app whose verify token equals token (constant-time per app); nullptr if none.
    const AppRecord *appForVerifyToken(QByteArrayView token) const;

    // The app whose secret signed body with digest; nullptr if none.
    const AppRecord *appForSignature(QByteArrayView body, QByteArrayView digest) const;

private:
    QList<AppRecord> m_apps;
    QList<LineRecord> m_lines;
    QHash<QString, qsizetype> m_appIndex;
    QHash<QString, qsizetype> m_lineIndex;
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::TrustDirectory)
