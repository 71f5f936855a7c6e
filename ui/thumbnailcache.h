#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

namespace hookline {

// Pictures of downloaded media, decoded and scaled in a thread of their own so the GUI thread
// never reads or decodes a file (an animated sticker shows its first frame). find() answers at
// once: the picture when it is ready, else a null image and a decode is started; ready() says
// when it is there. Pictures are made exactly the size asked for (cropped to fill it, or fitted
// into it on a transparent ground), so a bubble is the same size before and after its picture
// comes and the list never lays itself out again for one.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override;

    enum class Shape
    {
        Fill, // scaled to cover the box, the middle kept (photos)
        Fit,  // scaled to fit inside the box, centred on a transparent ground (stickers)
        Whole // scaled to fit inside the box, never enlarged, its own size (the viewer)
    };
    QImage find(const QString &path, const QSize &box, Shape shape = Shape::Whole);
    // The file could not be read as a picture at that size.
    bool isUnreadable(const QString &path, const QSize &box, Shape shape = Shape::Whole) const
    {
        return m_failed.contains(key(path, box, shape));
    }
    // Decoded pictures kept, at most this many bytes.
    void setBudget(qint64 bytes) { m_images.setMaxCost(bytes); }

signals:
    // The picture is ready, or cannot be made (failed: find() keeps answering a null image).
    void ready(const QString &path);

private:
    static QString key(const QString &path, const QSize &box, Shape shape);
    static QImage shaped(QImage image, const QSize &box, Shape shape);

    QCache<QString, QImage> m_images;
    QSet<QString> m_loading;
    QSet<QString> m_failed;
    QThreadPool m_pool;
};

} // namespace hookline
