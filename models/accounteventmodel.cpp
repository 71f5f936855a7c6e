#include "accounteventmodel.h"

#include "accounthealth.h"
#include "displaytime.h"
#include "graph/errorcatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace hookline {

namespace {

QString fieldList()
{
    QStringList quoted;
    for (const QString &field : AccountHealth::fields())
        quoted << u'\'' + field + u'\'';
    return quoted.join(u',');
}

} // namespace

AccountEventModel::AccountEventModel(QSqlDatabase db, QObject *parent)
    : KeyedPageModel(std::move(db), parent)
{}

QString AccountEventModel::fieldName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("phone_number_quality_update"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Number quality")},
        {QStringLiteral("phone_number_name_update"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Display name")},
        {QStringLiteral("account_update"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Account")},
        {QStringLiteral("account_review_update"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Account review")},
        {QStringLiteral("account_alerts"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Account alert")},
        {QStringLiteral("business_capability_update"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Capability")},
        {QStringLiteral("message_template_status_update"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Template status")},
        {QStringLiteral("message_template_quality_update"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Template quality")},
        {QStringLiteral("message_template_components_update"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Template content")},
        {QStringLiteral("template_category_update"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Template category")},
        {QStringLiteral("security"), QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Security")},
        {QStringLiteral("payment_configuration_update"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Payment configuration")},
        {QStringLiteral("value_error"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Webhook error")},
        {QStringLiteral("history"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "History sync")},
        {QStringLiteral("marketing_messages_link_click"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Link click")},
        {QStringLiteral("payment_status"),
         QT_TRANSLATE_NOOP("hookline::AccountEventModel", "Payment")},
    };
    const char *name = names.value(field);
    return name ? tr(name) : field;
}

const KeyedPageModel::Query &AccountEventModel::query() const
{
    // Besides the account fields: history syncs, marketing link clicks and payment statuses
    // (events of the messages field, shown under their own names).
    static const Query q{
        QStringLiteral("(SELECT e.key AS id, e.time AS time, CASE WHEN e.field = 'messages' THEN "
                       "e.event ELSE e.field END AS field, e.event AS event, "
                       "CASE WHEN l.label <> '' THEN l.label ELSE coalesce(e.line, e.waba_id) "
                       "END AS scope, e.facts AS facts, e.detail AS detail, e.delivery_id AS "
                       "delivery_id FROM proj.events e LEFT JOIN main.lines l ON "
                       "l.phone_number_id = e.line WHERE e.field IN (") +
            fieldList() +
            QStringLiteral(", 'history') OR (e.field = 'messages' AND e.event IN "
                           "('marketing_messages_link_click', 'payment_status')) UNION ALL SELECT "
                           "v.key, d.received_at_us / 1000000, 'value_error', "
                           "CAST(v.code AS TEXT), CASE WHEN l.label <> '' THEN l.label ELSE "
                           "v.line END, NULL, v.detail, v.delivery_id FROM proj.value_errors v "
                           "LEFT JOIN main.deliveries d ON d.id = v.delivery_id LEFT JOIN "
                           "main.lines l ON l.phone_number_id = v.line) h"),
        QStringLiteral("h.id"),
        {QStringLiteral("h.time"), QStringLiteral("h.id")},
        {QStringLiteral("h.time"), QStringLiteral("h.field"), QStringLiteral("h.event"),
         QStringLiteral("h.scope"), QStringLiteral("h.facts"), QStringLiteral("h.detail"),
         QStringLiteral("h.delivery_id")},
        {tr("Time"), tr("What"), tr("Change"), tr("Line or account"), tr("Delivery"),
         tr("Details")},
    };
    return q;
}

QVariant AccountEventModel::cell(const Row &row, int column, int role) const
{
    const QVariantList &v = row.values;
    if (role == DeliveryIdRole)
        return v.at(DeliveryValue);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString field = v.at(FieldValue).toString();
    const QJsonObject facts =
        QJsonDocument::fromJson(v.at(FactsValue).toString().toUtf8()).object();
    const QJsonObject detail =
        QJsonDocument::fromJson(v.at(DetailValue).toString().toUtf8()).object();
    switch (column) {
    case Time:
        return DisplayTime::fromSeconds(v.at(TimeValue).toLongLong());
    case What:
        return fieldName(field);
    case Change: {
        if (field == QLatin1String("value_error"))
            return tr("Error %1").arg(v.at(EventValue).toString());
        QString change = AccountHealth::plainWords(v.at(EventValue).toString());
        if (field == QLatin1String("message_template_quality_update"))
            change =
                tr("%1 → %2").arg(facts.value(QLatin1String("previous_quality_score")).toString(),
                                  facts.value(QLatin1String("new_quality_score")).toString());
        else if (field == QLatin1String("template_category_update"))
            change = tr("%1 → %2").arg(
                AccountHealth::plainWords(
                    facts.value(QLatin1String("previous_category")).toString()),
                AccountHealth::plainWords(facts.value(QLatin1String("new_category")).toString()));
        else if (field == QLatin1String("payment_configuration_update") ||
                 field == QLatin1String("payment_status"))
            change = facts.value(QLatin1String("status")).toString();
        else if (field == QLatin1String("marketing_messages_link_click"))
            change = facts.value(QLatin1String("click_component")).toString();
        else if (field == QLatin1String("history") && facts.contains(QLatin1String("progress")))
            change = tr("phase %1, %2 %")
                         .arg(facts.value(QLatin1String("phase")).toInt())
                         .arg(facts.value(QLatin1String("progress")).toInt());
        return change;
    }
    case Scope:
        return v.at(ScopeValue);
    case Details: {
        QStringList parts;
        if (field == QLatin1String("value_error")) {
            const int code = detail.value(QLatin1String("code")).toInt();
            parts << detail.value(QLatin1String("title")).toString();
            const QString hint = ErrorCatalogue::hint(code);
            if (!hint.isEmpty())
                parts << hint;
            return parts.join(QStringLiteral(" — "));
        }
        if (field == QLatin1String("history")) {
            if (facts.contains(QLatin1String("threads")))
                parts << tr("%1 conversations").arg(facts.value(QLatin1String("threads")).toInt());
            parts << tr("%1 messages").arg(facts.value(QLatin1String("messages")).toInt());
        }
        if (field == QLatin1String("payment_status")) {
            const double offset =
                std::max(1.0, facts.value(QLatin1String("amount_offset")).toDouble());
            parts << QStringLiteral("%1 %2").arg(
                QLocale().toString(facts.value(QLatin1String("amount_value")).toDouble() / offset,
                                   'f', 2),
                facts.value(QLatin1String("currency")).toString());
        }
        const QString name = facts.value(QLatin1String("message_template_name")).toString();
        if (!name.isEmpty())
            parts << QStringLiteral("%1 (%2)").arg(
                name, facts.value(QLatin1String("message_template_language")).toString());
        for (const char *key : {"reason", "current_limit", "requested_verified_name",
                                "max_daily_conversations_per_business", "configuration_name",
                                "display_phone_number", "reference_id", "product_id"}) {
            const QJsonValue value = facts.value(QLatin1String(key));
            const QString part = value.isDouble() ? QString::number(value.toInteger())
                                                  : AccountHealth::plainWords(value.toString());
            if (!part.isEmpty() && !parts.contains(part))
                parts << part;
        }
        for (const QJsonValue &r : detail.value(QLatin1String("restriction_info")).toArray())
            parts << AccountHealth::plainWords(
                r.toObject().value(QLatin1String("restriction_type")).toString());
        const QString recommendation = detail.value(QLatin1String("rejection_info"))
                                           .toObject()
                                           .value(QLatin1String("recommendation"))
                                           .toString();
        if (!recommendation.isEmpty())
            parts << recommendation;
        return parts.join(QStringLiteral(" · "));
    }
    case Delivery:
        return v.at(DeliveryValue);
    default:
        return {};
    }
}

} // namespace hookline
