#include "appicon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace hookline::AppIcon {

namespace {

QPixmap draw(int size, int badge)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    QPainterPath bubble;
    bubble.addRoundedRect(QRectF(s * 0.06, s * 0.08, s * 0.88, s * 0.7), s * 0.18, s * 0.18);
    QPainterPath tail;
    tail.moveTo(s * 0.22, s * 0.7);
    tail.lineTo(s * 0.14, s * 0.94);
    tail.lineTo(s * 0.44, s * 0.74);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x1d, 0xa8, 0x51));
    p.drawPath(bubble.united(tail));
    QPen hook(Qt::white, s * 0.09, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(hook);
    p.setBrush(Qt::NoBrush);
    QPainterPath h;
    h.moveTo(s * 0.56, s * 0.2);
    h.lineTo(s * 0.56, s * 0.5);
    h.arcTo(QRectF(s * 0.34, s * 0.38, s * 0.22, s * 0.24), 0, -180);
    p.drawPath(h);
    if (badge > 0) {
        const QRectF dot(s * 0.52, s * 0.0, s * 0.48, s * 0.48);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xd3, 0x2f, 0x2f));
        p.drawEllipse(dot);
        QFont font;
        font.setPixelSize(int(s * (badge > 99 ? 0.18 : 0.28)));
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(dot, Qt::AlignCenter,
                   badge > 99 ? QStringLiteral("99+") : QString::number(badge));
    }
    return pixmap;
}

} // namespace

QIcon make(int badge)
{
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64, 128, 256})
        icon.addPixmap(draw(size, badge));
    return icon;
}

} // namespace hookline::AppIcon
