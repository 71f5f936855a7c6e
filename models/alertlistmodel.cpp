#include "alertlistmodel.h"

#include "displaytime.h"

#include <QSqlQuery>

namespace hookline {

AlertListModel::AlertListModel(QSqlDatabase db, QObject *parent)
    : KeyedPageModel(db, parent)
    , m_db(db)
{}

QString AlertListModel::ruleName(const QString &rule)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("quality_drop"),
         QT_TRANSLATE_NOOP("hookline::AlertListModel", "Line quality dropped")},
        {QStringLiteral("template_status"),
         QT_TRANSLATE_NOOP("hookline::AlertListModel", "Template paused or rejected")},
        {QStringLiteral("account_restriction"),
         QT_TRANSLATE_NOOP("hookline::AlertListModel", "Account restricted")},
        {QStringLiteral("failure_share"),
         QT_TRANSLATE_NOOP("hookline::AlertListModel", "Failed messages")},
        {QStringLiteral("silent_line"),
         QT_TRANSLATE_NOOP("hookline::AlertListModel", "Line silent")},
        {QStringLiteral("dead_letter_growth"),
         QT_TRANSLATE_NOOP("hookline::AlertListModel", "Dead letters growing")},
    };
    const char *name = names.value(rule);
    return name ? tr(name) : rule;
}

const KeyedPageModel::Query &AlertListModel::query() const
{
    static const Query q{
        QStringLiteral("main.alerts a LEFT JOIN main.alert_posts p ON p.alert_id = a.id "
                       "LEFT JOIN main.lines l ON l.phone_number_id = a.line"),
        QStringLiteral("a.id"),
        {QStringLiteral("a.id")},
        {QStringLiteral("a.fired_at_us"), QStringLiteral("a.rule"),
         QStringLiteral("CASE WHEN l.label <> '' THEN l.label ELSE coalesce(a.line, '') END"),
         QStringLiteral("a.summary"), QStringLiteral("a.acknowledged_by"),
         QStringLiteral("a.acknowledged_at_us"), QStringLiteral("a.cleared_at_us"),
         QStringLiteral("p.state"), QStringLiteral("p.attempts"), QStringLiteral("p.last_error"),
         QStringLiteral("a.delivery_id")},
        {tr("Fired"), tr("Rule"), tr("Line"), tr("What happened"), tr("State"), tr("Webhook")},
    };
    return q;
}

void AlertListModel::setShowAcknowledged(bool show)
{
    if (show == m_showAcknowledged)
        return;
    m_showAcknowledged = show;
    reload();
}

int AlertListModel::openCount() const
{
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT count(*) FROM main.alerts WHERE acknowledged_at_us IS NULL")) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

void AlertListModel::addFilters(QStringList &conditions, QVariantList &) const
{
    if (!m_showAcknowledged)
        conditions << QStringLiteral("a.acknowledged_at_us IS NULL");
}

QVariant AlertListModel::cell(const Row &row, int column, int role) const
{
    const QVariantList &v = row.values;
    if (role == AlertIdRole)
        return row.id;
    if (role == AcknowledgedRole)
        return !v.at(AckAtValue).isNull();
    if (role == DeliveryIdRole)
        return v.at(DeliveryValue);
    if (role == Qt::ToolTipRole && column == Webhook)
        return v.at(PostErrorValue);
    if (role == Qt::ToolTipRole && column == Summary)
        return v.at(SummaryValue);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Fired:
        return DisplayTime::fromMicros(v.at(FiredValue).toLongLong());
    case Rule:
        return ruleName(v.at(RuleValue).toString());
    case Line:
        return v.at(LineValue);
    case Summary:
        return v.at(SummaryValue);
    case State: {
        QString state = v.at(AckAtValue).isNull()
                            ? tr("Open")
                            : tr("Acknowledged by %1, %2")
                                  .arg(v.at(AckByValue).toString(),
                                       DisplayTime::fromMicros(v.at(AckAtValue).toLongLong()));
        if (!v.at(ClearedValue).isNull())
            state +=
                tr(" · ended %1").arg(DisplayTime::fromMicros(v.at(ClearedValue).toLongLong()));
        return state;
    }
    case Webhook: {
        const QString state = v.at(PostStateValue).toString();
        if (state.isEmpty())
            return QString();
        if (state == QLatin1String("sent"))
            return tr("Sent");
        if (state == QLatin1String("dead"))
            return tr("Failed after %1 attempts").arg(v.at(PostAttemptsValue).toInt());
        return v.at(PostAttemptsValue).toInt() > 0
                   ? tr("Retrying (%1 attempts)").arg(v.at(PostAttemptsValue).toInt())
                   : tr("Sending");
    }
    default:
        return {};
    }
}

} // namespace hookline
