#pragma once

#include <QColor>
#include <QRect>
#include <QString>

class QPainter;

namespace hookline::Badge {

// A rounded count badge at the right end of area; returns its width.
int draw(QPainter *painter, const QRect &area, const QString &text, const QColor &colour);

} // namespace hookline::Badge
