#include "servicewindow.h"

#include "storage/clock.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

QString span(qint64 seconds)
{
    if (seconds >= 2 * 24 * 3600)
        return ServiceWindow::tr("%1 d").arg(seconds / (24 * 3600));
    if (seconds >= 3600)
        return ServiceWindow::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
    return ServiceWindow::tr("%1 min").arg(qMax<qint64>(1, seconds / 60));
}

} // namespace

QString ServiceWindow::entryReplySql(const QString &alias)
{
    // Outbound messages of the conversation (from their echoes or statuses), by the index on
    // (line, customer, timestamp).
    return QStringLiteral("(SELECT min(o.timestamp) FROM proj.messages o WHERE o.line = %1.line "
                          "AND o.customer = %1.customer AND o.direction = 'outbound' AND "
                          "o.timestamp >= %1.entry_ts AND o.timestamp <= %1.entry_ts + %2)")
        .arg(alias)
        .arg(ServiceSeconds);
}

QString ServiceWindow::closesAtSql(const QString &alias)
{
    return QStringLiteral("(CASE WHEN %1.window_ts > 0 THEN GREATEST(%1.window_ts + %2, CASE WHEN "
                          "%1.entry_ts > 0 THEN coalesce(%4, -%3) + %3 ELSE 0 END) ELSE 0 END)")
        .arg(alias)
        .arg(ServiceSeconds)
        .arg(EntryPointSeconds)
        .arg(entryReplySql(alias));
}

qint64 ServiceWindow::nowSeconds()
{
    return Clock::nowMicros() / 1000000;
}

qint64 ServiceWindow::closesAt() const
{
    if (lastCustomerTs <= 0)
        return 0;
    const qint64 service = lastCustomerTs + ServiceSeconds;
    const qint64 entry = entryPointTs > 0 ? entryPointTs + EntryPointSeconds : 0;
    return qMax(service, entry);
}

bool ServiceWindow::isEntryPointAt(qint64 nowSeconds) const
{
    return isOpenAt(nowSeconds) && entryPointTs > 0 &&
           entryPointTs + EntryPointSeconds > lastCustomerTs + ServiceSeconds;
}

QString ServiceWindow::describe(qint64 nowSeconds) const
{
    const qint64 end = closesAt();
    if (end == 0)
        return tr("never opened: the customer has not written on this line");
    if (end <= nowSeconds)
        return tr("closed %1 ago").arg(span(nowSeconds - end));
    return isEntryPointAt(nowSeconds)
               ? tr("open for %1 more (free entry point, 72 h)").arg(span(end - nowSeconds))
               : tr("open for %1 more").arg(span(end - nowSeconds));
}

QString ServiceWindow::customerKey(const QSqlDatabase &db, const QString &line,
                                   const QString &typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit())
            digits += c;
    }
    QSqlQuery query(db);
    // Any id the person is known by (a wa_id, a user id) leads to their conversation; only
    // links Meta's own deliveries made (a replay's never steer a send).
    query.prepare(QStringLiteral("SELECT customer FROM proj.identities WHERE line = ? AND "
                                 "id IN (?, ?) AND origin = 'meta' ORDER BY id = ? DESC LIMIT 1"));
    query.addBindValue(line);
    query.addBindValue(typed.trimmed());
    query.addBindValue(digits.isEmpty() ? typed.trimmed() : digits);
    query.addBindValue(typed.trimmed());
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Expected<ServiceWindow> ServiceWindow::of(const QSqlDatabase &db, const QString &line,
                                          const QString &customer)
{
    ServiceWindow window;
    const QString key = customerKey(db, line, customer);
    if (key.isEmpty())
        return window;
    // The projector keeps what the window runs from on the conversation (the rule is there).
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT c.window_ts, CASE WHEN c.entry_ts > 0 THEN %1 END FROM "
                                 "proj.conversations c WHERE c.line = ? AND c.customer = ?")
                      .arg(entryReplySql(QStringLiteral("c"))));
    query.addBindValue(line);
    query.addBindValue(key);
    if (!query.exec())
        return Error{tr("cannot read the conversation: %1").arg(query.lastError().text())};
    if (query.next()) {
        window.lastCustomerTs = query.value(0).toLongLong();
        window.entryPointTs = query.value(1).toLongLong();
    }
    return window;
}

} // namespace hookline
