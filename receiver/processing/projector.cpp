#include "projector.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>

namespace hookline {

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString json(const QJsonArray &array)
{
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
    "errors, target, delivery_id, received_at_us, origin) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (line, wamid) DO UPDATE SET direction = excluded.direction, "
    "type = excluded.type, customer = excluded.customer, from_id = excluded.from_id, "
    "from_user_id = excluded.from_user_id, to_id = excluded.to_id, "
    "timestamp = excluded.timestamp, text = excluded.text, content = excluded.content, "
    "context = excluded.context, reply_to = excluded.reply_to, forwarded = excluded.forwarded, "
    "frequently_forwarded = excluded.frequently_forwarded, referral = excluded.referral, "
    "errors = excluded.errors, target = excluded.target, delivery_id = excluded.delivery_id, "
    "received_at_us = excluded.received_at_us, origin = excluded.origin "
    "WHERE (messages.direction = 'outbound' AND messages.type = 'unknown' "
    "AND excluded.direction = 'outbound') "
    "OR (messages.origin = 'replay' AND excluded.origin = 'meta')",
    // StatusOnMessage: the outbound message a status is about (known from it alone until an echo
    // says more: its time is then its earliest status), and its current status, which only ever
    // moves up the ranks.
    "INSERT INTO messages (wamid, line, direction, type, customer, to_id, timestamp, status, "
    "status_rank, delivery_id, received_at_us, origin) VALUES (?, ?, 'outbound', 'unknown', ?, ?, "
    "?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (line, wamid) DO UPDATE SET "
    "origin = CASE WHEN messages.type = 'unknown' AND excluded.origin = 'meta' THEN 'meta' "
    "ELSE messages.origin END, "
    "timestamp = CASE WHEN messages.direction = 'outbound' AND messages.type = 'unknown' "
    "THEN LEAST(messages.timestamp, excluded.timestamp) ELSE messages.timestamp END, "
    "status = CASE WHEN excluded.status_rank > messages.status_rank THEN excluded.status "
    "ELSE messages.status END, "
    "status_rank = GREATEST(messages.status_rank, excluded.status_rank)",
    // InsertStatusEvent: Meta's own report of a step wins over a replayed one.
    "INSERT INTO status_events (wamid, status, timestamp, received_at_us, recipient, line, errors, "
    "conversation, pricing, delivery_id, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (line, wamid, status) DO UPDATE SET timestamp = excluded.timestamp, "
    "received_at_us = excluded.received_at_us, recipient = excluded.recipient, "
    "errors = excluded.errors, conversation = excluded.conversation, "
    "pricing = excluded.pricing, delivery_id = excluded.delivery_id, origin = excluded.origin "
    "WHERE status_events.origin = 'replay' AND excluded.origin = 'meta'",
    // UpsertContact: the newest profile wins, whatever order messages arrive in.
    "INSERT INTO contacts (line, customer, wa_id, user_id, name, username, seen_ts) "
    "VALUES (?, ?, COALESCE(?, ''), ?, ?, ?, ?) ON CONFLICT (line, customer) DO UPDATE SET "
    "wa_id = excluded.wa_id, user_id = COALESCE(excluded.user_id, contacts.user_id), "
    "name = COALESCE(excluded.name, contacts.name), "
    "username = COALESCE(excluded.username, contacts.username), seen_ts = excluded.seen_ts "
    "WHERE excluded.seen_ts >= contacts.seen_ts",
    // LinkContacts
    "INSERT INTO contact_links (line, old_id, new_id, kind, message_id) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT DO NOTHING",
    // CopyContact: the new id of a number change starts with the old profile.
    "INSERT INTO contacts (line, customer, wa_id, user_id, name, username, seen_ts) "
    "SELECT line, ?, COALESCE(?, ''), user_id, name, username, 0 FROM contacts "
    "WHERE line = ? AND customer = ? "
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
    "origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
    "line = excluded.line, event = excluded.event, template_id = excluded.template_id, "
    "detail = excluded.detail, delivery_id = excluded.delivery_id, origin = excluded.origin "
    "WHERE events.origin = 'replay' AND excluded.origin = 'meta'",
    // InsertValueError
    "INSERT INTO value_errors (key, line, code, title, detail, delivery_id) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
    // TouchConversation: the conversation's latest activity (message or status), whatever
    // order they arrive in.
    "INSERT INTO conversations (line, customer, last_ts, last_wamid, last_inbound_ts) "
    "VALUES (?, ?, ?, ?, ?) ON CONFLICT (line, customer) DO UPDATE SET "
    "last_wamid = CASE WHEN (excluded.last_ts, excluded.last_wamid) > "
    "(conversations.last_ts, conversations.last_wamid) THEN excluded.last_wamid "
    "ELSE conversations.last_wamid END, "
    "last_ts = GREATEST(conversations.last_ts, excluded.last_ts), "
    "last_inbound_ts = GREATEST(conversations.last_inbound_ts, excluded.last_inbound_ts)",
    // MessageOnLine
    "SELECT 1 FROM messages WHERE line = ? AND wamid = ?",
    // MessageElsewhere
    "SELECT line FROM messages WHERE wamid = ? AND line <> ? LIMIT 1",
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
    int index = 0;
    for (const char *sql : statements) {
        auto statement = std::make_unique<SqlStatement>();
        if (!statement->prepare(m_db, sql))
            return Error{
                QStringLiteral("cannot prepare the projections: %1").arg(statement->lastError())};
        m_queries.emplace(Statement(index++), std::move(statement));
    }
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

bool Projector::run(Statement statement, const QVariantList &values)
{
    SqlStatement &q = query(statement);
    if (!q.exec(values))
        return fail(q.lastError(), ItemFailure::isTransient(q.lastErrorCode()));
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
    }
    if (done)
        return std::nullopt;
    return m_failure ? m_failure : ItemFailure{QStringLiteral("projection failed"), false};
}

bool Projector::storeMessage(const MessageFields &f, const WorkItem &item, const QString &direction,
                             const QString &customer, qint64 deliveryId, qint64 receivedAtUs,
                             bool &stored)
{
    const bool isEdit = f.type == QLatin1String("edit");
    const QString text = isEdit ? f.editedText : f.text;
    const QString &line = item.line;
    SqlStatement &q = query(InsertMessage);
    if (!q.exec({f.wamid,
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
                 originName(item.origin)}))
        return fail(q.lastError(), ItemFailure::isTransient(q.lastErrorCode()));
    stored = q.numRowsAffected() > 0;
    q.finish();
    return true;
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
                       {item.line, customer, waId, nullable(userId),
                        nullable(profile.value(QLatin1String("name")).toString()),
                        nullable(profile.value(QLatin1String("username")).toString()),
                        f.timestamp});
        }
    }
    // No profile in this change (number-change notices carry none): make sure the contact exists.
    return run(UpsertContact, {item.line, customer, f.from, nullable(f.fromUserId), QVariant(),
                               QVariant(), f.timestamp});
}

bool Projector::upsertRecipient(const WorkItem &item, const QString &recipient, qint64 timestamp)
{
    for (const QJsonValue &value : item.contacts) {
        const QJsonObject contact = value.toObject();
        const QString waId = contact.value(QLatin1String("wa_id")).toString();
        const QString userId = contact.value(QLatin1String("user_id")).toString();
        if (MessageFields::customerOf(waId, userId) != recipient)
            continue;
        const QJsonObject profile = contact.value(QLatin1String("profile")).toObject();
        return run(UpsertContact,
                   {item.line, recipient, waId, nullable(userId),
                    nullable(profile.value(QLatin1String("name")).toString()),
                    nullable(profile.value(QLatin1String("username")).toString()), timestamp});
    }
    // Statuses normally carry no profile: the contact exists, its profile comes from messages.
    return run(UpsertContact,
               {item.line, recipient, recipient, QVariant(), QVariant(), QVariant(), 0});
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
           run(CopyContact, {newId, newIsUserId ? QString() : newId, item.line, oldId}) &&
           run(UpsertContact,
               {item.line, newId, newIsUserId ? QString() : newId,
                newIsUserId ? QVariant(newId) : QVariant(), QVariant(), QVariant(), f.timestamp});
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
        return fail(QStringLiteral("message %1 of change %2.%3 has no id")
                        .arg(item.elementIndex)
                        .arg(item.entryIndex)
                        .arg(item.changeIndex));
    const QString customer = MessageFields::customerOf(f.from, f.fromUserId);
    if (customer.isEmpty())
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
    bool stored = false;
    if (!storeMessage(f, item, QStringLiteral("inbound"), customer, deliveryId, receivedAtUs,
                      stored))
        return false;
    // A replay of something Meta already delivered changes nothing (not even the sender's
    // profile): Meta's copy wins.
    if (!stored && item.origin == ItemOrigin::Replay)
        return true;
    if (!upsertSender(item, f, customer))
        return false;
    if (f.type == QLatin1String("edit") || f.type == QLatin1String("revoke"))
        m_mayHaveUpdates = true; // later messages of this batch may be its target

    if (f.type == QLatin1String("system") && !linkNumberChange(item, f))
        return false;
    if (f.type == QLatin1String("reaction") && !f.target.isEmpty()) {
        if (!run(UpsertReaction,
                 {f.target, customer, item.line, nullable(f.reactionEmoji), f.wamid, f.timestamp,
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
    if (showsInConversation(f.type) &&
        !run(TouchConversation, {item.line, customer, f.timestamp, f.wamid, f.timestamp}))
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
    if (f.wamid.isEmpty() || f.to.isEmpty())
        return fail(QStringLiteral("echo %1 has no id or recipient").arg(item.elementIndex));
    bool stored = false;
    if (!storeMessage(f, item, QStringLiteral("outbound"), f.to, deliveryId, receivedAtUs, stored))
        return false;
    if (!stored && item.origin == ItemOrigin::Replay)
        return true; // Meta's copy wins
    if (!run(UpsertContact, {item.line, f.to, f.to, QVariant(), QVariant(), QVariant(), 0}) ||
        !run(TouchConversation, {item.line, f.to, f.timestamp, f.wamid, 0}))
        return false;
    changes.lines.insert(item.line);
    changes.conversations.insert(conversation(item.line, f.to));
    changes.messages.insert(f.wamid);
    return true;
}

bool Projector::projectStatus(const WorkItem &item, qint64 deliveryId, qint64 receivedAtUs,
                              ChangeSet &changes)
{
    const QJsonObject &s = item.element;
    const QString wamid = s.value(QLatin1String("id")).toString();
    const QString status = s.value(QLatin1String("status")).toString();
    QString recipient = s.value(QLatin1String("recipient_id")).toString();
    if (recipient.isEmpty())
        recipient = s.value(QLatin1String("recipient_user_id")).toString();
    if (wamid.isEmpty() || status.isEmpty())
        return fail(QStringLiteral("status %1 of change %2.%3 has no id or status")
                        .arg(item.elementIndex)
                        .arg(item.entryIndex)
                        .arg(item.changeIndex));
    const qint64 timestamp = MessageFields::timestampOf(s.value(QLatin1String("timestamp")));
    const int rank = statusRank(status);
    SqlStatement &step = query(InsertStatusEvent);
    if (!step.exec({wamid, status, timestamp, receivedAtUs, nullable(recipient), item.line,
                    json(MessageFields::errorsOf(s.value(QLatin1String("errors")).toArray())),
                    nullable(s.value(QLatin1String("conversation")).toObject()),
                    nullable(s.value(QLatin1String("pricing")).toObject()), deliveryId,
                    originName(item.origin)}))
        return fail(step.lastError(), ItemFailure::isTransient(step.lastErrorCode()));
    const bool stored = step.numRowsAffected() > 0;
    step.finish();
    // A replay of a step Meta already reported changes nothing: Meta's copy wins.
    if (!stored && item.origin == ItemOrigin::Replay)
        return true;
    if (!run(StatusOnMessage, {wamid, item.line, recipient, nullable(recipient), timestamp,
                               rank > 0 ? QVariant(status) : QVariant(), rank, deliveryId,
                               receivedAtUs, originName(item.origin)}))
        return false;
    if (!recipient.isEmpty() &&
        (!upsertRecipient(item, recipient, timestamp) ||
         !run(TouchConversation, {item.line, recipient, timestamp, wamid, 0})))
        return false;
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
    if (!run(InsertEvent, {rowKey, item.field, item.wabaId, nullable(item.line), nullable(event),
                           nullable(templateId), item.entryTime, json(value), deliveryId,
                           originName(item.origin)}))
        return false;
    if (!item.line.isEmpty())
        changes.lines.insert(item.line);
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
