#include "databaselocation.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace hookline {

namespace {

// The libpq connection keywords a URL's query may carry; the rest are refused by name, so a
// typo never passes silently.
const QStringList allowedOptions = {
    QStringLiteral("sslmode"),          QStringLiteral("sslrootcert"),
    QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
    QStringLiteral("sslcrl"),           QStringLiteral("connect_timeout"),
    QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    QStringLiteral("service"),          QStringLiteral("keepalives"),
    QStringLiteral("keepalives_idle"),
};

const QStringList sslModes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                              QStringLiteral("prefer"),    QStringLiteral("require"),
                              QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

bool safeValue(const QString &value)
{
    // QPSQL joins options with ';' and libpq splits on spaces: neither may appear in a value.
    return !value.isEmpty() && !value.contains(u';') && !value.contains(u' ') &&
           !value.contains(u'\'');
}

Error noPassword()
{
    return Error{QStringLiteral(
        "--db must not carry a password (it would show in process lists and shell history); "
        "put it in ~/.pgpass or the file PGPASSFILE names, in a libpq service file, or in "
        "PGPASSWORD")};
}

} // namespace

DatabaseLocation DatabaseLocation::sqlite(const QString &path)
{
    DatabaseLocation location;
    location.path = path;
    return location;
}

Expected<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    DatabaseLocation location;
    if (text.startsWith(QLatin1String("service="))) {
        const QString name = text.mid(8);
        if (!safeValue(name))
            return Error{QStringLiteral("--db service= needs the name of a libpq service")};
        location.engine = Engine::Postgres;
        location.connectOptions = QStringLiteral("service=") + name;
        return location;
    }
    if (!text.startsWith(QLatin1String("postgresql://")) &&
        !text.startsWith(QLatin1String("postgres://"))) {
        if (text.trimmed().isEmpty())
            return Error{QStringLiteral("--db needs a file or a postgresql:// address")};
        return sqlite(text);
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return Error{
            QStringLiteral("--db is not a valid postgresql:// address: %1").arg(url.errorString())};
    if (!url.password().isEmpty() || url.userInfo().contains(u':'))
        return noPassword();
    location.engine = Engine::Postgres;
    location.host = url.host();
    location.port = url.port(-1);
    location.user = url.userName();
    location.databaseName = url.path().mid(1);
    if (location.databaseName.contains(u'/'))
        return Error{QStringLiteral("--db: the database name may not contain '/'")};

    QStringList options;
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password"))
            return noPassword();
        if (!allowedOptions.contains(key))
            return Error{QStringLiteral("--db: unknown connection option '%1' (accepted: %2)")
                             .arg(key, allowedOptions.join(QStringLiteral(", ")))};
        if (!safeValue(value))
            return Error{
                QStringLiteral("--db: option '%1' needs a value without spaces or ';'").arg(key)};
        if (key == QLatin1String("sslmode") && !sslModes.contains(value))
            return Error{QStringLiteral("--db: sslmode is one of %1")
                             .arg(sslModes.join(QStringLiteral(", ")))};
        options.append(key + u'=' + value);
    }
    location.connectOptions = options.join(u';');
    return location;
}

QString DatabaseLocation::display() const
{
    if (!isPostgres())
        return path;
    if (host.isEmpty() && databaseName.isEmpty() && connectOptions.startsWith(u"service="_qs))
        return connectOptions;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + u'@';
    text += host;
    if (port > 0)
        text += u':' + QString::number(port);
    text += u'/' + databaseName;
    if (!connectOptions.isEmpty())
        text += u'?' + QString(connectOptions).replace(u';', u'&');
    return text;
}

} // namespace hookline
