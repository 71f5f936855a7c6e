#pragma once

#include <QCache>
#include <QStyledItemDelegate>
#include <QTextDocument>

namespace hookline {

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

    // The bubble's inner HTML (public for tests).
    static QString html(const QModelIndex &index, const QPalette &palette);
    static QString ticks(const QString &status);
    static QString timeline(const QModelIndex &index);
    // "pricing: marketing, charged" for a status's pricing object.
    static QString pricingText(const QVariantMap &pricing);

private:
    struct Layout
    {
        QRect bubble;
        QRect chips;
        int textWidth = 0;
        bool system = false;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QTextDocument *document(const QModelIndex &index, const QPalette &palette, int width) const;
    QSize contentSize(const QModelIndex &index, const QPalette &palette, int width) const;
    static QString cacheKey(const QModelIndex &index, const QPalette &palette, int width);

    // Laid-out documents for the bubbles on screen, and the size of every bubble measured, so
    // that laying out thousands of rows never lays out their text again.
    mutable QCache<QString, QTextDocument> m_documents;
    mutable QHash<QString, QSize> m_sizes;
};

} // namespace hookline
