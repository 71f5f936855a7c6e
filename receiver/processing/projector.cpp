#include "projector.h"

#include "processing/eventfacts.h"
#include "storage/sqldialect.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>

namespace hookline {

namespace {

// Compact JSON; the empty ones (most statuses' errors, most messages' context) without a
// document.
QString json(const QJsonObject &object)
{
    if (object.isEmpty())
        return QStringLiteral("{}");
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &array)
{
    if (array.isEmpty())
        return QStringLiteral("[]");
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString json(const QJsonValue &value)
{
    return value.isArray() ? json(value.toArray()) : json(value.toObject());
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant nullable(const QJsonObject &object)
{
    return object.isEmpty() ? QVariant() : QVariant(json(object));
}

// Reactions, edits and revokes change other messages; they are not bubbles of their own.
bool showsInConversation(const QString &type)
{
    return type != QLatin1String("reaction") && type != QLatin1String("edit") &&
           type != QLatin1String("revoke");
}

QString conversation(const QString &line, const QString &customer)
{
    return line + u'/' + customer;
}

const char *const statements[] = {
    // InsertMessage: a new message, or the details of an outbound message known so far only
    // from its statuses.
    // Meta's own delivery of a message always wins over an operator's replay of it.
    "INSERT INTO messages (wamid, line, direction, type, customer, from_id, from_user_id, to_id, "
    "timestamp, text, content, context, reply_to, forwarded, frequently_forwarded, referral, "
    "errors, target, delivery_id, received_at_us, origin, group_id, from_parent_user_id, "
    "request_origin, history_status) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (line, wamid) DO UPDATE SET direction = excluded.direction, "
    "type = excluded.type, customer = excluded.customer, from_id = excluded.from_id, "
    "from_user_id = excluded.from_user_id, to_id = excluded.to_id, "
    "timestamp = excluded.timestamp, text = excluded.text, content = excluded.content, "
    "context = excluded.context, reply_to = excluded.reply_to, forwarded = excluded.forwarded, "
    "frequently_forwarded = excluded.frequently_forwarded, referral = excluded.referral, "
    "errors = excluded.errors, target = excluded.target, delivery_id = excluded.delivery_id, "
    "received_at_us = excluded.received_at_us, origin = excluded.origin, "
    "group_id = excluded.group_id, from_parent_user_id = excluded.from_parent_user_id, "
    "request_origin = excluded.request_origin, history_status = excluded.history_status "
    "WHERE (messages.direction = 'outbound' AND messages.type = 'unknown' "
    "AND excluded.direction = 'outbound') "
    "OR (messages.origin IN ('replay', 'history') AND excluded.origin = 'meta') "
    "OR (messages.origin = 'replay' AND excluded.origin = 'history') "
    // A history sync's media follows its placeholder under the same wamid.
    "OR (messages.type = 'media_placeholder' AND messages.history_status IS NOT NULL "
    "AND excluded.history_status IS NOT NULL AND excluded.origin = messages.origin)",
    // StatusOnMessage: the outbound message a status is about, known from it alone until an echo
    // says more, when StatusOnKnownMessage finds none.
    "INSERT INTO messages (wamid, line, direction, type, customer, to_id, timestamp, status, "
    "status_rank, delivery_id, received_at_us, origin) VALUES (?, ?, 'outbound', 'unknown', ?, ?, "
    "?, ?, ?, ?, ?, ?) ON CONFLICT (line, wamid) DO NOTHING",
    // InsertStatusEvent: Meta's own report of a step wins over a replayed one.
    "INSERT INTO status_events (wamid, status, timestamp, received_at_us, recipient, line, errors, "
    "conversation, pricing, delivery_id, origin, callback_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
    "?, ?, ?, ?) "
    "ON CONFLICT (line, wamid, status) DO UPDATE SET timestamp = excluded.timestamp, "
    "received_at_us = excluded.received_at_us, recipient = excluded.recipient, "
    "callback_data = excluded.callback_data, "
    "errors = excluded.errors, conversation = excluded.conversation, "
    "pricing = excluded.pricing, delivery_id = excluded.delivery_id, origin = excluded.origin "
    "WHERE status_events.origin = 'replay' AND excluded.origin = 'meta'",
    // UpsertContact: the newest profile wins, whatever order messages arrive in; a number once
    // known stays known (2026 webhooks may leave it out).
    "INSERT INTO contacts (line, customer, wa_id, user_id, parent_user_id, name, username, "
    "seen_ts) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (line, customer) DO UPDATE SET "
    "wa_id = COALESCE(NULLIF(excluded.wa_id, ''), NULLIF(contacts.wa_id, ''), excluded.wa_id, "
    "contacts.wa_id), user_id = COALESCE(excluded.user_id, contacts.user_id), "
    "parent_user_id = COALESCE(excluded.parent_user_id, contacts.parent_user_id), "
    "name = COALESCE(excluded.name, contacts.name), "
    "username = COALESCE(excluded.username, contacts.username), seen_ts = excluded.seen_ts "
    "WHERE excluded.seen_ts >= contacts.seen_ts",
    // LinkContacts
    "INSERT INTO contact_links (line, old_id, new_id, kind, message_id) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT DO NOTHING",
    // CopyContact: the new id of a number change starts with the old profile.
    "INSERT INTO contacts (line, customer, wa_id, user_id, parent_user_id, name, username, "
    "saved_name, seen_ts) SELECT line, ?, ?, user_id, parent_user_id, name, username, "
    "saved_name, 0 FROM contacts WHERE line = ? AND customer = ? "
    "ON CONFLICT DO NOTHING",
    // UpdatesTargeting
    "SELECT wamid, type, timestamp, text FROM messages WHERE line = ? AND target = ? "
    "AND type IN ('edit', 'revoke')",
    // ApplyEdit: the latest edit wins (the same edit again, Meta's copy after a replay, too).
    "UPDATE messages SET edited_text = ?, edited_ts = ?, edited_by = ? WHERE line = ? AND "
    "wamid = ? AND (edited_ts IS NULL OR edited_ts < ? OR (edited_ts = ? AND edited_by <= ?))",
    // ApplyRevoke
    "UPDATE messages SET revoked = 1 WHERE line = ? AND wamid = ?",
    // UpsertReaction: the newest reaction of each person on each message wins; within the same
    // second, the one received last.
    "INSERT INTO reactions (target, reactor, line, emoji, reaction_id, timestamp, seq, origin) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (line, target, reactor) DO UPDATE SET "
    "emoji = excluded.emoji, reaction_id = excluded.reaction_id, "
    "timestamp = excluded.timestamp, seq = excluded.seq, origin = excluded.origin "
    "WHERE excluded.timestamp > reactions.timestamp OR "
    "(excluded.timestamp = reactions.timestamp AND excluded.seq > reactions.seq) OR "
    "(reactions.origin = 'replay' AND excluded.origin = 'meta' AND "
    "excluded.reaction_id = reactions.reaction_id)",
    // InsertEvent
    // InsertEvent: one row per event, whether replayed or delivered; Meta's copy wins.
    "INSERT INTO events (key, field, waba_id, line, event, template_id, time, detail, delivery_id, "
    "origin, facts, customer, message_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (key) DO UPDATE SET "
    "line = excluded.line, event = excluded.event, template_id = excluded.template_id, "
    "detail = excluded.detail, delivery_id = excluded.delivery_id, origin = excluded.origin, "
    "facts = excluded.facts, customer = excluded.customer, message_id = excluded.message_id "
    "WHERE events.origin = 'replay' AND excluded.origin = 'meta'",
    // InsertValueError
    "INSERT INTO value_errors (key, line, code, title, detail, delivery_id) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
    // TouchConversation: the conversation's latest activity (message or status), whatever
    // order they arrive in, and what its customer-service window runs from (ServiceWindow).
    "INSERT INTO conversations (line, customer, last_ts, last_wamid, last_inbound_ts, window_ts, "
    "entry_ts) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (line, customer) DO UPDATE SET "
    "window_ts = GREATEST(conversations.window_ts, excluded.window_ts), "
    "entry_ts = GREATEST(conversations.entry_ts, excluded.entry_ts), "
    "last_wamid = CASE WHEN (excluded.last_ts, excluded.last_wamid) > "
    "(conversations.last_ts, conversations.last_wamid) THEN excluded.last_wamid "
    "ELSE conversations.last_wamid END, "
    "last_ts = GREATEST(conversations.last_ts, excluded.last_ts), "
    "last_inbound_ts = GREATEST(conversations.last_inbound_ts, excluded.last_inbound_ts)",
    // MessageOnLine
    "SELECT 1 FROM messages WHERE line = ? AND wamid = ?",
    // MessageElsewhere
    "SELECT line FROM messages WHERE wamid = ? AND line <> ? LIMIT 1",
    // FindIdentities: the conversations any of a person's ids already belong to. Meta's items
    // follow only links Meta's own deliveries made.
    "SELECT id, customer FROM identities WHERE line = ? AND id IN (?, ?, ?) "
    "AND (origin = 'meta' OR ? = 'replay')",
    // AddIdentity
    "INSERT INTO identities (line, id, customer, origin) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (line, id) DO UPDATE SET customer = excluded.customer, origin = excluded.origin "
    "WHERE identities.origin = 'replay' AND excluded.origin = 'meta'",
    // UpsertGroup: a group's conversation; its subject is the newest one named.
    "INSERT INTO contacts (line, customer, kind, name, seen_ts) VALUES (?, ?, 'group', ?, ?) "
    "ON CONFLICT (line, customer) DO UPDATE SET kind = 'group', "
    "name = CASE WHEN excluded.name IS NOT NULL AND (contacts.name IS NULL OR "
    "excluded.seen_ts >= contacts.seen_ts) THEN excluded.name ELSE contacts.name END, "
    "seen_ts = CASE WHEN excluded.name IS NOT NULL THEN GREATEST(contacts.seen_ts, "
    "excluded.seen_ts) ELSE contacts.seen_ts END",
    // SetPreference: the newest marketing preference of a customer on a line.
    "INSERT INTO contacts (line, customer, wa_id, user_id, marketing, marketing_ts) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (line, customer) DO UPDATE SET "
    "marketing = excluded.marketing, marketing_ts = excluded.marketing_ts "
    "WHERE excluded.marketing_ts >= contacts.marketing_ts",
    // SetSavedName: the Business app's address-book name (NULL once removed), newest wins.
    "INSERT INTO contacts (line, customer, wa_id, user_id, saved_name, saved_ts) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (line, customer) DO UPDATE SET "
    "saved_name = excluded.saved_name, saved_ts = excluded.saved_ts "
    "WHERE excluded.saved_ts >= contacts.saved_ts",
    // UpsertCall: one record per call, whatever order its connect, statuses and terminate
    // arrive in; a replay never changes a call Meta reported.
    "INSERT INTO calls (line, call_id, customer, direction, from_id, to_id, first_ts, connect_ts, "
    "call_status, call_status_ts, end_status, end_ts, start_time, end_time, duration, "
    "callback_data, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (line, call_id) DO UPDATE SET "
    // Meta's report replaces what a replay said first.
    "customer = CASE WHEN calls.customer = '' OR (calls.origin = 'replay' AND excluded.origin = "
    "'meta' AND excluded.customer <> '') THEN excluded.customer ELSE calls.customer END, "
    "direction = CASE WHEN calls.origin = 'replay' AND excluded.origin = 'meta' THEN "
    "COALESCE(excluded.direction, calls.direction) ELSE COALESCE(calls.direction, "
    "excluded.direction) END, "
    "from_id = CASE WHEN calls.origin = 'replay' AND excluded.origin = 'meta' THEN "
    "COALESCE(excluded.from_id, calls.from_id) ELSE COALESCE(calls.from_id, excluded.from_id) END, "
    "to_id = CASE WHEN calls.origin = 'replay' AND excluded.origin = 'meta' THEN "
    "COALESCE(excluded.to_id, calls.to_id) ELSE COALESCE(calls.to_id, excluded.to_id) END, "
    "first_ts = CASE WHEN calls.first_ts = 0 OR (excluded.first_ts > 0 AND "
    "excluded.first_ts < calls.first_ts) THEN excluded.first_ts ELSE calls.first_ts END, "
    "connect_ts = COALESCE(excluded.connect_ts, calls.connect_ts), "
    // The latest call status; in the same second, the furthest (RINGING < ACCEPTED < REJECTED).
    "call_status = CASE WHEN excluded.call_status IS NOT NULL AND (calls.call_status IS NULL OR "
    "excluded.call_status_ts > calls.call_status_ts OR (excluded.call_status_ts = "
    "calls.call_status_ts AND (CASE excluded.call_status WHEN 'RINGING' THEN 1 WHEN 'ACCEPTED' "
    "THEN 2 WHEN 'REJECTED' THEN 3 ELSE 0 END) >= (CASE calls.call_status WHEN 'RINGING' THEN 1 "
    "WHEN 'ACCEPTED' THEN 2 WHEN 'REJECTED' THEN 3 ELSE 0 END))) THEN excluded.call_status "
    "ELSE calls.call_status END, "
    "call_status_ts = GREATEST(calls.call_status_ts, excluded.call_status_ts), "
    "end_status = COALESCE(excluded.end_status, calls.end_status), "
    "end_ts = COALESCE(excluded.end_ts, calls.end_ts), "
    "start_time = COALESCE(excluded.start_time, calls.start_time), "
    "end_time = COALESCE(excluded.end_time, calls.end_time), "
    "duration = COALESCE(excluded.duration, calls.duration), "
    "callback_data = COALESCE(excluded.callback_data, calls.callback_data), "
    "origin = CASE WHEN excluded.origin = 'meta' THEN 'meta' ELSE calls.origin END "
    "WHERE NOT (calls.origin = 'meta' AND excluded.origin = 'replay')",
    // GroupReceipt: each participant's step for a message sent to a group.
    "INSERT INTO group_receipts (line, wamid, participant, status, timestamp, received_at_us, "
    "delivery_id, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (line, wamid, participant, status) DO UPDATE SET "
    "timestamp = excluded.timestamp, received_at_us = excluded.received_at_us, "
    "delivery_id = excluded.delivery_id, origin = excluded.origin "
    "WHERE group_receipts.origin = 'replay' AND excluded.origin = 'meta'",
    // FindIdentity: FindIdentities for a person known by one id (most are). SQLite builds a
    // temporary index for an IN list of three at every run; an equality needs none.
    "SELECT id, customer FROM identities WHERE line = ? AND id = ? "
    "AND (origin = 'meta' OR ? = 'replay')",
    // StatusOnKnownMessage: a status of a message already known (most are: sent, delivered and
    // read follow each other). Its current status only ever moves up the ranks; a message known
    // only from statuses is Meta's once Meta reports on it, and its time is its earliest status.
    // An UPDATE, not an upsert: an upsert's update of a table with triggers makes SQLite keep a
    // statement journal (see prepare()).
    "UPDATE messages SET origin = CASE WHEN type = 'unknown' AND ? = 'meta' THEN 'meta' ELSE "
    "origin END, timestamp = CASE WHEN direction = 'outbound' AND type = 'unknown' THEN "
    "LEAST(timestamp, ?) ELSE timestamp END, status = CASE WHEN ? > status_rank THEN ? ELSE "
    "status END, status_rank = GREATEST(status_rank, ?) WHERE line = ? AND wamid = ?",
};

} // namespace

bool ItemFailure::isTransient(int sqliteCode)
{
    // SQLITE_BUSY 5, SQLITE_LOCKED 6, SQLITE_IOERR 10, SQLITE_FULL 13 (and extended codes).
    const int code = sqliteCode & 0xff;
    return code == 5 || code == 6 || code == 10 || code == 13;
}

bool ItemFailure::isTransient(const QSqlError &error)
{
    return isTransient(error.nativeErrorCode().toInt());
}

Projector::Projector(QSqlDatabase &db)
    : m_db(db)
{}

Status Projector::prepare()
{
    m_queries.clear();
    m_insertFirst.clear();
    // Every statement runs OR FAIL on SQLite: a failed item is undone by the batch's rollback,
    // or by its own savepoint, so SQLite need not keep a statement journal to undo a statement
    // alone. A statement that may abort half way on a table with triggers (messages and
    // contacts: the search queue's) would otherwise have one: every page it touches copied
    // first. An upsert's update checks its constraints with ABORT whatever the statement says,
    // so on SQLite a new message or contact goes in with a plain insert first, and only one
    // already there pays for the upsert.
    const SqlDialect dialect = SqlDialect::of(m_db);
    static const QRegularExpression update(
        QStringLiteral("(ON CONFLICT \\([^)]*\\)) DO UPDATE .*$"));
    QString error;
    auto prepared = [this, &error](const QString &sql, std::unique_ptr<SqlStatement> &out) {
        out = std::make_unique<SqlStatement>();
        if (out->prepare(m_db, sql.toUtf8().constData()))
            return true;
        error = out->lastError();
        return false;
    };
    for (size_t i = 0; i < std::size(statements); ++i) {
        const QString sql = dialect.undoneByCaller(QString::fromUtf8(statements[i]));
        const auto s = Statement(i);
        const bool insertFirst =
            !dialect.isPostgres() && (s == InsertMessage || s == UpsertContact);
        std::unique_ptr<SqlStatement> statement, first;
        const QString insert = QString(sql).replace(update, QStringLiteral("\\1 DO NOTHING"));
        if (insertFirst && !insert.endsWith(QLatin1String(" DO NOTHING")))
            // An upsert written another way would run twice: say so rather than do it.
            return Error{QStringLiteral("cannot prepare the projections: statement %1 is not an "
                                        "upsert of the form ON CONFLICT (...) DO UPDATE")
                             .arg(i)};
        if (!prepared(sql, statement) || (insertFirst && !prepared(insert, first)))
            return Error{QStringLiteral("cannot prepare the projections: %1").arg(error)};
        m_queries.push_back(std::move(statement));
        m_insertFirst.push_back(std::move(first));
    }
    Q_ASSERT(m_queries.size() == size_t(StatusOnKnownMessage) + 1);
    return ok();
}

void Projector::beginBatch()
{
    // Looking for edits and revokes of each new message costs a query; skip it while there are
    // none at all.
    QSqlQuery q(m_db);
    m_mayHaveUpdates = !q.exec(QStringLiteral(
                           "SELECT 1 FROM messages WHERE type IN ('edit', 'revoke') LIMIT 1")) ||
                       q.next();
}

int Projector::statusRank(const QString &status)
{
    if (status == QLatin1String("sent"))
        return 1;
    if (status == QLatin1String("failed"))
        return 2;
    if (status == QLatin1String("delivered"))
        return 3;
    if (status == QLatin1String("read"))
        return 4;
    if (status == QLatin1String("played"))
        return 5;
    return 0;
}

bool Projector::failWithoutId(const QString &what, const WorkItem &item, const QString &id)
{
    return fail(QStringLiteral("%1 %2 of change %3.%4 has no %5")
                    .arg(what)
                    .arg(item.elementIndex)
                    .arg(item.entryIndex)
                    .arg(item.changeIndex)
                    .arg(id));
}

bool Projector::fail(const QString &message, bool transient, const QString &reason)
{
    m_failure = ItemFailure{message, transient, reason};
    return false;
}

qint64 Projector::receiptOrder(const WorkItem &item, qint64 deliveryId)
{
    // Deliveries in id order, then items in the order the delivery lists them.
    constexpr int OrdinalBits = 20;
    return (deliveryId << OrdinalBits) + qMin(item.ordinal, (1 << OrdinalBits) - 1);
}

bool Projector::run(Statement statement, const QVariantList &values, bool *wrote)
{
    if (SqlStatement *first = m_insertFirst[size_t(statement)].get()) {
        if (!first->exec(values))
            return fail(first->lastError(), ItemFailure::isTransient(first->lastErrorCode()));
        const bool inserted = first->numRowsAffected() > 0;
        first->finish();
        if (inserted) {
            if (wrote)
                *wrote = true;
            return true;
        }
    }
    SqlStatement &q = query(statement);
    if (!q.exec(values))
        return fail(q.lastError(), ItemFailure::isTransient(q.lastErrorCode()));
    if (wrote)
        *wrote = q.numRowsAffected() > 0;
    q.finish();
    return true;
}

std::optional<ItemFailure> Projector::project(const WorkItem &item, qint64 deliveryId,
                                              qint64 receivedAtUs, ChangeSet &changes)
{
    m_failure.reset();
    bool done = false;
    switch (item.kind) {
    case ItemKind::Message:
        done = projectMessage(item, deliveryId, receivedAtUs, changes);
        break;
    case ItemKind::Echo:
        done = projectEcho(item, deliveryId, receivedAtUs, changes);
        break;
    case ItemKind::StatusUpdate:
        done = projectStatus(item, deliveryId, receivedAtUs, changes);
        break;
    case ItemKind::Event:
        done = projectEvent(item, deliveryId, changes);
        break;
    case ItemKind::ValueError:
        done = projectValueError(item, deliveryId, changes);
        break;
    case ItemKind::LineEvent:
        done = projectLineEvent(item, deliveryId, changes);
        break;
    case ItemKind::HistoryMessage:
        done = projectHistoryMessage(item, deliveryId, receivedAtUs, changes);
        break;
    }
    if (done)
        return std::nullopt;
    return m_failure ? m_failure : ItemFailure{QStringLiteral("projection failed"), false};
}

bool Projector::storeMessage(const MessageFields &f, const WorkItem &item, const QString &direction,
                             const QString &customer, qint64 deliveryId, qint64 receivedAtUs,
                             bool &stored, const QString &historyStatus)
{
    const bool isEdit = f.type == QLatin1String("edit");
    const QString text = isEdit ? f.editedText : f.text;
    const QString &line = item.line;
    const QString origin = item.kind == ItemKind::HistoryMessage && item.origin == ItemOrigin::Meta
                               ? QStringLiteral("history")
                               : originName(item.origin);
    return run(InsertMessage,
               {f.wamid,
                line,
                direction,
                f.type,
                customer,
                nullable(f.from),
                nullable(f.fromUserId),
                nullable(f.to),
                f.timestamp,
                text.isNull() ? QVariant() : QVariant(text),
                json(f.content),
                nullable(f.context),
                nullable(f.replyTo),
                f.forwarded ? 1 : 0,
                f.frequentlyForwarded ? 1 : 0,
                nullable(f.referral),
                json(f.errors),
                nullable(f.target),
                deliveryId,
                receivedAtUs,
                origin,
                nullable(f.groupId),
                nullable(f.fromParentUserId),
                nullable(f.requestOrigin),
                nullable(historyStatus)},
               &stored);
}

std::optional<QString> Projector::resolveCustomer(const WorkItem &item, const QString &waId,
                                                  const QString &userId,
                                                  const QString &parentUserId)
{
    if (waId.isEmpty() && userId.isEmpty() && parentUserId.isEmpty())
        return QString();
    const bool oneId =
        int(!waId.isEmpty()) + int(!userId.isEmpty()) + int(!parentUserId.isEmpty()) == 1;
    SqlStatement &find = query(oneId ? FindIdentity : FindIdentities);
    const QString &onlyId = !waId.isEmpty() ? waId : !userId.isEmpty() ? userId : parentUserId;
    const bool found =
        oneId ? find.exec({item.line, onlyId, originName(item.origin)})
              : find.exec({item.line, waId, userId, parentUserId, originName(item.origin)});
    if (!found) {
        fail(find.lastError(), ItemFailure::isTransient(find.lastErrorCode()));
        return std::nullopt;
    }
    QString byWaId, byUserId, byParent;
    while (find.next()) {
        const QString id = find.value(0).toString();
        const QString customer = find.value(1).toString();
        if (id == waId)
            byWaId = customer;
        if (id == userId)
            byUserId = customer;
        if (id == parentUserId)
            byParent = customer;
    }
    find.finish();
    QString customer = !byWaId.isEmpty()     ? byWaId
                       : !byUserId.isEmpty() ? byUserId
                       : !byParent.isEmpty() ? byParent
                       : !waId.isEmpty()     ? waId
                       : !userId.isEmpty()   ? userId
                                             : parentUserId;
    if ((!waId.isEmpty() && byWaId.isEmpty() && !linkIdentity(item, waId, customer)) ||
        (!userId.isEmpty() && byUserId.isEmpty() && !linkIdentity(item, userId, customer)) ||
        (!parentUserId.isEmpty() && byParent.isEmpty() &&
         !linkIdentity(item, parentUserId, customer)))
        return std::nullopt;
    return customer;
}

bool Projector::linkIdentity(const WorkItem &item, const QString &id, const QString &customer)
{
    return run(AddIdentity, {item.line, id, customer, originName(item.origin)});
}

std::optional<QString> Projector::foreignLineOf(const QString &line, const QString &wamid)
{
    SqlStatement &own = query(MessageOnLine);
    if (!own.exec({line, wamid})) {
        fail(own.lastError(), ItemFailure::isTransient(own.lastErrorCode()));
        return std::nullopt;
    }
    const bool onLine = own.next();
    own.finish();
    if (onLine)
        return QString();
    SqlStatement &other = query(MessageElsewhere);
    if (!other.exec({wamid, line})) {
        fail(other.lastError(), ItemFailure::isTransient(other.lastErrorCode()));
        return std::nullopt;
    }
    const QString foreign = other.next() ? other.value(0).toString() : QString();
    other.finish();
    return foreign;
}

namespace {

// A contact's number as Meta gave it: NULL when the key is absent, '' when it was sent empty.
QVariant waIdOf(const QJsonObject &contact)
{
    const QJsonValue value = contact.value(QLatin1String("wa_id"));
    return value.isUndefined() || value.isNull() ? QVariant() : QVariant(value.toString());
}

QString parentOf(const QJsonObject &object, const char *prefix)
{
    const QString key = QLatin1String(prefix) + QLatin1String("parent_user_id");
    return object.value(key).toString();
}

} // namespace

bool Projector::upsertSender(const WorkItem &item, const MessageFields &f, const QString &customer)
{
    for (const QJsonValue &value : item.contacts) {
        const QJsonObject contact = value.toObject();
        const QString waId = contact.value(QLatin1String("wa_id")).toString();
        const QString userId = contact.value(QLatin1String("user_id")).toString();
        if ((!waId.isEmpty() && waId == f.from) ||
            (waId.isEmpty() && !userId.isEmpty() && userId == f.fromUserId)) {
            const QJsonObject profile = contact.value(QLatin1String("profile")).toObject();
            return run(UpsertContact,
                       {item.line, customer, waIdOf(contact), nullable(userId),
                        nullable(parentOf(contact, "")),
                        nullable(profile.value(QLatin1String("name")).toString()),
                        nullable(profile.value(QLatin1String("username")).toString()),
                        f.timestamp});
        }
    }
    // No profile in this change (number-change notices carry none): make sure the contact exists.
    return run(UpsertContact,
               {item.line, customer, f.from.isEmpty() ? QVariant() : QVariant(f.from),
                nullable(f.fromUserId), nullable(f.fromParentUserId), QVariant(), QVariant(),
                f.timestamp});
}

bool Projector::upsertContacts(const WorkItem &item, qint64 timestamp)
{
    for (const QJsonValue &value : item.contacts) {
        const QJsonObject contact = value.toObject();
        const QString waId = contact.value(QLatin1String("wa_id")).toString();
        const QString userId = contact.value(QLatin1String("user_id")).toString();
        const QString parent = parentOf(contact, "");
        const std::optional<QString> customer = resolveCustomer(item, waId, userId, parent);
        if (!customer)
            return false;
        if (customer->isEmpty())
            continue;
        const QJsonObject profile = contact.value(QLatin1String("profile")).toObject();
        if (!run(UpsertContact,
                 {item.line, *customer, waIdOf(contact), nullable(userId), nullable(parent),
                  nullable(profile.value(QLatin1String("name")).toString()),
                  nullable(profile.value(QLatin1String("username")).toString()), timestamp}))
            return false;
    }
    return true;
}

bool Projector::upsertRecipient(const WorkItem &item, const QString &recipient, const QString &waId,
                                qint64 timestamp)
{
    for (const QJsonValue &value : item.contacts) {
        const QJsonObject contact = value.toObject();
        const QString contactWaId = contact.value(QLatin1String("wa_id")).toString();
        const QString userId = contact.value(QLatin1String("user_id")).toString();
        if (contactWaId != recipient && userId != recipient)
            continue;
        const QJsonObject profile = contact.value(QLatin1String("profile")).toObject();
        return run(UpsertContact,
                   {item.line, recipient, waIdOf(contact), nullable(userId),
                    nullable(parentOf(contact, "")),
                    nullable(profile.value(QLatin1String("name")).toString()),
                    nullable(profile.value(QLatin1String("username")).toString()), timestamp});
    }
    // Statuses normally carry no profile: the contact exists, its profile comes from messages.
    return run(UpsertContact, {item.line, recipient, waId.isEmpty() ? QVariant() : QVariant(waId),
                               QVariant(), QVariant(), QVariant(), QVariant(), 0});
}

bool Projector::linkNumberChange(const WorkItem &item, const MessageFields &f)
{
    const QJsonObject content = f.content.toObject();
    const QString kind = content.value(QLatin1String("type")).toString();
    QString oldId;
    QString newId;
    if (kind == QLatin1String("user_changed_number")) {
        oldId = f.from;
        newId = content.value(QLatin1String("wa_id")).toString();
    } else if (kind == QLatin1String("customer_changed_number")) {
        oldId = content.value(QLatin1String("customer")).toString();
        if (oldId.isEmpty())
            oldId = f.from;
        newId = content.value(QLatin1String("new_wa_id")).toString();
    } else if (kind == QLatin1String("user_changed_user_id")) {
        oldId = f.fromUserId.isEmpty() ? f.from : f.fromUserId;
        newId = content.value(QLatin1String("user_id")).toString();
    }
    if (oldId.isEmpty() || newId.isEmpty())
        return true;
    const bool newIsUserId = kind == QLatin1String("user_changed_user_id");
    return run(LinkContacts, {item.line, oldId, newId, kind, f.wamid}) &&
           run(CopyContact,
               {newId, newIsUserId ? QVariant() : QVariant(newId), item.line, oldId}) &&
           linkIdentity(item, newId, newId) &&
           run(UpsertContact, {item.line, newId, newIsUserId ? QVariant() : QVariant(newId),
                               newIsUserId ? QVariant(newId) : QVariant(), QVariant(), QVariant(),
                               QVariant(), f.timestamp});
}

bool Projector::applyUpdate(const QString &line, const QString &target, const QString &type,
                            qint64 timestamp, const QString &updateId, const QString &text)
{
    if (type == QLatin1String("revoke"))
        return run(ApplyRevoke, {line, target});
    return run(ApplyEdit,
               {text, timestamp, updateId, line, target, timestamp, timestamp, updateId});
}

bool Projector::applyUpdatesTo(const QString &line, const QString &wamid)
{
    if (!m_mayHaveUpdates)
        return true;
    SqlStatement &q = query(UpdatesTargeting);
    if (!q.exec({line, wamid}))
        return fail(q.lastError(), ItemFailure::isTransient(q.lastErrorCode()));
    struct Update
    {
        QString id, type, text;
        qint64 timestamp;
    };
    QList<Update> updates;
    while (q.next())
        updates.append({q.value(0).toString(), q.value(1).toString(), q.value(3).toString(),
                        q.value(2).toLongLong()});
    q.finish();
    for (const Update &u : std::as_const(updates)) {
        if (!applyUpdate(line, wamid, u.type, u.timestamp, u.id, u.text))
            return false;
    }
    return true;
}

bool Projector::projectMessage(const WorkItem &item, qint64 deliveryId, qint64 receivedAtUs,
                               ChangeSet &changes)
{
    const MessageFields f = MessageFields::read(item.element);
    if (f.wamid.isEmpty())
        return failWithoutId(QStringLiteral("message"), item);
    if (f.from.isEmpty() && f.fromUserId.isEmpty() && f.fromParentUserId.isEmpty())
        return fail(QStringLiteral("message %1 names no sender (from and from_user_id are empty)")
                        .arg(f.wamid));
    const bool changesAnother = f.type == QLatin1String("reaction") ||
                                f.type == QLatin1String("edit") ||
                                f.type == QLatin1String("revoke");
    if (changesAnother && !f.target.isEmpty()) {
        // A reaction, edit or revoke only ever changes a message of its own line. One that
        // names a message only another line has is kept visible as a dead letter.
        const std::optional<QString> foreign = foreignLineOf(item.line, f.target);
        if (!foreign)
            return false;
        if (!foreign->isEmpty())
            return fail(QStringLiteral("%1 %2 on line %3 refers to message %4, which only line %5 "
                                       "has; it is not applied to another line's message")
                            .arg(f.type, f.wamid, item.line, f.target, *foreign),
                        false, QStringLiteral("foreign_reference"));
    }
    const std::optional<QString> sender =
        resolveCustomer(item, f.from, f.fromUserId, f.fromParentUserId);
    if (!sender)
        return false;
    // A group message lives in the group's conversation, never in the sender's 1:1 one.
    const QString &customer = f.groupId.isEmpty() ? *sender : f.groupId;
    bool stored = false;
    if (!storeMessage(f, item, QStringLiteral("inbound"), customer, deliveryId, receivedAtUs,
                      stored))
        return false;
    // A replay of something Meta already delivered changes nothing (not even the sender's
    // profile): Meta's copy wins.
    if (!stored && item.origin == ItemOrigin::Replay)
        return true;
    if (!upsertSender(item, f, *sender))
        return false;
    if (!f.groupId.isEmpty() && !run(UpsertGroup, {item.line, f.groupId, QVariant(), 0}))
        return false;
    if (f.type == QLatin1String("edit") || f.type == QLatin1String("revoke"))
        m_mayHaveUpdates = true; // later messages of this batch may be its target

    if (f.type == QLatin1String("system") && !linkNumberChange(item, f))
        return false;
    // Tapping "share contact info": the card's number is the sender's own.
    if (f.requestOrigin == QLatin1String("contact_request")) {
        for (const QString &waId : f.sharedWaIds) {
            if (waId == f.from)
                continue;
            if (!linkIdentity(item, waId, *sender) ||
                !run(LinkContacts, {item.line, f.fromUserId.isEmpty() ? *sender : f.fromUserId,
                                    waId, QStringLiteral("contact_request"), f.wamid}))
                return false;
        }
    }
    if (f.type == QLatin1String("reaction") && !f.target.isEmpty()) {
        if (!run(UpsertReaction,
                 {f.target, *sender, item.line, nullable(f.reactionEmoji), f.wamid, f.timestamp,
                  receiptOrder(item, deliveryId), originName(item.origin)}))
            return false;
        changes.messages.insert(f.target);
    }
    if ((f.type == QLatin1String("edit") || f.type == QLatin1String("revoke")) &&
        !f.target.isEmpty()) {
        if (!applyUpdate(item.line, f.target, f.type, f.timestamp, f.wamid, f.editedText))
            return false;
        changes.messages.insert(f.target);
    }
    if (!applyUpdatesTo(item.line, f.wamid))
        return false;
    // The customer writing opens the service window: Meta's delivery of a 1:1 message, not a
    // replay or group traffic; one from an ad or a call-to-action opens the 72-hour one.
    const bool opensWindow = item.origin == ItemOrigin::Meta && f.groupId.isEmpty();
    const qint64 windowTs = opensWindow ? f.timestamp : 0;
    const qint64 entryTs = opensWindow && !f.referral.isEmpty() ? f.timestamp : 0;
    if (showsInConversation(f.type) &&
        !run(TouchConversation,
             {item.line, customer, f.timestamp, f.wamid, f.timestamp, windowTs, entryTs}))
        return false;
    changes.lines.insert(item.line);
    changes.conversations.insert(conversation(item.line, customer));
    changes.messages.insert(f.wamid);
    return true;
}

bool Projector::projectEcho(const WorkItem &item, qint64 deliveryId, qint64 receivedAtUs,
                            ChangeSet &changes)
{
    const MessageFields f = MessageFields::read(item.element);
    if (f.wamid.isEmpty() || (f.to.isEmpty() && f.toUserId.isEmpty()))
        return fail(QStringLiteral("echo %1 has no id or recipient").arg(item.elementIndex));
    const std::optional<QString> customer =
        resolveCustomer(item, f.to, f.toUserId, parentOf(item.element, "to_"));
    if (!customer)
        return false;
    bool stored = false;
    if (!storeMessage(f, item, QStringLiteral("outbound"), *customer, deliveryId, receivedAtUs,
                      stored))
        return false;
    if (!stored && item.origin == ItemOrigin::Replay)
        return true; // Meta's copy wins
    if (!run(UpsertContact, {item.line, *customer, f.to.isEmpty() ? QVariant() : QVariant(f.to),
                             nullable(f.toUserId), QVariant(), QVariant(), QVariant(), 0}) ||
        !run(TouchConversation, {item.line, *customer, f.timestamp, f.wamid, 0, 0, 0}))
        return false;
    changes.lines.insert(item.line);
    changes.conversations.insert(conversation(item.line, *customer));
    changes.messages.insert(f.wamid);
    return true;
}

bool Projector::projectStatus(const WorkItem &item, qint64 deliveryId, qint64 receivedAtUs,
                              ChangeSet &changes)
{
    const QJsonObject &s = item.element;
    const QString wamid = s.value(QLatin1String("id")).toString();
    const QString status = s.value(QLatin1String("status")).toString();
    const QString recipientId = s.value(QLatin1String("recipient_id")).toString();
    if (wamid.isEmpty() || status.isEmpty())
        return fail(QStringLiteral("status %1 of change %2.%3 has no id or status")
                        .arg(item.elementIndex)
                        .arg(item.entryIndex)
                        .arg(item.changeIndex));
    QString participant;
    for (const char *key : {"recipient_participant_id", "participant_recipient_id",
                            "recipient_participant_user_id"}) {
        if (participant.isEmpty())
            participant = s.value(QLatin1String(key)).toString();
    }
    const bool toGroup =
        s.value(QLatin1String("recipient_type")).toString() == QLatin1String("group") ||
        !participant.isEmpty();
    QString recipient;
    if (toGroup) {
        // A message sent to a group: its conversation is the group's.
        if (recipientId.isEmpty())
            return fail(QStringLiteral("status %1 of message %2 is for a group but names no group "
                                       "(recipient_id is empty)")
                            .arg(status, wamid));
        recipient = recipientId;
    } else {
        QString parent = parentOf(s, "recipient_");
        if (parent.isEmpty())
            parent = s.value(QLatin1String("parent_recipient_user_id")).toString();
        const std::optional<QString> resolved = resolveCustomer(
            item, recipientId, s.value(QLatin1String("recipient_user_id")).toString(), parent);
        if (!resolved)
            return false;
        recipient = *resolved;
    }
    const qint64 timestamp = MessageFields::timestampOf(s.value(QLatin1String("timestamp")));
    if (!participant.isEmpty() &&
        !run(GroupReceipt, {item.line, wamid, participant, status, timestamp, receivedAtUs,
                            deliveryId, originName(item.origin)}))
        return false;
    const int rank = statusRank(status);
    // The pricing may ride inside conversation (an aggregated group receipt's shape).
    QJsonObject pricing = s.value(QLatin1String("pricing")).toObject();
    if (pricing.isEmpty())
        pricing = s.value(QLatin1String("conversation"))
                      .toObject()
                      .value(QLatin1String("pricing"))
                      .toObject();
    SqlStatement &step = query(InsertStatusEvent);
    if (!step.exec({wamid, status, timestamp, receivedAtUs, nullable(recipient), item.line,
                    json(MessageFields::errorsOf(s.value(QLatin1String("errors")).toArray())),
                    nullable(s.value(QLatin1String("conversation")).toObject()), nullable(pricing),
                    deliveryId, originName(item.origin),
                    nullable(s.value(QLatin1String("biz_opaque_callback_data")).toString())}))
        return fail(step.lastError(), ItemFailure::isTransient(step.lastErrorCode()));
    const bool stored = step.numRowsAffected() > 0;
    step.finish();
    // A replay of a step Meta already reported changes nothing: Meta's copy wins.
    if (!stored && item.origin == ItemOrigin::Replay)
        return true;
    const QVariant rankedStatus = rank > 0 ? QVariant(status) : QVariant();
    bool known = false;
    if (!run(StatusOnKnownMessage,
             {originName(item.origin), timestamp, rank, rankedStatus, rank, item.line, wamid},
             &known) ||
        (!known && !run(StatusOnMessage,
                        {wamid, item.line, recipient, nullable(recipientId), timestamp,
                         rankedStatus, rank, deliveryId, receivedAtUs, originName(item.origin)})))
        return false;
    if (!recipient.isEmpty()) {
        const bool contactsDone =
            toGroup
                ? run(UpsertGroup, {item.line, recipient, QVariant(), 0}) && upsertContacts(item, 0)
                : upsertRecipient(item, recipient, recipientId, timestamp);
        if (!contactsDone ||
            !run(TouchConversation, {item.line, recipient, timestamp, wamid, 0, 0, 0}))
            return false;
    }
    changes.lines.insert(item.line);
    if (!recipient.isEmpty())
        changes.conversations.insert(conversation(item.line, recipient));
    changes.messages.insert(wamid);
    return true;
}

bool Projector::projectEvent(const WorkItem &item, qint64 deliveryId, ChangeSet &changes)
{
    const QJsonObject &value = item.element;
    QString event = value.value(QLatin1String("event")).toString();
    if (event.isEmpty())
        event = value.value(QLatin1String("decision")).toString();
    const QString templateId =
        MessageFields::idOf(value.value(QLatin1String("message_template_id")));
    // The row is the event itself, whoever delivered it: a replay and Meta's copy share it.
    const QString rowKey = item.key.startsWith(QLatin1String("r/")) ? item.key.mid(2) : item.key;
    if (!run(InsertEvent,
             {rowKey, item.field, item.wabaId, nullable(item.line), nullable(event),
              nullable(templateId), item.entryTime, json(value), deliveryId,
              originName(item.origin), json(EventFacts::scalarsOf(value)), QVariant(), QVariant()}))
        return false;
    if (!item.line.isEmpty())
        changes.lines.insert(item.line);
    return true;
}

bool Projector::projectLineEvent(const WorkItem &item, qint64 deliveryId, ChangeSet &changes)
{
    const EventFacts e = EventFacts::read(item);
    const qint64 time = e.time > 0 ? e.time : item.entryTime;
    const QString &part = item.part;
    const QString origin = originName(item.origin);
    const bool isCall = part == QLatin1String("call") || part == QLatin1String("call_status");
    if (isCall && e.callId.isEmpty())
        return failWithoutId(part == QLatin1String("call") ? QStringLiteral("call event")
                                                           : QStringLiteral("call status"),
                             item, QStringLiteral("call id"));
    if (part == QLatin1String("group") && e.groupId.isEmpty())
        return fail(QStringLiteral("group event %1 of change %2.%3 names no group")
                        .arg(e.event)
                        .arg(item.entryIndex)
                        .arg(item.changeIndex));
    QString customer = e.groupId;
    if (customer.isEmpty()) {
        const std::optional<QString> resolved =
            resolveCustomer(item, e.waId, e.userId, e.parentUserId);
        if (!resolved)
            return false;
        customer = *resolved;
    }
    // The event itself first: a replay of one Meta already reported changes nothing, exactly as
    // for messages (Meta's copy wins).
    const QString rowKey = item.key.startsWith(QLatin1String("r/")) ? item.key.mid(2) : item.key;
    SqlStatement &insert = query(InsertEvent);
    if (!insert.exec({rowKey, item.field, item.wabaId, item.line, nullable(e.event), QVariant(),
                      time, json(item.element), deliveryId, origin, json(e.facts),
                      nullable(customer), nullable(e.messageId)}))
        return fail(insert.lastError(), ItemFailure::isTransient(insert.lastErrorCode()));
    const bool stored = insert.numRowsAffected() > 0;
    insert.finish();
    if (!stored && item.origin == ItemOrigin::Replay)
        return true;
    if (!upsertContacts(item, time))
        return false;

    if (isCall) {
        const QJsonObject &c = item.element;
        const bool isStatus = part == QLatin1String("call_status");
        const bool isTerminate = e.event == QLatin1String("terminate");
        const bool isConnect = e.event == QLatin1String("connect");
        auto seconds = [&c](const char *key) -> QVariant {
            const QJsonValue v = c.value(QLatin1String(key));
            return v.isUndefined() || v.isNull() ? QVariant()
                                                 : QVariant(MessageFields::timestampOf(v));
        };
        const QString status = c.value(QLatin1String("status")).toString().toUpper();
        if (!run(UpsertCall,
                 {item.line, e.callId, customer,
                  isStatus ? QVariant() : nullable(c.value(QLatin1String("direction")).toString()),
                  isStatus ? QVariant() : nullable(c.value(QLatin1String("from")).toString()),
                  isStatus ? QVariant() : nullable(c.value(QLatin1String("to")).toString()), time,
                  isConnect ? QVariant(time) : QVariant(), isStatus ? nullable(status) : QVariant(),
                  isStatus ? time : 0, isTerminate ? nullable(status) : QVariant(),
                  isTerminate ? QVariant(time) : QVariant(), seconds("start_time"),
                  seconds("end_time"), seconds("duration"),
                  nullable(c.value(QLatin1String("biz_opaque_callback_data")).toString()), origin}))
            return false;
    } else if (part == QLatin1String("group")) {
        if (!run(UpsertGroup, {item.line, customer, nullable(e.name), time}))
            return false;
    } else if (part == QLatin1String("preference") && !customer.isEmpty()) {
        if (!run(SetPreference,
                 {item.line, customer, e.waId.isEmpty() ? QVariant() : QVariant(e.waId),
                  nullable(e.userId), nullable(e.event), time}))
            return false;
    } else if (part == QLatin1String("state_sync") && !customer.isEmpty()) {
        const bool removed = e.event == QLatin1String("remove");
        if (!run(SetSavedName,
                 {item.line, customer, e.waId.isEmpty() ? QVariant() : QVariant(e.waId),
                  nullable(e.userId), removed ? QVariant() : nullable(e.name), time}))
            return false;
    }
    // Calls and group changes show in their conversation; a preference, an address-book entry
    // or a payment belongs to its customer without opening a conversation.
    const bool inConversation = !customer.isEmpty() && (isCall || part == QLatin1String("group"));
    if (inConversation &&
        !run(TouchConversation,
             {item.line, customer, time, e.callId.isEmpty() ? rowKey : e.callId, 0, 0, 0}))
        return false;
    changes.lines.insert(item.line);
    if (!customer.isEmpty())
        changes.conversations.insert(conversation(item.line, customer));
    if (!e.messageId.isEmpty())
        changes.messages.insert(e.messageId);
    return true;
}

bool Projector::projectHistoryMessage(const WorkItem &item, qint64 deliveryId, qint64 receivedAtUs,
                                      ChangeSet &changes)
{
    const MessageFields f = MessageFields::read(item.element);
    if (f.wamid.isEmpty())
        return failWithoutId(QStringLiteral("history message"), item);
    // The business's own messages have "to" (or come from the line's number).
    const bool outbound = !f.to.isEmpty() || (!item.display.isEmpty() && f.from == item.display);
    const QJsonObject context = item.thread.value(QLatin1String("context")).toObject();
    QString waId = outbound ? f.to : f.from;
    if (waId.isEmpty())
        waId = item.thread.value(QLatin1String("id")).toString();
    if (waId.isEmpty())
        waId = context.value(QLatin1String("wa_id")).toString();
    QString userId = outbound ? f.toUserId : f.fromUserId;
    if (userId.isEmpty())
        userId = context.value(QLatin1String("user_id")).toString();
    const std::optional<QString> customer = resolveCustomer(
        item, waId, userId, context.value(QLatin1String("parent_user_id")).toString());
    if (!customer)
        return false;
    if (customer->isEmpty())
        return fail(QStringLiteral("history message %1 names no customer (no thread id, from, to "
                                   "or user id)")
                        .arg(f.wamid));
    const QString historyStatus = item.element.value(QLatin1String("history_context"))
                                      .toObject()
                                      .value(QLatin1String("status"))
                                      .toString();
    bool stored = false;
    if (!storeMessage(f, item, outbound ? QStringLiteral("outbound") : QStringLiteral("inbound"),
                      *customer, deliveryId, receivedAtUs, stored, historyStatus))
        return false;
    if (!stored)
        return true; // already received live (or imported): one message, never two
    // Past messages: no unread count, no service window.
    if (!run(UpsertContact, {item.line, *customer, waId.isEmpty() ? QVariant() : QVariant(waId),
                             nullable(userId), QVariant(), QVariant(), QVariant(), 0}) ||
        !run(TouchConversation, {item.line, *customer, f.timestamp, f.wamid, 0, 0, 0}))
        return false;
    changes.lines.insert(item.line);
    changes.conversations.insert(conversation(item.line, *customer));
    changes.messages.insert(f.wamid);
    return true;
}

bool Projector::projectValueError(const WorkItem &item, qint64 deliveryId, ChangeSet &changes)
{
    const QJsonObject &error = item.element;
    if (!run(InsertValueError,
             {item.key.startsWith(QLatin1String("r/")) ? item.key.mid(2) : item.key, item.line,
              error.value(QLatin1String("code")).toInteger(),
              error.value(QLatin1String("title")).toString(), json(error), deliveryId}))
        return false;
    changes.lines.insert(item.line);
    return true;
}

} // namespace hookline
