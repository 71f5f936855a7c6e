#include "messagesearch.h"

#include "storage/sqldialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hookline {

namespace {

// Contacts that match are few; a search shows at most this many of them.
constexpr int ContactLimit = 20;

// A number typed with any formatting: its digits, when there are enough to mean a number.
QString digitsOf(const QString &query)
{
    QString digits;
    for (const QChar c : query) {
        if (c.isDigit())
            digits.append(c);
        else if (c.isLetter())
            return {};
    }
    return digits.size() >= 5 ? digits : QString();
}

const char *const displayName =
    "coalesce(nullif(c.name, ''), nullif(c.saved_name, ''), nullif(c.username, ''), ";

// What a message shows of itself in a result: its text (edited, if it was), then what else was
// searched (a document's name, a place).
QString shownText(const QSqlQuery &query, int first)
{
    QStringList parts;
    for (int column = first; column < first + 4; ++column) {
        const QString part = query.value(column).toString().trimmed();
        if (!part.isEmpty() && !parts.contains(part))
            parts << part;
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

Expected<MessageSearch::Result> MessageSearch::find(const QString &query, const QString &line,
                                                    int limit) const
{
    Result result;
    result.terms = SearchText::terms(query);
    if (result.terms.isEmpty())
        return result;
    if (Status found = findContacts(query, result.terms, line, result); !found)
        return Error{found.error()};
    if (Status found = findMessages(result.terms, line, limit, result); !found)
        return Error{found.error()};

    // Grouped by conversation: the conversation with the newest hit first.
    QHash<QString, qint64> newest;
    for (const SearchHit &hit : std::as_const(result.hits)) {
        qint64 &ts = newest[hit.line + QLatin1Char('\n') + hit.customer];
        ts = qMax(ts, hit.timestamp);
    }
    std::stable_sort(
        result.hits.begin(), result.hits.end(), [&](const SearchHit &a, const SearchHit &b) {
            const QString ka = a.line + QLatin1Char('\n') + a.customer;
            const QString kb = b.line + QLatin1Char('\n') + b.customer;
            if (ka != kb) {
                const qint64 na = newest.value(ka), nb = newest.value(kb);
                return na != nb ? na > nb : ka < kb;
            }
            if (a.kind != b.kind)
                return a.kind == SearchHit::Kind::Contact;
            return a.timestamp != b.timestamp ? a.timestamp > b.timestamp : a.wamid > b.wamid;
        });
    return result;
}

Status MessageSearch::findMessages(const QStringList &terms, const QString &line, int limit,
                                   Result &result) const
{
    const bool postgres = SqlDialect::of(m_db).isPostgres();
    const QString columns =
        QStringLiteral("m.line, m.customer, m.wamid, m.direction, coalesce(m.timestamp, 0), ") +
        QLatin1String(displayName) +
        QStringLiteral("m.customer), coalesce(m.edited_text, m.text), %1, %2, %3")
            .arg(postgres ? QStringLiteral("m.content::jsonb ->> 'filename'")
                          : QStringLiteral("json_extract(m.content, '$.filename')"),
                 postgres ? QStringLiteral("m.content::jsonb ->> 'name'")
                          : QStringLiteral("json_extract(m.content, '$.name')"),
                 postgres ? QStringLiteral("m.content::jsonb ->> 'address'")
                          : QStringLiteral("json_extract(m.content, '$.address')"));
    QString sql;
    if (postgres) {
        // Content that is not an object (a contact card's list) has no file name or place.
        sql = QStringLiteral(
                  "SELECT %1 FROM proj.messages m LEFT JOIN proj.contacts c ON c.line = m.line"
                  " AND c.customer = m.customer WHERE m.type NOT IN ('reaction', 'edit',"
                  " 'revoke') AND m.revoked = 0 AND proj.message_document(m.text,"
                  " m.edited_text, m.content) @@ to_tsquery('simple', ?)%2"
                  " ORDER BY m.timestamp DESC NULLS LAST, m.wamid DESC LIMIT ?")
                  .arg(QString(columns).replace(QStringLiteral("m.content::jsonb"),
                                                QStringLiteral("(CASE WHEN left(m.content, 1) ="
                                                               " '{' THEN m.content END)::jsonb")),
                       line.isEmpty() ? QString() : QStringLiteral(" AND m.line = ?"));
    } else {
        // Newest first by the order messages were projected, which the index reads backwards
        // without sorting every match.
        sql = QStringLiteral("SELECT %1 FROM proj.message_search s JOIN proj.messages m ON"
                             " m.rowid = s.rowid LEFT JOIN proj.contacts c ON c.line = m.line"
                             " AND c.customer = m.customer WHERE s.message_search MATCH ?%2"
                             " ORDER BY s.rowid DESC LIMIT ?")
                  .arg(QString(columns).replace(
                           QStringLiteral("json_extract(m.content"),
                           QStringLiteral("json_extract(CASE WHEN json_valid(m.content) AND "
                                          "json_type(m.content) = 'object' THEN m.content END")),
                       line.isEmpty() ? QString() : QStringLiteral(" AND m.line = ?"));
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{QStringLiteral("cannot search: %1").arg(query.lastError().text())};
    query.addBindValue(postgres ? SearchText::tsQuery(terms) : SearchText::ftsQuery(terms));
    if (!line.isEmpty())
        query.addBindValue(line);
    query.addBindValue(limit + 1);
    if (!query.exec())
        return Error{QStringLiteral("cannot search: %1").arg(query.lastError().text())};
    int count = 0;
    while (query.next()) {
        if (++count > limit) {
            result.more = true;
            break;
        }
        SearchHit hit;
        hit.line = query.value(0).toString();
        hit.customer = query.value(1).toString();
        hit.wamid = query.value(2).toString();
        hit.direction = query.value(3).toString();
        hit.timestamp = query.value(4).toLongLong();
        hit.name = query.value(5).toString();
        const QString text = shownText(query, 6);
        hit.ranges = SearchText::matches(text, terms);
        hit.excerpt = SearchText::excerpt(text, hit.ranges);
        result.hits.append(hit);
    }
    return ok();
}

Status MessageSearch::findContacts(const QString &queryText, const QStringList &terms,
                                   const QString &line, Result &result) const
{
    const bool postgres = SqlDialect::of(m_db).isPostgres();
    const QString digits = digitsOf(queryText);
    QStringList conditions;
    QVariantList binds;
    // Names by their words (folded), numbers and ids by their digits wherever they appear.
    QString byName;
    if (postgres) {
        QStringList each;
        for (const QString &term : terms) {
            each << QStringLiteral(
                "(' ' || regexp_replace(proj.search_fold(coalesce(c.name, '') || ' ' ||"
                " coalesce(c.saved_name, '') || ' ' || coalesce(c.username, '')), '[[:punct:]]+',"
                " ' ', 'g')) LIKE ?");
            binds << QString(QLatin1String("% ") + term + QLatin1Char('%'));
        }
        byName = each.join(QStringLiteral(" AND "));
    } else {
        byName = QStringLiteral("(c.line, c.customer) IN (SELECT line, customer FROM"
                                " proj.contact_search WHERE contact_search MATCH ?)");
        binds << QStringLiteral("names : (%1)").arg(SearchText::ftsQuery(terms));
    }
    conditions << byName;
    if (!digits.isEmpty()) {
        conditions << QStringLiteral("instr(coalesce(c.wa_id, ''), ?) > 0 OR instr(c.customer,"
                                     " ?) > 0 OR instr(coalesce(c.user_id, ''), ?) > 0");
        binds << digits << digits << digits;
    }
    const QString sql =
        QStringLiteral("SELECT c.line, c.customer, v.last_wamid, v.last_ts, ") +
        QLatin1String(displayName) +
        QStringLiteral("c.customer), coalesce(c.wa_id, '') FROM proj.contacts c JOIN"
                       " proj.conversations v ON v.line = c.line AND v.customer = c.customer"
                       " WHERE ((%1))%2 ORDER BY v.last_ts DESC LIMIT %3")
            .arg(conditions.join(QStringLiteral(") OR (")),
                 line.isEmpty() ? QString() : QStringLiteral(" AND c.line = ?"))
            .arg(ContactLimit);
    if (!line.isEmpty())
        binds << line;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{QStringLiteral("cannot search contacts: %1").arg(query.lastError().text())};
    for (const QVariant &bind : std::as_const(binds))
        query.addBindValue(bind);
    if (!query.exec())
        return Error{QStringLiteral("cannot search contacts: %1").arg(query.lastError().text())};
    while (query.next()) {
        SearchHit hit;
        hit.kind = SearchHit::Kind::Contact;
        hit.line = query.value(0).toString();
        hit.customer = query.value(1).toString();
        hit.wamid = query.value(2).toString();
        hit.timestamp = query.value(3).toLongLong();
        hit.name = query.value(4).toString();
        const QString number = query.value(5).toString();
        hit.excerpt = number.isEmpty() || number == hit.name
                          ? hit.name
                          : hit.name + QStringLiteral(" · +") + number;
        // Found by its number: the digits typed are what matched.
        const qsizetype at =
            digits.isEmpty() || number.isEmpty() ? -1 : hit.excerpt.lastIndexOf(digits);
        if (at >= 0)
            hit.ranges = {{at, digits.size()}};
        else
            hit.ranges = SearchText::matches(hit.excerpt, terms);
        result.hits.append(hit);
    }
    return ok();
}

} // namespace hookline
