#include "credentialsfile.h"

#include "http/signatureverifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QStandardPaths>

namespace hookline {

namespace {

QString &overridePath()
{
    static QString path;
    return path;
}

QString safeName(QString text)
{
    for (QChar &c : text) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    return text;
}

// Text as text (the file can be written by hand, or by a provisioning tool); other bytes under
// "<name>_base64".
void putBytes(QJsonObject &object, const QString &name, const QByteArray &bytes)
{
    if (QString::fromUtf8(bytes).toUtf8() == bytes)
        object.insert(name, QString::fromUtf8(bytes));
    else
        object.insert(name + QStringLiteral("_base64"), QString::fromLatin1(bytes.toBase64()));
}

QByteArray getBytes(const QJsonObject &object, const QString &name)
{
    const QJsonValue encoded = object.value(name + QStringLiteral("_base64"));
    if (encoded.isString())
        return QByteArray::fromBase64(encoded.toString().toLatin1());
    return object.value(name).toString().toUtf8();
}

} // namespace

void CredentialsFile::AppSecrets::overlay(const AppSecrets &changes)
{
    if (!changes.secret.isEmpty())
        secret = changes.secret;
    if (!changes.verifyToken.isEmpty())
        verifyToken = changes.verifyToken;
    if (!changes.accessToken.isEmpty())
        accessToken = changes.accessToken;
}

CredentialsFile::CredentialsFile(QString path)
    : m_path(std::move(path))
{}

void CredentialsFile::setOverride(const QString &path)
{
    overridePath() = path;
}

bool CredentialsFile::chosenExplicitly()
{
    return !overridePath().isEmpty() || !qEnvironmentVariableIsEmpty("HOOKLINE_SECRETS_FILE") ||
           (!qEnvironmentVariableIsEmpty("CREDENTIALS_DIRECTORY") &&
            QFileInfo::exists(QDir(qEnvironmentVariable("CREDENTIALS_DIRECTORY"))
                                  .filePath(QStringLiteral("hookline-secrets"))));
}

QString CredentialsFile::pathFor(const QSqlDatabase &db)
{
    if (!overridePath().isEmpty())
        return overridePath();
    if (const QString env = qEnvironmentVariable("HOOKLINE_SECRETS_FILE"); !env.isEmpty())
        return env;
    // systemd's credentials are read-only and may be there for another program's sake: only a
    // hookline-secrets credential counts.
    if (const QString systemd = qEnvironmentVariable("CREDENTIALS_DIRECTORY"); !systemd.isEmpty()) {
        const QString file = QDir(systemd).filePath(QStringLiteral("hookline-secrets"));
        if (QFileInfo::exists(file))
            return file;
    }
    if (db.driverName() == QLatin1String("QSQLITE"))
        return db.databaseName() + QStringLiteral(".secrets");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(folder).filePath(QStringLiteral("secrets-%1-%2-%3.json")
                                     .arg(safeName(db.hostName()))
                                     .arg(db.port())
                                     .arg(safeName(db.databaseName())));
}

Expected<QHash<QString, CredentialsFile::AppSecrets>> CredentialsFile::read() const
{
    QFile file(m_path);
    if (!file.exists())
        return QHash<QString, AppSecrets>();
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read the credentials file %1: %2")
                         .arg(m_path, file.errorString())};
    return decode(file.readAll(), QStringLiteral("the credentials file %1").arg(m_path));
}

Expected<QHash<QString, CredentialsFile::AppSecrets>>
CredentialsFile::decode(const QByteArray &bytes, const QString &where)
{
    QHash<QString, AppSecrets> secrets;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error{QStringLiteral("%1 is not valid JSON").arg(where)};
    const QJsonObject apps = document.object().value(QLatin1String("apps")).toObject();
    for (auto it = apps.begin(); it != apps.end(); ++it) {
        const QJsonObject app = it.value().toObject();
        secrets.insert(it.key(), {getBytes(app, QStringLiteral("secret")),
                                  getBytes(app, QStringLiteral("verify_token")),
                                  getBytes(app, QStringLiteral("access_token"))});
    }
    return secrets;
}

QByteArray CredentialsFile::encode(const QHash<QString, AppSecrets> &secrets)
{
    QJsonObject apps;
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        QJsonObject app;
        putBytes(app, QStringLiteral("secret"), it->secret);
        putBytes(app, QStringLiteral("verify_token"), it->verifyToken);
        if (!it->accessToken.isEmpty())
            putBytes(app, QStringLiteral("access_token"), it->accessToken);
        apps.insert(it.key(), app);
    }
    const QJsonObject document{{QStringLiteral("format"), QStringLiteral("hookline-secrets")},
                               {QStringLiteral("apps"), apps}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

Status CredentialsFile::store(const QString &appId, const AppSecrets &secrets) const
{
    return storeAll({{appId, secrets}});
}

Status CredentialsFile::storeAll(const QHash<QString, AppSecrets> &changes) const
{
    auto current = read();
    if (!current)
        return Error{current.error()};
    for (auto it = changes.begin(); it != changes.end(); ++it)
        (*current)[it.key()].overlay(*it);
    return write(*current);
}

Status CredentialsFile::remove(const QString &appId) const
{
    auto current = read();
    if (!current)
        return Error{current.error()};
    if (!current->remove(appId))
        return ok();
    return write(*current);
}

Status CredentialsFile::write(const QHash<QString, AppSecrets> &secrets) const
{
    if (const QString folder = QFileInfo(m_path).absolutePath(); !QDir().mkpath(folder))
        return Error{QStringLiteral("cannot create the folder of %1").arg(m_path)};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write the credentials file %1: %2")
                         .arg(m_path, file.errorString())};
    // Owner only, before any secret is written.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(encode(secrets));
    if (!file.commit())
        return Error{QStringLiteral("cannot write the credentials file %1: %2")
                         .arg(m_path, file.errorString())};
    return ok();
}

QString CredentialsFile::tokenFingerprint(const QByteArray &appSecret, const QByteArray &token)
{
    if (appSecret.isEmpty() || token.isEmpty())
        return {};
    return QString::fromLatin1(SignatureVerifier::hmacSha256(appSecret, token).toHex().left(8));
}

QString CredentialsFile::fingerprint(const QString &appId, const QByteArray &secret)
{
    if (secret.isEmpty())
        return {};
    return QString::fromLatin1(
        SignatureVerifier::hmacSha256(appId.toUtf8(), secret).toHex().left(8));
}

} // namespace hookline
