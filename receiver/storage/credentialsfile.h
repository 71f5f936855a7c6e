#pragma once

#include "expected.h"

#include <QByteArray>
#include <QHash>
#include <QString>

class QSqlDatabase;

namespace hookline {

// App secrets and verify tokens, kept out of the database (DESIGN.md invariant 8) in a JSON file
// that only its owner may read (0600, written atomically). On a team's shared PostgreSQL
// database each host has its own file, so no agent's console can read another app's secret.
class CredentialsFile
{
public:
    struct AppSecrets
    {
        QByteArray secret;
        QByteArray verifyToken;
        // The Graph API's access token (a system user's), for media and sends; optional.
        QByteArray accessToken;

        // Takes what changes has (an empty value keeps what is stored).
        void overlay(const AppSecrets &changes);
    };

    explicit CredentialsFile(QString path);

    // The file for a database, first of: --secrets-file (setOverride), $HOOKLINE_SECRETS_FILE,
    // $CREDENTIALS_DIRECTORY/hookline-secrets (systemd's LoadCredential=), a file beside an
    // SQLite database (<database>.secrets), or one per PostgreSQL database in the user's
    // configuration folder.
    static QString pathFor(const QSqlDatabase &db);
    static void setOverride(const QString &path);
    // Whether the operator named the file (--secrets-file, $HOOKLINE_SECRETS_FILE, systemd's
    // credential): then it is the only store, and the desktop keyring is not used.
    static bool chosenExplicitly();

    const QString &path() const { return m_path; }

    // Every app's secrets; an empty hash when the file does not exist yet.
    Expected<QHash<QString, AppSecrets>> read() const;
    // Sets an app's secret and token (an empty one keeps what the file has).
    Status store(const QString &appId, const AppSecrets &secrets) const;
    // Writes many apps at once (the migration out of the database).
    Status storeAll(const QHash<QString, AppSecrets> &secrets) const;
    // Forgets an app's secrets (they moved to the keyring); no file is created for it.
    Status remove(const QString &appId) const;

    // The file's format, also what the keyring keeps for a database.
    static QByteArray encode(const QHash<QString, AppSecrets> &secrets);
    static Expected<QHash<QString, AppSecrets>> decode(const QByteArray &bytes,
                                                       const QString &where);

    // Eight hex digits that tell two secrets apart without revealing them: what the database
    // keeps, for `apps list` and `doctor`. The app secret's is keyed by the app id (the secret
    // is long and random); the verify token's by the app secret, since a token may be a word
    // that a fingerprint keyed by something public would let anyone confirm.
    static QString fingerprint(const QString &appId, const QByteArray &secret);
    static QString tokenFingerprint(const QByteArray &appSecret, const QByteArray &token);

private:
    Status write(const QHash<QString, AppSecrets> &secrets) const;

    QString m_path;
};

} // namespace hookline
