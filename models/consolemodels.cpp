#include "consolemodels.h"

#include "runtime/linecountservice.h"

#include "accounteventmodel.h"
#include "accounthealth.h"
#include "alertlistmodel.h"
#include "conversationlistmodel.h"
#include "deadlettergroupmodel.h"
#include "deadlettermodel.h"
#include "deliverylogmodel.h"
#include "deliverystatusmodel.h"
#include "linelistmodel.h"
#include "messagelistmodel.h"
#include "reactionmodel.h"
#include "rejectionmodel.h"

#include <QSqlQuery>
#include <QTimer>

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
    , m_lineHealth(new LineHealthModel(this))
    , m_templateHealth(new TemplateHealthModel(this))
    , m_accountEvents(new AccountEventModel(db, this))
    , m_alerts(new AlertListModel(db, this))
    , m_db(db)
{}

void ConsoleModels::refreshHealth()
{
    const AccountHealth health = AccountHealth::read(m_db);
    m_lineHealth->setLines(health.lines);
    m_templateHealth->setTemplates(health.templates);
}

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
    m_accountEvents->reload();
    m_alerts->reload();
    refreshHealth();
}

QList<ConsoleModels::RaisedAlert> ConsoleModels::takeNewAlerts()
{
    QSqlQuery q(m_db);
    QList<RaisedAlert> raised;
    if (m_lastAlertId < 0) {
        // Alerts from before this console opened are in the list, not news.
        if (q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM main.alerts")) && q.next())
            m_lastAlertId = q.value(0).toLongLong();
        return raised;
    }
    q.prepare(QStringLiteral("SELECT id, rule, summary FROM main.alerts WHERE id > ? ORDER BY id"));
    q.addBindValue(m_lastAlertId);
    if (!q.exec())
        return raised;
    while (q.next()) {
        m_lastAlertId = q.value(0).toLongLong();
        raised.append({m_lastAlertId, q.value(1).toString(), q.value(2).toString()});
    }
    if (!raised.isEmpty())
        m_alerts->refreshNewer();
    return raised;
}

void ConsoleModels::apply(const ChangeSet &changes, int newDeliveries)
{
    if (!changes.conversations.isEmpty()) {
        m_staleConversations.unite(changes.conversations);
        refreshConversations();
    }
    if (!changes.messages.isEmpty() && !m_messages->customer().isEmpty()) {
        // A message joins a conversation only with a change to that conversation: when the
        // open one is untouched, only messages it already shows (a status, a reaction, an
        // edit) are read again, not every message of the batch.
        if (changes.conversations.contains(m_messages->line() + u'/' + m_messages->customer())) {
            m_messages->refreshRows(variants(changes.messages));
        } else {
            QVariantList shown;
            for (const QString &wamid : changes.messages) {
                if (m_messages->rowOf(wamid) >= 0)
                    shown << wamid;
            }
            m_messages->refreshRows(shown);
        }
    }
    for (int table = 0; table < TableCount; ++table) {
        if (m_shown[table]) {
            applyTo(Table(table), changes, newDeliveries);
            continue;
        }
        Pending &pending = m_pending[table];
        if (pending.stale)
            continue;
        keepFor(Table(table), pending.changes, changes);
        pending.newDeliveries += newDeliveries;
        if (pending.changes.messages.size() + pending.changes.deliveries.size() +
                pending.changes.deadLetters.size() >
            PendingCap) {
            pending = {};
            pending.stale = true;
        }
    }
    if (!changes.deadLetters.isEmpty())
        m_deadLetterGroups->refresh();
    // The lines' counts cost a pass over each line's conversations: at most once a second.
    if ((!changes.lines.isEmpty() || !changes.deadLetters.isEmpty() || newDeliveries > 0) &&
        (!m_linesRefreshed.isValid() || m_linesRefreshed.elapsed() >= 1000)) {
        refreshLines();
        m_linesRefreshed.start();
    }
}

void ConsoleModels::keepFor(Table table, ChangeSet &pending, const ChangeSet &changes)
{
    // Only what applyTo() will read for this table: six hidden tables each collecting every
    // changed conversation and message cost milliseconds a flush (and their sets all grew, and
    // were rehashed, in the same flush).
    switch (table) {
    case Statuses:
        pending.messages.unite(changes.messages);
        break;
    case Reactions:
        // Whether any message changed: one stands for all.
        if (pending.messages.isEmpty() && !changes.messages.isEmpty())
            pending.messages.insert(changes.messages.values().constFirst());
        break;
    case DeadLetters:
        pending.deadLetters.unite(changes.deadLetters);
        break;
    case Deliveries:
        pending.deliveries.append(changes.deliveries);
        break;
    case Health:
        pending.lines.unite(changes.lines);
        if (pending.deliveries.isEmpty() && !changes.deliveries.isEmpty())
            pending.deliveries.append(changes.deliveries.constFirst());
        break;
    case Rejections:
    case TableCount:
        break;
    }
}

void ConsoleModels::applyTo(Table table, const ChangeSet &changes, int newDeliveries)
{
    switch (table) {
    case Statuses:
        if (!changes.messages.isEmpty())
            m_statuses->refreshRows(variants(changes.messages));
        break;
    case Reactions:
        if (!changes.messages.isEmpty())
            m_reactions->refreshNewer();
        break;
    case DeadLetters:
        if (!changes.deadLetters.isEmpty())
            m_deadLetters->refreshRows(variants(changes.deadLetters));
        break;
    case Deliveries:
        if (newDeliveries > 0)
            m_deliveries->refreshNewer();
        if (!changes.deliveries.isEmpty())
            m_deliveries->refreshRows(
                variants(QSet<qint64>(changes.deliveries.cbegin(), changes.deliveries.cend())));
        break;
    case Rejections:
        break; // rejections are not processing changes: tick() reads them
    case Health:
        // Account and template events may name no line: any processed delivery may hold one.
        if (!changes.deliveries.isEmpty() || !changes.lines.isEmpty()) {
            m_accountEvents->refreshNewer();
            refreshHealth();
        }
        break;
    case TableCount:
        break;
    }
}

void ConsoleModels::setShown(Table table, bool shown)
{
    if (m_shown[table] == shown)
        return;
    m_shown[table] = shown;
    if (!shown)
        return;
    Pending pending = std::exchange(m_pending[table], {});
    if (!pending.stale) {
        applyTo(table, pending.changes, pending.newDeliveries);
        return;
    }
    // Too much changed while hidden: new rows at the top, then every loaded row again.
    KeyedPageModel *model = nullptr;
    switch (table) {
    case Statuses:
        model = m_statuses;
        break;
    case Reactions:
        model = m_reactions;
        break;
    case DeadLetters:
        model = m_deadLetters;
        break;
    case Deliveries:
        model = m_deliveries;
        break;
    case Rejections:
        model = m_rejections;
        break;
    case Health:
        model = m_accountEvents;
        refreshHealth();
        break;
    case TableCount:
        return;
    }
    model->refreshNewer();
    QVariantList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->rowAt(row).id;
    model->refreshRows(ids);
}

void ConsoleModels::refreshConversations()
{
    // A few dozen at a time, the rest on the next turns of the event loop: reading a changed
    // conversation's row (its unread count, its last status, its window) costs about 0.15 ms,
    // and a second in which hundreds of customers write must not hold the GUI thread for all of
    // them at once.
    constexpr int chunk = 48;
    QVariantList batch;
    for (auto it = m_staleConversations.begin();
         it != m_staleConversations.end() && batch.size() < chunk;) {
        batch << *it;
        it = m_staleConversations.erase(it);
    }
    m_conversations->refreshRows(batch);
    if (!m_staleConversations.isEmpty() && !m_conversationsScheduled) {
        m_conversationsScheduled = true;
        QTimer::singleShot(0, this, [this] {
            m_conversationsScheduled = false;
            refreshConversations();
        });
    }
}

void ConsoleModels::setLineCounts(LineCountService *service)
{
    m_lineCounts = service;
    connect(service, &LineCountService::counted, m_lines, &LineListModel::applyRead);
}

void ConsoleModels::refreshLines()
{
    if (m_lineCounts)
        m_lineCounts->request();
    else
        m_lines->refresh();
}

void ConsoleModels::tick()
{
    if (!m_linesRefreshed.isValid() || m_linesRefreshed.elapsed() >= 900) {
        refreshLines();
        m_linesRefreshed.start();
    }
    if (m_shown[Rejections])
        m_rejections->refreshNewer();
    m_deadLetterGroups->refresh();
}

} // namespace hookline
