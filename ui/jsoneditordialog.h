#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace hookline {

// Edits a webhook body: says at once whether it is valid JSON and where it is not, and only
// then lets the operator accept it.
class JsonEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonEditorDialog)

public:
    JsonEditorDialog(const QString &title, const QString &json, QWidget *parent = nullptr);

    QByteArray body() const;
    QPlainTextEdit *editor() const { return m_editor; }
    bool isValid() const { return m_valid; }

private:
    void validate();

    QPlainTextEdit *m_editor;
    QLabel *m_verdict;
    QDialogButtonBox *m_buttons;
    bool m_valid = false;
};

} // namespace hookline
