#pragma once

#include <QString>

class QWidget;

namespace hookline {

// Asks before an action, with a button that names it ("Retry 11", "Discard") beside Cancel;
// true when the operator chose the action.
bool confirmAction(QWidget *parent, const QString &title, const QString &question,
                   const QString &verb);

} // namespace hookline
