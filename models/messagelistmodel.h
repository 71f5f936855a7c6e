#pragma once

#include "graph/servicewindow.h"
#include "keyedpagemodel.h"

namespace hookline {

// One conversation, oldest first as a chat reads. It opens on the newest page; fetchOlder()
// brings earlier pages in at the top. Each message carries its reactions, its status timeline
// and a quote of the message it replies to. Calls (type "call") and a group's changes (type
// "group_event") are entries of the conversation too.
class MessageListModel final : public KeyedPageModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageListModel)

public:
    enum Roles
    {
        WamidRole = FirstCustomRole,
        DirectionRole, // inbound | outbound
        TypeRole,
        TextRole,    // body, caption or edited text
        ContentRole, // QVariant (map or list): the type's own fields, as received
        TimeRole,    // unix seconds
        StatusRole,  // current status of an outbound message
        ReplyToRole,
        ReplyPreviewRole,
        ForwardedRole,     // 0 none, 1 forwarded, 2 frequently forwarded
        EditedRole,        // bool
        RevokedRole,       // bool
        ErrorsRole,        // QVariantList of {code, title}
        ReactionsRole,     // QVariantList of {from, emoji}
        StatusHistoryRole, // QVariantList of {status, timestamp, received_at_us, errors}
        ReceivedRole,      // our receive time, unix microseconds
        OriginRole,        // meta | replay | history: where the bubble's content came from
        SenderRole,        // a group message: who wrote it (name and number)
        HistoryStatusRole, // imported by a history sync: the status it had then
        ReferralRole,      // QVariantMap: the ad or post the customer came from, if any
        DeliveryRole,      // the delivery the message was last projected from, if any
        // An inbound media message's download (main.media): QVariantMap of state, error, mime,
        // file_name, size, declared_size, pinned, and path (when the file is here), plus
        // received/total bytes while it downloads. Empty for other messages.
        MediaRole,
    };

    // Who the open conversation is with, beyond its name.
    struct Party
    {
        bool group = false;
        QString waId;
        QString userId;
        QString username;
        QString savedName; // the WhatsApp Business app's address book
        QString marketing; // stop | resume | empty
        qint64 marketingSince = 0;
    };

    explicit MessageListModel(QSqlDatabase db, QObject *parent = nullptr);

    void setConversation(const QString &line, const QString &customer);
    // The open conversation's customer-service window, as it stands now.
    ServiceWindow serviceWindow() const;
    QString line() const { return m_line; }
    QString customer() const { return m_customer; }
    const Party &party() const { return m_party; }
    // Loads older pages until the message is in the window; its row, or -1 when unknown.
    int ensureLoaded(const QString &wamid);

    // Where downloaded media are kept (MediaStore), so bubbles can show them.
    void setMediaRoot(const QString &root);
    // A download under way: its bubble shows how far it is.
    void setMediaProgress(const QString &wamid, qint64 received, qint64 total);

protected:
    const Query &query() const override;
    QStringList arms() const override;
    void addFilters(QStringList &conditions, QVariantList &binds) const override;
    QVariant cell(const Row &row, int column, int role) const override;
    void decorate(QList<Row> &rows) const override;

private:
    QString m_line;
    QString m_customer;
    Party m_party;
    QSqlDatabase m_db;
    QString m_mediaRoot;
    QHash<QString, QPair<qint64, qint64>> m_progress;
};

} // namespace hookline
