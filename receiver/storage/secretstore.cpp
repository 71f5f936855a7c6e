#include "secretstore.h"

#include "logging.h"
#include "storage/keyring.h"

#include <QFileInfo>
#include <QSqlDatabase>

namespace hookline {

SecretStore::SecretStore(const QSqlDatabase &db)
    : m_file(CredentialsFile::pathFor(db))
    , m_useKeyring(!CredentialsFile::chosenExplicitly() && Keyring::reachable())
{}

QString SecretStore::keyringKey() const
{
    // The default file's absolute path names the database the secrets belong to.
    return QStringLiteral("secrets %1").arg(QFileInfo(m_file.path()).absoluteFilePath());
}

Expected<QHash<QString, CredentialsFile::AppSecrets>> SecretStore::readKeyring() const
{
    const auto bytes = Keyring::read(keyringKey());
    if (!bytes)
        return Error{bytes.error()};
    if (bytes->isEmpty())
        return QHash<QString, CredentialsFile::AppSecrets>();
    return CredentialsFile::decode(*bytes,
                                   QStringLiteral("the keyring entry %1").arg(keyringKey()));
}

Expected<QHash<QString, SecretStore::Kept>> SecretStore::read() const
{
    QHash<QString, Kept> kept;
    const auto inFile = m_file.read();
    if (!inFile)
        return Error{inFile.error()};
    for (auto it = inFile->begin(); it != inFile->end(); ++it)
        kept.insert(it.key(), {*it, Place::File});
    if (m_useKeyring) {
        // A keyring that fails now (locked, gone) costs the apps kept there, not the others.
        const auto inKeyring = readKeyring();
        if (!inKeyring) {
            qCWarning(lcStorage).noquote()
                << inKeyring.error() + QStringLiteral("; only the credentials file is read");
            return kept;
        }
        for (auto it = inKeyring->begin(); it != inKeyring->end(); ++it)
            kept.insert(it.key(), {*it, Place::Keyring});
    }
    return kept;
}

Status SecretStore::store(const QString &appId, const CredentialsFile::AppSecrets &secrets) const
{
    if (!m_useKeyring)
        return m_file.store(appId, secrets);
    auto current = readKeyring();
    if (!current)
        return Error{current.error()};
    // What the app had, wherever it was, under what is new.
    const auto before = read();
    if (!before)
        return Error{before.error()};
    CredentialsFile::AppSecrets merged = before->value(appId).secrets;
    merged.overlay(secrets);
    current->insert(appId, merged);
    if (const Status written = Keyring::write(keyringKey(), CredentialsFile::encode(*current));
        !written)
        return written;
    return m_file.remove(appId);
}

QString SecretStore::kindOf(Place place)
{
    switch (place) {
    case Place::Keyring:
        return QStringLiteral("keyring");
    case Place::File:
        return QStringLiteral("file");
    case Place::Nowhere:
        break;
    }
    return QStringLiteral("none");
}

QString SecretStore::describe(const QString &kind, const QString &file)
{
    if (kind == u"keyring")
        return QStringLiteral("the desktop keyring (%1)").arg(Keyring::service());
    if (kind == u"file")
        return QStringLiteral("the credentials file %1").arg(file);
    return QStringLiteral("nowhere on this machine");
}

} // namespace hookline
