#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace hookline {

class ConsoleEngine;

// The set-up of a first line, in the order a person does it in Meta's App Dashboard: the app's
// id and secret, the number's ids, then what to paste back into Meta (the callback URL and a
// verify token generated here), each with a Copy button. Adds the app and the line together.
class FirstLineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstLineDialog)

public:
    explicit FirstLineDialog(ConsoleEngine *engine, QWidget *parent = nullptr);

    // A fresh verify token: 32 characters anyone can paste (letters and digits).
    static QString generateToken();

    void accept() override;

private:
    void update();

    ConsoleEngine *m_engine;
    QLineEdit *m_appId;
    QLineEdit *m_secret;
    QLineEdit *m_phoneNumberId;
    QLineEdit *m_wabaId;
    QLineEdit *m_label;
    QLineEdit *m_display;
    QLineEdit *m_callback;
    QLineEdit *m_token;
    QLabel *m_problem;
    QPushButton *m_add;
};

} // namespace hookline
