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
// A customer-service window: open, and closing within the hour.
QColor windowOpen(const QPalette &palette);
QColor windowClosing(const QPalette &palette);
// The palette for a label of secondary text (an empty state) drawn over background: muted,
// and still readable (a disabled label's grey is not).
QPalette mutedLabel(const QPalette &palette, QPalette::ColorRole background);
// The edge of check boxes and radio buttons, visible against the window (3:1 at least).
QColor controlEdge(const QPalette &palette);
// What a colour with transparency looks like over a background.
QColor over(const QColor &foreground, const QColor &background);
// WCAG 2 contrast ratio of two opaque colours, from 1 to 21.
double contrast(const QColor &a, const QColor &b);

} // namespace hookline::ConsoleColors
