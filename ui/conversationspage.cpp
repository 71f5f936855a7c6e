#include "conversationspage.h"

#include "messagelistmodel.h"

#include "runtime/operatorservice.h"

#include "confirm.h"

#include "consolecolors.h"
#include "contextmenus.h"
#include "conversationdelegate.h"
#include "conversationlistmodel.h"
#include "conversationpane.h"
#include "livefilter.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace hookline {

ConversationsPage::ConversationsPage(ConversationListModel *conversations,
                                     MessageListModel *messages, OperatorService *operations,
                                     QWidget *parent)
    : QWidget(parent)
    , m_model(conversations)
    , m_messages(messages)
    , m_operations(operations)
    , m_filter(new QLineEdit(this))
    , m_closingSoon(new QToolButton(this))
    , m_listStack(new QStackedWidget(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_pane(new ConversationPane(messages, operations, this))
    , m_splitter(new QSplitter(this))
{
    m_filter->setPlaceholderText(tr("Filter by name or number (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("conversationFilter"));
    m_closingSoon->setText(tr("Closing within 1 h"));
    m_closingSoon->setCheckable(true);
    m_closingSoon->setObjectName(QStringLiteral("closingSoon"));
    m_closingSoon->setToolTip(
        tr("Only conversations whose 24-hour customer-service window closes within the hour: "
           "after that, only templates can be sent (Alt+W)"));
    m_closingSoon->setShortcut(QKeySequence(Qt::ALT | Qt::Key_W));
    m_list->setModel(conversations);
    m_delegate = new ConversationDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setObjectName(QStringLiteral("conversations"));
    m_list->setAccessibleName(tr("Conversations"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setPalette(ConsoleColors::mutedLabel(m_empty->palette(), QPalette::Base));
    m_empty->setMargin(16);
    m_listStack->addWidget(m_list);
    m_listStack->addWidget(m_empty);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setSpacing(4);
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_closingSoon);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_listStack, 1);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({320, 700});
    m_splitter->setObjectName(QStringLiteral("conversationsSplitter"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_pane, &ConversationPane::deliveryRequested, this,
            &ConversationsPage::deliveryRequested);
    addRowMenu(m_list, [this](QMenu &menu, const QModelIndex &index) {
        menu.addAction(tr("&Open"), this, [this, index] { m_list->setCurrentIndex(index); });
        const QString customer = index.data(ConversationListModel::CustomerRole).toString();
        menu.addAction(index.data(ConversationListModel::IsGroupRole).toBool()
                           ? tr("Copy group &id")
                           : tr("Copy &number or id"),
                       this, [customer] { copyText(customer); });
        if (!index.data(ConversationListModel::IsGroupRole).toBool()) {
            menu.addSeparator();
            menu.addAction(
                tr("&Erase this person…"), this,
                [this, index = QPersistentModelIndex(index)] { eraseConversation(index); });
        }
    });
    connect(m_operations, &OperatorService::finished, this, [this](const OperatorResult &result) {
        if (result.action != OperatorResult::EraseContact)
            return;
        if (!result.error.isEmpty()) {
            emit
            message(tr("Could not erase: %1").arg(result.error));
            return;
        }
        if (result.subject == m_messages->line() + u'/' + m_messages->customer())
            m_pane->clear();
        emit
        message(tr("Erased: %n message(s) and their parts of the delivery log.", nullptr,
                   result.count));
    });
    connect(m_closingSoon, &QToolButton::toggled, this, [this](bool on) {
        m_model->setClosingSoon(on);
        updateEmptyState();
    });
    // Windows close as time passes: the rows' time left, and the filter's set, by the minute.
    auto *minute = new QTimer(this);
    minute->setInterval(60'000);
    connect(minute, &QTimer::timeout, this, [this] {
        if (m_model->closingSoon())
            m_model->reload();
        m_list->viewport()->update();
    });
    minute->start();
    makeLiveFilter(m_filter, [this] {
        m_model->setFilterText(m_filter->text());
        updateEmptyState();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConversationsPage::openCurrent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ConversationsPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConversationsPage::updateEmptyState);
    updateEmptyState();
}

void ConversationsPage::setMediaService(MediaService *media)
{
    m_pane->setMediaService(media);
}

void ConversationsPage::setSendService(SendService *sends, const QString &operatorName)
{
    m_pane->setSendService(sends, operatorName);
}

void ConversationsPage::showLine(const QString &line)
{
    m_delegate->setShowLine(line.isEmpty());
    m_model->setLine(line);
    m_pane->clear();
    updateEmptyState();
}

void ConversationsPage::eraseConversation(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString line = index.data(ConversationListModel::LineRole).toString();
    const QString customer = index.data(ConversationListModel::CustomerRole).toString();
    const QString name = index.data().toString();
    const QString who = name == customer ? customer : QStringLiteral("%1 (%2)").arg(name, customer);
    if (!confirmAction(this, tr("Erase this person"),
                       tr("Erase everything Hookline holds about %1 on this line?\n\n"
                          "Their messages, delivery statuses, reactions, calls, contact details "
                          "and search entries are deleted, and the deliveries that carried them "
                          "are rewritten without them, so a rebuild cannot bring them back. "
                          "The audit trail keeps who erased whom and when, not what they said."
                          "\n\nThis cannot be undone.")
                           .arg(who),
                       tr("Erase")))
        return;
    m_operations->eraseContact(line, customer);
}

void ConversationsPage::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void ConversationsPage::openCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const QString name = index.data(ConversationListModel::NameRole).toString();
    const QString customer = index.data(ConversationListModel::CustomerRole).toString();
    QString title = name.isEmpty() ? customer : name + QStringLiteral(" · ") + customer;
    if (index.data(ConversationListModel::IsGroupRole).toBool())
        title = name.isEmpty() ? tr("Group") : name;
    m_pane->open(index.data(ConversationListModel::LineRole).toString(), customer, title);
}

bool ConversationsPage::openMessage(const MessageRef &message)
{
    if (!message.isValid())
        return false;
    const int row = m_model->rowOf(QString(message.line + u'/' + message.customer));
    if (row >= 0) {
        m_list->setCurrentIndex(m_model->index(row, 0)); // opens it
    } else {
        // Not in the list as filtered now: open it all the same.
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->clear();
        m_pane->open(message.line, message.customer, message.customer);
    }
    return m_pane->jumpTo(message.wamid);
}

void ConversationsPage::updateEmptyState()
{
    if (m_model->rowCount() > 0) {
        m_listStack->setCurrentWidget(m_list);
        return;
    }
    m_empty->setText(
        !m_model->filterText().isEmpty()
            ? tr("No conversation matches \"%1\".").arg(m_model->filterText())
        : m_model->closingSoon()
            ? tr("No customer-service window closes within the hour.\nTurn off \"Closing "
                 "within 1 h\" to see every conversation.")
            : tr("No conversations yet.\nThey appear here as webhooks arrive."));
    m_listStack->setCurrentWidget(m_empty);
}

} // namespace hookline
