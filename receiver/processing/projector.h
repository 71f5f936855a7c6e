#pragma once

#include "expected.h"
#include "processing/changeset.h"
#include "processing/messagefields.h"
#include "processing/workitem.h"
#include "storage/sqlstatement.h"

#include <QSqlQuery>

#include <memory>
#include <optional>
#include <vector>

class QSqlDatabase;
class QSqlError;

namespace hookline {

// Why an item could not be projected. Transient failures (busy, locked, I/O) are retried.
struct ItemFailure
{
    ItemFailure(QString what, bool isTransient = false, QString deadLetterReason = {})
        : message(std::move(what))
        , transient(isTransient)
        , reason(std::move(deadLetterReason))
    {}

    QString message;
    bool transient = false;
    QString reason; // the dead letter's reason when it is not transient; processing_error if empty

    static bool isTransient(const QSqlError &error);
    static bool isTransient(int sqliteCode);
};

// Writes one work item's effects into the projection tables: contacts and number changes,
// messages of every type with their context, outbound messages known from statuses or echoes,
// status timelines whose current status never moves backwards, current reactions, edits and
// revokes applied to their originals, WABA-level events and value-level errors. Runs inside the
// caller's transaction; every statement is written so that applying an item again, or items in
// another order, leads to the same rows.
class Projector
{
public:
    explicit Projector(QSqlDatabase &db);

    Status prepare();

    // Called at the start of each processing transaction.
    void beginBatch();

    std::optional<ItemFailure> project(const WorkItem &item, qint64 deliveryId, qint64 receivedAtUs,
                                       ChangeSet &changes);

    // sent 1 < failed 2 < delivered 3 < read 4 < played 5; 0 for a status Hookline does not rank.
    static int statusRank(const QString &status);

private:
    enum Statement
    {
        InsertMessage,
        StatusOnMessage,
        InsertStatusEvent,
        UpsertContact,
        LinkContacts,
        CopyContact,
        UpdatesTargeting,
        ApplyEdit,
        ApplyRevoke,
        UpsertReaction,
        InsertEvent,
        InsertValueError,
        TouchConversation,
        MessageOnLine,
        MessageElsewhere,
        FindIdentities,
        AddIdentity,
        UpsertGroup,
        SetPreference,
        SetSavedName,
        UpsertCall,
        GroupReceipt,
        FindIdentity,
        StatusOnKnownMessage,
    };

    // Runs a statement to its end; *wrote: whether it inserted or changed a row.
    bool run(Statement statement, const QVariantList &values, bool *wrote = nullptr);
    SqlStatement &query(Statement statement) { return *m_queries[size_t(statement)]; }

    bool projectMessage(const WorkItem &item, qint64 deliveryId, qint64 receivedAtUs,
                        ChangeSet &changes);
    bool projectEcho(const WorkItem &item, qint64 deliveryId, qint64 receivedAtUs,
                     ChangeSet &changes);
    bool projectStatus(const WorkItem &item, qint64 deliveryId, qint64 receivedAtUs,
                       ChangeSet &changes);
    bool projectEvent(const WorkItem &item, qint64 deliveryId, ChangeSet &changes);
    bool projectValueError(const WorkItem &item, qint64 deliveryId, ChangeSet &changes);
    bool projectLineEvent(const WorkItem &item, qint64 deliveryId, ChangeSet &changes);
    bool projectHistoryMessage(const WorkItem &item, qint64 deliveryId, qint64 receivedAtUs,
                               ChangeSet &changes);

    // The conversation a person belongs to on a line, found by any of their ids (number, user id,
    // parent user id), else the number, else the user id; the ids not yet known are linked to it.
    // Empty when all ids are empty; nullopt on a database failure.
    std::optional<QString> resolveCustomer(const WorkItem &item, const QString &waId,
                                           const QString &userId, const QString &parentUserId);
    bool linkIdentity(const WorkItem &item, const QString &id, const QString &customer);
    // Upserts every profile of value.contacts under the conversation its ids resolve to.
    bool upsertContacts(const WorkItem &item, qint64 timestamp);

    // stored: false when the row kept what it had (Meta's copy, against a replay).
    bool storeMessage(const MessageFields &f, const WorkItem &item, const QString &direction,
                      const QString &customer, qint64 deliveryId, qint64 receivedAtUs, bool &stored,
                      const QString &historyStatus = {});
    // Empty if wamid is a message of line (or of no line yet), else a line that has it;
    // nullopt on a database failure.
    std::optional<QString> foreignLineOf(const QString &line, const QString &wamid);
    static qint64 receiptOrder(const WorkItem &item, qint64 deliveryId);
    bool upsertSender(const WorkItem &item, const MessageFields &f, const QString &customer);
    bool upsertRecipient(const WorkItem &item, const QString &recipient, const QString &waId,
                         qint64 timestamp);
    bool linkNumberChange(const WorkItem &item, const MessageFields &f);
    bool applyUpdatesTo(const QString &line, const QString &wamid);
    bool applyUpdate(const QString &line, const QString &target, const QString &type,
                     qint64 timestamp, const QString &updateId, const QString &text);
    bool fail(const QString &message, bool transient = false, const QString &reason = {});
    // "<what> 3 of change 0.1 has no id": an element without the id that keys it.
    bool failWithoutId(const QString &what, const WorkItem &item,
                       const QString &id = QStringLiteral("id"));

    QSqlDatabase &m_db;
    std::vector<std::unique_ptr<SqlStatement>> m_queries; // by Statement
    // SQLite: the upserts of rows in tables with triggers, as plain inserts tried first (run).
    std::vector<std::unique_ptr<SqlStatement>> m_insertFirst; // by Statement; null: none
    std::optional<ItemFailure> m_failure;
    bool m_mayHaveUpdates = true; // edits or revokes exist that may target new messages
};

} // namespace hookline
