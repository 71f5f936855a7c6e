#pragma once

#include <QColor>
#include <QPalette>

namespace hookline::ConsoleColors {

// Colours that read well on both light and dark palettes, derived from the palette in use.
bool isDark(const QPalette &palette);
QColor health(int health, const QPalette &palette); // LineListModel::Health
QColor inboundBubble(const QPalette &palette);
QColor outboundBubble(const QPalette &palette);
QColor badge(const QPalette &palette);
QColor muted(const QPalette &palette);
QColor readTicks(const QPalette &palette);
QColor failure(const QPalette &palette);

} // namespace hookline::ConsoleColors
