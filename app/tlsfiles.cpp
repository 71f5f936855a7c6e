#include "tlsfiles.h"

#include "cli.h"

#include <QFile>
#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslKey>
#endif

namespace hookline::TlsFiles {

#if QT_CONFIG(ssl)
Expected<QSslConfiguration> load(const QString &certPath, const QString &keyPath)
{
    QFile certFile(certPath);
    if (!certFile.open(QIODevice::ReadOnly))
        return Error{Cli::tr("cannot read the TLS certificate %1").arg(certPath)};
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return Error{Cli::tr("%1 holds no PEM certificate").arg(certPath)};
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly))
        return Error{Cli::tr("cannot read the TLS key %1").arg(keyPath)};
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        return Error{Cli::tr("%1 holds no PEM RSA or EC private key").arg(keyPath)};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}
#endif

} // namespace hookline::TlsFiles
