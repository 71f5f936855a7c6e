#pragma once

#include "expected.h"
#include "storage/credentialsfile.h"

#include <QHash>
#include <QString>

class QSqlDatabase;

namespace hookline {

// Where a database's app secrets and verify tokens are kept, never the database itself
// (DESIGN.md invariant 8): the desktop keyring when one is reachable, else the credentials file
// readable by its owner only. A file the operator named (--secrets-file, $HOOKLINE_SECRETS_FILE,
// systemd's LoadCredential=) is the only store. Reading looks in both, so secrets kept in the
// file before a keyring was available keep working; the keyring's copy wins. Writing goes to the
// preferred store and takes the app out of the other, so one app's secrets are in one place.
class SecretStore
{
public:
    enum class Place
    {
        Nowhere,
        Keyring,
        File
    };

    struct Kept
    {
        CredentialsFile::AppSecrets secrets;
        Place place = Place::Nowhere;
    };

    explicit SecretStore(const QSqlDatabase &db);

    // Where new secrets go.
    Place preferred() const { return m_useKeyring ? Place::Keyring : Place::File; }
    bool keyringInUse() const { return m_useKeyring; }
    const CredentialsFile &file() const { return m_file; }
    // The keyring entry of this database (one per database, like the file).
    QString keyringKey() const;

    Expected<QHash<QString, Kept>> read() const;
    // Sets an app's secret and token (an empty one keeps what is stored).
    Status store(const QString &appId, const CredentialsFile::AppSecrets &secrets) const;

    // "keyring", "file" or "none": what the commands' JSON and the trust directory say.
    static QString kindOf(Place place);
    // For people, in English (the doctor's report, logs): "the desktop keyring (Hookline)",
    // "the credentials file <path>", "nowhere on this machine".
    static QString describe(const QString &kind, const QString &file);

private:
    Expected<QHash<QString, CredentialsFile::AppSecrets>> readKeyring() const;

    CredentialsFile m_file;
    bool m_useKeyring = false;
};

} // namespace hookline
