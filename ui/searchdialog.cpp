#include "searchdialog.h"

#include "consolecolors.h"
#include "contextmenus.h"
#include "conversationdelegate.h"
#include "linelistmodel.h"
#include "livefilter.h"
#include "searchresultmodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPainter>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QVBoxLayout>

namespace hookline {

namespace {

// A hit: for the first of its conversation, a header (name, line); then the time, a direction
// mark and the excerpt with the matched words in bold on the highlight colour.
class SearchHitDelegate : public QStyledItemDelegate
{
public:
    SearchHitDelegate(const SearchDialog *dialog, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_dialog(dialog)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics metrics(option.font);
        int height = metrics.height() + 10;
        if (index.data(SearchResultModel::GroupStartRole).toBool())
            height += metrics.height() + 10;
        return {200, height};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        painter->save();
        const QPalette &palette = option.palette;
        const QFontMetrics metrics(option.font);
        QRect r = option.rect;
        if (index.data(SearchResultModel::GroupStartRole).toBool()) {
            const QRect header(r.left(), r.top(), r.width(), metrics.height() + 10);
            painter->fillRect(header, palette.color(QPalette::AlternateBase));
            QFont bold = option.font;
            bold.setBold(true);
            painter->setFont(bold);
            painter->setPen(palette.color(QPalette::Text));
            const QString line =
                m_dialog->lineLabel(index.data(SearchResultModel::LineRole).toString());
            const QString title = index.data(SearchResultModel::NameRole).toString();
            const QRect text = header.adjusted(10, 0, -10, 0);
            const int lineWidth = QFontMetrics(option.font).horizontalAdvance(line) + 12;
            painter->drawText(
                text.adjusted(0, 0, -lineWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                QFontMetrics(bold).elidedText(title, Qt::ElideRight, text.width() - lineWidth));
            painter->setFont(option.font);
            painter->setPen(ConsoleColors::muted(palette));
            painter->drawText(text, Qt::AlignRight | Qt::AlignVCenter, line);
            r.setTop(header.bottom() + 1);
        }
        const bool selected = option.state & QStyle::State_Selected;
        if (selected)
            painter->fillRect(r, palette.color(QPalette::Highlight));
        const QColor textColor =
            palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor muted = selected ? textColor : ConsoleColors::muted(palette);
        const QRect content = r.adjusted(10, 0, -10, 0);

        const bool contact =
            index.data(SearchResultModel::KindRole).toInt() == int(SearchHit::Kind::Contact);
        const QString time = contact
                                 ? tr("Contact")
                                 : ConversationDelegate::shortTime(
                                       index.data(SearchResultModel::TimestampRole).toLongLong(),
                                       QDateTime::currentSecsSinceEpoch());
        const QString mark = contact ? QString()
                             : index.data(SearchResultModel::InboundRole).toBool()
                                 ? QStringLiteral("←")
                                 : QStringLiteral("→");
        const int timeWidth = metrics.horizontalAdvance(QStringLiteral("Wed 00:00 →")) + 12;
        painter->setPen(muted);
        painter->drawText(QRect(content.left(), content.top(), timeWidth, content.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, time + QLatin1Char(' ') + mark);

        // The excerpt on one line, matches highlighted, cut with "…" where it overflows.
        const QRect excerptRect = content.adjusted(timeWidth, 0, 0, 0);
        QString excerpt = index.data().toString();
        QList<QTextLayout::FormatRange> formats;
        QTextCharFormat match;
        match.setFontWeight(QFont::Bold);
        if (!selected) {
            match.setBackground(
                ConsoleColors::over(QColor(255, 214, 0, ConsoleColors::isDark(palette) ? 90 : 140),
                                    palette.color(QPalette::Base)));
        }
        const QVariantList ranges = index.data(SearchResultModel::RangesRole).toList();
        for (const QVariant &range : ranges) {
            const QPoint at = range.toPoint();
            formats.append({at.x(), at.y(), match});
        }
        QTextLayout layout(excerpt, option.font);
        layout.setFormats(formats);
        QTextOption textOption;
        textOption.setWrapMode(QTextOption::NoWrap);
        textOption.setTextDirection(excerpt.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
        layout.setTextOption(textOption);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        if (line.isValid())
            line.setLineWidth(excerptRect.width());
        layout.endLayout();
        painter->setPen(textColor);
        painter->setClipRect(excerptRect);
        const qreal y = excerptRect.top() + (excerptRect.height() - metrics.height()) / 2.0;
        layout.draw(painter, QPointF(excerptRect.left(), y));
        painter->restore();
    }

private:
    const SearchDialog *m_dialog;
};

} // namespace

SearchDialog::SearchDialog(SearchResultModel *results, QAbstractItemModel *lines, QWidget *parent)
    : QDialog(parent)
    , m_results(results)
    , m_lines(lines)
    , m_query(new QLineEdit(this))
    , m_line(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_view(new QListView(this))
{
    setWindowTitle(tr("Search"));
    setObjectName(QStringLiteral("searchDialog"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search messages, file names and contacts"));
    m_query->setClearButtonEnabled(true);
    m_line->setObjectName(QStringLiteral("searchLine"));
    m_line->setToolTip(tr("Search every line, or one"));
    refreshLines();
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setPalette(ConsoleColors::mutedLabel(palette(), QPalette::Window));
    m_status->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(results);
    m_view->setItemDelegate(new SearchHitDelegate(this, m_view));
    m_view->setUniformItemSizes(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_line);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    resize(720, 560);

    makeLiveFilter(
        m_query, [this] { runSearch(); }, 250);
    connect(m_line, &QComboBox::currentIndexChanged, this, [this] { runSearch(); });
    connect(m_results, &SearchResultModel::searched, this, &SearchDialog::updateStatus);
    connect(m_view, &QListView::activated, this, [this] { openCurrent(); });
    // Down from the query goes to the results; Enter there opens the first.
    m_query->installEventFilter(this);
    addRowMenu(m_view, [this](QMenu &menu, const QModelIndex &index) {
        const MessageRef message = m_results->messageAt(index.row());
        menu.addAction(tr("&Open the message"), this, [this, message] {
            emit
            openMessage(message);
        });
        menu.addAction(tr("Copy message &id"), this, [message] { copyText(message.wamid); });
        menu.addAction(tr("Copy the &text"), this, [index] { copyText(index.data().toString()); });
    });
    updateStatus();
}

QString SearchDialog::lineLabel(const QString &line) const
{
    for (int row = 0; row < m_line->count(); ++row) {
        if (m_line->itemData(row).toString() == line)
            return m_line->itemText(row);
    }
    return line;
}

void SearchDialog::refreshLines()
{
    const QSignalBlocker blocker(m_line);
    const QString current = m_line->currentData().toString();
    m_line->clear();
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        const QModelIndex index = m_lines->index(row, 0);
        m_line->addItem(index.data().toString(),
                        index.data(LineListModel::PhoneNumberIdRole).toString());
    }
    m_line->setCurrentIndex(qMax(0, m_line->findData(current)));
}

void SearchDialog::focusQuery(const QString &line)
{
    refreshLines();
    if (!line.isNull()) {
        const int row = m_line->findData(line);
        if (row >= 0)
            m_line->setCurrentIndex(row);
    }
    m_query->setFocus();
    m_query->selectAll();
}

void SearchDialog::runSearch()
{
    const QString query = m_query->text();
    if (query.trimmed().isEmpty()) {
        m_results->clear();
        return;
    }
    m_results->search(query, m_line->currentData().toString());
    if (m_results->rowCount() > 0)
        m_view->setCurrentIndex(m_results->index(0));
}

void SearchDialog::updateStatus()
{
    QString text;
    if (m_results->query().trimmed().isEmpty())
        text = tr("Type a word or a number. Accents and case do not matter; each word matches "
                  "the start of a word.");
    else if (!m_results->error().isEmpty())
        text = tr("The search failed; the log says why.");
    else if (!m_results->hasWords())
        text = tr("Nothing to look for: type letters or digits.");
    else if (m_results->rowCount() == 0)
        text = tr("Nothing matches \"%1\". Try fewer or shorter words.").arg(m_results->query());
    else
        text = tr("%n conversation(s)", nullptr, m_results->conversationCount()) +
               QStringLiteral(" · ") + tr("%n message(s)", nullptr, m_results->messageCount()) +
               (m_results->hasMore() ? tr(" (the newest; narrow the search for older ones)")
                                     : QString()) +
               QStringLiteral(" · ") + tr("Enter opens");
    m_status->setText(text);
}

void SearchDialog::openCurrent()
{
    const MessageRef message = m_results->messageAt(m_view->currentIndex().row());
    if (message.isValid())
        emit
    openMessage(message);
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_PageDown) && m_results->rowCount() > 0) {
            // Into the results, on the first (already current after a search).
            m_view->setFocus();
            if (!m_view->currentIndex().isValid())
                m_view->setCurrentIndex(m_results->index(0));
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Typed faster than the pause: search now, then open the first.
            if (m_results->query() != m_query->text())
                runSearch();
            if (m_results->rowCount() > 0) {
                openCurrent();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace hookline
