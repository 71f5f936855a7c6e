#include "graphendpoint.h"

#include <QRegularExpression>

namespace hookline {

QUrl GraphEndpoint::url(const QString &path) const
{
    QUrl url = base;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    const QString v = version.startsWith(u'v') ? version : QStringLiteral("v") + version;
    const qsizetype query = path.indexOf(u'?');
    const QString bare = query < 0 ? path : path.left(query);
    url.setPath(prefix + u'/' + v + (bare.startsWith(u'/') ? bare : u'/' + bare));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    return url;
}

bool GraphEndpoint::isVersion(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^v?\\d{1,3}\\.\\d{1,2}$"));
    return shape.match(text).hasMatch();
}

} // namespace hookline
