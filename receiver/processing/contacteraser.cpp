#include "contacteraser.h"

#include "logging.h"
#include "logsink.h"
#include "processing/projectionrebuild.h"
#include "storage/clock.h"
#include "storage/operatoractions.h"
#include "storage/secureerasure.h"
#include "storage/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

// Deliveries rewritten per transaction: short, so the receiver's commits never wait long.
constexpr int RewriteBatch = 50;

// The keys by which an element of a delivery names a person.
const char *const identityKeys[] = {
    "from",
    "to",
    "recipient_id",
    "wa_id",
    "user_id",
    "from_user_id",
    "recipient_user_id",
    "parent_user_id",
    "from_parent_user_id",
    "recipient_participant_id",
    "participant_recipient_id",
    "recipient_participant_user_id",
};

bool namesPerson(const QJsonObject &element, const QSet<QString> &ids)
{
    // A history thread is named by its id: the whole thread is theirs.
    if (element.value(QLatin1String("messages")).isArray() &&
        ids.contains(element.value(QLatin1String("id")).toString()))
        return true;
    for (const char *key : identityKeys) {
        const QJsonValue value = element.value(QLatin1String(key));
        if (value.isString() && ids.contains(value.toString()))
            return true;
    }
    return false;
}

QJsonValue redactValue(const QJsonValue &value, const QSet<QString> &ids, const QString &line,
                       int &replaced);

QJsonObject redactObject(const QJsonObject &object, const QSet<QString> &ids, const QString &line,
                         int &replaced)
{
    // A change of another line is left as it is.
    const QJsonValue metadata = object.value(QLatin1String("metadata"));
    if (!line.isEmpty() && metadata.isObject() &&
        metadata.toObject().value(QLatin1String("phone_number_id")).toString() != line)
        return object;
    QJsonObject out = object;
    for (auto it = out.begin(); it != out.end(); ++it) {
        if (it->isArray() || it->isObject())
            *it = redactValue(*it, ids, line, replaced);
    }
    return out;
}

QJsonValue redactValue(const QJsonValue &value, const QSet<QString> &ids, const QString &line,
                       int &replaced)
{
    if (value.isObject())
        return redactObject(value.toObject(), ids, line, replaced);
    if (!value.isArray())
        return value;
    QJsonArray out = value.toArray();
    for (auto it = out.begin(); it != out.end(); ++it) {
        const QJsonValue element = *it;
        if (element.isObject() && namesPerson(element.toObject(), ids)) {
            *it = QJsonObject{{QStringLiteral("hookline_erased"), QStringLiteral("contact")}};
            ++replaced;
        } else if (element.isArray() || element.isObject()) {
            *it = redactValue(element, ids, line, replaced);
        }
    }
    return out;
}

void collectElements(const QJsonValue &value, const QSet<QString> &ids, const QString &line,
                     QJsonArray &out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonValue metadata = object.value(QLatin1String("metadata"));
        if (!line.isEmpty() && metadata.isObject() &&
            metadata.toObject().value(QLatin1String("phone_number_id")).toString() != line)
            return;
        for (const QJsonValue &child : object)
            collectElements(child, ids, line, out);
        return;
    }
    if (!value.isArray())
        return;
    for (const QJsonValue &element : value.toArray()) {
        if (element.isObject() && namesPerson(element.toObject(), ids))
            out.append(element);
        else
            collectElements(element, ids, line, out);
    }
}

QByteArray redactBody(const QByteArray &body, const QSet<QString> &ids, const QString &line,
                      int &replaced)
{
    replaced = 0;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        // Not JSON: no element to take out, so all of it goes when it names them.
        for (const QString &id : ids) {
            if (body.contains(id.toUtf8())) {
                replaced = 1;
                return QJsonDocument(QJsonObject{{QStringLiteral("hookline_erased"),
                                                  QStringLiteral("delivery")}})
                    .toJson(QJsonDocument::Compact);
            }
        }
        return body;
    }
    const QJsonObject out = redactObject(document.object(), ids, line, replaced);
    return replaced > 0 ? QJsonDocument(out).toJson(QJsonDocument::Compact) : body;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

} // namespace

QByteArray ContactEraser::redact(const QByteArray &body, const QSet<QString> &ids, int &replaced)
{
    return redactBody(body, ids, {}, replaced);
}

QJsonArray ContactEraser::elementsOf(const QByteArray &body, const QSet<QString> &ids,
                                     const QString &line)
{
    QJsonArray out;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject())
        collectElements(document.object(), ids, line, out);
    return out;
}

Expected<QSet<QString>> ContactEraser::idsOf(const QString &contact, const QString &line) const
{
    // The conversation key(s) the given id leads to (it may be an old number or a user id),
    // then every id of those: the numbers and user ids that lead to them, their own ids.
    const QString onLine = line.isEmpty() ? QString() : QStringLiteral(" AND line = ?");
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral(
            "WITH keys AS (SELECT customer FROM proj.identities WHERE (id = ? OR customer = ?)%1"
            " UNION SELECT customer FROM proj.contacts WHERE customer = ?%1) "
            "SELECT customer FROM keys UNION SELECT id FROM proj.identities WHERE customer IN"
            " (SELECT customer FROM keys)%1 UNION SELECT coalesce(user_id, '') FROM proj.contacts"
            " WHERE customer IN (SELECT customer FROM keys)%1 UNION SELECT coalesce(wa_id, '')"
            " FROM proj.contacts WHERE customer IN (SELECT customer FROM keys)%1 UNION SELECT"
            " coalesce(parent_user_id, '') FROM proj.contacts WHERE customer IN (SELECT customer"
            " FROM keys)%1")
            .arg(onLine));
    query.addBindValue(contact);
    query.addBindValue(contact);
    if (!line.isEmpty())
        query.addBindValue(line);
    query.addBindValue(contact);
    for (int i = 0; i < 5 && !line.isEmpty(); ++i)
        query.addBindValue(line);
    if (!query.exec())
        return Error{
            QStringLiteral("cannot look the contact up: %1").arg(query.lastError().text())};
    QSet<QString> ids;
    while (query.next()) {
        const QString id = query.value(0).toString();
        if (!id.isEmpty())
            ids.insert(id);
    }
    return ids;
}

Expected<ContactEraser::Report> ContactEraser::erase(const QString &contact, const QString &line,
                                                     const QString &operatorName)
{
    if (contact.trimmed().isEmpty())
        return Error{QStringLiteral("which contact? give its number or user id")};
    QSqlQuery group(m_db);
    group.prepare(QStringLiteral("SELECT 1 FROM proj.contacts WHERE customer = ? AND kind = "
                                 "'group'"));
    group.addBindValue(contact);
    if (group.exec() && group.next())
        return Error{QStringLiteral("%1 is a group, not a person: erase its members one by one")
                         .arg(contact)};
    group.finish();
    const auto known = idsOf(contact, line);
    if (!known)
        return Error{known.error()};
    QSet<QString> ids = *known;
    if (ids.isEmpty()) {
        QSqlQuery any(m_db);
        any.prepare(QStringLiteral("SELECT 1 FROM proj.messages WHERE customer = ?%1 LIMIT 1")
                        .arg(line.isEmpty() ? QString() : QStringLiteral(" AND line = ?")));
        any.addBindValue(contact);
        if (!line.isEmpty())
            any.addBindValue(line);
        if (!any.exec() || !any.next())
            return Error{line.isEmpty()
                             ? QStringLiteral("no contact %1 on any line").arg(contact)
                             : QStringLiteral("no contact %1 on line %2").arg(contact, line)};
    }
    ids.insert(contact);
    QSqlQuery record(m_db);
    record.prepare(QStringLiteral("INSERT INTO main.erasures (at_us, operator, contact, line, ids, "
                                  "state) VALUES (?, ?, ?, ?, ?, 'pending') RETURNING id"));
    record.addBindValue(Clock::nowMicros());
    record.addBindValue(operatorName.isEmpty() ? QStringLiteral("operator") : operatorName);
    record.addBindValue(contact);
    record.addBindValue(line.isEmpty() ? QStringLiteral("") : line); // '' is every line
    record.addBindValue(QStringList(ids.cbegin(), ids.cend()).join(QLatin1Char(',')));
    if (!record.exec() || !record.next())
        return Error{
            QStringLiteral("cannot record the erasure: %1").arg(record.lastError().text())};
    const qint64 erasure = record.value(0).toLongLong();
    record.finish();
    return run(erasure, contact, line, ids, operatorName);
}

Expected<int> ContactEraser::resumePending()
{
    QSqlQuery pending(m_db);
    if (!pending.exec(QStringLiteral("SELECT id, contact, line, ids, operator FROM main.erasures "
                                     "WHERE state = 'pending' ORDER BY id")))
        return Error{pending.lastError().text()};
    struct Job
    {
        qint64 id;
        QString contact, line;
        QSet<QString> ids;
        QString operatorName;
    };
    QList<Job> jobs;
    while (pending.next()) {
        const QStringList ids = pending.value(3).toString().split(QLatin1Char(','));
        jobs.append({pending.value(0).toLongLong(), pending.value(1).toString(),
                     pending.value(2).toString(), QSet<QString>(ids.cbegin(), ids.cend()),
                     pending.value(4).toString()});
    }
    pending.finish();
    for (const Job &job : std::as_const(jobs)) {
        qCWarning(lcProcessing) << "finishing an erasure that was cut short"
                                << LogIds{{"erasure", job.id}};
        if (const auto done = run(job.id, job.contact, job.line, job.ids, job.operatorName); !done)
            return Error{done.error()};
    }
    return int(jobs.size());
}

Expected<ContactEraser::Report> ContactEraser::run(qint64 erasure, const QString &contact,
                                                   const QString &line, const QSet<QString> &ids,
                                                   const QString &operatorName)
{
    const SqlDialect dialect = SqlDialect::of(m_db);
    Report report;
    report.contact = contact;
    report.line = line;
    const QStringList idList(ids.cbegin(), ids.cend());
    QSqlQuery query(m_db);
    auto fail = [&](const QString &what, const QString &why = {}) {
        const QString error = why.isEmpty() ? query.lastError().text() : why;
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Error{QStringLiteral("%1: %2").arg(what, error)};
    };
    if (const Status secure = SecureErasure::begin(m_db); !secure)
        return Error{secure.error()};

    // 1. The delivery log: every delivery that names them, rewritten in short transactions.
    QStringList contains;
    for (qsizetype i = 0; i < idList.size(); ++i)
        contains << dialect.bytesContain(QStringLiteral("body"));
    query.prepare(QStringLiteral("SELECT id FROM main.deliveries WHERE %1 ORDER BY id")
                      .arg(contains.join(QStringLiteral(" OR "))));
    for (const QString &id : idList)
        query.addBindValue(id);
    if (!query.exec())
        return fail(QStringLiteral("cannot find the deliveries that name the contact"));
    QList<qint64> candidates;
    while (query.next())
        candidates << query.value(0).toLongLong();
    query.finish();
    QSqlQuery read(m_db);
    QSqlQuery write(m_db);
    QSqlQuery invalidate(m_db);
    read.prepare(QStringLiteral("SELECT body, flags FROM main.deliveries WHERE id = ?"));
    write.prepare(QStringLiteral("UPDATE main.deliveries SET body = ?, size = ?, flags = ? WHERE "
                                 "id = ?"));
    for (qsizetype start = 0; start < candidates.size(); start += RewriteBatch) {
        // Each delivery is read, then rewritten: the write lock first.
        if (!query.exec(dialect.beginLogWrite()))
            return fail(QStringLiteral("cannot start rewriting the delivery log"));
        for (qsizetype i = start; i < qMin(candidates.size(), start + RewriteBatch); ++i) {
            read.addBindValue(candidates.at(i));
            if (!read.exec() || !read.next())
                return fail(QStringLiteral("cannot read delivery %1").arg(candidates.at(i)),
                            read.lastError().text());
            const QByteArray body = read.value(0).toByteArray();
            QStringList flags =
                read.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
            read.finish();
            int replaced = 0;
            const QByteArray redacted = redactBody(body, ids, line, replaced);
            if (replaced == 0)
                continue;
            if (!flags.contains(QLatin1String("redacted")))
                flags << QStringLiteral("redacted");
            write.addBindValue(redacted);
            write.addBindValue(redacted.size());
            write.addBindValue(flags.join(QLatin1Char(',')));
            write.addBindValue(candidates.at(i));
            if (!write.exec())
                return fail(QStringLiteral("cannot rewrite delivery %1").arg(candidates.at(i)),
                            write.lastError().text());
            // What was derived from it is derived again from what it now says (a group's
            // read status no longer counts their receipt, an event no longer lists them), in
            // the same transaction: an erasure cut short never leaves a rewritten delivery with
            // projections of what it used to say.
            // A group message known only by its receipts took its time from the first, which
            // may have been theirs: derived again from the others'.
            invalidate.prepare(
                QStringLiteral("DELETE FROM proj.messages WHERE delivery_id = ? AND type = "
                               "'unknown' AND direction = 'outbound' AND EXISTS (SELECT 1 FROM "
                               "proj.group_receipts g WHERE g.line = messages.line AND g.wamid = "
                               "messages.wamid AND g.participant IN (%1))")
                    .arg(placeholders(idList.size())));
            invalidate.addBindValue(candidates.at(i));
            for (const QString &id : idList)
                invalidate.addBindValue(id);
            if (!invalidate.exec())
                return fail(
                    QStringLiteral("cannot forget what delivery %1 said").arg(candidates.at(i)),
                    invalidate.lastError().text());
            for (const char *table : {"items", "events", "status_events", "group_receipts",
                                      "dead_letters", "attempts", "value_errors"}) {
                invalidate.prepare(QStringLiteral("DELETE FROM proj.%1 WHERE delivery_id = ?")
                                       .arg(QLatin1String(table)));
                invalidate.addBindValue(candidates.at(i));
                if (!invalidate.exec())
                    return fail(
                        QStringLiteral("cannot forget what delivery %1 said").arg(candidates.at(i)),
                        invalidate.lastError().text());
            }
            if (const Status again = ProjectionRebuild::reprocess(m_db, candidates.at(i)); !again)
                return fail(
                    QStringLiteral("cannot mark delivery %1 for processing").arg(candidates.at(i)),
                    again.error());
            ++report.deliveries;
            report.elements += replaced;
        }
        if (!query.exec(QStringLiteral("COMMIT")))
            return fail(QStringLiteral("cannot commit the rewritten deliveries"));
    }

    // 2. Their projections, in one transaction.
    const QString P = placeholders(idList.size());
    const QString onLine = line.isEmpty() ? QString() : QStringLiteral(" AND line = ?");
    auto erase = [&](const QString &sql, int idSets, int *affected = nullptr) {
        if (!query.prepare(sql.arg(P, onLine)))
            return false;
        for (int set = 0; set < idSets; ++set) {
            for (const QString &id : idList)
                query.addBindValue(id);
        }
        if (!line.isEmpty())
            query.addBindValue(line);
        if (!query.exec())
            return false;
        if (affected)
            *affected = query.numRowsAffected();
        return true;
    };
    const QString erased = QStringLiteral("EXISTS (SELECT 1 FROM erased_messages e WHERE e.line = "
                                          "%1.line AND e.wamid = %1.%2)");
    if (!query.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS erased_messages (line TEXT, "
                                   "wamid TEXT)")) ||
        !query.exec(QStringLiteral("DELETE FROM erased_messages")) ||
        !query.exec(QStringLiteral("BEGIN")) ||
        !erase(QStringLiteral("INSERT INTO erased_messages (line, wamid) SELECT line, wamid FROM "
                              "proj.messages WHERE (customer IN (%1) OR from_id IN (%1) OR "
                              "from_user_id IN (%1) OR to_id IN (%1))%2"),
               4) ||
        !erase(QStringLiteral("DELETE FROM proj.status_events WHERE (recipient IN (%1) OR ") +
                   erased.arg(QStringLiteral("status_events"), QStringLiteral("wamid")) +
                   QStringLiteral(")%2"),
               1) ||
        !erase(QStringLiteral("DELETE FROM proj.reactions WHERE (reactor IN (%1) OR ") +
                   erased.arg(QStringLiteral("reactions"), QStringLiteral("target")) +
                   QStringLiteral(")%2"),
               1) ||
        !erase(QStringLiteral("DELETE FROM proj.group_receipts WHERE (participant IN (%1) OR ") +
                   erased.arg(QStringLiteral("group_receipts"), QStringLiteral("wamid")) +
                   QStringLiteral(")%2"),
               1) ||
        // Their media's rows (the files go at the next sweep: MediaLog::sweep).
        !erase(QStringLiteral("DELETE FROM main.media WHERE wamid IN (SELECT wamid FROM "
                              "proj.messages WHERE customer IN (%1))%2"),
               1) ||
        !erase(QStringLiteral("DELETE FROM proj.messages WHERE (") +
                   erased.arg(QStringLiteral("messages"), QStringLiteral("wamid")) +
                   QStringLiteral(" OR customer IN (%1))%2"),
               1, &report.messages) ||
        !erase(QStringLiteral("DELETE FROM proj.conversations WHERE customer IN (%1)%2"), 1,
               &report.conversations) ||
        !erase(QStringLiteral("DELETE FROM proj.read_markers WHERE customer IN (%1)%2"), 1) ||
        !erase(QStringLiteral("DELETE FROM proj.contacts WHERE customer IN (%1)%2"), 1) ||
        !erase(QStringLiteral("DELETE FROM proj.identities WHERE (customer IN (%1) OR id IN "
                              "(%1))%2"),
               2) ||
        !erase(QStringLiteral("DELETE FROM proj.contact_links WHERE (old_id IN (%1) OR new_id IN "
                              "(%1))%2"),
               2) ||
        !erase(
            QStringLiteral("DELETE FROM proj.calls WHERE (customer IN (%1) OR from_id IN (%1) OR "
                           "to_id IN (%1))%2"),
            3) ||
        !erase(QStringLiteral("DELETE FROM proj.events WHERE customer IN (%1)%2"), 1) ||
        // What operators sent them (the audit trail names only the send's id).
        !erase(QStringLiteral("DELETE FROM main.sends WHERE recipient IN (%1)%2"), 1))
        return fail(QStringLiteral("cannot erase the contact's projections"));
    // Dead letters whose detail quotes them.
    for (const QString &id : idList) {
        query.prepare(QStringLiteral("DELETE FROM proj.dead_letters WHERE instr(detail, ?) > 0%1")
                          .arg(line.isEmpty() ? QString()
                                              : QStringLiteral(" AND (line = ? OR line IS NULL)")));
        query.addBindValue(id);
        if (!line.isEmpty())
            query.addBindValue(line);
        if (!query.exec())
            return fail(QStringLiteral("cannot erase the contact's dead letters"));
    }
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot commit the erasure"));

    // 3. No copy left behind.
    const auto scrubbed = SecureErasure::finish(m_db);
    if (!scrubbed)
        return fail(QStringLiteral("cannot leave no copy behind"), scrubbed.error());
    report.truncatedWal = *scrubbed;
    // 4. Done, once nothing is left: an erasure cut short before this point is run again.
    if (!query.exec(QStringLiteral("BEGIN")))
        return fail(QStringLiteral("cannot record the erasure"));
    query.prepare(QStringLiteral("UPDATE main.erasures SET state = 'done' WHERE id = ?"));
    query.addBindValue(erasure);
    if (!query.exec())
        return fail(QStringLiteral("cannot record the erasure"));
    if (const Status recorded = OperatorActions::record(
            m_db, operatorName, QStringLiteral("erase"),
            QStringLiteral("contact %1%2: %3 deliveries rewritten, %4 items, %5 messages, %6 "
                           "conversations")
                .arg(contact, line.isEmpty() ? QStringLiteral(" on every line")
                                             : QStringLiteral(" on line ") + line)
                .arg(report.deliveries)
                .arg(report.elements)
                .arg(report.messages)
                .arg(report.conversations));
        !recorded)
        return fail(QStringLiteral("cannot record the erasure"), recorded.error());
    if (!query.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("cannot record the erasure"));

    qCInfo(lcProcessing).noquote()
        << QStringLiteral("erased a contact: %1 deliveries rewritten, %2 items, %3 messages")
               .arg(report.deliveries)
               .arg(report.elements)
               .arg(report.messages)
        << LogIds{{"erasure", erasure}};
    return report;
}

} // namespace hookline
