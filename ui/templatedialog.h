#pragma once

#include "graph/sendrequest.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace hookline {

// An approved template to send: its name, its language and its body variables ({{1}}, {{2}},
// ... one per line). Sending is refused here, before anything goes out, while a variable is
// empty.
class TemplateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateDialog)

public:
    explicit TemplateDialog(QWidget *parent = nullptr);

    SendRequest request() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *languageEdit() const { return m_language; }
    QPlainTextEdit *variablesEdit() const { return m_variables; }

    void accept() override;

private:
    QLineEdit *m_name;
    QLineEdit *m_language;
    QPlainTextEdit *m_variables;
    QLabel *m_problem;
};

} // namespace hookline
