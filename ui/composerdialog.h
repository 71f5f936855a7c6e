#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace hookline {

class ConsoleEngine;
class TestWebhookSender;

// Composes a realistic webhook for a line, lets the operator edit it, and sends it signed
// through the running receiver over HTTP, showing the HTTP answer.
class ComposerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerDialog)

public:
    explicit ComposerDialog(ConsoleEngine *engine, QWidget *parent = nullptr);

    QComboBox *lineBox() const { return m_line; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *customerEdit() const { return m_customer; }
    QLineEdit *textEdit() const { return m_text; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLabel *answer() const { return m_answer; }
    QPushButton *sendButton() const { return m_send; }
    // Shown while the body no longer follows the fields (the operator edited it by hand).
    QLabel *editedNote() const { return m_editedNote; }
    // Builds the body from the fields again (and lets it follow them from then on).
    void generate();
    void send();

signals:
    void answered(int status);

private:
    ConsoleEngine *m_engine;
    TestWebhookSender *m_sender;
    QComboBox *m_line;
    QComboBox *m_kind;
    QLineEdit *m_customer;
    QLineEdit *m_text;
    QLineEdit *m_target;
    QPlainTextEdit *m_body;
    QPushButton *m_send;
    QLabel *m_answer;
    QLabel *m_editedNote;
    bool m_generating = false;
    bool m_bodyEdited = false; // by hand: the fields no longer overwrite it
};

} // namespace hookline
