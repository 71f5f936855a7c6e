#include "exporter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hookline {

namespace {

QJsonValue parsed(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    if (document.isObject())
        return document.object();
    if (document.isArray())
        return document.array();
    return QJsonValue::Null;
}

QJsonValue text(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toString());
}

QJsonValue integer(const QVariant &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value.toLongLong());
}

// Runs sql with onlyLine bound to every '?' (or '' for all lines), calling row for each row.
template <typename Row>
Expected<QJsonArray> collect(QSqlDatabase &db, const QString &sql, const QString &onlyLine,
                             int binds, Row row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (int i = 0; i < binds; ++i)
        query.addBindValue(onlyLine.isEmpty() ? QStringLiteral("") : onlyLine);
    if (!query.exec())
        return Error{QStringLiteral("cannot export: %1").arg(query.lastError().text())};
    QJsonArray array;
    while (query.next())
        array.append(row(query));
    return array;
}

} // namespace

Exporter::Exporter(QSqlDatabase &db)
    : m_db(db)
{}

Expected<QJsonObject> Exporter::build(const QString &onlyLine) const
{
    QSqlDatabase &db = m_db;
    const QString lineFilter = QStringLiteral("(? = '' OR line = ?)");

    auto lines = collect(
        db,
        QStringLiteral("SELECT phone_number_id, waba_id, label, app_id, active, display FROM lines "
                       "WHERE (? = '' OR phone_number_id = ?) ORDER BY phone_number_id"),
        onlyLine, 2, [](const QSqlQuery &q) {
            return QJsonObject{{QStringLiteral("phone_number_id"), q.value(0).toString()},
                               {QStringLiteral("waba_id"), q.value(1).toString()},
                               {QStringLiteral("label"), q.value(2).toString()},
                               {QStringLiteral("app_id"), q.value(3).toString()},
                               {QStringLiteral("active"), q.value(4).toInt() != 0},
                               {QStringLiteral("display"), q.value(5).toString()}};
        });
    if (!lines)
        return Error{lines.error()};

    auto contacts =
        collect(db,
                QStringLiteral("SELECT line, wa_id, user_id, name, username, customer, "
                               "parent_user_id, kind, saved_name, marketing, marketing_ts "
                               "FROM contacts WHERE ") +
                    lineFilter + QStringLiteral(" ORDER BY line, customer"),
                onlyLine, 2, [](const QSqlQuery &q) {
                    QJsonObject contact{{QStringLiteral("line"), q.value(0).toString()},
                                        {QStringLiteral("wa_id"), text(q.value(1))},
                                        {QStringLiteral("user_id"), text(q.value(2))},
                                        {QStringLiteral("name"), text(q.value(3))},
                                        {QStringLiteral("username"), text(q.value(4))},
                                        {QStringLiteral("customer"), q.value(5).toString()},
                                        {QStringLiteral("parent_user_id"), text(q.value(6))},
                                        {QStringLiteral("kind"), q.value(7).toString()},
                                        {QStringLiteral("saved_name"), text(q.value(8))}};
                    if (!q.value(9).isNull()) {
                        contact.insert(QStringLiteral("marketing"), q.value(9).toString());
                        contact.insert(QStringLiteral("marketing_since"), integer(q.value(10)));
                    }
                    return contact;
                });
    if (!contacts)
        return Error{contacts.error()};

    auto links = collect(
        db,
        QStringLiteral("SELECT line, old_id, new_id, kind, message_id FROM contact_links WHERE ") +
            lineFilter + QStringLiteral(" ORDER BY line, old_id, new_id"),
        onlyLine, 2, [](const QSqlQuery &q) {
            return QJsonObject{{QStringLiteral("line"), q.value(0).toString()},
                               {QStringLiteral("old_id"), q.value(1).toString()},
                               {QStringLiteral("new_id"), q.value(2).toString()},
                               {QStringLiteral("kind"), q.value(3).toString()},
                               {QStringLiteral("message_id"), text(q.value(4))}};
        });
    if (!links)
        return Error{links.error()};

    // A business-scoped user id learnt to belong to a phone number (a shared contact card).
    auto identityLinks = collect(
        db,
        QStringLiteral("SELECT line, old_id, new_id, kind, message_id FROM contact_links WHERE "
                       "kind = 'contact_request' AND ") +
            lineFilter + QStringLiteral(" ORDER BY line, old_id, new_id"),
        onlyLine, 2, [](const QSqlQuery &q) {
            return QJsonObject{{QStringLiteral("line"), q.value(0).toString()},
                               {QStringLiteral("user_id"), q.value(1).toString()},
                               {QStringLiteral("wa_id"), q.value(2).toString()},
                               {QStringLiteral("source"), q.value(3).toString()},
                               {QStringLiteral("message_id"), text(q.value(4))}};
        });
    if (!identityLinks)
        return Error{identityLinks.error()};

    auto calls = collect(
        db,
        QStringLiteral("SELECT line, call_id, customer, direction, from_id, to_id, first_ts, "
                       "connect_ts, call_status, end_status, start_time, end_time, duration, "
                       "callback_data, origin FROM calls WHERE ") +
            lineFilter + QStringLiteral(" ORDER BY line, first_ts, call_id"),
        onlyLine, 2, [](const QSqlQuery &q) {
            const bool ended = !q.value(9).isNull();
            return QJsonObject{
                {QStringLiteral("line"), q.value(0).toString()},
                {QStringLiteral("call_id"), q.value(1).toString()},
                {QStringLiteral("customer"), q.value(2).toString()},
                {QStringLiteral("direction"), text(q.value(3))},
                {QStringLiteral("from"), text(q.value(4))},
                {QStringLiteral("to"), text(q.value(5))},
                {QStringLiteral("first_timestamp"), integer(q.value(6))},
                {QStringLiteral("connect_timestamp"), integer(q.value(7))},
                {QStringLiteral("call_status"), text(q.value(8))},
                {QStringLiteral("final_event"),
                 ended ? QStringLiteral("terminate")
                       : (!q.value(7).isNull() ? QStringLiteral("connect")
                                               : QStringLiteral("call_status"))},
                {QStringLiteral("status"), ended ? text(q.value(9)) : text(q.value(8))},
                {QStringLiteral("start_time"), integer(q.value(10))},
                {QStringLiteral("end_time"), integer(q.value(11))},
                {QStringLiteral("duration"), integer(q.value(12))},
                {QStringLiteral("biz_opaque_callback_data"), text(q.value(13))},
                {QStringLiteral("origin"), q.value(14).toString()}};
        });
    if (!calls)
        return Error{calls.error()};

    // Status histories and current reactions, by message (line and id: ids are per line).
    auto messageKey = [](const QVariant &line, const QVariant &wamid) -> QString {
        return line.toString() + u'/' + wamid.toString();
    };
    QHash<QString, QJsonArray> histories;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral(
                "SELECT wamid, status, timestamp, received_at_us, errors, conversation, pricing, "
                "line, origin FROM status_events ORDER BY line, wamid, timestamp, status")))
            return Error{q.lastError().text()};
        while (q.next())
            histories[messageKey(q.value(7), q.value(0))].append(
                QJsonObject{{QStringLiteral("status"), q.value(1).toString()},
                            {QStringLiteral("timestamp"), integer(q.value(2))},
                            {QStringLiteral("received_at"), integer(q.value(3))},
                            {QStringLiteral("errors"), parsed(q.value(4))},
                            {QStringLiteral("conversation"), parsed(q.value(5))},
                            {QStringLiteral("pricing"), parsed(q.value(6))},
                            {QStringLiteral("origin"), q.value(8).toString()}});
    }
    QHash<QString, QJsonArray> receipts; // per participant, for messages sent to a group
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT line, wamid, participant, status, timestamp, origin "
                                   "FROM group_receipts ORDER BY line, wamid, timestamp, "
                                   "participant, status")))
            return Error{q.lastError().text()};
        while (q.next())
            receipts[messageKey(q.value(0), q.value(1))].append(
                QJsonObject{{QStringLiteral("participant"), q.value(2).toString()},
                            {QStringLiteral("status"), q.value(3).toString()},
                            {QStringLiteral("timestamp"), integer(q.value(4))},
                            {QStringLiteral("origin"), q.value(5).toString()}});
    }
    QHash<QString, QJsonArray> reactionsByTarget;
    auto reactions =
        collect(db,
                QStringLiteral("SELECT target, reactor, emoji, line, timestamp, origin FROM "
                               "reactions WHERE emoji IS NOT NULL AND ") +
                    lineFilter + QStringLiteral(" ORDER BY line, target, reactor"),
                onlyLine, 2, [&](const QSqlQuery &q) {
                    reactionsByTarget[messageKey(q.value(3), q.value(0))].append(
                        QJsonObject{{QStringLiteral("from"), q.value(1).toString()},
                                    {QStringLiteral("emoji"), q.value(2).toString()}});
                    return QJsonObject{{QStringLiteral("target"), q.value(0).toString()},
                                       {QStringLiteral("from"), q.value(1).toString()},
                                       {QStringLiteral("emoji"), q.value(2).toString()},
                                       {QStringLiteral("line"), q.value(3).toString()},
                                       {QStringLiteral("timestamp"), integer(q.value(4))},
                                       {QStringLiteral("origin"), q.value(5).toString()}};
                });
    if (!reactions)
        return Error{reactions.error()};

    auto messages = collect(
        db,
        QStringLiteral(
            "SELECT wamid, line, direction, type, from_id, to_id, timestamp, text, content, "
            "reply_to, "
            "forwarded, frequently_forwarded, referral, errors, status, edited_text, revoked, "
            "customer, from_user_id, context, origin, group_id, from_parent_user_id, "
            "request_origin, history_status FROM messages WHERE ") +
            lineFilter + QStringLiteral(" ORDER BY line, timestamp, wamid"),
        onlyLine, 2, [&](const QSqlQuery &q) {
            const QString wamid = q.value(0).toString();
            const QString key = messageKey(q.value(1), q.value(0));
            const QString direction = q.value(2).toString();
            const bool edited = !q.value(15).isNull();
            const QJsonValue content = parsed(q.value(8));
            QJsonObject message{
                {QStringLiteral("wamid"), wamid},
                {QStringLiteral("line"), q.value(1).toString()},
                {QStringLiteral("direction"), direction},
                {QStringLiteral("type"), q.value(3).toString()},
                {QStringLiteral("from"),
                 direction == QLatin1String("inbound") ? text(q.value(4)) : text(q.value(4))},
                {QStringLiteral("to"), direction == QLatin1String("inbound")
                                           ? QJsonValue(q.value(1).toString())
                                           : text(q.value(5))},
                {QStringLiteral("timestamp"), integer(q.value(6))},
                {QStringLiteral("text"),
                 edited ? QJsonValue(q.value(15).toString()) : text(q.value(7))},
                {QStringLiteral("content"), content.isNull() ? QJsonValue(QJsonObject()) : content},
                {QStringLiteral("reply_to"), text(q.value(9))},
                {QStringLiteral("forwarded"), q.value(10).toInt() != 0},
                {QStringLiteral("frequently_forwarded"), q.value(11).toInt() != 0},
                {QStringLiteral("referral"), parsed(q.value(12))},
                {QStringLiteral("errors"), parsed(q.value(13))},
                {QStringLiteral("status"), text(q.value(14))},
                {QStringLiteral("status_history"), histories.value(key)},
                {QStringLiteral("reactions"), reactionsByTarget.value(key)},
                {QStringLiteral("edited"), edited},
                {QStringLiteral("revoked"), q.value(16).toInt() != 0},
                {QStringLiteral("customer"), q.value(17).toString()},
                {QStringLiteral("from_user_id"), text(q.value(18))},
                {QStringLiteral("context"), parsed(q.value(19))},
                {QStringLiteral("origin"), q.value(20).toString()},
                {QStringLiteral("group_id"), text(q.value(21))},
                {QStringLiteral("from_parent_user_id"), text(q.value(22))},
            };
            if (!q.value(23).isNull())
                message.insert(QStringLiteral("request_origin"), q.value(23).toString());
            if (!q.value(24).isNull())
                message.insert(QStringLiteral("history_status"), q.value(24).toString());
            if (receipts.contains(key))
                message.insert(QStringLiteral("receipts"), receipts.value(key));
            const QJsonObject object = content.toObject();
            if (object.value(QLatin1String("type")).toString() == QLatin1String("nfm_reply")) {
                const QString response = object.value(QLatin1String("nfm_reply"))
                                             .toObject()
                                             .value(QLatin1String("response_json"))
                                             .toString();
                message.insert(QStringLiteral("response"),
                               QJsonDocument::fromJson(response.toUtf8()).object());
            }
            return message;
        });
    if (!messages)
        return Error{messages.error()};

    auto events = collect(
        db,
        QStringLiteral("SELECT field, waba_id, line, event, template_id, time, detail, origin, "
                       "facts, customer, message_id FROM events WHERE ") +
            lineFilter + QStringLiteral(" ORDER BY time, field, waba_id, key"),
        onlyLine, 2, [](const QSqlQuery &q) {
            // The normalised facts first; the envelope's own keys win over any of the same name.
            QJsonObject event = parsed(q.value(8)).toObject();
            const QJsonObject envelope{{QStringLiteral("field"), q.value(0).toString()},
                                       {QStringLiteral("waba_id"), text(q.value(1))},
                                       {QStringLiteral("line"), text(q.value(2))},
                                       {QStringLiteral("event"), text(q.value(3))},
                                       {QStringLiteral("template_id"), text(q.value(4))},
                                       {QStringLiteral("time"), integer(q.value(5))},
                                       {QStringLiteral("detail"), parsed(q.value(6))},
                                       {QStringLiteral("origin"), q.value(7).toString()},
                                       {QStringLiteral("customer"), text(q.value(9))},
                                       {QStringLiteral("message_id"), text(q.value(10))}};
            for (auto it = envelope.begin(); it != envelope.end(); ++it) {
                // A payment's message_id is a fact; keep it when the column is empty.
                if (it.value().isNull() && event.contains(it.key()))
                    continue;
                event.insert(it.key(), it.value());
            }
            return event;
        });
    if (!events)
        return Error{events.error()};

    auto valueErrors =
        collect(db,
                QStringLiteral("SELECT line, code, title, detail FROM value_errors WHERE ") +
                    lineFilter + QStringLiteral(" ORDER BY line, key"),
                onlyLine, 2, [](const QSqlQuery &q) {
                    return QJsonObject{{QStringLiteral("line"), q.value(0).toString()},
                                       {QStringLiteral("code"), integer(q.value(1))},
                                       {QStringLiteral("title"), text(q.value(2))},
                                       {QStringLiteral("detail"), parsed(q.value(3))}};
                });
    if (!valueErrors)
        return Error{valueErrors.error()};

    auto deadLetters =
        collect(db,
                QStringLiteral("SELECT id, delivery_id, reason, line, detail, attempts, state, "
                               "last_error FROM dead_letters WHERE ") +
                    lineFilter + QStringLiteral(" ORDER BY id"),
                onlyLine, 2, [](const QSqlQuery &q) {
                    return QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                                       {QStringLiteral("delivery_id"), q.value(1).toLongLong()},
                                       {QStringLiteral("reason"), q.value(2).toString()},
                                       {QStringLiteral("line"), text(q.value(3))},
                                       {QStringLiteral("detail"), q.value(4).toString()},
                                       {QStringLiteral("attempts"), q.value(5).toInt()},
                                       {QStringLiteral("state"), q.value(6).toString()},
                                       {QStringLiteral("last_error"), text(q.value(7))}};
                });
    if (!deadLetters)
        return Error{deadLetters.error()};

    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("hookline-export")},
        // Version 2: "origin" on messages, statuses, reactions and events.
        // Version 3: Meta's 2025-2026 fields: events carry their normalised facts (and the
        // conversation or message they belong to), calls, identity links, group ids, receipts
        // per participant, history imports, contacts' parent user id, kind and preferences.
        {QStringLiteral("version"), 3},
        {QStringLiteral("lines"), *lines},
        {QStringLiteral("contacts"), *contacts},
        {QStringLiteral("contact_links"), *links},
        {QStringLiteral("identity_links"), *identityLinks},
        {QStringLiteral("calls"), *calls},
        {QStringLiteral("messages"), *messages},
        {QStringLiteral("reactions"), *reactions},
        {QStringLiteral("events"), *events},
        {QStringLiteral("value_errors"), *valueErrors},
        {QStringLiteral("dead_letters"), *deadLetters},
    };
}

} // namespace hookline
