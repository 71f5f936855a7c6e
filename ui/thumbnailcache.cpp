#include "thumbnailcache.h"

#include <QImageReader>

namespace hookline {

ThumbnailCache::ThumbnailCache(QObject *parent)
    : QObject(parent)
    , m_images(64 << 20)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("hookline-thumbnails"));
}

ThumbnailCache::~ThumbnailCache()
{
    // Nothing decodes for an object that is gone: the queued answers die with it.
    m_pool.clear();
    m_pool.waitForDone();
}

QString ThumbnailCache::key(const QString &path, const QSize &box)
{
    return QStringLiteral("%1|%2x%3").arg(path).arg(box.width()).arg(box.height());
}

QImage ThumbnailCache::find(const QString &path, const QSize &box)
{
    const QString k = key(path, box);
    if (const QImage *image = m_images.object(k))
        return *image;
    if (m_loading.contains(k) || m_failed.contains(k) || path.isEmpty())
        return {};
    m_loading.insert(k);
    m_pool.start([this, path, box, k] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        if (full.isValid() && (full.width() > box.width() || full.height() > box.height()))
            reader.setScaledSize(full.scaled(box, Qt::KeepAspectRatio));
        QImage image = reader.read();
        if (!image.isNull() && (image.width() > box.width() || image.height() > box.height()))
            image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QMetaObject::invokeMethod(
            this,
            [this, path, k, image] {
                m_loading.remove(k);
                if (image.isNull())
                    m_failed.insert(k);
                else
                    m_images.insert(k, new QImage(image), qMax<qsizetype>(1, image.sizeInBytes()));
                emit
                ready(path);
            },
            Qt::QueuedConnection);
    });
    return {};
}

} // namespace hookline
