#include "deadlettermodel.h"

#include "deadletterreason.h"
#include "displaytime.h"
#include "modelslogging.h"
#include "processing/deliverytrail.h"
#include "statustext.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

DeadLetterModel::DeadLetterModel(QSqlDatabase db, QObject *parent)
    : KeyedPageModel(std::move(db), parent)
{}

QString DeadLetterModel::codeExpression()
{
    // An unknown field's name, else the error code a failure carried.
    return QStringLiteral("coalesce(x.subject, CASE WHEN json_valid(x.detail) THEN "
                          "json_extract(x.detail, '$.code') END, '')");
}

const KeyedPageModel::Query &DeadLetterModel::query() const
{
    static const Query q{
        QStringLiteral("proj.dead_letters x LEFT JOIN main.deliveries d ON d.id = x.delivery_id"),
        QStringLiteral("x.id"),
        {QStringLiteral("x.id")},
        {QStringLiteral("x.reason"), QStringLiteral("coalesce(x.line, '')"), codeExpression(),
         QStringLiteral("x.detail"), QStringLiteral("x.attempts"),
         QStringLiteral("coalesce(x.last_error, '')"), QStringLiteral("x.state"),
         QStringLiteral("d.received_at_us"), QStringLiteral("x.delivery_id"),
         // The body's first bytes as they are (bytea on PostgreSQL), read as UTF-8 in cell().
         QStringLiteral("substr(d.body, 1, 240)")},
        {tr("Reason"), tr("Line"), tr("Code or field"), tr("Detail"), tr("Attempts"),
         tr("Last error"), tr("State"), tr("Received"), tr("Delivery"), tr("Payload")},
    };
    return q;
}

void DeadLetterModel::setView(const DeadLetterView &view)
{
    m_view = view;
    reload();
}

void DeadLetterModel::addFilters(QStringList &conditions, QVariantList &binds) const
{
    if (!m_view.state.isEmpty()) {
        conditions << QStringLiteral("x.state = ?");
        binds << m_view.state;
    }
    if (!m_view.reason.isEmpty()) {
        conditions << QStringLiteral("x.reason = ?");
        binds << m_view.reason;
    }
    if (m_view.line == QLatin1String("-")) {
        conditions << QStringLiteral("x.line IS NULL");
    } else if (!m_view.line.isEmpty()) {
        conditions << QStringLiteral("x.line = ?");
        binds << m_view.line;
    }
    if (!m_view.code.isEmpty()) {
        conditions << codeExpression() + QStringLiteral(" = ?");
        binds << m_view.code;
    }
}

QVariant DeadLetterModel::cell(const Row &row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == Reason)
        return DeadLetterReason::of(row.values.at(Reason).toString()).hint;
    if (role == Qt::DisplayRole) {
        if (column == Reason)
            return DeadLetterReason::withCode(row.values.at(Reason).toString());
        if (column == Received)
            return DisplayTime::fromMicros(row.values.at(Received).toLongLong());
        if (column == Preview) // a character cut at byte 240 reads as a replacement character
            return QString::fromUtf8(row.values.at(Preview).toByteArray()).simplified();
        if (column == State)
            return StatusText::of(row.values.at(State).toString());
    }
    return KeyedPageModel::cell(row, column, role);
}

RetryTally DeadLetterModel::tally(const QList<qint64> &ids) const
{
    RetryTally tally;
    // In chunks of literal ids (integers only): a group can hold thousands.
    constexpr int Chunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        QStringList list;
        for (qint64 id : ids.mid(from, Chunk))
            list << QString::number(id);
        QSqlQuery q(database());
        q.setForwardOnly(true);
        // A retried dead letter whose item then failed for another cause leaves a new dead
        // letter for the same item (or, without one, the same delivery and position).
        if (!q.exec(QStringLiteral(
                        "SELECT x.state, EXISTS (SELECT 1 FROM proj.dead_letters o WHERE o.id <> "
                        "x.id AND o.state = 'dead' AND o.delivery_id = x.delivery_id AND "
                        "coalesce(o.item_key, '') = coalesce(x.item_key, '') AND "
                        "coalesce(o.entry_index, -2) = coalesce(x.entry_index, -2) AND "
                        "coalesce(o.change_index, -2) = coalesce(x.change_index, -2)) FROM "
                        "proj.dead_letters x WHERE x.id IN (") +
                    list.join(u',') + u')')) {
            qCWarning(lcModels) << "cannot tally the retried dead letters:" << q.lastError().text();
            return tally;
        }
        while (q.next()) {
            const QString state = q.value(0).toString();
            if (state == u"retrying")
                ++tally.retrying;
            else if (state == u"dead")
                ++tally.sameCause;
            else if (state == u"discarded")
                ++tally.discarded;
            else if (q.value(1).toBool())
                ++tally.otherCause;
            else
                ++tally.projected;
        }
    }
    return tally;
}

QStringList DeadLetterModel::trail(qint64 deliveryId) const
{
    QSqlDatabase db = database();
    const auto steps = DeliveryTrail::build(db, deliveryId);
    if (!steps)
        return {steps.error()};
    QStringList lines;
    for (const TrailStep &step : *steps)
        lines << DisplayTime::fromMicros(step.atUs) + QStringLiteral("  ") + step.step +
                     QStringLiteral(" — ") + step.detail;
    return lines;
}

QByteArray DeadLetterModel::payload(qint64 deliveryId) const
{
    QSqlQuery q(database());
    q.prepare(QStringLiteral("SELECT body FROM main.deliveries WHERE id = ?"));
    q.addBindValue(deliveryId);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

} // namespace hookline
