#include "contactexport.h"

#include "processing/contacteraser.h"
#include "processing/exporter.h"
#include "storage/sqldialect.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

bool names(const QJsonObject &row, const QSet<QString> &ids)
{
    for (const char *key : {"customer", "from", "to", "reactor", "recipient", "participant",
                            "old_id", "new_id", "user_id", "wa_id", "id"}) {
        const QJsonValue value = row.value(QLatin1String(key));
        if (value.isString() && ids.contains(value.toString()))
            return true;
    }
    return false;
}

} // namespace

Expected<QJsonObject> ContactExport::build(const QString &contact, const QString &line) const
{
    const auto known = ContactEraser(m_db).idsOf(contact, line);
    if (!known)
        return Error{known.error()};
    if (known->isEmpty())
        return Error{line.isEmpty()
                         ? QStringLiteral("no contact %1 on any line").arg(contact)
                         : QStringLiteral("no contact %1 on line %2").arg(contact, line)};
    QSet<QString> ids = *known;
    ids.insert(contact);
    QSqlDatabase db = m_db;
    const auto all = Exporter(db).build(line);
    if (!all)
        return Error{all.error()};

    QJsonObject out{
        {QStringLiteral("format"), QStringLiteral("hookline-contact-export")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("contact"), contact},
        {QStringLiteral("line"), line.isEmpty() ? QJsonValue() : QJsonValue(line)},
        {QStringLiteral("ids"), QJsonArray::fromStringList(QStringList(ids.cbegin(), ids.cend()))}};
    QSet<QString> wamids;
    QJsonArray messages;
    for (const QJsonValue &value : all->value(QLatin1String("messages")).toArray()) {
        if (names(value.toObject(), ids)) {
            messages.append(value);
            wamids.insert(value.toObject().value(QLatin1String("wamid")).toString());
        }
    }
    out.insert(QStringLiteral("messages"), messages);
    for (const char *section : {"contacts", "contact_links", "identity_links", "calls", "events"}) {
        QJsonArray rows;
        for (const QJsonValue &value : all->value(QLatin1String(section)).toArray()) {
            if (names(value.toObject(), ids))
                rows.append(value);
        }
        out.insert(QLatin1String(section), rows);
    }
    QJsonArray reactions;
    for (const QJsonValue &value : all->value(QLatin1String("reactions")).toArray()) {
        const QJsonObject reaction = value.toObject();
        if (names(reaction, ids) ||
            wamids.contains(reaction.value(QLatin1String("target")).toString()))
            reactions.append(value);
    }
    out.insert(QStringLiteral("reactions"), reactions);

    // The delivery log: each delivery's elements that name them.
    const SqlDialect dialect = SqlDialect::of(m_db);
    QStringList contains;
    for (qsizetype i = 0; i < ids.size(); ++i)
        contains << dialect.bytesContain(QStringLiteral("body"));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, received_at_us, body FROM main.deliveries WHERE %1 "
                                 "ORDER BY id")
                      .arg(contains.join(QStringLiteral(" OR "))));
    for (const QString &id : ids)
        query.addBindValue(id);
    if (!query.exec())
        return Error{
            QStringLiteral("cannot read the delivery log: %1").arg(query.lastError().text())};
    QJsonArray deliveries;
    while (query.next()) {
        const QJsonArray elements =
            ContactEraser::elementsOf(query.value(2).toByteArray(), ids, line);
        if (elements.isEmpty())
            continue;
        deliveries.append(
            QJsonObject{{QStringLiteral("id"), query.value(0).toLongLong()},
                        {QStringLiteral("received_at_us"), query.value(1).toLongLong()},
                        {QStringLiteral("elements"), elements}});
    }
    out.insert(QStringLiteral("deliveries"), deliveries);
    return out;
}

} // namespace hookline
