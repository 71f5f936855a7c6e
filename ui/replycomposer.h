#pragma once

#include "graph/servicewindow.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace hookline {

class SendService;
struct SendRequest;

// Under a conversation: the agent's reply. Free text (Enter sends) while the customer-service
// window is open; outside it the text field says why it is closed and Template… is the way.
// A reply to a bubble shows what it answers; a reaction goes from the bubble's menu. Sends go
// through the SendService (off the GUI thread); a refusal or failure stays under the field with
// Meta's reason, and the text stays for another try.
class ReplyComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplyComposer)

public:
    explicit ReplyComposer(QWidget *parent = nullptr);

    // Nothing is sent without one (a console without it shows the composer disabled).
    void setSendService(SendService *sends, const QString &operatorName);
    void setConversation(const QString &line, const QString &customer);
    void setWindow(const ServiceWindow &window, qint64 nowSeconds);

    void replyTo(const QString &wamid, const QString &preview);
    void react(const QString &wamid, const QString &emoji);

    QLineEdit *field() const { return m_field; }
    QPushButton *sendButton() const { return m_send; }
    QToolButton *templateButton() const { return m_template; }
    QLabel *problem() const { return m_problem; }

signals:
    // A send was recorded or settled: the conversation has something new to show.
    void changed();

private:
    void sendText();
    void chooseTemplate();
    void submit(SendRequest request);
    void clearReply();

    SendService *m_sends = nullptr;
    QString m_operator;
    QString m_line;
    QString m_customer;
    QString m_replyTo;
    bool m_open = false;
    QWidget *m_replyStrip;
    QLabel *m_replyLabel;
    QLineEdit *m_field;
    QPushButton *m_send;
    QToolButton *m_template;
    QLabel *m_problem;
    struct Pending
    {
        QString conversation; // line/customer it was sent in
        bool typed = false;   // the field's text (cleared once the outcome is known)
    };
    // While a send is on its way nothing else goes, so one Enter never becomes two sends.
    void updateEnabled();
    QString conversation() const { return m_line + u'/' + m_customer; }

    QHash<int, Pending> m_pending;
};

} // namespace hookline
