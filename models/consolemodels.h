#pragma once

#include "processing/changeset.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>

namespace hookline {

class AccountEventModel;
class AlertListModel;
class ConversationListModel;
class LineHealthModel;
class TemplateHealthModel;
class DeadLetterGroupModel;
class DeadLetterModel;
class DeliveryLogModel;
class DeliveryStatusModel;
class LineCountService;
class LineListModel;
class MessageListModel;
class ReactionModel;
class RejectionModel;

// Every model the console shows, on one read connection of the GUI thread, and the one place
// that turns a batch of changes into updates of exactly the rows concerned.
class ConsoleModels final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleModels)

public:
    // Tables that need not follow live changes while nobody looks at them.
    enum Table
    {
        Statuses,
        Reactions,
        DeadLetters,
        Deliveries,
        Rejections,
        Health,
        TableCount,
    };

    explicit ConsoleModels(QSqlDatabase db, QObject *parent = nullptr);

    // A hidden table collects what changed and catches up when shown again. All are shown at
    // first. The lines, the conversations and the open conversation always follow live.
    void setShown(Table table, bool shown);

    // First load of every model.
    void load();
    void apply(const hookline::ChangeSet &changes, int newDeliveries);
    // Re-reads what changes outside processing (configuration, rejections, time-based health).
    void tick();

    LineListModel *lines() const { return m_lines; }
    // The lines' counts are read on this service's thread from now on (see LineCountService);
    // without one, on the GUI thread.
    void setLineCounts(LineCountService *service);
    // The lines' counts read again: on the service's thread when there is one.
    void refreshLines();
    ConversationListModel *conversations() const { return m_conversations; }
    MessageListModel *messages() const { return m_messages; }
    DeliveryStatusModel *statuses() const { return m_statuses; }
    ReactionModel *reactions() const { return m_reactions; }
    DeadLetterModel *deadLetters() const { return m_deadLetters; }
    DeadLetterGroupModel *deadLetterGroups() const { return m_deadLetterGroups; }
    DeliveryLogModel *deliveries() const { return m_deliveries; }
    RejectionModel *rejections() const { return m_rejections; }
    LineHealthModel *lineHealth() const { return m_lineHealth; }
    TemplateHealthModel *templateHealth() const { return m_templateHealth; }
    AccountEventModel *accountEvents() const { return m_accountEvents; }
    AlertListModel *alerts() const { return m_alerts; }
    struct RaisedAlert
    {
        qint64 id;
        QString rule;
        QString summary;
    };
    // Alerts recorded since the last call (by this process or any other on the database).
    QList<RaisedAlert> takeNewAlerts();
    // Re-reads the lines' and templates' health.
    void refreshHealth();

private:
    LineListModel *m_lines;
    ConversationListModel *m_conversations;
    MessageListModel *m_messages;
    DeliveryStatusModel *m_statuses;
    ReactionModel *m_reactions;
    DeadLetterModel *m_deadLetters;
    DeadLetterGroupModel *m_deadLetterGroups;
    DeliveryLogModel *m_deliveries;
    RejectionModel *m_rejections;
    LineHealthModel *m_lineHealth;
    TemplateHealthModel *m_templateHealth;
    AccountEventModel *m_accountEvents;
    AlertListModel *m_alerts;
    qint64 m_lastAlertId = -1;
    QSqlDatabase m_db;
    QElapsedTimer m_linesRefreshed;
    LineCountService *m_lineCounts = nullptr;
    QSet<QString> m_staleConversations; // changed, not read again yet
    bool m_conversationsScheduled = false;
    void refreshConversations();
    struct Pending
    {
        ChangeSet changes;
        int newDeliveries = 0;
        bool stale = false; // too much collected: re-read the window instead
    };
    bool m_shown[TableCount] = {true, true, true, true, true, true};
    Pending m_pending[TableCount];
    void applyTo(Table table, const ChangeSet &changes, int newDeliveries);
    static void keepFor(Table table, ChangeSet &pending, const ChangeSet &changes);
    // Past this many changed rows a hidden table re-reads its window (at most 5,000 rows) when
    // shown, rather than look each one up.
    static constexpr qsizetype PendingCap = 5'000;
};

} // namespace hookline
