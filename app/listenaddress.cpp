#include "listenaddress.h"

#include "cli.h"

namespace hookline {

Expected<ListenAddress> ListenAddress::parse(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return Error{Cli::tr("--listen wants HOST:PORT, got '%1'").arg(text)};
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint port = text.mid(colon + 1).toUInt(&portOk);
    if (!portOk || port > 65535)
        return Error{Cli::tr("--listen has an invalid port in '%1'").arg(text)};
    ListenAddress address;
    if (host == QLatin1String("localhost"))
        address.host = QHostAddress(QHostAddress::LocalHost);
    else if (host == QLatin1String("*") || host == QLatin1String("0.0.0.0"))
        address.host = QHostAddress(QHostAddress::AnyIPv4);
    else if (!address.host.setAddress(host))
        return Error{Cli::tr("--listen has an invalid host in '%1'").arg(text)};
    address.port = quint16(port);
    return address;
}

} // namespace hookline
