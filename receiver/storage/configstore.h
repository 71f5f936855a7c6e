#pragma once

#include "expected.h"
#include "trustdirectory.h"

class QSqlDatabase;

namespace hookline {

class SecretStore;

// Apps and lines as stored in the database; app secrets and verify tokens as kept in the
// desktop keyring or the credentials file (SecretStore), never in the database, which keeps only
// their fingerprints. Used by the command line, the console and the
// writer thread (which hands snapshots to the receiver).
class ConfigStore
{
public:
    explicit ConfigStore(QSqlDatabase &db);

    Status addApp(const AppRecord &app);
    Status addLine(const LineRecord &line);
    // Changes an app's label, and its secret or token when given (empty: keep them).
    Status updateApp(const AppRecord &app);
    // Keeps an app's Graph API access token where its secret is kept (never the database).
    Status setAccessToken(const QString &appId, const QByteArray &token);
    // Changes a line's WABA, label, display number, owning app and whether it is active.
    Status updateLine(const LineRecord &line);

    Expected<TrustDirectory> load() const;

    // Bumped by triggers on every change to apps or lines.
    Expected<qint64> configVersion() const;

    // Where this database's secrets are kept.
    SecretStore secrets() const;

private:
    QSqlDatabase &m_db;
};

} // namespace hookline
