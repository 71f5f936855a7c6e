#include "mediastore.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>

namespace hookline {

MediaStore::MediaStore(QString root)
    : m_root(std::move(root))
{}

QString MediaStore::rootFor(const DatabaseOptions &options)
{
    if (!options.server.isPostgres()) {
        const QFileInfo file(options.path);
        return file.absolutePath() + u'/' + file.completeBaseName() + QStringLiteral("-media");
    }
    // One folder per server and database, named by a digest so no host name turns into a path.
    const QByteArray where =
        (options.server.host + u'|' + QString::number(options.server.port) + u'|' +
         options.server.databaseName + u'|' + options.server.connectOptions)
            .toUtf8();
    const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(where, QCryptographicHash::Sha256).toHex().left(16));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/media-") + tag;
}

Status MediaStore::ensure() const
{
    if (!QDir().mkpath(m_root + QStringLiteral("/partial")))
        return Error{QStringLiteral("cannot create the media folder %1").arg(m_root)};
    return ok();
}

QString MediaStore::extensionFor(const QString &mime)
{
    const QString type = mime.section(u';', 0, 0).trimmed().toLower();
    if (type.isEmpty())
        return QStringLiteral("bin");
    const QString suffix = QMimeDatabase().mimeTypeForName(type).preferredSuffix().toLower();
    static const QSet<QString> viewable = {
        QStringLiteral("jpg"),  QStringLiteral("jpeg"), QStringLiteral("png"),
        QStringLiteral("webp"), QStringLiteral("gif"),  QStringLiteral("bmp"),
        QStringLiteral("tif"),  QStringLiteral("tiff"), QStringLiteral("heic"),
        QStringLiteral("mp4"),  QStringLiteral("3gp"),  QStringLiteral("3gpp"),
        QStringLiteral("mov"),  QStringLiteral("webm"), QStringLiteral("mkv"),
        QStringLiteral("ogg"),  QStringLiteral("oga"),  QStringLiteral("opus"),
        QStringLiteral("mp3"),  QStringLiteral("m4a"),  QStringLiteral("aac"),
        QStringLiteral("amr"),  QStringLiteral("wav"),  QStringLiteral("pdf"),
        QStringLiteral("doc"),  QStringLiteral("docx"), QStringLiteral("xls"),
        QStringLiteral("xlsx"), QStringLiteral("ppt"),  QStringLiteral("pptx"),
        QStringLiteral("odt"),  QStringLiteral("ods"),  QStringLiteral("odp"),
        QStringLiteral("txt"),  QStringLiteral("csv"),  QStringLiteral("rtf")};
    return viewable.contains(suffix) ? suffix : QStringLiteral("bin");
}

QString MediaStore::pathOf(const QString &sha256, const QString &mime) const
{
    return QStringLiteral("%1/%2/%3.%4").arg(m_root, sha256.left(2), sha256, extensionFor(mime));
}

bool MediaStore::contains(const QString &sha256, const QString &mime) const
{
    return !sha256.isEmpty() && QFileInfo::exists(pathOf(sha256, mime));
}

QString MediaStore::partialPath(const QString &line, const QString &wamid) const
{
    const QByteArray key =
        QCryptographicHash::hash((line + u'/' + wamid).toUtf8(), QCryptographicHash::Sha256)
            .toHex();
    return m_root + QStringLiteral("/partial/") + QString::fromLatin1(key.left(32)) + u'-' +
           QString::number(QRandomGenerator::global()->generate64(), 36) + QStringLiteral(".part");
}

Status MediaStore::adopt(const QString &partial, const QString &sha256, const QString &mime) const
{
    const QString target = pathOf(sha256, mime);
    if (QFileInfo::exists(target)) {
        QFile::remove(partial);
        return ok();
    }
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error{QStringLiteral("cannot create %1").arg(QFileInfo(target).absolutePath())};
    if (!QFile::rename(partial, target))
        return Error{QStringLiteral("cannot move the download to %1").arg(target)};
    return ok();
}

int MediaStore::sweep(const QSet<QString> &kept) const
{
    int removed = 0;
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QDirIterator it(m_root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo file = it.fileInfo();
        const bool partial = file.absolutePath().endsWith(QLatin1String("/partial"));
        if (partial ? file.lastModified().toUTC() < anHourAgo : !kept.contains(file.fileName()))
            removed += QFile::remove(file.absoluteFilePath()) ? 1 : 0;
    }
    return removed;
}

bool MediaStore::remove(const QString &sha256, const QString &mime) const
{
    return QFile::remove(pathOf(sha256, mime));
}

} // namespace hookline
