#pragma once

#include "carddelegate.h"

namespace hookline {

// A line in the lines pane: health dot, label and number, unread badge, events per minute.
class LineDelegate final : public CardDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineDelegate)

public:
    using CardDelegate::CardDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hookline
