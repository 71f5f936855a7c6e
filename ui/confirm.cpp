#include "confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace hookline {

bool confirmAction(QWidget *parent, const QString &title, const QString &question,
                   const QString &verb)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("confirmAction"));
    QPushButton *act = box.addButton(verb, QMessageBox::AcceptRole);
    act->setObjectName(QStringLiteral("confirmVerb"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(act);
    box.exec();
    return box.clickedButton() == act;
}

} // namespace hookline
