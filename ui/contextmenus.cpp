#include "contextmenus.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QTableView>

namespace hookline {

namespace {

// Press on a row, move past the drag distance, release on another row: the row moves there.
class RowDragger final : public QObject
{
public:
    RowDragger(QListView *view, std::function<bool(int)> movable)
        : QObject(view)
        , m_view(view)
        , m_movable(std::move(movable))
    {}

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            const int row = m_view->indexAt(mouse->position().toPoint()).row();
            m_from = mouse->button() == Qt::LeftButton && row >= 0 && m_movable(row) ? row : -1;
            m_start = mouse->position().toPoint();
            m_dragging = false;
            break;
        }
        case QEvent::MouseMove: {
            const auto *mouse = static_cast<QMouseEvent *>(event);
            if (m_from >= 0 && (mouse->buttons() & Qt::LeftButton) && !m_dragging &&
                (mouse->position().toPoint() - m_start).manhattanLength() >=
                    QApplication::startDragDistance()) {
                m_dragging = true;
                m_view->viewport()->setCursor(Qt::ClosedHandCursor);
            }
            if (m_dragging)
                return true; // no rubber-band selection while a row is carried
            break;
        }
        case QEvent::MouseButtonRelease: {
            if (!m_dragging)
                break;
            const auto *mouse = static_cast<QMouseEvent *>(event);
            m_view->viewport()->unsetCursor();
            m_dragging = false;
            const int to = m_view->indexAt(mouse->position().toPoint()).row();
            if (to >= 0 && to != m_from && m_movable(to))
                m_view->model()->moveRows({}, m_from, 1, {}, to > m_from ? to + 1 : to);
            m_from = -1;
            break; // the view sees the release too, and leaves its pressed state
        }
        default:
            break;
        }
        return false;
    }

private:
    QListView *m_view;
    std::function<bool(int)> m_movable;
    int m_from = -1;
    QPoint m_start;
    bool m_dragging = false;
};

} // namespace

void copyText(const QString &text)
{
    QApplication::clipboard()->setText(text);
}

void addRowMenu(QAbstractItemView *view,
                const std::function<void(QMenu &menu, const QModelIndex &index)> &fill)
{
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view, fill](QPoint at) {
        const QModelIndex index = view->indexAt(at);
        if (!index.isValid())
            return;
        view->setCurrentIndex(index);
        QMenu menu(view);
        if (fill)
            fill(menu, index);
        if (qobject_cast<QTableView *>(view)) {
            if (!menu.isEmpty())
                menu.addSeparator();
            const QString cell = index.data().toString();
            menu.addAction(QObject::tr("&Copy"), view, [cell] { copyText(cell); });
            const QPersistentModelIndex row(index);
            menu.addAction(QObject::tr("Copy &row"), view, [row] {
                if (!row.isValid())
                    return;
                QStringList cells;
                const QAbstractItemModel *model = row.model();
                for (int column = 0; column < model->columnCount(); ++column)
                    cells << model->index(row.row(), column).data().toString();
                copyText(cells.join(u'\t'));
            });
        }
        if (!menu.isEmpty())
            menu.exec(view->viewport()->mapToGlobal(at));
    });
}

void makeRowsDraggable(QListView *view, const std::function<bool(int row)> &movable)
{
    view->viewport()->installEventFilter(new RowDragger(view, movable));
}

} // namespace hookline
