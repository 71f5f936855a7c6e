#include "conversationlistmodel.h"

#include "graph/servicewindow.h"
#include "messagecard.h"
#include "statustext.h"

#include <QMap>
#include <QRegularExpression>

namespace hookline {

namespace {

enum Value
{
    Line,
    Customer,
    Name,
    Preview,
    Type,
    Time,
    Unread,
    Direction,
    Status,
    LineLabel,
    Kind,
    Username,
    LastOutboundStatus,
    WindowCloses,
};

} // namespace

ConversationListModel::ConversationListModel(QSqlDatabase db, QObject *parent)
    : KeyedPageModel(std::move(db), parent)
{}

const KeyedPageModel::Query &ConversationListModel::query() const
{
    static const Query q{
        QStringLiteral("proj.conversations v "
                       "LEFT JOIN proj.messages m ON m.line = v.line AND m.wamid = v.last_wamid "
                       "LEFT JOIN proj.contacts c ON c.line = v.line AND c.customer = v.customer "
                       "LEFT JOIN proj.calls cl ON cl.line = v.line AND cl.call_id = v.last_wamid "
                       "LEFT JOIN proj.read_markers k ON k.line = v.line AND k.customer = "
                       "v.customer"),
        QStringLiteral("v.line || '/' || v.customer"),
        {QStringLiteral("v.last_ts"), QStringLiteral("v.line"), QStringLiteral("v.customer")},
        {QStringLiteral("v.line"), QStringLiteral("v.customer"),
         QStringLiteral("coalesce(c.name, c.saved_name)"),
         QStringLiteral(
             "CASE WHEN m.revoked <> 0 THEN '' ELSE coalesce(m.edited_text, m.text) END"),
         QStringLiteral("CASE WHEN m.revoked <> 0 THEN 'revoked' WHEN m.type IS NULL AND "
                        "cl.call_id IS NOT NULL THEN 'call' ELSE m.type END"),
         QStringLiteral("v.last_ts"),
         QStringLiteral(
             "CASE WHEN v.last_inbound_ts > coalesce(k.read_ts, 0) THEN (SELECT count(*) FROM "
             "(SELECT 1 FROM proj.messages u WHERE u.line = v.line AND u.customer = v.customer "
             "AND u.timestamp > coalesce(k.read_ts, 0) AND u.direction = 'inbound' "
             "AND u.history_status IS NULL "
             "AND u.type NOT IN ('reaction', 'edit', 'revoke') LIMIT 100) AS unread) ELSE 0 END"),
         QStringLiteral("m.direction"), QStringLiteral("m.status"),
         QStringLiteral("(SELECT CASE WHEN l.label <> '' THEN l.label ELSE l.phone_number_id END "
                        "FROM main.lines l WHERE l.phone_number_id = v.line)"),
         QStringLiteral("coalesce(c.kind, 'person')"), QStringLiteral("c.username"),
         // The status of the business's latest message among the conversation's last 50 (the
         // index walks back from the newest; a long run of inbound messages stops it there).
         QStringLiteral("(SELECT o.status FROM (SELECT r.direction, r.status FROM proj.messages "
                        "r WHERE r.line = v.line AND r.customer = v.customer ORDER BY "
                        "r.timestamp DESC LIMIT 50) o WHERE o.direction = 'outbound' LIMIT 1)"),
         ServiceWindow::closesAtSql(QStringLiteral("v"))},
        {tr("Conversation")},
    };
    return q;
}

void ConversationListModel::setLine(const QString &line)
{
    if (line == m_line && rowCount() > 0)
        return;
    m_line = line;
    reload();
}

QString ConversationListModel::phoneDigits(const QString &text)
{
    static const QRegularExpression formatting(QStringLiteral("[\\s+()./-]"));
    QString digits = text;
    digits.remove(formatting);
    if (digits.size() < 3)
        return {};
    for (const QChar c : std::as_const(digits)) {
        if (c < u'0' || c > u'9')
            return {};
    }
    return digits;
}

void ConversationListModel::setClosingSoon(bool closingSoon)
{
    if (closingSoon == m_closingSoon)
        return;
    m_closingSoon = closingSoon;
    reload();
}

void ConversationListModel::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    reload();
}

QString ConversationListModel::identityCondition(const QVariantList &ids, QVariantList &binds) const
{
    // By the primary key (line, customer), not by the composed identity, which has no index;
    // SQLite 3.40 scans for a row-value IN list. One term per line with its customers IN a
    // list: an OR of a pair per conversation costs more to parse and plan than to run when a
    // busy second changes a hundred conversations.
    QMap<QString, QStringList> byLine;
    for (const QVariant &id : ids) {
        const QString text = id.toString();
        const qsizetype slash = text.indexOf(u'/');
        byLine[text.left(slash)] << text.mid(slash + 1);
    }
    QStringList terms;
    for (auto it = byLine.cbegin(); it != byLine.cend(); ++it) {
        binds << it.key();
        for (const QString &customer : it.value())
            binds << customer;
        terms << QStringLiteral("(v.line = ? AND v.customer IN (") +
                     placeholderList(it.value().size()) + QStringLiteral("))");
    }
    return terms.join(QStringLiteral(" OR "));
}

void ConversationListModel::addFilters(QStringList &conditions, QVariantList &binds) const
{
    if (!m_line.isEmpty()) {
        conditions << QStringLiteral("v.line = ?");
        binds << m_line;
    }
    if (m_closingSoon) {
        // Open now and closing within the hour; window_ts (indexed) narrows it first.
        const qint64 now = ServiceWindow::nowSeconds();
        conditions << QStringLiteral("v.window_ts > ? AND %1 > ? AND %1 <= ?")
                          .arg(ServiceWindow::closesAtSql(QStringLiteral("v")));
        binds << now - ServiceWindow::EntryPointSeconds << now << now + ClosingSoonSeconds;
    }
    if (!m_text.isEmpty()) {
        QString condition =
            QStringLiteral("instr(v.customer, ?) > 0 OR instr(lower(c.name), lower(?)) > 0 OR "
                           "instr(lower(c.username), lower(?)) > 0");
        binds << m_text << m_text << m_text;
        // A number matches whatever its formatting ("+1 (555) 000-5555"), and a customer's
        // other numbers and ids (before a number change, business-scoped ids) find the
        // conversation too. Each subquery runs once, not per conversation.
        if (const QString digits = phoneDigits(m_text); !digits.isEmpty()) {
            condition += QStringLiteral(
                " OR instr(v.customer, ?) > 0 OR instr(coalesce(c.wa_id, ''), ?) > 0"
                " OR v.customer IN (SELECT customer FROM proj.identities WHERE instr(id, ?) > 0)"
                " OR v.customer IN (SELECT new_id FROM proj.contact_links WHERE instr(old_id, ?) "
                "> 0 UNION SELECT old_id FROM proj.contact_links WHERE instr(new_id, ?) > 0)");
            binds << digits << digits << digits << digits << digits;
        }
        conditions << condition;
    }
}

QVariant ConversationListModel::cell(const Row &row, int, int role) const
{
    const QVariantList &v = row.values;
    switch (role) {
    case Qt::DisplayRole: {
        if (!v.at(Name).toString().isEmpty())
            return v.at(Name).toString();
        // A username says more than a business-scoped id.
        return v.at(Username).toString().isEmpty() ? v.at(Customer).toString()
                                                   : v.at(Username).toString();
    }
    case UsernameRole:
        return v.at(Username);
    case LastOutboundFailedRole:
        return v.at(LastOutboundStatus).toString() == QLatin1String("failed");
    case IsGroupRole:
        return v.at(Kind).toString() == QLatin1String("group");
    case Qt::ToolTipRole:
        return v.at(Customer);
    case LineRole:
        return v.at(Line);
    case CustomerRole:
        return v.at(Customer);
    case NameRole:
        return v.at(Name);
    case PreviewRole: {
        const QString text = v.at(Preview).toString();
        if (!text.isEmpty())
            return text.simplified();
        const QString type = v.at(Type).toString();
        if (type == QLatin1String("call"))
            return tr("☎ Call");
        if (type.isEmpty())
            return v.at(Kind).toString() == QLatin1String("group") ? tr("Group changed")
                                                                   : QString();
        if (type == QLatin1String("revoked"))
            return tr("Message deleted");
        if (type == QLatin1String("unknown") &&
            v.at(Direction).toString() == QLatin1String("outbound"))
            return v.at(Value::Status).toString().isEmpty()
                       ? tr("Message sent")
                       : tr("Message %1").arg(StatusText::of(v.at(Value::Status).toString()));
        const MessageCard card = MessageCard::describe(type, {}, {});
        return card.text.isEmpty() ? card.kind : card.text;
    }
    case LineLabelRole:
        return v.at(LineLabel);
    case TimeRole:
        return v.at(Time);
    case UnreadRole:
        return v.at(Unread);
    case LastDirectionRole:
        return v.at(Direction);
    case LastStatusRole:
        return v.at(Value::Status);
    case WindowClosesRole:
        return v.at(WindowCloses).toLongLong();
    default:
        return {};
    }
}

} // namespace hookline
