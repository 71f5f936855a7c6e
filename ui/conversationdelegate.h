#pragma once

#include "carddelegate.h"

namespace hookline {

// A conversation in the list: contact and number, last message preview and time, unread badge.
class ConversationDelegate final : public CardDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDelegate)

public:
    using CardDelegate::CardDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // "14:05", "Tue", "2026-11-02": the shorter the closer to now.
    static QString shortTime(qint64 unixSeconds, qint64 nowSeconds);
    // What a row says of an open customer-service window: "open 23 h", "open 42 min".
    static QString windowLeft(qint64 seconds);
    // With every line in one list, each conversation names its line.
    void setShowLine(bool show) { m_showLine = show; }

private:
    bool m_showLine = false;
};

} // namespace hookline
