#include "conversationdelegate.h"

#include "badge.h"
#include "consolecolors.h"
#include "conversationlistmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>

namespace hookline {

QString ConversationDelegate::shortTime(qint64 unixSeconds, qint64 nowSeconds)
{
    if (unixSeconds <= 0)
        return {};
    const QDateTime when = QDateTime::fromSecsSinceEpoch(unixSeconds);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowSeconds);
    if (when.date() == now.date())
        return when.toString(QStringLiteral("HH:mm"));
    if (when.daysTo(now) < 7)
        return QLocale().dayName(when.date().dayOfWeek(), QLocale::ShortFormat);
    return QLocale().toString(when.date(), QLocale::ShortFormat);
}

QString ConversationDelegate::windowLeft(qint64 seconds)
{
    if (seconds >= 3600)
        return tr("open %1 h").arg(seconds / 3600);
    return tr("open %1 min").arg(std::max<qint64>(1, seconds / 60));
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    drawBackground(painter, option, index);

    painter->save();
    const QRect r = option.rect.adjusted(10, 6, -10, -6);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : ConsoleColors::muted(palette);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(option.font);
    const int firstHeight = boldMetrics.height() + 2;

    const QString time = shortTime(index.data(ConversationListModel::TimeRole).toLongLong(),
                                   QDateTime::currentSecsSinceEpoch());
    painter->setFont(option.font);
    painter->setPen(muted);
    const int timeWidth = metrics.horizontalAdvance(time) + 8;
    painter->drawText(QRect(r.right() - timeWidth, r.top(), timeWidth, firstHeight),
                      Qt::AlignRight | Qt::AlignVCenter, time);

    const QString name = index.data(ConversationListModel::NameRole).toString();
    const QString customer = index.data(ConversationListModel::CustomerRole).toString();
    const bool group = index.data(ConversationListModel::IsGroupRole).toBool();
    // No name: the username, else the number or id.
    QString title = index.data().toString();
    if (group) // a group's id says nothing to a person: its name, or "Group"
        title = name.isEmpty() ? tr("Group") : name;
    painter->setFont(bold);
    painter->setPen(text);
    const int titleWidth = r.width() - timeWidth - 4;
    const bool named = title != customer;
    title = boldMetrics.elidedText(title, Qt::ElideRight, titleWidth);
    painter->drawText(QRect(r.left(), r.top(), titleWidth, firstHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, title);
    if (named || group) {
        // Beside the name or username: the number or id, or for a group the word "group".
        const int used = boldMetrics.horizontalAdvance(title) + 8;
        painter->setFont(option.font);
        painter->setPen(muted);
        painter->drawText(
            QRect(r.left() + used, r.top(), std::max(0, titleWidth - used), firstHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(group ? tr("group") : customer, Qt::ElideRight,
                               std::max(0, titleWidth - used)));
    }

    const QRect second(r.left(), r.top() + firstHeight + 2, r.width(), metrics.height() + 2);
    int previewWidth = second.width();
    const int unread = index.data(ConversationListModel::UnreadRole).toInt();
    painter->setFont(bold);
    if (unread > 0)
        previewWidth -=
            Badge::draw(painter, second,
                        unread >= ConversationListModel::UnreadCap ? QStringLiteral("99+")
                                                                   : QString::number(unread),
                        ConsoleColors::badge(palette)) +
            6;
    // The customer-service window, while it is open: how long it has left.
    const qint64 closes = index.data(ConversationListModel::WindowClosesRole).toLongLong();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (closes > now) {
        const QString left = windowLeft(closes - now);
        const bool closing = closes - now <= ConversationListModel::ClosingSoonSeconds;
        const int width = metrics.horizontalAdvance(left) + 8;
        painter->setFont(option.font);
        painter->setPen(selected  ? text
                        : closing ? ConsoleColors::windowClosing(palette)
                                  : ConsoleColors::windowOpen(palette));
        painter->drawText(
            QRect(second.left() + previewWidth - width, second.top(), width, second.height()),
            Qt::AlignRight | Qt::AlignVCenter, left);
        previewWidth -= width + 4;
    }
    QString preview = index.data(ConversationListModel::PreviewRole).toString();
    if (m_showLine)
        preview = index.data(ConversationListModel::LineLabelRole).toString() +
                  QStringLiteral(" · ") + preview;
    if (index.data(ConversationListModel::LastDirectionRole).toString() ==
        QLatin1String("outbound"))
        preview = (m_showLine ? QString() : tr("You: ")) + preview;
    // The business's latest message did not reach them: a failure nobody should miss.
    const bool failed = index.data(ConversationListModel::LastOutboundFailedRole).toBool();
    if (failed)
        preview = QStringLiteral("⚠ ") + tr("Not delivered") + QStringLiteral(" · ") + preview;
    painter->setFont(option.font);
    painter->setPen(failed && !selected ? ConsoleColors::failure(palette) : muted);
    painter->drawText(QRect(second.left(), second.top(), previewWidth, second.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(preview, Qt::ElideRight, previewWidth));
    painter->restore();
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {280, metrics.height() * 2 + 18};
}

} // namespace hookline
