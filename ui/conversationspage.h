#pragma once

#include "messageref.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QToolButton;

namespace hookline {

class ConversationDelegate;
class ConversationListModel;
class ConversationPane;
class MessageListModel;
class OperatorService;
class SendService;
class MediaService;

// The conversations of the selected line (or all lines) with a filter box, beside the open
// conversation.
class ConversationsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationsPage)

public:
    ConversationsPage(ConversationListModel *conversations, MessageListModel *messages,
                      OperatorService *operations, QWidget *parent = nullptr);

    void showLine(const QString &line);
    void focusFilter();
    // Opens the message's conversation (chosen in the list when it is there) scrolled to it.
    bool openMessage(const MessageRef &message);
    QListView *list() const { return m_list; }
    QLineEdit *filter() const { return m_filter; }
    QToolButton *closingSoon() const { return m_closingSoon; }
    ConversationPane *pane() const { return m_pane; }
    void setMediaService(MediaService *media);
    void setSendService(SendService *sends, const QString &operatorName);
    QSplitter *splitter() const { return m_splitter; }

    // Asks, then forgets the person of that conversation (their messages and their parts of
    // the delivery log); the result comes as message().
    void eraseConversation(const QModelIndex &index);

signals:
    void deliveryRequested(qint64 deliveryId);
    void message(const QString &text);

private:
    void openCurrent();
    void updateEmptyState();

    ConversationListModel *m_model;
    MessageListModel *m_messages;
    OperatorService *m_operations;
    QLineEdit *m_filter;
    QToolButton *m_closingSoon;
    QStackedWidget *m_listStack;
    QListView *m_list;
    ConversationDelegate *m_delegate = nullptr;
    QLabel *m_empty;
    ConversationPane *m_pane;
    QSplitter *m_splitter;
};

} // namespace hookline
