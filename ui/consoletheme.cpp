#include "consoletheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace hookline::ConsoleTheme {

bool apply(const QString &theme)
{
    if (theme == QLatin1String("system") || theme.isEmpty())
        return true;
    if (theme != QLatin1String("light") && theme != QLatin1String("dark"))
        return false;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (theme == QLatin1String("light")) {
        QApplication::setPalette(QApplication::style()->standardPalette());
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
