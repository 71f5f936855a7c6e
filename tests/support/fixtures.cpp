#include "fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace hookline::test {

QString Fixtures::directory()
{
    return QStringLiteral(HOOKLINE_FIXTURES_DIR);
}

QStringList Fixtures::bodies()
{
    QStringList files =
        QDir(directory()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    files.removeAll(QStringLiteral("manifest.json"));
    return files;
}

QByteArray Fixtures::read(const QString &fileName)
{
    QFile file(QDir(directory()).filePath(fileName));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(fileName));
    return file.readAll();
}

QJsonObject Fixtures::manifest()
{
    static const QJsonObject parsed =
        QJsonDocument::fromJson(read(QStringLiteral("manifest.json"))).object();
    return parsed;
}

QJsonObject Fixtures::facts(const QString &fileName)
{
    return manifest().value(QStringLiteral("fixtures")).toObject().value(fileName).toObject();
}

} // namespace hookline::test
