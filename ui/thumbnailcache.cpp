#include "thumbnailcache.h"

#include <QImageReader>
#include <QPainter>

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

QString ThumbnailCache::key(const QString &path, const QSize &box, Shape shape)
{
    return QStringLiteral("%1|%2x%3|%4")
        .arg(path)
        .arg(box.width())
        .arg(box.height())
        .arg(int(shape));
}

QImage ThumbnailCache::shaped(QImage image, const QSize &box, Shape shape)
{
    if (image.isNull())
        return image;
    switch (shape) {
    case Shape::Whole:
        if (image.width() > box.width() || image.height() > box.height())
            image = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return image;
    case Shape::Fill: {
        const QImage covering =
            image.scaled(box, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
        return covering.copy((covering.width() - box.width()) / 2,
                             (covering.height() - box.height()) / 2, box.width(), box.height());
    }
    case Shape::Fit: {
        const QImage fitted = image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QImage canvas(box, QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::transparent);
        QPainter painter(&canvas);
        painter.drawImage((box.width() - fitted.width()) / 2, (box.height() - fitted.height()) / 2,
                          fitted);
        painter.end();
        return canvas;
    }
    }
    return image;
}

QImage ThumbnailCache::find(const QString &path, const QSize &box, Shape shape)
{
    const QString k = key(path, box, shape);
    if (const QImage *image = m_images.object(k))
        return *image;
    if (m_loading.contains(k) || m_failed.contains(k) || path.isEmpty())
        return {};
    m_loading.insert(k);
    m_pool.start([this, path, box, shape, k] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize full = reader.size();
        // Decoded at about the size wanted (JPEG decodes smaller for less), then made exact.
        if (full.isValid() && (full.width() > 2 * box.width() || full.height() > 2 * box.height()))
            reader.setScaledSize(full.scaled(box * 2, shape == Shape::Fill
                                                          ? Qt::KeepAspectRatioByExpanding
                                                          : Qt::KeepAspectRatio));
        const QImage image = shaped(reader.read(), box, shape);
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
