#pragma once

#include "graph/sendrequest.h"
#include "graph/templatecatalog.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hookline {

class SendService;

// An approved template to send. The picker lists the line's templates as last fetched from
// the Graph API (Refresh lists them again), with their language, category and body; picking
// one fills its name and language and asks for exactly its variables ({{1}}, {{2}}, ... one per
// line). One can also be typed by name. Sending is refused here, before anything goes out,
// while a variable is empty or missing.
class TemplateDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateDialog)

public:
    // sends may be null (no picker: name and language are typed).
    TemplateDialog(SendService *sends, const QString &line, QWidget *parent = nullptr);

    SendRequest request() const;
    QComboBox *picker() const { return m_picker; }
    QPushButton *refreshButton() const { return m_refresh; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *languageEdit() const { return m_language; }
    QPlainTextEdit *variablesEdit() const { return m_variables; }
    QLabel *bodyLabel() const { return m_body; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void showTemplates(const QList<MessageTemplate> &templates, const QString &error);
    void pick(int index);
    // The variables the chosen template has; -1 when it was typed, not picked.
    int expectedVariables() const;

    QString m_line;
    QList<MessageTemplate> m_templates;
    QComboBox *m_picker;
    QPushButton *m_refresh;
    QLabel *m_listState;
    QLineEdit *m_name;
    QLineEdit *m_language;
    QLabel *m_body;
    QPlainTextEdit *m_variables;
    QLabel *m_problem;
};

} // namespace hookline
