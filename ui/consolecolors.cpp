#include "consolecolors.h"

#include "linelistmodel.h"

#include <cmath>

namespace hookline::ConsoleColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor health(int health, const QPalette &palette)
{
    switch (health) {
    case LineListModel::Receiving:
        return isDark(palette) ? QColor(0x4c, 0xd9, 0x64) : QColor(0x1e, 0x9e, 0x3a);
    case LineListModel::Errors:
        return failure(palette);
    case LineListModel::Disabled:
        return muted(palette);
    default:
        return isDark(palette) ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x90, 0x90, 0x90);
    }
}

QColor windowOpen(const QPalette &palette)
{
    return health(LineListModel::Receiving, palette);
}

QColor windowClosing(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf0, 0xb4, 0x29) : QColor(0x9a, 0x58, 0x00);
}

QColor inboundBubble(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x2b, 0x30, 0x36) : QColor(0xff, 0xff, 0xff);
}

QColor outboundBubble(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x18, 0x3a, 0x2d) : QColor(0xd9, 0xfd, 0xd3);
}

QColor badge(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x2e, 0xb8, 0x5c) : QColor(0x1d, 0xa8, 0x51);
}

QColor muted(const QPalette &palette)
{
    QColor text = palette.color(QPalette::Text);
    text.setAlphaF(0.6f);
    return text;
}

QColor readTicks(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x53, 0xbd, 0xeb) : QColor(0x01, 0x6a, 0x99);
}

QColor failure(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x80, 0x80) : QColor(0xc6, 0x28, 0x28);
}

QPalette mutedLabel(const QPalette &palette, QPalette::ColorRole background)
{
    QPalette muted = palette;
    muted.setColor(QPalette::WindowText,
                   over(ConsoleColors::muted(palette), palette.color(background)));
    return muted;
}

QColor controlEdge(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x8a, 0x8f, 0x96) : QColor(0x76, 0x76, 0x76);
}

QColor over(const QColor &foreground, const QColor &background)
{
    const double a = foreground.alphaF();
    auto mix = [a](double f, double b) { return f * a + b * (1 - a); };
    return QColor::fromRgbF(float(mix(foreground.redF(), background.redF())),
                            float(mix(foreground.greenF(), background.greenF())),
                            float(mix(foreground.blueF(), background.blueF())));
}

double contrast(const QColor &a, const QColor &b)
{
    auto luminance = [](const QColor &c) {
        auto channel = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace hookline::ConsoleColors
