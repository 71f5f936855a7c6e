#include "messagelistmodel.h"

#include "media/medialog.h"
#include "media/mediastore.h"

#include "modelslogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

enum Value
{
    Wamid,
    Direction,
    Type,
    Text,
    Content,
    Time,
    Status,
    ReplyTo,
    Forwarded,
    FrequentlyForwarded,
    EditedText,
    Revoked,
    Errors,
    Received,
    Origin,
    From,
    HistoryStatus,
    Referral,
    DeliveryId,
    // attached by decorate()
    Reactions,
    History,
    ContentMap,
    ReplyPreview,
    Sender,
    Media,
};

QVariantList jsonList(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).array().toVariantList();
}

} // namespace

void MessageListModel::setMediaRoot(const QString &root)
{
    m_mediaRoot = root;
}

void MessageListModel::setMediaProgress(const QString &wamid, qint64 received, qint64 total)
{
    if (received < 0)
        m_progress.remove(wamid);
    else
        m_progress.insert(wamid, {received, total});
    const int row = rowOf(wamid);
    if (row >= 0)
        emit
    dataChanged(index(row, 0), index(row, 0), {MediaRole});
}

MessageListModel::MessageListModel(QSqlDatabase db, QObject *parent)
    : KeyedPageModel(db, parent)
    , m_db(db)
{
    setReversed(true);
    setPageSize(150);
}

QStringList MessageListModel::arms() const
{
    // Messages, calls, a group's changes and what operators sent that Meta has not reported on
    // yet, as one list. Calls and sends get their details in decorate(). A message the business
    // sent through Hookline shows what was sent (the webhooks carry only its statuses). A number
    // an arm has none of is a typed NULL: PostgreSQL types a bare NULL in a subquery as text,
    // which a union with the messages' numbers refuses.
    static const QStringList arms = {
        QStringLiteral(
            "SELECT x.wamid, x.line, x.customer, x.direction, CASE WHEN s.kind = 'reaction' AND "
            "coalesce(x.status, '') <> 'failed' THEN 'reaction' WHEN x.type = 'unknown' AND s.id "
            "IS NOT NULL "
            "THEN 'text' ELSE x.type END AS type, coalesce(x.text, s.text) AS "
            "text, x.content, x.timestamp, x.status, coalesce(x.reply_to, s.reply_to) AS "
            "reply_to, x.forwarded, x.frequently_forwarded, x.edited_text, x.revoked, x.errors, "
            "x.received_at_us, x.origin, x.from_id, x.history_status, x.referral, x.delivery_id "
            "FROM proj.messages x LEFT JOIN main.sends s ON s.line = x.line AND s.wamid = "
            "x.wamid AND x.direction = 'outbound'"),
        QStringLiteral(
            "SELECT 'send:' || s.id AS wamid, s.line, s.recipient AS customer, 'outbound' AS "
            "direction, 'text' AS type, s.text, '{}' AS content, s.at_us / 1000000 AS timestamp, "
            "s.state AS status, s.reply_to, 0 AS forwarded, 0 AS frequently_forwarded, NULL AS "
            "edited_text, 0 AS revoked, '[]' AS errors, s.at_us AS received_at_us, 'send' AS "
            "origin, NULL AS from_id, NULL AS history_status, NULL AS referral, "
            "CAST(NULL AS BIGINT) AS delivery_id FROM main.sends s WHERE (s.kind <> 'reaction' OR "
            "s.state = 'failed') "
            "AND (s.wamid IS NULL OR NOT EXISTS (SELECT 1 FROM "
            "proj.messages y WHERE y.line = s.line AND y.wamid = s.wamid)) AND NOT EXISTS "
            "(SELECT 1 FROM proj.status_events e WHERE e.callback_data = 'hookline-send-' || "
            "CAST(s.id AS TEXT) AND e.line = s.line AND e.origin = 'meta')"),
        QStringLiteral(
            "SELECT call_id AS wamid, line, customer, 'call' AS direction, 'call' AS type, NULL "
            "AS text, '{}' AS content, first_ts AS timestamp, coalesce(end_status, call_status) "
            "AS status, NULL AS reply_to, 0 AS forwarded, 0 AS frequently_forwarded, NULL AS "
            "edited_text, 0 AS revoked, '[]' AS errors, CAST(NULL AS BIGINT) AS received_at_us, "
            "origin, NULL AS "
            "from_id, NULL AS history_status, NULL AS referral, CAST(NULL AS BIGINT) AS "
            "delivery_id FROM "
            "proj.calls"),
        QStringLiteral(
            "SELECT key AS wamid, line, customer, 'notice' AS direction, 'group_event' AS type, "
            "event AS text, facts AS content, time AS timestamp, NULL AS status, NULL AS "
            "reply_to, 0 AS forwarded, 0 AS frequently_forwarded, NULL AS edited_text, 0 AS "
            "revoked, '[]' AS errors, CAST(NULL AS BIGINT) AS received_at_us, origin, NULL AS "
            "from_id, NULL AS "
            "history_status, NULL AS referral, CAST(NULL AS BIGINT) AS delivery_id FROM "
            "proj.events WHERE "
            "customer IS NOT NULL AND field LIKE 'group%'"),
    };
    return arms;
}

const KeyedPageModel::Query &MessageListModel::query() const
{
    static const Query q{
        QStringLiteral("(") + arms().join(QStringLiteral(" UNION ALL ")) + QStringLiteral(") m"),
        QStringLiteral("m.wamid"),
        {QStringLiteral("m.timestamp"), QStringLiteral("m.wamid")},
        {QStringLiteral("m.wamid"), QStringLiteral("m.direction"), QStringLiteral("m.type"),
         QStringLiteral("m.text"), QStringLiteral("m.content"), QStringLiteral("m.timestamp"),
         QStringLiteral("m.status"), QStringLiteral("m.reply_to"), QStringLiteral("m.forwarded"),
         QStringLiteral("m.frequently_forwarded"), QStringLiteral("m.edited_text"),
         QStringLiteral("m.revoked"), QStringLiteral("m.errors"),
         QStringLiteral("m.received_at_us"), QStringLiteral("m.origin"),
         QStringLiteral("m.from_id"), QStringLiteral("m.history_status"),
         QStringLiteral("m.referral"), QStringLiteral("m.delivery_id")},
        {tr("Message")},
    };
    return q;
}

ServiceWindow MessageListModel::serviceWindow() const
{
    ServiceWindow window;
    if (m_customer.isEmpty())
        return window;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.window_ts, CASE WHEN c.entry_ts > 0 THEN %1 END FROM "
                             "proj.conversations c WHERE c.line = ? AND c.customer = ?")
                  .arg(ServiceWindow::entryReplySql(QStringLiteral("c"))));
    q.addBindValue(m_line);
    q.addBindValue(m_customer);
    if (q.exec() && q.next()) {
        window.lastCustomerTs = q.value(0).toLongLong();
        window.entryPointTs = q.value(1).toLongLong();
    }
    return window;
}

void MessageListModel::setConversation(const QString &line, const QString &customer)
{
    m_line = line;
    m_customer = customer;
    m_party = {};
    if (!customer.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT kind, wa_id, user_id, username, saved_name, marketing, "
                           "marketing_ts FROM proj.contacts WHERE line = ? AND customer = ?"));
        q.addBindValue(line);
        q.addBindValue(customer);
        if (q.exec() && q.next())
            m_party = {q.value(0).toString() == QLatin1String("group"),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       q.value(4).toString(),
                       q.value(5).toString(),
                       q.value(6).toLongLong()};
    }
    reload();
}

void MessageListModel::addFilters(QStringList &conditions, QVariantList &binds) const
{
    conditions << QStringLiteral("m.line = ?") << QStringLiteral("m.customer = ?")
               << QStringLiteral("m.type NOT IN ('reaction', 'edit', 'revoke')");
    binds << m_line << m_customer;
}

int MessageListModel::ensureLoaded(const QString &wamid)
{
    int row = rowOf(wamid);
    while (row < 0 && hasOlder()) {
        fetchOlder();
        row = rowOf(wamid);
    }
    return row;
}

void MessageListModel::decorate(QList<Row> &rows) const
{
    if (rows.isEmpty())
        return;
    QHash<QString, int> byWamid;
    QVariantList wamids;
    QVariantList replies;
    QVariantList calls;
    QVariantList sends;
    QVariantList senders;
    QVariantList media;
    for (int i = 0; i < rows.size(); ++i) {
        Row &row = rows[i];
        row.values.resize(Media + 1);
        row.values[Reactions] = QVariantList();
        row.values[History] = QVariantList();
        row.values[ContentMap] =
            QJsonDocument::fromJson(row.values.at(Content).toString().toUtf8()).toVariant();
        byWamid.insert(row.values.at(Wamid).toString(), i);
        wamids << row.values.at(Wamid);
        if (!row.values.at(ReplyTo).toString().isEmpty())
            replies << row.values.at(ReplyTo);
        if (row.values.at(Type).toString() == QLatin1String("call"))
            calls << row.values.at(Wamid);
        if (row.values.at(Origin).toString() == QLatin1String("send"))
            sends << row.values.at(Wamid).toString().mid(5).toLongLong();
        if (row.values.at(Direction).toString() == QLatin1String("inbound") &&
            MediaLog::types().contains(row.values.at(Type).toString()))
            media << row.values.at(Wamid);
        if (m_party.group && !row.values.at(From).toString().isEmpty() &&
            !senders.contains(row.values.at(From)))
            senders << row.values.at(From);
        // A group's joins and leaves name their participants: by name where known.
        if (row.values.at(Type).toString() == QLatin1String("group_event")) {
            const QVariantMap facts = row.values.at(ContentMap).toMap();
            for (const char *key : {"added", "removed"}) {
                for (const QVariant &id : facts.value(QLatin1String(key)).toList()) {
                    if (!senders.contains(id))
                        senders << id;
                }
            }
        }
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto run = [&](const QString &sql, const QVariantList &binds) {
        q.prepare(sql);
        for (const QVariant &value : binds)
            q.addBindValue(value);
        if (!q.exec()) {
            qCWarning(lcModels) << "cannot read message details:" << q.lastError().text();
            return false;
        }
        return true;
    };
    // A conversation is on one line: everything it shows is that line's.
    const QVariantList lineAndWamids = QVariantList{m_line} + wamids;
    if (run(QStringLiteral("SELECT target, reactor, emoji FROM proj.reactions WHERE line = ? AND "
                           "target IN (") +
                placeholderList(wamids.size()) +
                QStringLiteral(") AND emoji IS NOT NULL AND emoji <> '' ORDER BY timestamp, seq"),
            lineAndWamids)) {
        while (q.next()) {
            Row &row = rows[byWamid.value(q.value(0).toString())];
            QVariantList list = row.values.at(Reactions).toList();
            list.append(QVariantMap{{QStringLiteral("from"), q.value(1)},
                                    {QStringLiteral("emoji"), q.value(2)}});
            row.values[Reactions] = list;
        }
    }
    // The business's own reactions, sent from here: a chip on the message, the latest one
    // standing (a reaction replaces the one before it), unless Meta refused it.
    // Refused by Meta at once (the send failed) or later (a failed status webhook): no chip.
    if (run(QStringLiteral("SELECT s.reply_to, s.request FROM main.sends s LEFT JOIN "
                           "proj.messages x ON x.line = s.line AND x.wamid = s.wamid WHERE "
                           "s.line = ? AND s.kind = 'reaction' AND s.state <> 'failed' AND "
                           "coalesce(x.status, '') <> 'failed' AND s.reply_to IN (") +
                placeholderList(wamids.size()) + QStringLiteral(") ORDER BY s.id"),
            lineAndWamids)) {
        QHash<QString, QString> latest;
        while (q.next())
            latest.insert(q.value(0).toString(),
                          QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                              .object()
                              .value(QLatin1String("reaction"))
                              .toObject()
                              .value(QLatin1String("emoji"))
                              .toString());
        for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            Row &row = rows[byWamid.value(it.key())];
            QVariantList list = row.values.at(Reactions).toList();
            list.append(QVariantMap{{QStringLiteral("from"), tr("You")},
                                    {QStringLiteral("emoji"), it.value()}});
            row.values[Reactions] = list;
        }
    }
    // Why a send failed, or that its outcome is unknown, in the bubble.
    if (!sends.isEmpty() &&
        run(QStringLiteral("SELECT id, error FROM main.sends WHERE error IS NOT NULL AND id IN (") +
                placeholderList(sends.size()) + u')',
            sends)) {
        while (q.next()) {
            Row &row = rows[byWamid.value(QStringLiteral("send:") + q.value(0).toString())];
            row.values[Errors] = QString::fromUtf8(
                QJsonDocument(
                    QJsonArray{QJsonObject{{QStringLiteral("code"), QString()},
                                           {QStringLiteral("title"), q.value(1).toString()}}})
                    .toJson(QJsonDocument::Compact));
        }
    }
    // Where each media download stands, and the file once it is here.
    if (!media.isEmpty() &&
        run(QStringLiteral(
                "SELECT wamid, state, error, mime, file_name, size, declared_size, "
                "pinned, sha256, attempts FROM main.media WHERE line = ? AND wamid IN (") +
                placeholderList(media.size()) + u')',
            QVariantList{m_line} + media)) {
        const MediaStore store(m_mediaRoot);
        while (q.next()) {
            Row &row = rows[byWamid.value(q.value(0).toString())];
            QVariantMap m{{QStringLiteral("state"), q.value(1)},
                          {QStringLiteral("error"), q.value(2)},
                          {QStringLiteral("mime"), q.value(3)},
                          {QStringLiteral("file_name"), q.value(4)},
                          {QStringLiteral("size"), q.value(5).isNull() ? -1 : q.value(5)},
                          {QStringLiteral("declared_size"), q.value(6).isNull() ? -1 : q.value(6)},
                          {QStringLiteral("pinned"), q.value(7).toInt() != 0},
                          {QStringLiteral("attempts"), q.value(9)}};
            const QString sha = q.value(8).toString();
            if (q.value(1).toString() == QLatin1String("stored") && !m_mediaRoot.isEmpty() &&
                store.contains(sha, q.value(3).toString()))
                m.insert(QStringLiteral("path"), store.pathOf(sha, q.value(3).toString()));
            row.values[Media] = m;
        }
    }
    if (!calls.isEmpty() &&
        run(QStringLiteral("SELECT call_id, direction, call_status, end_status, duration, "
                           "start_time, end_time, connect_ts FROM proj.calls WHERE line = ? AND "
                           "call_id IN (") +
                placeholderList(calls.size()) + u')',
            QVariantList{m_line} + calls)) {
        while (q.next()) {
            Row &row = rows[byWamid.value(q.value(0).toString())];
            row.values[ContentMap] =
                QVariantMap{{QStringLiteral("direction"), q.value(1)},
                            {QStringLiteral("call_status"), q.value(2)},
                            {QStringLiteral("end_status"), q.value(3)},
                            {QStringLiteral("duration"), q.value(4)},
                            {QStringLiteral("start_time"), q.value(5)},
                            {QStringLiteral("end_time"), q.value(6)},
                            {QStringLiteral("connected"), !q.value(7).isNull()}};
        }
    }
    if (!senders.isEmpty() &&
        run(QStringLiteral("SELECT i.id, c.name FROM proj.identities i JOIN proj.contacts c ON "
                           "c.line = i.line AND c.customer = i.customer WHERE i.line = ? AND "
                           "i.id IN (") +
                placeholderList(senders.size()) + u')',
            QVariantList{m_line} + senders)) {
        QHash<QString, QString> names;
        while (q.next())
            names.insert(q.value(0).toString(), q.value(1).toString());
        auto named = [&names](const QString &id) {
            const QString name = names.value(id);
            return name.isEmpty() ? id : tr("%1 (%2)").arg(name, id);
        };
        for (Row &row : rows) {
            if (row.values.at(Type).toString() == QLatin1String("group_event")) {
                QVariantMap facts = row.values.at(ContentMap).toMap();
                for (const char *key : {"added", "removed"}) {
                    QVariantList people = facts.value(QLatin1String(key)).toList();
                    for (QVariant &id : people)
                        id = named(id.toString());
                    if (!people.isEmpty())
                        facts.insert(QLatin1String(key), people);
                }
                row.values[ContentMap] = facts;
                continue;
            }
            const QString from = row.values.at(From).toString();
            if (m_party.group && !from.isEmpty())
                row.values[Sender] = named(from);
        }
    }
    if (run(QStringLiteral("SELECT wamid, status, timestamp, received_at_us, errors, pricing FROM "
                           "proj.status_events WHERE line = ? AND wamid IN (") +
                placeholderList(wamids.size()) +
                QStringLiteral(") ORDER BY timestamp, received_at_us"),
            lineAndWamids)) {
        while (q.next()) {
            Row &row = rows[byWamid.value(q.value(0).toString())];
            QVariantList list = row.values.at(History).toList();
            list.append(QVariantMap{
                {QStringLiteral("status"), q.value(1)},
                {QStringLiteral("timestamp"), q.value(2)},
                {QStringLiteral("received_at_us"), q.value(3)},
                {QStringLiteral("errors"), jsonList(q.value(4).toString())},
                {QStringLiteral("pricing"),
                 QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object().toVariantMap()}});
            row.values[History] = list;
        }
    }
    // Payment statuses of an order message join its timeline (never its status rank).
    if (run(QStringLiteral("SELECT message_id, event, time, facts FROM proj.events WHERE line = ? "
                           "AND message_id IN (") +
                placeholderList(wamids.size()) + QStringLiteral(") ORDER BY time, key"),
            lineAndWamids)) {
        while (q.next()) {
            Row &row = rows[byWamid.value(q.value(0).toString())];
            const QVariantMap facts =
                QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object().toVariantMap();
            QVariantList list = row.values.at(History).toList();
            list.append(
                QVariantMap{{QStringLiteral("status"), facts.value(QStringLiteral("status"))},
                            {QStringLiteral("timestamp"), q.value(2)},
                            {QStringLiteral("payment"), facts}});
            row.values[History] = list;
        }
    }
    if (!replies.isEmpty() &&
        run(QStringLiteral("SELECT wamid, coalesce(edited_text, text, '[' || type || ']') FROM "
                           "proj.messages WHERE line = ? AND wamid IN (") +
                placeholderList(replies.size()) + u')',
            QVariantList{m_line} + replies)) {
        QHash<QString, QString> quotes;
        while (q.next())
            quotes.insert(q.value(0).toString(), q.value(1).toString());
        for (Row &row : rows) {
            const QString target = row.values.at(ReplyTo).toString();
            if (!target.isEmpty())
                row.values[ReplyPreview] =
                    quotes.value(target, tr("Original message not received"));
        }
    }
}

QVariant MessageListModel::cell(const Row &row, int, int role) const
{
    const QVariantList &v = row.values;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return v.at(EditedText).isNull() ? v.at(Text) : v.at(EditedText);
    case WamidRole:
        return v.at(Wamid);
    case DirectionRole:
        return v.at(Direction);
    case TypeRole:
        return v.at(Type);
    case ContentRole:
        return v.at(ContentMap);
    case TimeRole:
        return v.at(Time);
    case StatusRole:
        return v.at(Value::Status);
    case ReplyToRole:
        return v.at(ReplyTo);
    case ReplyPreviewRole:
        return v.at(ReplyPreview);
    case ForwardedRole:
        return v.at(FrequentlyForwarded).toInt() ? 2 : (v.at(Forwarded).toInt() ? 1 : 0);
    case EditedRole:
        return !v.at(EditedText).isNull();
    case RevokedRole:
        return v.at(Revoked).toInt() != 0;
    case ErrorsRole:
        return jsonList(v.at(Errors).toString());
    case ReactionsRole:
        return v.at(Reactions);
    case StatusHistoryRole:
        return v.at(History);
    case ReceivedRole:
        return v.at(Received);
    case OriginRole:
        return v.at(HistoryStatus).isNull() ? v.at(Origin) : QVariant(QStringLiteral("history"));
    case SenderRole:
        return v.at(Sender);
    case HistoryStatusRole:
        return v.at(HistoryStatus);
    case DeliveryRole:
        return v.at(DeliveryId);
    case MediaRole: {
        if (v.size() <= Media || v.at(Media).isNull()) {
            // Not scheduled yet: the downloads look for new media every second. An operator's
            // replay is never downloaded (its media id is not Meta's word).
            if (v.at(Direction).toString() != QLatin1String("inbound") ||
                v.at(Origin).toString() != QLatin1String("meta") ||
                !MediaLog::types().contains(v.at(Type).toString()))
                return {};
            return QVariantMap{{QStringLiteral("state"), QStringLiteral("pending")}};
        }
        QVariantMap m = v.at(Media).toMap();
        if (const auto p = m_progress.constFind(v.at(Wamid).toString()); p != m_progress.cend()) {
            m.insert(QStringLiteral("received"), p->first);
            m.insert(QStringLiteral("total"), p->second);
        }
        return m;
    }
    case ReferralRole:
        if (v.at(Referral).toString().isEmpty())
            return {};
        return QJsonDocument::fromJson(v.at(Referral).toString().toUtf8()).object().toVariantMap();
    default:
        return {};
    }
}

} // namespace hookline
