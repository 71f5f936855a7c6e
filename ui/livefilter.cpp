#include "livefilter.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace hookline {

namespace {

// Esc on a field with text clears it (and applies at once); on an empty field it goes on to
// the dialog or window as usual.
class EscapeClears final : public QObject
{
public:
    explicit EscapeClears(QLineEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_edit &&
            (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) &&
            static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
            static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier &&
            !m_edit->text().isEmpty()) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                m_edit->clear(); // applies at once, as any text the program sets
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QLineEdit *m_edit;
};

} // namespace

void makeLiveFilter(QLineEdit *edit, std::function<void()> apply, int delayMs)
{
    auto *pause = new QTimer(edit);
    pause->setSingleShot(true);
    pause->setInterval(delayMs);
    QObject::connect(pause, &QTimer::timeout, edit, apply);
    QObject::connect(edit, &QLineEdit::textEdited, pause, qOverload<>(&QTimer::start));
    // Text set by the program (clear(), a restored filter) applies at once.
    QObject::connect(edit, &QLineEdit::textChanged, edit, [edit, pause, apply] {
        if (!edit->isModified() || edit->text().isEmpty()) {
            pause->stop();
            apply();
        }
    });
    QObject::connect(edit, &QLineEdit::returnPressed, edit, [pause, apply] {
        pause->stop();
        apply();
    });
    edit->installEventFilter(new EscapeClears(edit));
}

} // namespace hookline
