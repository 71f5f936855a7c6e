#include "consoletheme.h"

#include "consolecolors.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace hookline::ConsoleTheme {

namespace {

// Fusion draws a check box's edge a shade darker than the window: on a dark window it
// disappears. This style draws it again in a colour that stands out in either palette.
class VisibleIndicators final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(ConsoleColors::controlEdge(option->palette), 1));
        const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
        if (element == PE_IndicatorRadioButton)
            painter->drawEllipse(box);
        else
            painter->drawRoundedRect(box, 2, 2);
        painter->restore();
    }
};

} // namespace

bool apply(const QString &theme)
{
    if (theme == QLatin1String("system") || theme.isEmpty())
        return true;
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return false;
    QApplication::setStyle(new VisibleIndicators(QStyleFactory::create(QStringLiteral("Fusion"))));
    if (theme == QLatin1String("light")) {
        // Fusion's own, with the two colours that read below WCAG AA made darker: the
        // selection behind white text, and placeholder text.
        QPalette p = QApplication::style()->standardPalette();
        p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xb2));
        p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x6b, 0x6b));
        QApplication::setPalette(p);
        return true;
    }
    QPalette p;
    const QColor window(0x24, 0x27, 0x2b);
    const QColor base(0x1b, 0x1d, 0x21);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x32));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb3));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::Mid, QColor(0x44, 0x48, 0x4e));
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x96));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x8f, 0x96));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x8f, 0x96));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x8f, 0x96));
    QApplication::setPalette(p);
    return true;
}

} // namespace hookline::ConsoleTheme
