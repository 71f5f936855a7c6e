#include "alertevaluator.h"

#include "logging.h"
#include "logsink.h"
#include "processing/messagefields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

constexpr qint64 HourUs = 3'600'000'000LL;
constexpr qint64 WeekHours = 7 * 24;

QJsonObject parse(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

bool contains(const QString &value, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (value.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString minutes(qint64 us)
{
    const qint64 m = us / 60'000'000;
    return m >= 120 ? QStringLiteral("%1 h").arg(m / 60) : QStringLiteral("%1 min").arg(m);
}

} // namespace

AlertEvaluator::AlertEvaluator(QSqlDatabase db)
    : m_db(std::move(db))
{}

const QStringList &AlertEvaluator::ruleNames()
{
    static const QStringList names = {
        QStringLiteral("quality_drop"),        QStringLiteral("template_status"),
        QStringLiteral("account_restriction"), QStringLiteral("failure_share"),
        QStringLiteral("silent_line"),         QStringLiteral("dead_letter_growth"),
    };
    return names;
}

QString AlertEvaluator::lineName(const QString &line) const
{
    const QString label = m_labels.value(line);
    return label.isEmpty() ? line : QStringLiteral("%1 (%2)").arg(label, line);
}

bool AlertEvaluator::failed(const QString &what)
{
    m_error = what;
    return false;
}

Expected<QList<FiredAlert>> AlertEvaluator::evaluate(qint64 nowUs, bool conditions)
{
    const auto rules = AlertRules::load(m_db);
    if (!rules)
        return Error{rules.error()};
    QList<FiredAlert> fired;
    m_error.clear();
    // Lines by their labels in what an alert says.
    m_labels.clear();
    QSqlQuery labels(m_db);
    if (labels.exec(QStringLiteral("SELECT phone_number_id, label FROM main.lines"))) {
        while (labels.next()) {
            if (!labels.value(1).toString().isEmpty())
                m_labels.insert(labels.value(0).toString(), labels.value(1).toString());
        }
    }
    if (!eventAlerts(*rules, nowUs, fired))
        return Error{m_error};
    if (conditions) {
        tallyDeliveries(nowUs);
        if (!failureShare(*rules, nowUs, fired) || !silence(*rules, nowUs, fired) ||
            !deadLetters(*rules, nowUs, fired))
            return Error{m_error};
    }
    return fired;
}

bool AlertEvaluator::fire(const AlertRules &rules, const FiredAlert &alert,
                          const QJsonObject &facts, qint64 deliveryId, qint64 nowUs,
                          QList<FiredAlert> &out)
{
    // The alert and its POST commit together: an alert never loses its POST.
    QSqlQuery transaction(m_db);
    if (!transaction.exec(QStringLiteral("BEGIN")))
        return failed(
            QStringLiteral("cannot record an alert: %1").arg(transaction.lastError().text()));
    auto rollback = [this](const QString &error) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return failed(error);
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO main.alerts (rule, cause, line, summary, facts, delivery_id, fired_at_us) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (rule, cause) WHERE cleared_at_us IS NULL "
        "DO NOTHING RETURNING id"));
    q.addBindValue(alert.rule);
    q.addBindValue(alert.cause);
    q.addBindValue(alert.line.isEmpty() ? QVariant() : QVariant(alert.line));
    q.addBindValue(alert.summary);
    q.addBindValue(QString::fromUtf8(QJsonDocument(facts).toJson(QJsonDocument::Compact)));
    q.addBindValue(deliveryId > 0 ? QVariant(deliveryId) : QVariant());
    q.addBindValue(nowUs);
    if (!q.exec())
        return rollback(QStringLiteral("cannot record an alert: %1").arg(q.lastError().text()));
    if (!q.next()) {
        q.finish();
        QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
        return true; // already open: the same cause never fires twice
    }
    FiredAlert recorded = alert;
    recorded.id = q.value(0).toLongLong();
    q.finish();
    if (!rules.webhookUrl.isEmpty()) {
        const QJsonObject body{{QStringLiteral("format"), QStringLiteral("hookline-alert")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("id"), recorded.id},
                               {QStringLiteral("rule"), alert.rule},
                               {QStringLiteral("cause"), alert.cause},
                               {QStringLiteral("line"), alert.line},
                               {QStringLiteral("summary"), alert.summary},
                               {QStringLiteral("facts"), facts},
                               {QStringLiteral("fired_at"), nowUs / 1'000'000}};
        QSqlQuery post(m_db);
        post.prepare(QStringLiteral(
            "INSERT INTO main.alert_posts (alert_id, url, body, state, attempts, next_attempt_us, "
            "updated_at_us) VALUES (?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING"));
        post.addBindValue(recorded.id);
        post.addBindValue(rules.webhookUrl);
        post.addBindValue(QJsonDocument(body).toJson(QJsonDocument::Compact));
        post.addBindValue(nowUs);
        post.addBindValue(nowUs);
        if (!post.exec())
            return rollback(
                QStringLiteral("cannot queue an alert's POST: %1").arg(post.lastError().text()));
    }
    if (!transaction.exec(QStringLiteral("COMMIT")))
        return rollback(
            QStringLiteral("cannot record an alert: %1").arg(transaction.lastError().text()));
    qCWarning(lcAlerts).noquote() << "alert:" << alert.summary
                                  << LogIds{{"alert", recorded.id},
                                            {"rule", alert.rule},
                                            {"line", alert.line}};
    out.append(recorded);
    return true;
}

bool AlertEvaluator::clearOthers(const QString &rule, const QStringList &stillTrue, qint64 nowUs)
{
    QSqlQuery open(m_db);
    open.prepare(QStringLiteral(
        "SELECT id, cause FROM main.alerts WHERE rule = ? AND cleared_at_us IS NULL"));
    open.addBindValue(rule);
    if (!open.exec())
        return failed(open.lastError().text());
    QList<qint64> ended;
    while (open.next()) {
        if (!stillTrue.contains(open.value(1).toString()))
            ended << open.value(0).toLongLong();
    }
    for (qint64 id : std::as_const(ended)) {
        QSqlQuery clear(m_db);
        clear.prepare(QStringLiteral("UPDATE main.alerts SET cleared_at_us = ? WHERE id = ?"));
        clear.addBindValue(nowUs);
        clear.addBindValue(id);
        if (!clear.exec())
            return failed(clear.lastError().text());
        qCInfo(lcAlerts) << "alert cleared: the condition no longer holds"
                         << LogIds{{"alert", id}, {"rule", rule}};
    }
    return true;
}

bool AlertEvaluator::eventAlerts(const AlertRules &rules, qint64 nowUs, QList<FiredAlert> &out)
{
    if (!rules.qualityDrop && !rules.templateStatus && !rules.accountRestriction)
        return true;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Events Meta delivered in the last day, in whatever order processing projected them
    // (retries and reprocessing come late); those already looked at are skipped in memory.
    q.prepare(QStringLiteral(
        "SELECT e.key, e.field, coalesce(e.event, ''), coalesce(e.line, ''), e.waba_id, e.facts, "
        "e.delivery_id, e.detail FROM proj.events e JOIN main.deliveries d ON d.id = "
        "e.delivery_id WHERE e.field IN ('phone_number_quality_update', "
        "'message_template_status_update', 'account_update') AND e.origin = 'meta' AND "
        "d.received_at_us >= ? ORDER BY e.delivery_id"));
    q.addBindValue(nowUs - 24 * HourUs);
    if (!q.exec())
        return failed(
            QStringLiteral("cannot read events for alerts: %1").arg(q.lastError().text()));
    struct Found
    {
        FiredAlert alert;
        QJsonObject facts;
        qint64 delivery;
    };
    QList<Found> found;
    QSet<QString> seen;
    while (q.next()) {
        const QString key = q.value(0).toString();
        seen.insert(key);
        if (m_seenEvents.contains(key))
            continue;
        const QString field = q.value(1).toString();
        const QString event = q.value(2).toString();
        const QString line = q.value(3).toString();
        const QString scope =
            line.isEmpty() ? QStringLiteral("account ") + q.value(4).toString() : lineName(line);
        QJsonObject facts = parse(q.value(5));
        const qint64 delivery = q.value(6).toLongLong();
        facts.insert(QStringLiteral("field"), field);
        facts.insert(QStringLiteral("event"), event);
        FiredAlert a;
        a.cause = q.value(0).toString();
        a.line = line;
        if (field == QLatin1String("phone_number_quality_update") && rules.qualityDrop &&
            (event == QLatin1String("FLAGGED") || contains(event, {"DOWNGRADE"}))) {
            a.rule = QStringLiteral("quality_drop");
            a.summary = QStringLiteral("The quality of %1 dropped: %2 (messaging limit %3)")
                            .arg(scope, event,
                                 facts.value(QLatin1String("current_limit"))
                                     .toString(QStringLiteral("unchanged")));
        } else if (field == QLatin1String("message_template_status_update") &&
                   rules.templateStatus &&
                   (event == QLatin1String("PAUSED") || event == QLatin1String("DISABLED") ||
                    event == QLatin1String("REJECTED"))) {
            a.rule = QStringLiteral("template_status");
            a.summary = QStringLiteral("Template %1 (%2) was %3%4")
                            .arg(facts.value(QLatin1String("message_template_name")).toString(),
                                 facts.value(QLatin1String("message_template_language")).toString(),
                                 event.toLower(),
                                 facts.value(QLatin1String("reason")).toString().isEmpty()
                                     ? QString()
                                     : QStringLiteral(": ") +
                                           facts.value(QLatin1String("reason")).toString());
        } else if (field == QLatin1String("account_update") && rules.accountRestriction &&
                   contains(event, {"RESTRICTION", "VIOLATION", "DISABLED", "BANNED"})) {
            a.rule = QStringLiteral("account_restriction");
            QStringList kinds;
            for (const QJsonValue &r :
                 parse(q.value(7)).value(QLatin1String("restriction_info")).toArray())
                kinds << r.toObject().value(QLatin1String("restriction_type")).toString();
            a.summary = QStringLiteral("Account %1: %2%3")
                            .arg(q.value(4).toString(), event,
                                 kinds.isEmpty() ? QString()
                                                 : QStringLiteral(" (") +
                                                       kinds.join(QStringLiteral(", ")) + u')');
        } else {
            continue;
        }
        found.append({a, facts, delivery});
    }
    q.finish();
    for (const Found &f : std::as_const(found)) {
        if (!fire(rules, f.alert, f.facts, f.delivery, nowUs, out))
            return false;
    }
    m_seenEvents = seen; // what the last day holds: the set stays bounded
    return true;
}

bool AlertEvaluator::failureShare(const AlertRules &rules, qint64 nowUs, QList<FiredAlert> &out)
{
    if (!rules.failureShare)
        return clearOthers(QStringLiteral("failure_share"), {}, nowUs);
    const qint64 since = nowUs - qint64(rules.failureShareWindowMinutes) * 60'000'000;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT line, count(DISTINCT wamid) FROM proj.status_events WHERE "
                             "received_at_us >= ? AND origin = 'meta' GROUP BY line"));
    q.addBindValue(since);
    if (!q.exec())
        return failed(q.lastError().text());
    QHash<QString, qint64> messages;
    while (q.next())
        messages.insert(q.value(0).toString(), q.value(1).toLongLong());
    q.prepare(QStringLiteral("SELECT line, errors FROM proj.status_events WHERE received_at_us "
                             ">= ? AND origin = 'meta' AND status = 'failed'"));
    q.addBindValue(since);
    if (!q.exec())
        return failed(q.lastError().text());
    QMap<std::pair<QString, qint64>, qint64> failures;
    while (q.next()) {
        const QJsonArray errors = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array();
        const qint64 code =
            errors.isEmpty() ? 0
                             : errors.first().toObject().value(QLatin1String("code")).toInteger();
        ++failures[{q.value(0).toString(), code}];
    }
    q.finish();
    QStringList holding;
    for (auto it = failures.cbegin(); it != failures.cend(); ++it) {
        const QString &line = it.key().first;
        const qint64 code = it.key().second;
        const qint64 total = messages.value(line);
        if (total < rules.failureShareMinimum)
            continue;
        const double share = double(it.value()) / double(total);
        const QString cause = line + u':' + QString::number(code);
        // Hysteresis: an open alert holds until the share falls below half the threshold.
        if (share < rules.failureShareThreshold / 2)
            continue;
        holding << cause;
        if (share < rules.failureShareThreshold)
            continue;
        FiredAlert a;
        a.rule = QStringLiteral("failure_share");
        a.cause = cause;
        a.line = line;
        a.summary = QStringLiteral("%1 % of the messages of %2 failed with error %3 in the last "
                                   "%4 min (%5 of %6)")
                        .arg(QString::number(share * 100, 'f', 1), lineName(line))
                        .arg(code)
                        .arg(rules.failureShareWindowMinutes)
                        .arg(it.value())
                        .arg(total);
        const QJsonObject facts{
            {QStringLiteral("code"), code},
            {QStringLiteral("failed"), it.value()},
            {QStringLiteral("messages"), total},
            {QStringLiteral("share"), share},
            {QStringLiteral("window_minutes"), rules.failureShareWindowMinutes}};
        if (!fire(rules, a, facts, 0, nowUs, out))
            return false;
    }
    return clearOthers(QStringLiteral("failure_share"), holding, nowUs);
}

void AlertEvaluator::tallyDeliveries(qint64 nowUs)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (m_tallyWatermark < 0) {
        // Start a week back, reading at most the last 500,000 deliveries.
        q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM main.deliveries"));
        m_tallyWatermark = q.next() ? std::max<qint64>(0, q.value(0).toLongLong() - 500'000) : 0;
    }
    // Counted by the database, an hour of a line's deliveries at a time: at thousands a second,
    // reading them row by row cost processing's thread a few per cent.
    q.prepare(
        QStringLiteral("SELECT lines, received_at_us / ? AS at_hour, count(*), "
                       "max(received_at_us), max(id) FROM main.deliveries WHERE id > ? "
                       "AND source = 'meta' AND received_at_us >= ? GROUP BY lines, at_hour"));
    q.addBindValue(HourUs);
    q.addBindValue(m_tallyWatermark);
    q.addBindValue(nowUs - WeekHours * HourUs);
    if (!q.exec()) {
        qCWarning(lcAlerts) << "cannot count deliveries:" << q.lastError().text();
        return;
    }
    while (q.next()) {
        const qint64 hour = q.value(1).toLongLong();
        const int count = q.value(2).toInt();
        const qint64 last = q.value(3).toLongLong();
        m_tallyWatermark = std::max(m_tallyWatermark, q.value(4).toLongLong());
        for (const QString &line : q.value(0).toString().split(u',', Qt::SkipEmptyParts)) {
            m_hourly[line][hour] += count;
            m_lastSeenUs[line] = std::max(m_lastSeenUs.value(line), last);
        }
    }
    const qint64 oldest = nowUs / HourUs - WeekHours;
    for (auto &hours : m_hourly) {
        while (!hours.isEmpty() && hours.firstKey() < oldest)
            hours.erase(hours.begin());
    }
}

bool AlertEvaluator::silence(const AlertRules &rules, qint64 nowUs, QList<FiredAlert> &out)
{
    QStringList silent;
    if (rules.silentLine) {
        for (auto it = m_hourly.cbegin(); it != m_hourly.cend(); ++it) {
            qint64 count = 0;
            for (int n : it.value())
                count += n;
            if (count < rules.silenceMinimumDeliveries || it.value().isEmpty()) {
                // Too few deliveries left in the week to know a rhythm: an open alert holds
                // while the line stays quiet, none new fires.
                if (nowUs - m_lastSeenUs.value(it.key()) >=
                    qint64(rules.silenceMinimumMinutes) * 60'000'000)
                    silent << it.key();
                continue;
            }
            // The usual gap: the span the week's deliveries cover, over their number.
            const qint64 span = nowUs - it.value().firstKey() * HourUs;
            const qint64 usualGap = span / count;
            const qint64 limit = std::max<qint64>(qint64(rules.silenceFactor * double(usualGap)),
                                                  qint64(rules.silenceMinimumMinutes) * 60'000'000);
            const qint64 quiet = nowUs - m_lastSeenUs.value(it.key());
            if (quiet < limit)
                continue;
            silent << it.key();
            FiredAlert a;
            a.rule = QStringLiteral("silent_line");
            a.cause = it.key();
            a.line = it.key();
            a.summary = QStringLiteral("%1 has received nothing for %2; it usually receives a "
                                       "delivery every %3")
                            .arg(lineName(it.key()), minutes(quiet),
                                 minutes(std::max<qint64>(usualGap, 60'000'000)));
            const QJsonObject facts{{QStringLiteral("quiet_seconds"), quiet / 1'000'000},
                                    {QStringLiteral("usual_gap_seconds"), usualGap / 1'000'000},
                                    {QStringLiteral("deliveries_last_week"), count}};
            if (!fire(rules, a, facts, 0, nowUs, out))
                return false;
        }
    }
    return clearOthers(QStringLiteral("silent_line"), silent, nowUs);
}

bool AlertEvaluator::deadLetters(const AlertRules &rules, qint64 nowUs, QList<FiredAlert> &out)
{
    QStringList holding;
    if (rules.deadLetterGrowth) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT count(*) FROM proj.dead_letters WHERE state = 'dead' AND "
                                 "created_at_us >= ?"));
        q.addBindValue(nowUs - HourUs);
        if (!q.exec() || !q.next())
            return failed(q.lastError().text());
        const qint64 count = q.value(0).toLongLong();
        if (count * 2 >= rules.deadLetterThreshold)
            holding << QStringLiteral("dead_letters");
        if (count >= rules.deadLetterThreshold) {
            FiredAlert a;
            a.rule = QStringLiteral("dead_letter_growth");
            a.cause = QStringLiteral("dead_letters");
            a.summary = QStringLiteral("%1 new dead letters in the last hour").arg(count);
            if (!fire(rules, a, {{QStringLiteral("last_hour"), count}}, 0, nowUs, out))
                return false;
        }
    }
    return clearOthers(QStringLiteral("dead_letter_growth"), holding, nowUs);
}

} // namespace hookline
