#include "retentionpruner.h"

#include "logging.h"
#include "logsink.h"
#include "processing/projectionrebuild.h"
#include "storage/clock.h"
#include "storage/deliverylog.h"
#include "storage/operatoractions.h"
#include "storage/processingqueue.h"
#include "storage/secureerasure.h"
#include "storage/sqldialect.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

constexpr qint64 MicrosPerDay = 86'400'000'000;

const char *const setUp[] = {
    "CREATE TEMP TABLE IF NOT EXISTS prune_deliveries (id BIGINT PRIMARY KEY)",
    "CREATE TEMP TABLE IF NOT EXISTS prune_conversations (line TEXT NOT NULL, customer TEXT NOT "
    "NULL, PRIMARY KEY (line, customer))",
    "CREATE TEMP TABLE IF NOT EXISTS prune_emptied (line TEXT NOT NULL, customer TEXT NOT NULL, "
    "PRIMARY KEY (line, customer))",
    "CREATE TEMP TABLE IF NOT EXISTS prune_orphans (line TEXT NOT NULL, customer TEXT NOT NULL, "
    "PRIMARY KEY (line, customer))",
    "CREATE TEMP TABLE IF NOT EXISTS prune_redo (id BIGINT PRIMARY KEY)",
    "DELETE FROM prune_deliveries",
    "DELETE FROM prune_emptied",
    "DELETE FROM prune_orphans",
    "DELETE FROM prune_conversations",
    "DELETE FROM prune_redo",
};

#define PRUNED "(SELECT id FROM prune_deliveries)"
#define CONVERSATIONS "(SELECT line, customer FROM prune_conversations)"
#define THEIR_MESSAGES                                                                             \
    "(SELECT line, wamid FROM proj.messages WHERE (line, customer) IN " CONVERSATIONS ")"

// The conversations the pruned deliveries touched: a message, status, receipt, reaction, edit,
// call or event of theirs is in it.
const char *const touched[] = {
    "INSERT INTO prune_conversations (line, customer) SELECT line, customer FROM proj.messages "
    "WHERE delivery_id IN " PRUNED " AND customer <> '' ON CONFLICT DO NOTHING",
    "INSERT INTO prune_conversations (line, customer) SELECT m.line, m.customer FROM "
    "proj.messages m WHERE (m.line, m.wamid) IN (SELECT line, target FROM proj.messages WHERE "
    "delivery_id IN " PRUNED " AND target IS NOT NULL) AND m.customer <> '' ON CONFLICT DO NOTHING",
    "INSERT INTO prune_conversations (line, customer) SELECT m.line, m.customer FROM "
    "proj.messages m WHERE (m.line, m.wamid) IN (SELECT line, wamid FROM proj.status_events WHERE "
    "delivery_id IN " PRUNED " UNION SELECT line, wamid FROM proj.group_receipts WHERE "
    "delivery_id IN " PRUNED ") AND m.customer <> '' ON CONFLICT DO NOTHING",
    "INSERT INTO prune_conversations (line, customer) SELECT line, recipient FROM "
    "proj.status_events WHERE delivery_id IN " PRUNED " AND recipient IS NOT NULL AND "
    "recipient <> '' ON CONFLICT DO NOTHING",
    "INSERT INTO prune_conversations (line, customer) SELECT line, customer FROM proj.events "
    "WHERE delivery_id IN " PRUNED " AND line IS NOT NULL AND customer IS NOT NULL AND "
    "customer <> '' ON CONFLICT DO NOTHING",
};

// A group's conversation and its members' go together: a member's profile comes from the
// group's deliveries too. Repeated until nothing is added.
const char *const members[] = {
    "INSERT INTO prune_conversations (line, customer) SELECT i.line, i.customer FROM "
    "proj.messages m JOIN proj.identities i ON i.line = m.line AND i.id IN (m.from_id, "
    "m.from_user_id) WHERE (m.line, m.customer) IN " CONVERSATIONS " AND m.group_id IS NOT NULL "
    "ON CONFLICT DO NOTHING",
    "INSERT INTO prune_conversations (line, customer) SELECT i.line, i.customer FROM "
    "proj.group_receipts g JOIN proj.identities i ON i.line = g.line AND i.id = g.participant "
    "WHERE (g.line, g.wamid) IN " THEIR_MESSAGES " ON CONFLICT DO NOTHING",
    "INSERT INTO prune_conversations (line, customer) SELECT m.line, m.group_id FROM "
    "proj.messages m WHERE m.group_id IS NOT NULL AND (m.line, m.from_id) IN (SELECT i.line, "
    "i.id FROM proj.identities i WHERE (i.line, i.customer) IN " CONVERSATIONS ") ON CONFLICT DO "
    "NOTHING",
    "INSERT INTO prune_conversations (line, customer) SELECT m.line, m.group_id FROM "
    "proj.messages m WHERE m.group_id IS NOT NULL AND (m.line, m.from_user_id) IN (SELECT i.line, "
    "i.id FROM proj.identities i WHERE (i.line, i.customer) IN " CONVERSATIONS ") ON CONFLICT DO "
    "NOTHING",
    // Both sides of a number change: the link and the copied profile come from the old one's
    // system message.
    "INSERT INTO prune_conversations (line, customer) SELECT line, old_id FROM proj.contact_links "
    "WHERE (line, new_id) IN " CONVERSATIONS " ON CONFLICT DO NOTHING",
    "INSERT INTO prune_conversations (line, customer) SELECT line, new_id FROM proj.contact_links "
    "WHERE (line, old_id) IN " CONVERSATIONS " ON CONFLICT DO NOTHING",
    "INSERT INTO prune_conversations (line, customer) SELECT m.line, m.customer FROM "
    "proj.messages m WHERE (m.line, m.wamid) IN (SELECT g.line, g.wamid FROM proj.group_receipts "
    "g WHERE (g.line, g.participant) IN (SELECT i.line, i.id FROM proj.identities i WHERE "
    "(i.line, i.customer) IN " CONVERSATIONS ")) AND m.customer <> '' ON CONFLICT DO NOTHING",
};

const char *const kept[] = {
    // Those with nothing left once the pruned deliveries are gone.
    "INSERT INTO prune_emptied (line, customer) SELECT c.line, c.customer FROM "
    "prune_conversations c WHERE NOT EXISTS (SELECT 1 FROM proj.messages m WHERE m.line = c.line "
    "AND m.customer = c.customer AND m.delivery_id NOT IN " PRUNED ") AND NOT EXISTS (SELECT 1 "
    "FROM proj.events e WHERE e.line = c.line AND e.customer = c.customer AND e.delivery_id NOT "
    "IN " PRUNED ") AND NOT EXISTS (SELECT 1 FROM proj.status_events s WHERE (s.line, s.wamid) IN "
    "(SELECT line, wamid FROM proj.messages m WHERE m.line = c.line AND m.customer = c.customer) "
    "AND s.delivery_id NOT IN " PRUNED ") AND NOT EXISTS (SELECT 1 FROM proj.item_copies k JOIN "
    "proj.items i ON i.key = k.key WHERE i.delivery_id IN " PRUNED
    " AND k.delivery_id NOT IN " PRUNED ")",
    // Every kept delivery that said something of them: derived again, in order.
    "INSERT INTO prune_redo (id) SELECT delivery_id FROM proj.messages WHERE (line, customer) "
    "IN " CONVERSATIONS " AND delivery_id IS NOT NULL ON CONFLICT DO NOTHING",
    "INSERT INTO prune_redo (id) SELECT delivery_id FROM proj.messages WHERE (line, target) "
    "IN " THEIR_MESSAGES " AND delivery_id IS NOT NULL ON CONFLICT DO NOTHING",
    "INSERT INTO prune_redo (id) SELECT delivery_id FROM proj.status_events WHERE (line, wamid) "
    "IN " THEIR_MESSAGES " AND delivery_id IS NOT NULL ON CONFLICT DO NOTHING",
    "INSERT INTO prune_redo (id) SELECT delivery_id FROM proj.group_receipts WHERE (line, wamid) "
    "IN " THEIR_MESSAGES " AND delivery_id IS NOT NULL ON CONFLICT DO NOTHING",
    "INSERT INTO prune_redo (id) SELECT delivery_id FROM proj.events WHERE (line, customer) "
    "IN " CONVERSATIONS " AND delivery_id IS NOT NULL ON CONFLICT DO NOTHING",
    // Meta's copies of the same items, in deliveries that added nothing new.
    "INSERT INTO prune_redo (id) SELECT c.delivery_id FROM proj.item_copies c JOIN proj.items i "
    "ON i.key = c.key WHERE (i.delivery_id IN " PRUNED " OR i.delivery_id IN (SELECT id FROM "
    "prune_redo)) AND c.delivery_id <> i.delivery_id ON CONFLICT DO NOTHING",
    // An operator's replay of an item Meta delivered (its key in the replay namespace) stored
    // nothing while Meta's copy was there; with Meta's gone, it is what a rebuild shows.
    "INSERT INTO prune_redo (id) SELECT r.delivery_id FROM proj.items i JOIN proj.items r ON "
    "r.key = 'r/' || i.key WHERE i.delivery_id IN " PRUNED " ON CONFLICT DO NOTHING",
    "DELETE FROM prune_redo WHERE id IN " PRUNED,
    // A row whose delivery is gone already (another process pruned it as it was processed)
    // goes with its conversation; there is nothing to derive it from.
    "DELETE FROM prune_redo WHERE id NOT IN (SELECT id FROM main.deliveries)",
};

// Forgets the touched conversations whole (what is kept of them comes back when their
// deliveries are processed again), and whatever else the pruned deliveries produced.
const char *const forget[] = {
    // Contacts without a conversation of their own that these ones brought: group members
    // known only from the group, the new number of a number change. Those still named by a
    // kept delivery come back with it.
    "INSERT INTO prune_orphans (line, customer) SELECT line, from_id FROM proj.messages WHERE "
    "(line, customer) IN " CONVERSATIONS " AND group_id IS NOT NULL AND from_id IS NOT NULL ON "
    "CONFLICT DO NOTHING",
    "INSERT INTO prune_orphans (line, customer) SELECT line, from_user_id FROM proj.messages "
    "WHERE (line, customer) IN " CONVERSATIONS " AND group_id IS NOT NULL AND from_user_id IS NOT "
    "NULL ON CONFLICT DO NOTHING",
    "INSERT INTO prune_orphans (line, customer) SELECT line, participant FROM "
    "proj.group_receipts WHERE (line, wamid) IN " THEIR_MESSAGES " ON CONFLICT DO NOTHING",
    "INSERT INTO prune_orphans (line, customer) SELECT line, new_id FROM proj.contact_links "
    "WHERE (line, old_id) IN " CONVERSATIONS " ON CONFLICT DO NOTHING",
    "DELETE FROM prune_orphans WHERE EXISTS (SELECT 1 FROM proj.conversations v WHERE v.line = "
    "prune_orphans.line AND v.customer = prune_orphans.customer) OR EXISTS (SELECT 1 FROM "
    "proj.events e WHERE e.line = prune_orphans.line AND e.customer = prune_orphans.customer)",
    "DELETE FROM proj.identities WHERE (line, customer) IN (SELECT line, customer FROM "
    "prune_orphans)",
    "DELETE FROM proj.contacts WHERE (line, customer) IN (SELECT line, customer FROM "
    "prune_orphans)",
    "DELETE FROM proj.reactions WHERE (line, reactor) IN " CONVERSATIONS,
    "DELETE FROM proj.status_events WHERE (line, wamid) IN " THEIR_MESSAGES,
    "DELETE FROM proj.group_receipts WHERE (line, wamid) IN " THEIR_MESSAGES,
    "DELETE FROM proj.reactions WHERE (line, target) IN " THEIR_MESSAGES,
    "DELETE FROM proj.messages WHERE (line, target) IN " THEIR_MESSAGES,
    "DELETE FROM proj.messages WHERE (line, customer) IN " CONVERSATIONS,
    "DELETE FROM proj.calls WHERE (line, customer) IN " CONVERSATIONS,
    "DELETE FROM proj.events WHERE (line, customer) IN " CONVERSATIONS,
    "DELETE FROM proj.conversations WHERE (line, customer) IN " CONVERSATIONS,
    "DELETE FROM proj.contact_links WHERE (line, old_id) IN " CONVERSATIONS
    " OR (line, new_id) IN " CONVERSATIONS,
    "DELETE FROM proj.identities WHERE (line, customer) IN " CONVERSATIONS,
    "DELETE FROM proj.contacts WHERE (line, customer) IN " CONVERSATIONS,
    "DELETE FROM proj.read_markers WHERE (line, customer) IN (SELECT line, customer FROM "
    "prune_emptied)",
    "DELETE FROM proj.messages WHERE delivery_id IN " PRUNED,
    "DELETE FROM proj.status_events WHERE delivery_id IN " PRUNED,
    "DELETE FROM proj.group_receipts WHERE delivery_id IN " PRUNED,
    "DELETE FROM proj.events WHERE delivery_id IN " PRUNED,
    "DELETE FROM proj.value_errors WHERE delivery_id IN " PRUNED,
    "DELETE FROM proj.attempts WHERE delivery_id IN " PRUNED,
    "DELETE FROM proj.dead_letters WHERE delivery_id IN " PRUNED,
    "DELETE FROM proj.item_copies WHERE delivery_id IN " PRUNED,
    "DELETE FROM proj.items WHERE delivery_id IN " PRUNED,
    "DELETE FROM proj.delivery_state WHERE delivery_id IN " PRUNED,
    // What the kept ones said is derived again: their dedupe keys go (and their copies, recorded
    // again where they still are copies).
    "DELETE FROM proj.items WHERE delivery_id IN (SELECT id FROM prune_redo)",
    "DELETE FROM proj.attempts WHERE delivery_id IN (SELECT id FROM prune_redo)",
    "DELETE FROM proj.item_copies WHERE delivery_id IN (SELECT id FROM prune_redo)",
};

#undef PRUNED
#undef CONVERSATIONS
#undef THEIR_MESSAGES

} // namespace

void RetentionPruner::Report::add(const Report &other)
{
    deliveries += other.deliveries;
    rejections += other.rejections;
    messages += other.messages;
    conversations += other.conversations;
    reprocess += other.reprocess;
    more = other.more;
    truncatedWal = truncatedWal && other.truncatedWal;
    logLockUs = qMax(logLockUs, other.logLockUs);
    changes.merge(other.changes);
}

qint64 RetentionPruner::cutoffFor(int days, qint64 nowUs)
{
    return nowUs - qint64(days) * MicrosPerDay;
}

Expected<QList<qint64>> RetentionPruner::due(qint64 cutoffUs, int batch, bool &more)
{
    // Oldest first, by id; the first one young enough ends the walk. One not processed yet is
    // passed over (and looked at again by the next run).
    QList<qint64> ids;
    more = false;
    // Processed: taken once (up to the cursor on SQLite, out of the queue on PostgreSQL) and
    // not retrying or pending again. One an earlier batch of this round marked for processing
    // again was processed before: it may go (it is due, so nothing needs it).
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT d.id, d.received_at_us, CASE WHEN s.taken = 0 THEN "
                                 "'waiting' ELSE s.state END FROM main.deliveries d ") +
                  DeliveryLog::stateJoin() +
                  QStringLiteral(" WHERE d.id > ? ORDER BY d.id LIMIT ?"));
    while (ids.size() < batch) {
        query.addBindValue(m_after);
        query.addBindValue(batch);
        if (!query.exec())
            return Error{
                QStringLiteral("cannot find the deliveries due: %1").arg(query.lastError().text())};
        int rows = 0;
        bool young = false;
        while (query.next()) {
            ++rows;
            if (query.value(1).toLongLong() >= cutoffUs) {
                young = true;
                break;
            }
            const qint64 id = query.value(0).toLongLong();
            const QString state = query.value(2).toString();
            if (state == QLatin1String("processed") ||
                (state == QLatin1String("pending") && m_marked.contains(id))) {
                if (ids.size() == batch) {
                    more = true;
                    break;
                }
                ids << id;
            } else {
                m_after = id;
            }
        }
        query.finish();
        if (young || rows < batch || more)
            break;
        if (!ids.isEmpty()) {
            more = true; // a full page of them: look again
            break;
        }
    }
    return ids;
}

Expected<RetentionPruner::Report> RetentionPruner::pruneBatch(qint64 cutoffUs, int batch)
{
    Report report;
    bool more = false;
    const auto ids = due(cutoffUs, qMax(1, batch), more);
    if (!ids)
        return Error{ids.error()};
    report.more = more;

    QSqlQuery query(m_db);
    auto fail = [&](const QString &what, const QString &why = {}) {
        const QString error = why.isEmpty() ? query.lastError().text() : why;
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("%1: %2").arg(what, error)};
    };
    for (const char *sql : setUp) {
        if (!query.exec(QString::fromLatin1(sql)))
            return fail(QStringLiteral("cannot prepare the pruning"));
    }
    if (ids->isEmpty())
        return removeFromLog(cutoffUs, report);
    if (const Status secure = SecureErasure::begin(m_db); !secure)
        return Error{secure.error()};
    // The projections' write lock first, taken with a first write (BEGIN IMMEDIATE would lock
    // the delivery log too), so a processor's commit cannot come between what this batch reads
    // and what it writes. On PostgreSQL, processors take their turns under the lease row.
    if (!query.exec(QStringLiteral("BEGIN")) ||
        !ProcessingQueue::holdTurn(query, SqlDialect::of(m_db).engine()))
        return fail(QStringLiteral("cannot start pruning"));
    query.prepare(QStringLiteral("INSERT INTO prune_deliveries (id) VALUES (?)"));
    for (const qint64 id : *ids) {
        query.addBindValue(id);
        if (!query.exec())
            return fail(QStringLiteral("cannot prepare the pruning"));
    }
    for (const char *sql : touched) {
        if (!query.exec(QString::fromLatin1(sql)))
            return fail(QStringLiteral("cannot find what the deliveries due produced"));
    }
    for (;;) { // ends: each round adds conversations, and there are only so many
        int added = 0;
        for (const char *sql : members) {
            if (!query.exec(QString::fromLatin1(sql)))
                return fail(QStringLiteral("cannot find the groups' members"));
            added += qMax(0, query.numRowsAffected());
        }
        if (added == 0)
            break;
    }
    for (const char *sql : kept) {
        if (!query.exec(QString::fromLatin1(sql)))
            return fail(QStringLiteral("cannot find what the deliveries due produced"));
    }
    // The lines and conversations the console shows again.
    if (!query.exec(QStringLiteral("SELECT line, customer FROM prune_conversations")))
        return fail(QStringLiteral("cannot list the conversations touched"));
    while (query.next()) {
        report.changes.lines.insert(query.value(0).toString());
        report.changes.conversations.insert(query.value(0).toString() + u'/' +
                                            query.value(1).toString());
    }
    query.finish();
    // The messages that go for good (received before the cutoff; the others of the touched
    // conversations come back), and the deliveries: the live views drop them.
    query.prepare(QStringLiteral(
        "SELECT wamid FROM proj.messages WHERE ((line, customer) IN (SELECT line, customer FROM "
        "prune_conversations) OR delivery_id IN (SELECT id FROM prune_deliveries)) AND "
        "received_at_us < ?"));
    query.addBindValue(cutoffUs);
    if (!query.exec())
        return fail(QStringLiteral("cannot list the messages due"));
    while (query.next()) {
        report.changes.messages.insert(query.value(0).toString());
        ++report.messages;
    }
    query.finish();
    if (!query.exec(QStringLiteral("SELECT id FROM prune_deliveries ORDER BY id")))
        return fail(QStringLiteral("cannot list the deliveries due"));
    while (query.next())
        report.changes.deliveries.append(query.value(0).toLongLong());
    query.finish();
    if (!query.exec(QStringLiteral("SELECT count(*) FROM prune_emptied")) || !query.next())
        return fail(QStringLiteral("cannot count the conversations due"));
    report.conversations = query.value(0).toInt();
    query.finish();
    for (const char *sql : forget) {
        if (!query.exec(QString::fromLatin1(sql)))
            return fail(QStringLiteral("cannot prune what the deliveries due produced"));
    }
    // Derived again from what they say.
    if (!query.exec(QStringLiteral("SELECT id FROM prune_redo ORDER BY id")))
        return fail(QStringLiteral("cannot list the deliveries to process again"));
    QList<qint64> again;
    while (query.next())
        again << query.value(0).toLongLong();
    query.finish();
    for (const qint64 id : std::as_const(again)) {
        if (const Status marked = ProjectionRebuild::reprocess(m_db, id); !marked)
            return fail(QStringLiteral("cannot mark delivery %1 for processing").arg(id),
                        marked.error());
    }
    report.reprocess = int(again.size());
    m_marked.unite(QSet<qint64>(again.cbegin(), again.cend()));
    // The projections first: cut short here, the deliveries are still due, and the next round
    // finds nothing of them left and takes them out of the log.
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot commit the pruning"));
    return removeFromLog(cutoffUs, report);
}

Expected<RetentionPruner::Report> RetentionPruner::removeFromLog(qint64 cutoffUs, Report report)
{
    // Then the delivery log, in a transaction of its own that holds its write lock briefly.
    QSqlQuery query(m_db);
    auto fail = [&](const QString &what) {
        const QString error = query.lastError().text();
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("%1: %2").arg(what, error)};
    };
    QElapsedTimer locked;
    locked.start();
    if (!query.exec(SqlDialect::of(m_db).beginLogWrite()))
        return fail(QStringLiteral("cannot start pruning the delivery log"));
    if (!query.exec(QStringLiteral("DELETE FROM main.deliveries WHERE id IN (SELECT id FROM "
                                   "prune_deliveries)")))
        return fail(QStringLiteral("cannot prune the delivery log"));
    report.deliveries = query.numRowsAffected();
    // Rejections keep no body; they go by age alone.
    query.prepare(QStringLiteral("DELETE FROM main.rejections WHERE id IN (SELECT id FROM "
                                 "main.rejections WHERE at_us < ? ORDER BY id LIMIT 1000)"));
    query.addBindValue(cutoffUs);
    if (!query.exec())
        return fail(QStringLiteral("cannot prune the rejections"));
    report.rejections = query.numRowsAffected();
    if (report.rejections == 1000)
        report.more = true;
    // What operators sent goes by age too (its statuses went with their deliveries).
    query.prepare(QStringLiteral("DELETE FROM main.sends WHERE id IN (SELECT id FROM main.sends "
                                 "WHERE at_us < ? ORDER BY id LIMIT 1000)"));
    query.addBindValue(cutoffUs);
    if (!query.exec())
        return fail(QStringLiteral("cannot prune the sends"));
    if (query.numRowsAffected() == 1000)
        report.more = true;
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot commit the pruning"));
    report.logLockUs = locked.nsecsElapsed() / 1000;
    return report;
}

Status RetentionPruner::record(const QString &by, int days, const Report &report)
{
    const Status recorded = OperatorActions::record(
        m_db, by, QStringLiteral("prune"),
        QStringLiteral("older than %1 days: %2 deliveries, %3 rejections, %4 messages, %5 "
                       "conversations")
            .arg(days)
            .arg(report.deliveries)
            .arg(report.rejections)
            .arg(report.messages)
            .arg(report.conversations));
    if (!recorded)
        return Error{QStringLiteral("cannot record the pruning: %1").arg(recorded.error())};
    return ok();
}

Expected<RetentionPruner::Report>
RetentionPruner::prune(qint64 cutoffUs, const std::function<void(const Report &)> &progress)
{
    m_after = 0;
    m_marked.clear();
    Report total;
    do {
        const auto batch = pruneBatch(cutoffUs);
        if (!batch)
            return Error{batch.error()};
        total.add(*batch);
        if (progress)
            progress(*batch);
    } while (total.more);
    if (total.deliveries > 0 || total.rejections > 0) {
        const auto scrubbed = SecureErasure::finish(m_db);
        if (!scrubbed)
            return Error{scrubbed.error()};
        total.truncatedWal = *scrubbed;
        qCInfo(lcProcessing).noquote()
            << QStringLiteral("pruned %1 deliveries, %2 messages, %3 conversations")
                   .arg(total.deliveries)
                   .arg(total.messages)
                   .arg(total.conversations);
    }
    return total;
}

} // namespace hookline
