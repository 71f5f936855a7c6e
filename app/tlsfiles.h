#pragma once

#include "expected.h"

#include <QString>
#include <QtNetwork/qtnetworkglobal.h>
#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

namespace hookline {

// The receiver's TLS configuration from a PEM certificate chain and a PEM RSA or EC key.
namespace TlsFiles {
#if QT_CONFIG(ssl)
Expected<QSslConfiguration> load(const QString &certPath, const QString &keyPath);
#endif
} // namespace TlsFiles

} // namespace hookline
