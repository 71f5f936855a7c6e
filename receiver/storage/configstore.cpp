#include "configstore.h"

#include "storage/clock.h"
#include "storage/credentialsfile.h"
#include "storage/secretstore.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

bool isId(const QString &value)
{
    if (value.isEmpty() || value.size() > 64)
        return false;
    for (QChar c : value) {
        if (!c.isLetterOrNumber() && c != u'_' && c != u'-' && c != u'.')
            return false;
    }
    return true;
}

} // namespace

ConfigStore::ConfigStore(QSqlDatabase &db)
    : m_db(db)
{}

SecretStore ConfigStore::secrets() const
{
    return SecretStore(m_db);
}

Status ConfigStore::addApp(const AppRecord &app)
{
    if (!isId(app.appId))
        return Error{QStringLiteral("the app id must be 1-64 letters, digits, '_', '-' or '.'")};
    if (app.secret.isEmpty())
        return Error{QStringLiteral("the app secret is empty")};
    if (app.verifyToken.isEmpty())
        return Error{QStringLiteral("the verify token is empty")};
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM apps WHERE app_id = ?"));
    exists.addBindValue(app.appId);
    if (exists.exec() && exists.next())
        return Error{QStringLiteral("an app with id %1 already exists").arg(app.appId)};
    // The secrets go to the keyring or the credentials file first; the database keeps their
    // fingerprints.
    if (const Status stored = secrets().store(app.appId, {app.secret, app.verifyToken, {}});
        !stored)
        return stored;
    QSqlQuery query(m_db);
    const QString empty = SqlDialect::of(m_db).emptyBytes();
    query.prepare(QStringLiteral("INSERT INTO apps (app_id, label, secret, verify_token, "
                                 "secret_fingerprint, token_fingerprint, created_at_us) "
                                 "VALUES (?, COALESCE(?, ''), %1, %1, ?, ?, ?)")
                      .arg(empty));
    query.addBindValue(app.appId);
    query.addBindValue(app.label);
    query.addBindValue(CredentialsFile::fingerprint(app.appId, app.secret));
    query.addBindValue(CredentialsFile::tokenFingerprint(app.secret, app.verifyToken));
    query.addBindValue(Clock::nowMicros());
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("1555") ||
            query.lastError().nativeErrorCode() == QLatin1String("19"))
            return Error{QStringLiteral("an app with id %1 already exists").arg(app.appId)};
        return Error{QStringLiteral("cannot add the app: %1").arg(query.lastError().text())};
    }
    return ok();
}

Status ConfigStore::setAccessToken(const QString &appId, const QByteArray &token)
{
    if (token.isEmpty())
        return Error{QStringLiteral("the access token is empty")};
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM apps WHERE app_id = ?"));
    exists.addBindValue(appId);
    if (!exists.exec() || !exists.next())
        return Error{QStringLiteral("no app with id %1").arg(appId)};
    CredentialsFile::AppSecrets change;
    change.accessToken = token;
    return secrets().store(appId, change);
}

Status ConfigStore::updateApp(const AppRecord &app)
{
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM apps WHERE app_id = ?"));
    exists.addBindValue(app.appId);
    if (!exists.exec() || !exists.next())
        return Error{QStringLiteral("no app with id %1").arg(app.appId)};
    if (!app.secret.isEmpty() || !app.verifyToken.isEmpty()) {
        if (const Status stored = secrets().store(app.appId, {app.secret, app.verifyToken, {}});
            !stored)
            return stored;
    }
    // The fingerprints change with the secrets, which also tells running receivers to reload.
    // The token's fingerprint is keyed by the secret in use (read back when only one changed).
    auto kept = secrets().read();
    if (!kept)
        return Error{kept.error()};
    const CredentialsFile::AppSecrets now = kept->value(app.appId).secrets;
    const QString secretPrint = CredentialsFile::fingerprint(app.appId, app.secret);
    const QString tokenPrint = CredentialsFile::tokenFingerprint(now.secret, now.verifyToken);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "UPDATE apps SET label = COALESCE(?, ''), secret_fingerprint = CASE WHEN length(?) > 0 "
        "THEN ? ELSE secret_fingerprint END, token_fingerprint = CASE WHEN length(?) > 0 THEN ? "
        "ELSE token_fingerprint END WHERE app_id = ?"));
    query.addBindValue(app.label);
    query.addBindValue(secretPrint);
    query.addBindValue(secretPrint);
    query.addBindValue(tokenPrint);
    query.addBindValue(tokenPrint);
    query.addBindValue(app.appId);
    if (!query.exec())
        return Error{QStringLiteral("cannot change the app: %1").arg(query.lastError().text())};
    if (query.numRowsAffected() != 1)
        return Error{QStringLiteral("no app with id %1").arg(app.appId)};
    return ok();
}

Status ConfigStore::updateLine(const LineRecord &line)
{
    QSqlQuery check(m_db);
    check.prepare(QStringLiteral("SELECT 1 FROM apps WHERE app_id = ?"));
    check.addBindValue(line.appId);
    if (!check.exec() || !check.next())
        return Error{QStringLiteral("no app with id %1").arg(line.appId)};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE lines SET waba_id = COALESCE(?, ''), label = COALESCE(?, "
                                 "''), display = COALESCE(?, ''), app_id = ?, active = ? "
                                 "WHERE phone_number_id = ?"));
    query.addBindValue(line.wabaId);
    query.addBindValue(line.label);
    query.addBindValue(line.display);
    query.addBindValue(line.appId);
    query.addBindValue(line.active ? 1 : 0);
    query.addBindValue(line.phoneNumberId);
    if (!query.exec())
        return Error{QStringLiteral("cannot change the line: %1").arg(query.lastError().text())};
    if (query.numRowsAffected() != 1)
        return Error{QStringLiteral("no line with phone number id %1").arg(line.phoneNumberId)};
    return ok();
}

Status ConfigStore::addLine(const LineRecord &line)
{
    if (!isId(line.phoneNumberId))
        return Error{QStringLiteral("the phone number id must be 1-64 letters or digits")};
    QSqlQuery check(m_db);
    check.prepare(QStringLiteral("SELECT 1 FROM apps WHERE app_id = ?"));
    check.addBindValue(line.appId);
    if (!check.exec() || !check.next())
        return Error{QStringLiteral("no app with id %1; add it first with 'hookline apps add'")
                         .arg(line.appId)};
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO lines (phone_number_id, waba_id, label, display, "
                       "app_id, active, created_at_us) "
                       "VALUES (?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?)"));
    query.addBindValue(line.phoneNumberId);
    query.addBindValue(line.wabaId);
    query.addBindValue(line.label);
    query.addBindValue(line.display);
    query.addBindValue(line.appId);
    query.addBindValue(line.active ? 1 : 0);
    query.addBindValue(Clock::nowMicros());
    if (!query.exec()) {
        if (query.lastError().nativeErrorCode() == QLatin1String("1555") ||
            query.lastError().nativeErrorCode() == QLatin1String("19"))
            return Error{QStringLiteral("a line with phone number id %1 already exists")
                             .arg(line.phoneNumberId)};
        return Error{QStringLiteral("cannot add the line: %1").arg(query.lastError().text())};
    }
    return ok();
}

Expected<TrustDirectory> ConfigStore::load() const
{
    const SecretStore store = secrets();
    auto kept = store.read();
    if (!kept)
        return Error{kept.error()};
    QHash<QString, QString> places;
    QHash<QString, QByteArray> tokens;
    QList<AppRecord> apps;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT app_id, label FROM apps ORDER BY app_id")))
        return Error{QStringLiteral("cannot read apps: %1").arg(query.lastError().text())};
    while (query.next()) {
        const QString appId = query.value(0).toString();
        const SecretStore::Kept app = kept->value(appId);
        apps.append(
            {appId, query.value(1).toString(), app.secrets.secret, app.secrets.verifyToken});
        if (!app.secrets.accessToken.isEmpty())
            tokens.insert(appId, app.secrets.accessToken);
        places.insert(appId, SecretStore::kindOf(app.place));
    }

    QList<LineRecord> lines;
    if (!query.exec(QStringLiteral("SELECT phone_number_id, waba_id, label, display, app_id, "
                                   "active FROM lines ORDER BY phone_number_id")))
        return Error{QStringLiteral("cannot read lines: %1").arg(query.lastError().text())};
    while (query.next())
        lines.append({query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toString(), query.value(5).toInt() != 0});
    TrustDirectory directory(std::move(apps), std::move(lines));
    directory.setSecretStore(SecretStore::kindOf(store.preferred()));
    directory.setSecretPlaces(std::move(places));
    directory.setAccessTokens(std::move(tokens));
    directory.setSecretFile(store.file().path());
    return directory;
}

Expected<qint64> ConfigStore::configVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'config_version'")) ||
        !query.next())
        return Error{QStringLiteral("cannot read the configuration version: %1")
                         .arg(query.lastError().text())};
    return query.value(0).toLongLong();
}

} // namespace hookline
