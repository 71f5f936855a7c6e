#include "accounthealth.h"

#include "displaytime.h"
#include "modelslogging.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

QJsonObject object(const QVariant &json)
{
    return QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

QString string(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

bool anyOf(const QString &value, std::initializer_list<const char *> words)
{
    for (const char *word : words) {
        if (value.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Which of a line's cells need attention.
bool lineNeedsAttention(const AccountHealth::Line &l, int column)
{
    switch (column) {
    case LineHealthModel::Quality:
        return anyOf(l.quality, {"FLAGGED", "DOWNGRADE", "RED", "YELLOW"});
    case LineHealthModel::Name:
        return anyOf(l.name, {"REJECTED", "DECLINED"});
    case LineHealthModel::Account:
        return anyOf(l.account, {"RESTRICTION", "VIOLATION", "DISABLED", "BANNED", "REJECTED"}) ||
               !l.restrictions.isEmpty();
    default:
        return false;
    }
}

bool lineNeedsAttention(const AccountHealth::Line &l)
{
    return lineNeedsAttention(l, LineHealthModel::Quality) ||
           lineNeedsAttention(l, LineHealthModel::Name) ||
           lineNeedsAttention(l, LineHealthModel::Account);
}

bool templateNeedsAttention(const AccountHealth::Template &t, int column)
{
    switch (column) {
    case TemplateHealthModel::Status:
        return anyOf(t.status, {"PAUSED", "DISABLED", "REJECTED", "FLAGGED"});
    case TemplateHealthModel::Quality:
        return anyOf(t.quality, {"RED", "YELLOW"});
    default:
        return false;
    }
}

} // namespace

QString AccountHealth::plainWords(const QString &value)
{
    static const QRegularExpression enumeration(QStringLiteral("^[A-Z][A-Z0-9_]*$"));
    if (!enumeration.match(value).hasMatch())
        return value;
    QString out = value.toLower().replace(u'_', u' ');
    out[0] = out.at(0).toUpper();
    return out;
}

const QStringList &AccountHealth::fields()
{
    static const QStringList fields = {
        QStringLiteral("phone_number_quality_update"),
        QStringLiteral("phone_number_name_update"),
        QStringLiteral("account_update"),
        QStringLiteral("account_review_update"),
        QStringLiteral("account_alerts"),
        QStringLiteral("business_capability_update"),
        QStringLiteral("message_template_status_update"),
        QStringLiteral("message_template_quality_update"),
        QStringLiteral("message_template_components_update"),
        QStringLiteral("template_category_update"),
        QStringLiteral("security"),
        QStringLiteral("payment_configuration_update"),
    };
    return fields;
}

AccountHealth AccountHealth::read(QSqlDatabase &db)
{
    AccountHealth health;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The CASE is named: PostgreSQL would call it phone_number_id too, and the ORDER BY would
    // not know which one it meant.
    if (!q.exec(QStringLiteral("SELECT phone_number_id, CASE WHEN label <> '' THEN label ELSE "
                               "phone_number_id END AS shown, waba_id FROM main.lines ORDER BY "
                               "label, phone_number_id"))) {
        qCWarning(lcModels) << "cannot read the lines' health:" << q.lastError().text();
        return health;
    }
    while (q.next()) {
        Line line;
        line.phoneNumberId = q.value(0).toString();
        line.label = q.value(1).toString();
        line.wabaId = q.value(2).toString();
        health.lines.append(line);
    }
    QStringList quoted;
    for (const QString &field : fields())
        quoted << u'\'' + field + u'\'';
    if (!q.exec(QStringLiteral("SELECT field, coalesce(line, ''), coalesce(event, ''), time, "
                               "facts, detail, delivery_id, waba_id, coalesce(template_id, '') "
                               "FROM proj.events WHERE field IN (") +
                quoted.join(u',') +
                // What Meta reported comes first; an operator's replay only fills what Meta
                // never said.
                QStringLiteral(") ORDER BY CASE WHEN origin = 'meta' THEN 0 ELSE 1 END, time "
                               "DESC, key DESC LIMIT 5000"))) {
        qCWarning(lcModels) << "cannot read the account events:" << q.lastError().text();
        return health;
    }
    QHash<QString, int> templates;
    QHash<QString, QString> capability;
    while (q.next()) {
        const QString field = q.value(0).toString();
        const QString line = q.value(1).toString();
        const QString event = q.value(2).toString();
        const qint64 time = q.value(3).toLongLong();
        const QJsonObject facts = object(q.value(4));
        const qint64 delivery = q.value(6).toLongLong();
        const QString waba = q.value(7).toString();
        if (field.contains(QLatin1String("template"))) {
            QString key = q.value(8).toString();
            if (key.isEmpty())
                key = string(facts, "message_template_name") + u'/' +
                      string(facts, "message_template_language");
            if (!templates.contains(key)) {
                templates.insert(key, int(health.templates.size()));
                Template added;
                added.id = key;
                added.name = string(facts, "message_template_name");
                added.language = string(facts, "message_template_language");
                added.changed = time;
                added.deliveryId = delivery;
                health.templates.append(added);
            }
            Template &t = health.templates[templates.value(key)];
            if (field == QLatin1String("message_template_status_update") && t.status.isEmpty()) {
                t.status = event;
                t.reason = string(facts, "reason");
                if (t.category.isEmpty())
                    t.category = string(facts, "message_template_category");
            }
            if (field == QLatin1String("template_category_update") && t.category.isEmpty())
                t.category = string(facts, "new_category");
            if (field == QLatin1String("message_template_quality_update") && t.quality.isEmpty())
                t.quality = string(facts, "new_quality_score");
            continue;
        }
        for (Line &l : health.lines) {
            const bool ofLine = line == l.phoneNumberId;
            const bool ofWaba = waba == l.wabaId && (line.isEmpty() || ofLine);
            bool used = false;
            if (field == QLatin1String("phone_number_quality_update") && ofLine &&
                l.quality.isEmpty()) {
                l.quality = event;
                if (l.messagingLimit.isEmpty())
                    l.messagingLimit = string(facts, "current_limit");
                if (l.messagingLimit.isEmpty())
                    l.messagingLimit = string(facts, "max_daily_conversations_per_business");
                used = true;
            } else if (field == QLatin1String("phone_number_name_update") && ofLine &&
                       l.name.isEmpty()) {
                l.name = string(facts, "decision");
                const QString requested = string(facts, "requested_verified_name");
                if (!requested.isEmpty())
                    l.name =
                        QStringLiteral("%1 (%2)").arg(requested, AccountHealth::plainWords(l.name));
                used = true;
            } else if ((field == QLatin1String("account_update") ||
                        field == QLatin1String("account_review_update")) &&
                       ofWaba && l.account.isEmpty()) {
                l.account = event;
                const QJsonArray restrictions =
                    object(q.value(5)).value(QLatin1String("restriction_info")).toArray();
                for (const QJsonValue &r : restrictions)
                    l.restrictions << AccountHealth::plainWords(
                        r.toObject().value(QLatin1String("restriction_type")).toString());
                used = true;
            } else if (field == QLatin1String("business_capability_update") && ofWaba &&
                       !capability.contains(l.phoneNumberId)) {
                // The WABA's tier counts only where the number reported no limit of its own.
                capability.insert(l.phoneNumberId,
                                  string(facts, "max_daily_conversations_per_business"));
                used = true;
            }
            if (used && time > l.changed) {
                l.changed = time;
                l.deliveryId = delivery;
            }
        }
    }
    for (Line &l : health.lines) {
        if (l.messagingLimit.isEmpty())
            l.messagingLimit = capability.value(l.phoneNumberId);
    }
    return health;
}

LineHealthModel::LineHealthModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LineHealthModel::setLines(const QList<AccountHealth::Line> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

int LineHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int LineHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LineHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const AccountHealth::Line &l = m_lines.at(index.row());
    if (role == DeliveryRole)
        return l.deliveryId;
    if (role == WarningRole) // the row as a whole in the first column, else the cell
        return index.column() == Line ? lineNeedsAttention(l)
                                      : lineNeedsAttention(l, index.column());
    if (role == Qt::ToolTipRole && index.column() == Account && !l.restrictions.isEmpty())
        return l.restrictions.join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    const QString unknown = tr("not reported");
    switch (index.column()) {
    case Line:
        return l.label;
    case Quality:
        return l.quality.isEmpty() ? unknown : AccountHealth::plainWords(l.quality);
    case Limit:
        return l.messagingLimit.isEmpty() ? unknown : AccountHealth::plainWords(l.messagingLimit);
    case Name:
        return l.name.isEmpty() ? unknown : l.name;
    case Account:
        if (l.account.isEmpty())
            return unknown;
        return l.restrictions.isEmpty()
                   ? AccountHealth::plainWords(l.account)
                   : tr("%1: %2").arg(AccountHealth::plainWords(l.account),
                                      l.restrictions.join(QStringLiteral(", ")));
    case Changed:
        return l.changed ? DisplayTime::fromSeconds(l.changed) : QString();
    default:
        return {};
    }
}

QVariant LineHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return tr("Line");
    case Quality:
        return tr("Quality");
    case Limit:
        return tr("Messaging limit");
    case Name:
        return tr("Display name");
    case Account:
        return tr("Account");
    case Changed:
        return tr("Last change");
    default:
        return {};
    }
}

TemplateHealthModel::TemplateHealthModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TemplateHealthModel::setTemplates(const QList<AccountHealth::Template> &templates)
{
    beginResetModel();
    m_templates = templates;
    endResetModel();
}

int TemplateHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

int TemplateHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TemplateHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_templates.size())
        return {};
    const AccountHealth::Template &t = m_templates.at(index.row());
    if (role == DeliveryRole)
        return t.deliveryId;
    if (role == WarningRole)
        return index.column() == Name
                   ? templateNeedsAttention(t, Status) || templateNeedsAttention(t, Quality)
                   : templateNeedsAttention(t, index.column());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return t.name.isEmpty() ? t.id : t.name;
    case Language:
        return t.language;
    case Status:
        return AccountHealth::plainWords(t.status);
    case Category:
        return AccountHealth::plainWords(t.category);
    case Quality:
        return AccountHealth::plainWords(t.quality);
    case Reason:
        return t.reason == QLatin1String("NONE") ? QString() : AccountHealth::plainWords(t.reason);
    case Changed:
        return DisplayTime::fromSeconds(t.changed);
    default:
        return {};
    }
}

QVariant TemplateHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Template");
    case Language:
        return tr("Language");
    case Status:
        return tr("Status");
    case Category:
        return tr("Category");
    case Quality:
        return tr("Quality");
    case Reason:
        return tr("Reason");
    case Changed:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace hookline
