#include "linedelegate.h"

#include "badge.h"
#include "consolecolors.h"
#include "linelistmodel.h"

#include <QApplication>
#include <QPainter>

namespace hookline {

void LineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    drawBackground(painter, option, index);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect r = option.rect.adjusted(10, 6, -10, -6);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &palette = option.palette;
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);

    const int health = index.data(LineListModel::HealthRole).toInt();
    painter->setPen(Qt::NoPen);
    painter->setBrush(ConsoleColors::health(health, palette));
    painter->drawEllipse(QRect(r.left(), r.top() + 5, 10, 10));

    const int unread = index.data(LineListModel::UnreadRole).toInt();
    QRect textArea = r.adjusted(18, 0, 0, 0);
    if (unread > 0) {
        QFont small = option.font;
        small.setBold(true);
        painter->setFont(small);
        Badge::draw(painter, QRect(r.left(), r.top(), r.width(), 20),
                    unread > 999 ? QStringLiteral("999+") : QString::number(unread),
                    ConsoleColors::badge(palette));
        textArea.setRight(r.right() - 40);
    }
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QFontMetrics boldMetrics(bold);
    painter->drawText(
        QRect(textArea.left(), r.top(), textArea.width(), boldMetrics.height() + 4),
        Qt::AlignLeft | Qt::AlignVCenter,
        boldMetrics.elidedText(index.data().toString(), Qt::ElideRight, textArea.width()));
    painter->setFont(option.font);
    painter->setPen(selected ? text : ConsoleColors::muted(palette));
    const QString number = index.data(LineListModel::NumberRole).toString();
    const int rate = index.data(LineListModel::RateRole).toInt();
    static const char *healthNames[] = {QT_TR_NOOP("receiving"), QT_TR_NOOP("quiet"),
                                        QT_TR_NOOP("dead letters"), QT_TR_NOOP("disabled")};
    QString second = tr("%1/min · %2").arg(rate).arg(tr(healthNames[std::clamp(health, 0, 3)]));
    if (!number.isEmpty())
        second = number + QStringLiteral(" · ") + second;
    const QFontMetrics metrics(option.font);
    painter->drawText(QRect(r.left() + 18, r.top() + boldMetrics.height() + 4, r.width() - 18,
                            metrics.height() + 2),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(second, Qt::ElideRight, r.width() - 18));
    painter->restore();
}

QSize LineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {220, metrics.height() * 2 + 20};
}

} // namespace hookline
