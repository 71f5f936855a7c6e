#pragma once

#include "messagelistmodel.h"

#include <QPersistentModelIndex>
#include <QSet>
#include <QWidget>

class QLabel;
class QListView;
class QStackedWidget;

namespace hookline {

class ReplyComposer;
class SendService;
class MediaService;
class ThumbnailCache;

class MessageDelegate;
class OperatorService;

// One conversation as a chat: a header naming the contact, the bubbles, older pages loaded as
// the operator scrolls up, new messages followed while the view is at the bottom, and reply
// quotes that jump to their original.
class ConversationPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationPane)

public:
    ConversationPane(MessageListModel *model, OperatorService *operations,
                     QWidget *parent = nullptr);

    void open(const QString &line, const QString &customer, const QString &title);
    void clear();
    QListView *view() const { return m_view; }
    // Scrolls to the message (loading older pages as needed); false when it is not here.
    bool jumpTo(const QString &wamid);

    // The header: the name, then what else is known of the party (a group, a username, the
    // address-book name, a number not shared), the customer-service window (open for how long,
    // or closed) and an opt-out of marketing.
    QString headline(const QString &title, const MessageListModel::Party &party) const;
    QLabel *title() const { return m_title; }
    ReplyComposer *composer() const { return m_composer; }
    void setSendService(SendService *sends, const QString &operatorName);
    // Media downloads: bubbles show their progress and files; View, Open, Save as…, Retry.
    void setMediaService(MediaService *media);
    // What a media link or menu entry asks for a bubble: view, open, save, retry, pin, unpin.
    void mediaAction(const QModelIndex &index, const QString &action);
    // Brings the header up to date (the window's time left changes by the minute).
    void refreshHeadline();

    // Runs of three or more business messages Hookline knows only by their statuses show as
    // one line ("4 business messages"); a click shows them. Recomputed as rows arrive.
    void updateRuns();

signals:
    // "Open in Inspector" on a bubble: the delivery it came from.
    void deliveryRequested(qint64 deliveryId);

private:
    // Shows every message of the collapsed run that holds row.
    void expandRunAt(int row);
    void loadOlderAtTop();
    void saveMediaAs(const QModelIndex &index, const QString &path);
    void markRead();

    MessageListModel *m_model;
    OperatorService *m_operations;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_title;
    QString m_titleText;
    ReplyComposer *m_composer;
    QListView *m_view;
    bool m_followBottom = true;
    MessageDelegate *m_delegate;
    MediaService *m_media = nullptr;
    ThumbnailCache *m_pictures = nullptr;
    QSet<QString> m_expanded;              // first wamids of runs the operator opened
    QList<QPersistentModelIndex> m_hidden; // the rows collapsed runs hide
};

} // namespace hookline
