#pragma once

#include <QByteArray>
#include <QString>

namespace hookline::ConsoleSettings {

// One function pair per key, with its default beside it; written only on change.
QString listenAddress(); // default 127.0.0.1:8080
void setListenAddress(const QString &address);
QByteArray windowGeometry();
void setWindowGeometry(const QByteArray &geometry);
QByteArray splitterState(const QString &name);
void setSplitterState(const QString &name, const QByteArray &state);
bool notifications(); // default true
void setNotifications(bool on);

} // namespace hookline::ConsoleSettings
