#pragma once

#include <QCache>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QMap>
#include <QPersistentModelIndex>
#include <QStyledItemDelegate>
#include <QTextDocument>

namespace hookline {

class ThumbnailCache;

// Chat bubbles: inbound on the left, outbound on the right, each message type drawn as such,
// with forwarded labels, reply quotes, edited and deleted marks, delivery ticks (their
// tooltip holds the whole timeline) and reaction chips under the bubble.
class MessageDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageDelegate)

public:
    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    // The bubble's inner HTML (public for tests). continued: the previous bubble is from the
    // same sender moments before (a group's bubble then does not repeat the sender's name).
    // thumbnail: an image's or sticker's picture, when it is ready.
    static QString html(const QModelIndex &index, const QPalette &palette, bool continued = false,
                        const QImage &thumbnail = {});
    // A media message's part of the bubble: the picture, or the file with Open and Save as…,
    // or how its download stands (progress, waiting, expired, failed with Retry).
    static QString mediaHtml(const QModelIndex &index, const QPalette &palette,
                             const QImage &thumbnail);
    // Pictures of downloaded images and stickers come from here (decoded off the GUI thread).
    void setThumbnails(ThumbnailCache *thumbnails);
    // Keeps the measured rows of this model's view true: a row is measured again only when it,
    // or the row before it (its day separator and grouping depend on it), has changed.
    void watch(QAbstractItemModel *model);
    // A message the business sent whose content Hookline does not know (only its statuses):
    // one compact line instead of a bubble, unless it failed.
    static bool isCompact(const QModelIndex &index);
    // The label of the day separator above the row ("Today", "Yesterday", "Mon 28 Nov"), or an
    // empty string when the row is on the same day as the one before it.
    static QString dayLabel(const QModelIndex &index, const QDate &today);
    static QString dayName(const QDate &day, const QDate &today);
    // The row continues the previous one: same sender and day, moments later.
    static bool continues(const QModelIndex &index);

    // Runs of compact rows shown as one line ("4 business messages"): the first row's wamid
    // and the run's length; the conversation pane hides the run's other rows.
    void setCollapsedRuns(const QHash<QString, int> &runs);
    int collapsedRun(const QModelIndex &index) const;
    static QString ticks(const QString &status);
    static QString timeline(const QModelIndex &index);
    // "pricing: marketing, charged" for a status's pricing object.
    static QString pricingText(const QVariantMap &pricing);

signals:
    // A media link in a bubble was clicked: view, open, save, retry.
    void mediaActivated(const QPersistentModelIndex &index, const QString &action);

private:
    struct Layout
    {
        QRect day; // the day separator above the bubble, if any
        QString dayText;
        QRect bubble;
        QRect chips;
        int textWidth = 0;
        bool system = false;
        bool compact = false;
        bool continued = false;
        int run = 0;      // a collapsed run's length, on its first row
        QImage thumbnail; // a picture's, or its placeholder of the same size
        bool pictureReady = false;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void waitForPicture(const QString &path, const QModelIndex &index) const;
    // What a picture's room shows until the picture is decoded.
    QImage placeholder(const QSize &box, const QPalette &palette) const;
    void pictureReady(const QString &path);
    QTextDocument *document(const QModelIndex &index, const QPalette &palette, int width,
                            const Layout &l) const;
    QSize contentSize(const QModelIndex &index, const QPalette &palette, int width,
                      const Layout &l) const;
    static QString cacheKey(const QModelIndex &index, const QPalette &palette, int width,
                            const Layout &l);
    static QString compactHtml(const QModelIndex &index, const QPalette &palette, int run);
    static QString failureHtml(const QModelIndex &index, const QPalette &palette);
    // What became of a send Meta has not reported on yet ("sending…", "accepted by Meta", ...).
    static QString sendState(const QString &state, const QPalette &palette);

    // Laid-out documents for the bubbles on screen, and the size of every bubble measured, so
    // that laying out thousands of rows never lays out their text again.
    mutable QCache<QString, QTextDocument> m_documents;
    mutable QHash<QString, QSize> m_sizes;
    // Each row's measured size by width and identity, for one font: QListView lays every row
    // out again whenever one is inserted or changes, and a conversation with thousands of
    // bubbles loaded must not work each one out again when a message arrives (watch() keeps it
    // true).
    mutable QHash<int, QHash<QString, QSize>> m_rowSizes;
    mutable QFont m_rowSizesFont;
    void forgetRows(const QAbstractItemModel *model, int first, int last);
    QHash<QString, int> m_runs;
    ThumbnailCache *m_thumbnails = nullptr;
    mutable QImage m_placeholder;
    // Rows waiting for their picture: their size changes when it comes.
    mutable QMap<QString, QList<QPersistentModelIndex>> m_waiting;
};

} // namespace hookline
