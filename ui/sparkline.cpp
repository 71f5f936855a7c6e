#include "sparkline.h"

#include <QPainter>
#include <QPainterPath>

namespace hookline {

Sparkline::Sparkline(QWidget *parent)
    : QWidget(parent)
{
    setToolTip(tr("Webhooks accepted per second, last minute"));
}

void Sparkline::setValues(const QList<double> &values)
{
    m_values = values;
    update();
}

void Sparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 2, -1, -2);
    painter.setPen(QPen(palette().color(QPalette::Mid), 0.5));
    painter.drawLine(area.bottomLeft(), area.bottomRight());
    if (m_values.size() < 2)
        return;
    const double top = std::max(1.0, *std::max_element(m_values.cbegin(), m_values.cend()));
    QPainterPath path;
    for (int i = 0; i < m_values.size(); ++i) {
        const QPointF point(area.left() + area.width() * i / 59.0,
                            area.bottom() - area.height() * m_values.at(i) / top);
        i ? path.lineTo(point) : path.moveTo(point);
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.4));
    painter.drawPath(path);
}

} // namespace hookline
