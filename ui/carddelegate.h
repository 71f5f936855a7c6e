#pragma once

#include <QStyledItemDelegate>

namespace hookline {

// A delegate that draws its rows itself on the style's item background (selection, hover,
// focus), as the lines and conversations panes do.
class CardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CardDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void drawBackground(QPainter *painter, const QStyleOptionViewItem &option,
                        const QModelIndex &index) const;
};

} // namespace hookline
