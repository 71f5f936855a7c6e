#include "conversationpane.h"

#include "consolecolors.h"
#include "contextmenus.h"
#include "conversationlistmodel.h"
#include "displaytime.h"
#include "media/mediaservice.h"
#include "mediaviewer.h"
#include "messagedelegate.h"
#include "messagelistmodel.h"
#include "replycomposer.h"
#include "runtime/operatorservice.h"
#include "thumbnailcache.h"
#include "uilogging.h"

#include <QApplication>
#include <QDate>
#include <QDateTime>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace hookline {

ConversationPane::ConversationPane(MessageListModel *model, OperatorService *operations,
                                   QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_operations(operations)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("Pick a conversation on the left to read it here."), this))
    , m_title(new QLabel(this))
    , m_composer(new ReplyComposer(this))
    , m_view(new QListView(this))
    , m_delegate(new MessageDelegate(m_view))
{
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setPalette(ConsoleColors::mutedLabel(m_empty->palette(), QPalette::Window));

    m_title->setTextFormat(Qt::RichText);
    m_title->setContentsMargins(10, 6, 10, 6);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setModel(model);
    m_view->setItemDelegate(m_delegate);
    m_delegate->watch(model);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalScrollBar()->setSingleStep(24);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setMouseTracking(true);
    m_view->setObjectName(QStringLiteral("messages"));
    m_view->setAccessibleName(tr("Messages"));

    auto *chat = new QWidget(this);
    auto *chatLayout = new QVBoxLayout(chat);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->setSpacing(0);
    chatLayout->addWidget(m_title);
    chatLayout->addWidget(m_view, 1);
    chatLayout->addWidget(m_composer);
    connect(m_composer, &ReplyComposer::changed, this, [this] {
        m_followBottom = true;
        m_model->reload();
    });
    m_stack->addWidget(m_empty);
    m_stack->addWidget(chat);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    QScrollBar *bar = m_view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        m_followBottom = value >= bar->maximum() - 4;
        if (value == bar->minimum() && m_model->hasOlder() && m_model->rowCount() > 0)
            QTimer::singleShot(0, this, &ConversationPane::loadOlderAtTop);
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followBottom)
            bar->setValue(max);
    });
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int) {
                if (first > 0 && m_followBottom) {
                    m_view->scrollToBottom();
                    markRead();
                }
            });
    // The window's time left, by the minute, and a message from the customer reopening it.
    auto *minute = new QTimer(this);
    minute->setInterval(60'000);
    connect(minute, &QTimer::timeout, this, &ConversationPane::refreshHeadline);
    minute->start();
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConversationPane::refreshHeadline);
    connect(model, &QAbstractItemModel::modelReset, this, &ConversationPane::updateRuns);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ConversationPane::updateRuns);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ConversationPane::updateRuns);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ConversationPane::updateRuns);
    connect(model, &QAbstractItemModel::dataChanged, this, &ConversationPane::updateRuns);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (m_delegate->collapsedRun(index) > 1)
            expandRunAt(index.row());
    });
    addRowMenu(m_view, [this](QMenu &menu, const QModelIndex &index) {
        const QString text = index.data(MessageListModel::TextRole).toString();
        const QString wamid = index.data(MessageListModel::WamidRole).toString();
        if (!text.isEmpty())
            menu.addAction(tr("&Copy text"), this, [text] { copyText(text); });
        menu.addAction(tr("Copy message &id"), this, [wamid] { copyText(wamid); });
        const QString reply = index.data(MessageListModel::ReplyToRole).toString();
        if (!reply.isEmpty())
            menu.addAction(tr("Show the &quoted message"), this, [this, reply] { jumpTo(reply); });
        // Answer it, or react to it (not to a send Meta has not reported on yet).
        if (!wamid.startsWith(QLatin1String("send:")) &&
            index.data(MessageListModel::TypeRole).toString() != QLatin1String("call") &&
            index.data(MessageListModel::TypeRole).toString() != QLatin1String("group_event")) {
            menu.addSeparator();
            menu.addAction(tr("&Reply"), this, [this, wamid, text] {
                m_composer->replyTo(wamid, text.isEmpty() ? wamid : text);
            });
            QMenu *react = menu.addMenu(tr("Re&act"));
            for (const QString &emoji :
                 {QStringLiteral("👍"), QStringLiteral("❤️"), QStringLiteral("😂"),
                  QStringLiteral("😮"), QStringLiteral("😢"), QStringLiteral("🙏")})
                react->addAction(emoji, this,
                                 [this, wamid, emoji] { m_composer->react(wamid, emoji); });
        }
        const QVariantMap media = index.data(MessageListModel::MediaRole).toMap();
        if (!media.isEmpty() && m_media) {
            menu.addSeparator();
            const QPersistentModelIndex kept(index);
            auto act = [this, kept](const QString &action) {
                return [this, kept, action] {
                    if (kept.isValid())
                        mediaAction(kept, action);
                };
            };
            if (!media.value(QStringLiteral("path")).toString().isEmpty()) {
                const QString type = index.data(MessageListModel::TypeRole).toString();
                if (type == QLatin1String("image") || type == QLatin1String("sticker"))
                    menu.addAction(tr("&View"), this, act(QStringLiteral("view")));
                menu.addAction(tr("&Open"), this, act(QStringLiteral("open")));
                menu.addAction(tr("&Save as…"), this, act(QStringLiteral("save")));
                if (media.value(QStringLiteral("pinned")).toBool())
                    menu.addAction(tr("Let the cap &remove it"), this,
                                   act(QStringLiteral("unpin")));
                else
                    menu.addAction(tr("&Keep it past the cap"), this, act(QStringLiteral("pin")));
            } else if (media.value(QStringLiteral("state")).toString() != u"expired") {
                menu.addAction(tr("&Download now"), this, act(QStringLiteral("retry")));
            }
        }
        const qint64 delivery = index.data(MessageListModel::DeliveryRole).toLongLong();
        if (delivery > 0)
            menu.addAction(tr("Open in &Inspector"), this, [this, delivery] {
                emit
                deliveryRequested(delivery);
            });
    });
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString reply = index.data(MessageListModel::ReplyToRole).toString();
        if (!reply.isEmpty()) {
            jumpTo(reply);
            return;
        }
        // A picture opens in the viewer, any other file in the system's application.
        const QVariantMap media = index.data(MessageListModel::MediaRole).toMap();
        if (!media.value(QStringLiteral("path")).toString().isEmpty()) {
            const QString type = index.data(MessageListModel::TypeRole).toString();
            mediaAction(index, type == u"image" || type == u"sticker" ? QStringLiteral("view")
                                                                      : QStringLiteral("open"));
        }
    });
}

void ConversationPane::open(const QString &line, const QString &customer, const QString &title)
{
    m_expanded.clear();
    m_hidden.clear(); // a reset shows every row again
    m_model->setConversation(line, customer);
    m_titleText = title;
    m_composer->setConversation(line, customer);
    m_composer->setVisible(!m_model->party().group); // sending to groups is not built yet
    m_stack->setCurrentIndex(1);
    refreshHeadline();
    m_followBottom = true;
    m_view->scrollToBottom();
    markRead();
}

void ConversationPane::refreshHeadline()
{
    if (m_stack->currentIndex() != 1 || m_model->customer().isEmpty())
        return;
    m_title->setText(headline(m_titleText, m_model->party()));
    m_composer->setWindow(m_model->party().group ? ServiceWindow() : m_model->serviceWindow(),
                          ServiceWindow::nowSeconds());
}

void ConversationPane::setSendService(SendService *sends, const QString &operatorName)
{
    m_composer->setSendService(sends, operatorName);
}

void ConversationPane::setMediaService(MediaService *media)
{
    m_media = media;
    m_pictures = new ThumbnailCache(this);
    m_delegate->setThumbnails(m_pictures);
    m_model->setMediaRoot(media->store().root());
    connect(media, &MediaService::progress, this,
            [this](const QString &line, const QString &wamid, qint64 received, qint64 total) {
                // Only bubbles on screen: the line's other conversations download too.
                if (line == m_model->line() && m_model->rowOf(wamid) >= 0)
                    m_model->setMediaProgress(wamid, received, total);
            });
    connect(media, &MediaService::changed, this,
            [this](const QString &line, const QString &wamid, const QString &) {
                if (line != m_model->line() || m_model->rowOf(wamid) < 0)
                    return;
                m_model->setMediaProgress(wamid, -1, 0);
                m_model->refreshRows({wamid});
            });
    connect(media, &MediaService::failed, this,
            [](const QString &error) { qCWarning(lcUi).noquote() << "media downloads:" << error; });
    connect(m_delegate, &MessageDelegate::mediaActivated, this,
            [this](const QPersistentModelIndex &index, const QString &action) {
                if (index.isValid())
                    mediaAction(index, action);
            });
}

void ConversationPane::mediaAction(const QModelIndex &index, const QString &action)
{
    if (!m_media)
        return;
    const QVariantMap media = index.data(MessageListModel::MediaRole).toMap();
    const QString wamid = index.data(MessageListModel::WamidRole).toString();
    const QString line = m_model->line();
    const QString path = media.value(QStringLiteral("path")).toString();
    if (action == QLatin1String("retry")) {
        m_media->fetchNow(line, wamid);
        return;
    }
    if (action == QLatin1String("pin") || action == QLatin1String("unpin")) {
        m_media->setPinned(line, wamid, action == QLatin1String("pin"));
        return;
    }
    if (path.isEmpty())
        return;
    m_media->markViewed(line, wamid);
    if (action == QLatin1String("open")) {
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            QMessageBox::information(this, tr("Open"),
                                     tr("No application here opens this file. Save it with "
                                        "Save as… and open it from there."));
        return;
    }
    if (action == QLatin1String("save")) {
        saveMediaAs(index, path);
        return;
    }
    if (action == QLatin1String("view")) {
        const QString title = tr("%1 — %2").arg(
            m_titleText,
            QLocale().toString(
                QDateTime::fromSecsSinceEpoch(index.data(MessageListModel::TimeRole).toLongLong()),
                QLocale::ShortFormat));
        auto *viewer = new MediaViewer(path, title, m_pictures, this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        const QPersistentModelIndex kept(index);
        connect(viewer, &MediaViewer::openRequested, this, [this, kept] {
            if (kept.isValid())
                mediaAction(kept, QStringLiteral("open"));
        });
        connect(viewer, &MediaViewer::saveRequested, this, [this, kept] {
            if (kept.isValid())
                mediaAction(kept, QStringLiteral("save"));
        });
        viewer->open();
    }
}

void ConversationPane::saveMediaAs(const QModelIndex &index, const QString &path)
{
    const QVariantMap media = index.data(MessageListModel::MediaRole).toMap();
    // The customer's name for the file, as a name only; else the kind and the day.
    QString name = QFileInfo(media.value(QStringLiteral("file_name")).toString()).fileName();
    name.remove(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")));
    if (name.trimmed().isEmpty() || name.startsWith(u'.'))
        name = QStringLiteral("%1-%2.%3")
                   .arg(index.data(MessageListModel::TypeRole).toString(),
                        QDateTime::fromSecsSinceEpoch(
                            index.data(MessageListModel::TimeRole).toLongLong())
                            .toString(QStringLiteral("yyyyMMdd-HHmmss")),
                        QFileInfo(path).suffix());
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Save as"),
        QStandardPaths::writableLocation(QStandardPaths::DownloadLocation) + u'/' + name);
    if (target.isEmpty())
        return;
    // A large file is copied beside the GUI thread; the answer comes back to it.
    QPointer<ConversationPane> self(this);
    QThreadPool::globalInstance()->start([self, path, target] {
        QFile::remove(target);
        const bool copied = QFile::copy(path, target);
        QMetaObject::invokeMethod(
            qApp,
            [self, copied, target] {
                if (!self)
                    return;
                if (!copied)
                    QMessageBox::warning(self, tr("Save as"),
                                         tr("Could not write %1.").arg(target));
            },
            Qt::QueuedConnection);
    });
}

QString ConversationPane::headline(const QString &title, const MessageListModel::Party &party) const
{
    QString html = QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped());
    QStringList notes;
    if (party.group)
        notes << tr("group");
    else {
        if (!party.username.isEmpty())
            notes << party.username;
        if (!party.savedName.isEmpty() && party.savedName != title)
            notes << tr("saved as “%1”").arg(party.savedName);
        if (party.waId.isEmpty() && !party.userId.isEmpty())
            notes << tr("number not shared");
    }
    if (!notes.isEmpty())
        html += QStringLiteral(" <span style=\"color:%1\">· %2</span>")
                    .arg(ConsoleColors::muted(palette()).name(),
                         notes.join(QStringLiteral(" · ")).toHtmlEscaped());
    // The customer-service window: whether free text may be sent, and for how long.
    if (!party.group) {
        const ServiceWindow window = m_model->serviceWindow();
        const qint64 now = ServiceWindow::nowSeconds();
        const qint64 left = window.closesAt() - now;
        const QColor color = !window.isOpenAt(now) ? ConsoleColors::muted(palette())
                             : left <= ConversationListModel::ClosingSoonSeconds
                                 ? ConsoleColors::windowClosing(palette())
                                 : ConsoleColors::windowOpen(palette());
        const QString words =
            window.isOpenAt(now)
                ? tr("Service window %1: free text can be sent").arg(window.describe(now))
            : window.closesAt() > 0
                ? tr("Service window %1: only templates can be sent").arg(window.describe(now))
                : tr("No service window: Meta has delivered no message from the customer; "
                     "only templates can be sent");
        html += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(color.name(), words.toHtmlEscaped());
    }
    if (party.marketing == QLatin1String("stop"))
        html += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(ConsoleColors::failure(palette()).name(),
                         tr("Opted out of marketing messages since %1")
                             .arg(DisplayTime::fromSeconds(party.marketingSince))
                             .toHtmlEscaped());
    return html;
}

void ConversationPane::updateRuns()
{
    constexpr int Collapse = 3; // shorter runs read fine as they are
    QHash<QString, int> runs;
    QList<std::pair<int, int>> hidden; // first and last row of each collapsed run's rest
    const int rows = m_model->rowCount();
    int row = 0;
    while (row < rows) {
        const QModelIndex first = m_model->index(row, 0);
        if (!MessageDelegate::isCompact(first)) {
            ++row;
            continue;
        }
        int end = row + 1;
        while (end < rows) {
            const QModelIndex next = m_model->index(end, 0);
            if (!MessageDelegate::isCompact(next) ||
                !MessageDelegate::dayLabel(next, QDate::currentDate()).isEmpty())
                break;
            ++end;
        }
        // Opened once, a run stays open, even as older pages extend it upwards.
        bool expanded = false;
        for (int r = row; r < end && !expanded; ++r)
            expanded = m_expanded.contains(
                m_model->index(r, 0).data(MessageListModel::WamidRole).toString());
        if (end - row >= Collapse && !expanded) {
            runs.insert(first.data(MessageListModel::WamidRole).toString(), end - row);
            hidden.append({row + 1, end - 1});
        }
        row = end;
    }
    m_delegate->setCollapsedRuns(runs);
    // Touch only the rows whose state changes: a conversation without such runs costs nothing.
    QSet<int> hide;
    for (const auto &[from, to] : std::as_const(hidden)) {
        for (int r = from; r <= to; ++r)
            hide.insert(r);
    }
    QList<QPersistentModelIndex> still;
    for (const QPersistentModelIndex &was : std::as_const(m_hidden)) {
        if (!was.isValid())
            continue;
        if (hide.remove(was.row()))
            still.append(was);
        else
            m_view->setRowHidden(was.row(), false);
    }
    for (int r : std::as_const(hide)) {
        m_view->setRowHidden(r, true);
        still.append(QPersistentModelIndex(m_model->index(r, 0)));
    }
    m_hidden = still;
}

void ConversationPane::clear()
{
    m_model->setConversation({}, {});
    m_stack->setCurrentIndex(0);
}

void ConversationPane::markRead()
{
    if (m_model->customer().isEmpty() || m_model->rowCount() == 0)
        return;
    const qint64 newest =
        m_model->index(m_model->rowCount() - 1, 0).data(MessageListModel::TimeRole).toLongLong();
    m_operations->markRead(m_model->line(), m_model->customer(),
                           std::max(newest, QDateTime::currentSecsSinceEpoch()));
}

void ConversationPane::loadOlderAtTop()
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const int fromBottom = bar->maximum() - bar->value();
    m_followBottom = false;
    m_model->fetchOlder();
    m_view->doItemsLayout();
    bar->setValue(bar->maximum() - fromBottom);
}

void ConversationPane::expandRunAt(int row)
{
    // The run's rows: back to its first (shown) row, forward while hidden.
    int first = row;
    while (first > 0 && m_view->isRowHidden(first))
        --first;
    int last = row;
    while (last + 1 < m_model->rowCount() && m_view->isRowHidden(last + 1))
        ++last;
    for (int r = first; r <= last; ++r)
        m_expanded.insert(m_model->index(r, 0).data(MessageListModel::WamidRole).toString());
    updateRuns();
}

bool ConversationPane::jumpTo(const QString &wamid)
{
    const int row = m_model->ensureLoaded(wamid);
    if (row < 0)
        return false;
    if (m_view->isRowHidden(row))
        expandRunAt(row); // a message inside a collapsed run: open the run
    m_followBottom = false;
    const QModelIndex index = m_model->index(row, 0);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_view->setCurrentIndex(index);
    return true;
}

} // namespace hookline
