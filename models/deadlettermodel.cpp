#include "deadlettermodel.h"

#include "displaytime.h"
#include "statustext.h"

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
         QStringLiteral("CAST(substr(d.body, 1, 240) AS TEXT)")},
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
    if (role == Qt::DisplayRole) {
        if (column == Received)
            return DisplayTime::fromMicros(row.values.at(Received).toLongLong());
        if (column == Preview)
            return row.values.at(Preview).toString().simplified();
        if (column == State)
            return StatusText::of(row.values.at(State).toString());
    }
    return KeyedPageModel::cell(row, column, role);
}

} // namespace hookline
