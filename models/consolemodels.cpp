#include "consolemodels.h"

#include "conversationlistmodel.h"
#include "deadlettergroupmodel.h"
#include "deadlettermodel.h"
#include "deliverylogmodel.h"
#include "deliverystatusmodel.h"
#include "linelistmodel.h"
#include "messagelistmodel.h"
#include "reactionmodel.h"
#include "rejectionmodel.h"

namespace hookline {

namespace {

template <typename Set> QVariantList variants(const Set &set)
{
    QVariantList list;
    list.reserve(set.size());
    for (const auto &value : set)
        list.append(value);
    return list;
}

} // namespace

ConsoleModels::ConsoleModels(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_lines(new LineListModel(db, this))
    , m_conversations(new ConversationListModel(db, this))
    , m_messages(new MessageListModel(db, this))
    , m_statuses(new DeliveryStatusModel(db, this))
    , m_reactions(new ReactionModel(db, this))
    , m_deadLetters(new DeadLetterModel(db, this))
    , m_deadLetterGroups(new DeadLetterGroupModel(db, this))
    , m_deliveries(new DeliveryLogModel(db, this))
    , m_rejections(new RejectionModel(db, this))
{}

void ConsoleModels::load()
{
    m_lines->refresh();
    m_conversations->reload();
    m_statuses->reload();
    m_reactions->reload();
    m_deadLetters->reload();
    m_deadLetterGroups->refresh();
    m_deliveries->reload();
    m_rejections->reload();
}

void ConsoleModels::apply(const ChangeSet &changes, int newDeliveries)
{
    if (!changes.conversations.isEmpty())
        m_conversations->refreshRows(variants(changes.conversations));
    if (!changes.messages.isEmpty()) {
        const QVariantList wamids = variants(changes.messages);
        if (!m_messages->customer().isEmpty())
            m_messages->refreshRows(wamids);
        m_statuses->refreshRows(wamids);
        m_reactions->refreshNewer();
    }
    if (!changes.deadLetters.isEmpty()) {
        m_deadLetters->refreshRows(variants(changes.deadLetters));
        m_deadLetterGroups->refresh();
    }
    if (newDeliveries > 0)
        m_deliveries->refreshNewer();
    if (!changes.deliveries.isEmpty())
        m_deliveries->refreshRows(
            variants(QSet<qint64>(changes.deliveries.cbegin(), changes.deliveries.cend())));
    // The lines' counts cost a pass over each line's conversations: at most once a second.
    if ((!changes.lines.isEmpty() || !changes.deadLetters.isEmpty() || newDeliveries > 0) &&
        (!m_linesRefreshed.isValid() || m_linesRefreshed.elapsed() >= 1000)) {
        m_lines->refresh();
        m_linesRefreshed.start();
    }
}

void ConsoleModels::tick()
{
    m_lines->refresh();
    m_linesRefreshed.start();
    m_rejections->refreshNewer();
    m_deadLetterGroups->refresh();
}

} // namespace hookline
