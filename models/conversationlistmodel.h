#pragma once

#include "keyedpagemodel.h"

namespace hookline {

// The conversations of one line (or of all lines), most recent activity first, each with the
// contact, a preview of the last message, the unread count and when its customer-service
// window closes. Identities are "<line>/<customer>",
// as in ChangeSet::conversations.
class ConversationListModel final : public KeyedPageModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    enum Roles
    {
        LineRole = FirstCustomRole,
        CustomerRole,
        NameRole,
        PreviewRole,
        TimeRole,   // unix seconds of the last activity
        UnreadRole, // inbound messages after the read marker, at most 100
        LastDirectionRole,
        LastStatusRole,
        LineLabelRole,
        IsGroupRole, // a group's conversation
        UsernameRole,
        LastOutboundFailedRole, // the business's latest message to them failed
        WindowClosesRole, // unix seconds when the customer-service window closes; 0: never open
    };
    static constexpr qint64 ClosingSoonSeconds = 3600;
    static constexpr int UnreadCap = 100;

    explicit ConversationListModel(QSqlDatabase db, QObject *parent = nullptr);

    // Empty line: every line.
    void setLine(const QString &line);
    QString line() const { return m_line; }
    // Names, usernames and numbers; a number in any formatting, old numbers and ids included.
    void setFilterText(const QString &text);
    // The digits of a phone number written with spaces, +, dashes, dots or parentheses, or an
    // empty string when the text is not one (or is shorter than three digits).
    static QString phoneDigits(const QString &text);
    QString filterText() const { return m_text; }
    // Only conversations whose customer-service window is open and closes within the hour.
    void setClosingSoon(bool closingSoon);
    bool closingSoon() const { return m_closingSoon; }

protected:
    const Query &query() const override;
    void addFilters(QStringList &conditions, QVariantList &binds) const override;
    QVariant cell(const Row &row, int column, int role) const override;
    QString identityCondition(const QVariantList &ids, QVariantList &binds) const override;

private:
    QString m_line;
    QString m_text;
    bool m_closingSoon = false;
};

} // namespace hookline
