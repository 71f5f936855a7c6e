#include "consolesettings.h"

#include <QSettings>

namespace hookline::ConsoleSettings {

namespace {

template <typename T> void store(const QString &key, const T &value)
{
    QSettings settings;
    if (settings.value(key) != QVariant::fromValue(value))
        settings.setValue(key, value);
}

} // namespace

QString listenAddress()
{
    return QSettings()
        .value(QStringLiteral("receiver/listen"), QStringLiteral("127.0.0.1:8080"))
        .toString();
}

void setListenAddress(const QString &address)
{
    store(QStringLiteral("receiver/listen"), address);
}

QByteArray windowGeometry()
{
    return QSettings().value(QStringLiteral("window/geometry")).toByteArray();
}

void setWindowGeometry(const QByteArray &geometry)
{
    store(QStringLiteral("window/geometry"), geometry);
}

QByteArray splitterState(const QString &name)
{
    return QSettings().value(QStringLiteral("window/splitter/") + name).toByteArray();
}

void setSplitterState(const QString &name, const QByteArray &state)
{
    store(QStringLiteral("window/splitter/") + name, state);
}

QByteArray headerState(const QString &name)
{
    return QSettings().value(QStringLiteral("window/header/") + name).toByteArray();
}

void setHeaderState(const QString &name, const QByteArray &state)
{
    store(QStringLiteral("window/header/") + name, state);
}

QStringList lineOrder()
{
    return QSettings().value(QStringLiteral("lines/order")).toStringList();
}

void setLineOrder(const QStringList &ids)
{
    store(QStringLiteral("lines/order"), ids);
}

QString language()
{
    return QSettings().value(QStringLiteral("console/language")).toString();
}

void setLanguage(const QString &language)
{
    store(QStringLiteral("console/language"), language);
}

bool notifications()
{
    return QSettings().value(QStringLiteral("notifications/enabled"), true).toBool();
}

void setNotifications(bool on)
{
    store(QStringLiteral("notifications/enabled"), on);
}

QString tlsCertificate()
{
    return QSettings().value(QStringLiteral("receiver/tlsCertificate")).toString();
}

void setTlsCertificate(const QString &path)
{
    store(QStringLiteral("receiver/tlsCertificate"), path);
}

QString tlsKey()
{
    return QSettings().value(QStringLiteral("receiver/tlsKey")).toString();
}

void setTlsKey(const QString &path)
{
    store(QStringLiteral("receiver/tlsKey"), path);
}

qint64 maxBodyBytes()
{
    return QSettings().value(QStringLiteral("receiver/maxBodyBytes"), 3 * 1024 * 1024).toLongLong();
}

void setMaxBodyBytes(qint64 bytes)
{
    store(QStringLiteral("receiver/maxBodyBytes"), bytes);
}

int retryBaseMs()
{
    return QSettings().value(QStringLiteral("retry/baseMs"), 250).toInt();
}

void setRetryBaseMs(int ms)
{
    store(QStringLiteral("retry/baseMs"), ms);
}

int retryMaxAttempts()
{
    return QSettings().value(QStringLiteral("retry/maxAttempts"), 6).toInt();
}

void setRetryMaxAttempts(int attempts)
{
    store(QStringLiteral("retry/maxAttempts"), attempts);
}

int retainDays()
{
    return qMax(0, QSettings().value(QStringLiteral("retention/days"), 0).toInt());
}

void setRetainDays(int days)
{
    store(QStringLiteral("retention/days"), qMax(0, days));
}

int mediaCapMb()
{
    return qMax(16, QSettings().value(QStringLiteral("media/capMb"), 2048).toInt());
}

void setMediaCapMb(int megabytes)
{
    store(QStringLiteral("media/capMb"), qMax(16, megabytes));
}

} // namespace hookline::ConsoleSettings
