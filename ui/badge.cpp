#include "badge.h"

#include <QPainter>

namespace hookline::Badge {

int draw(QPainter *painter, const QRect &area, const QString &text, const QColor &colour)
{
    const QFontMetrics metrics(painter->font());
    const int height = metrics.height() + 2;
    const int width = std::max(height, metrics.horizontalAdvance(text) + 10);
    const QRect badge(area.right() - width, area.center().y() - height / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
    return width;
}

} // namespace hookline::Badge
