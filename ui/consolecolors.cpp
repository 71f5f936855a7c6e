#include "consolecolors.h"

#include "linelistmodel.h"

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

QColor inboundBubble(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x2b, 0x30, 0x36) : QColor(0xff, 0xff, 0xff);
}

QColor outboundBubble(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x1f, 0x4d, 0x3a) : QColor(0xd9, 0xfd, 0xd3);
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
    return isDark(palette) ? QColor(0x53, 0xbd, 0xeb) : QColor(0x02, 0x7e, 0xb5);
}

QColor failure(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
}

} // namespace hookline::ConsoleColors
