#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hookline::ConsoleSettings {

// One function pair per key, with its default beside it; written only on change.
QString listenAddress(); // default 127.0.0.1:8080
void setListenAddress(const QString &address);
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);
QByteArray splitterState(const QString &name);
void setSplitterState(const QString &name, const QByteArray &state);
// A table's column widths and order, by the table's name.
QByteArray headerState(const QString &name);
// The order the operator gave the lines (phone number ids), if any.
QStringList lineOrder();
void setLineOrder(const QStringList &ids);
void setHeaderState(const QString &name, const QByteArray &state);
QString language(); // "es", "pt_BR", "en"; empty: follow the system (default)
void setLanguage(const QString &language);
bool notifications(); // default true
void setNotifications(bool on);
QString tlsCertificate(); // PEM file; empty: plain HTTP
void setTlsCertificate(const QString &path);
QString tlsKey();
void setTlsKey(const QString &path);
qint64 maxBodyBytes(); // default 3 MiB, as `hookline serve`
void setMaxBodyBytes(qint64 bytes);
int retryBaseMs(); // default 250
void setRetryBaseMs(int ms);
int retryMaxAttempts(); // default 6
void setRetryMaxAttempts(int attempts);
int retainDays(); // default 0: keep everything
void setRetainDays(int days);
int mediaCapMb(); // default 2048: what downloaded media may take on disk
void setMediaCapMb(int megabytes);

} // namespace hookline::ConsoleSettings
