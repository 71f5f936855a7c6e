#include "linereader.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hookline {

namespace {

constexpr qint64 minuteUs = 60'000'000;

} // namespace

void LineReader::countDeliveries(QSqlDatabase &db, qint64 nowUs)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    {
        // Never further back than the last 100,000 deliveries (ids grow with receive time): a
        // reader asked rarely must not walk everything received since it last looked.
        q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM main.deliveries"));
        const qint64 last = q.next() ? q.value(0).toLongLong() : 0;
        m_lastDeliveryId = std::max<qint64>(m_lastDeliveryId, last - 100'000);
        m_lastDeliveryId = std::max<qint64>(m_lastDeliveryId, 0);
        q.finish();
    }
    q.prepare(QStringLiteral("SELECT id, lines, route_line, received_at_us FROM main.deliveries "
                             "WHERE id > ? AND received_at_us > ? ORDER BY id LIMIT 100000"));
    q.addBindValue(m_lastDeliveryId);
    q.addBindValue(nowUs - minuteUs);
    if (!q.exec()) {
        qCWarning(lcStorage) << "cannot count deliveries:" << q.lastError().text();
        return;
    }
    while (q.next()) {
        m_lastDeliveryId = q.value(0).toLongLong();
        const qint64 at = q.value(3).toLongLong();
        QStringList lines = q.value(1).toString().split(u',', Qt::SkipEmptyParts);
        const QString routed = q.value(2).toString();
        if (!routed.isEmpty() && !lines.contains(routed))
            lines.append(routed);
        for (const QString &line : std::as_const(lines)) {
            m_recent[line].append(at);
            m_lastReceivedUs[line] = std::max(m_lastReceivedUs.value(line), at);
        }
    }
    for (auto it = m_recent.begin(); it != m_recent.end(); ++it) {
        QList<qint64> &times = it.value();
        const auto firstRecent = std::lower_bound(times.begin(), times.end(), nowUs - minuteUs);
        times.erase(times.begin(), firstRecent);
    }
}

QList<LineReader::Line> LineReader::read(QSqlDatabase &db, qint64 nowUs, bool *ok)
{
    countDeliveries(db, nowUs);
    QList<Line> lines;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT l.phone_number_id, l.label, l.display, l.app_id, l.active, "
            "(SELECT count(*) FROM proj.conversations v LEFT JOIN proj.read_markers k ON "
            " k.line = v.line AND k.customer = v.customer WHERE v.line = l.phone_number_id AND "
            " v.last_inbound_ts > coalesce(k.read_ts, 0)), "
            "(SELECT count(*) FROM proj.dead_letters x WHERE x.line = l.phone_number_id AND "
            " x.state = 'dead'), "
            "(SELECT max(last_ts) FROM proj.conversations v WHERE v.line = l.phone_number_id) "
            // In the order they were added: a new line never renumbers the others' shortcuts.
            "FROM main.lines l ORDER BY l.created_at_us, l.phone_number_id"))) {
        qCWarning(lcStorage) << "cannot read the lines:" << q.lastError().text();
        if (ok)
            *ok = false;
        return lines;
    }
    while (q.next()) {
        Line line;
        line.id = q.value(0).toString();
        line.label = q.value(1).toString();
        line.number = q.value(2).toString();
        line.app = q.value(3).toString();
        line.active = q.value(4).toBool();
        line.unread = q.value(5).toInt();
        line.deadLetters = q.value(6).toInt();
        line.rate = int(m_recent.value(line.id).size());
        line.lastActivityUs =
            std::max(m_lastReceivedUs.value(line.id), q.value(7).toLongLong() * 1'000'000);
        if (!line.active)
            line.health = Health::Disabled;
        else if (line.deadLetters > 0)
            line.health = Health::Errors;
        else if (nowUs - line.lastActivityUs < ReceivingWindowSecs * 1'000'000)
            line.health = Health::Receiving;
        else
            line.health = Health::Quiet;
        lines.append(line);
    }
    if (ok)
        *ok = true;
    return lines;
}

} // namespace hookline
