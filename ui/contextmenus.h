#pragma once

#include <QString>

#include <functional>

class QAbstractItemView;
class QListView;
class QMenu;
class QModelIndex;

namespace hookline {

// Right-click menus for item views: the view's own actions for the row under the mouse (added
// by fill), then Copy (the cell) and Copy row (every column, tab-separated) on tables.
void addRowMenu(QAbstractItemView *view,
                const std::function<void(QMenu &menu, const QModelIndex &index)> &fill);

// Copies text to the clipboard.
void copyText(const QString &text);

// Lets the operator reorder a list's rows by dragging them with the mouse (the model's
// moveRows does the rest); rows for which movable returns false stay where they are.
void makeRowsDraggable(QListView *view, const std::function<bool(int row)> &movable);

} // namespace hookline
