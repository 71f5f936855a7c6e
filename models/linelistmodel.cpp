#include "linelistmodel.h"

#include "modelslogging.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace hookline {

namespace {

constexpr qint64 minuteUs = 60'000'000;

} // namespace

LineListModel::LineListModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
{}

int LineListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> LineListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PhoneNumberIdRole, "phoneNumberId");
    names.insert(UnreadRole, "unread");
    names.insert(RateRole, "rate");
    names.insert(HealthRole, "health");
    return names;
}

QVariant LineListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &line = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        if (index.row() == 0)
            return tr("All lines");
        return line.label.isEmpty() ? line.id : line.label;
    case Qt::ToolTipRole:
        if (index.row() == 0)
            return tr("Every line's conversations");
        return tr("%1\nNumber: %2\nPhone number id: %3\nApp: %4")
            .arg(line.label, line.number, line.id, line.app);
    case PhoneNumberIdRole:
        return line.id;
    case NumberRole:
        return line.number;
    case AppRole:
        return line.app;
    case UnreadRole:
        return line.unread;
    case RateRole:
        return line.rate;
    case HealthRole:
        return int(line.health);
    case DeadLettersRole:
        return line.deadLetters;
    case ActiveRole:
        return line.active;
    default:
        return {};
    }
}

int LineListModel::rowOfLine(const QString &phoneNumberId) const
{
    for (int i = 1; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == phoneNumberId)
            return i;
    }
    return phoneNumberId.isEmpty() && !m_rows.isEmpty() ? 0 : -1;
}

void LineListModel::countDeliveries(qint64 nowUs)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (m_lastDeliveryId < 0) {
        // Start with the last minute's deliveries (ids grow with receive time).
        q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM main.deliveries"));
        const qint64 last = q.next() ? q.value(0).toLongLong() : 0;
        m_lastDeliveryId = std::max<qint64>(0, last - 100'000);
        q.finish();
    }
    q.prepare(QStringLiteral("SELECT id, lines, route_line, received_at_us FROM main.deliveries "
                             "WHERE id > ? AND received_at_us > ? ORDER BY id LIMIT 100000"));
    q.addBindValue(m_lastDeliveryId);
    q.addBindValue(nowUs - minuteUs);
    if (!q.exec()) {
        qCWarning(lcModels) << "cannot count deliveries:" << q.lastError().text();
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

QList<LineListModel::Line> LineListModel::read(qint64 nowUs)
{
    QList<Line> lines;
    lines.append(Line{});
    QSqlQuery q(m_db);
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
        qCWarning(lcModels) << "cannot read the lines:" << q.lastError().text();
        return m_rows.isEmpty() ? lines : m_rows;
    }
    Line all;
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
            line.health = Disabled;
        else if (line.deadLetters > 0)
            line.health = Errors;
        else if (nowUs - line.lastActivityUs < ReceivingWindowSecs * 1'000'000)
            line.health = Receiving;
        else
            line.health = Quiet;
        all.unread += line.unread;
        all.rate += line.rate;
        all.deadLetters += line.deadLetters;
        lines.append(line);
    }
    // Then the operator's own order, where there is one (lines it does not name keep theirs,
    // after it).
    std::stable_sort(lines.begin() + 1, lines.end(), [this](const Line &a, const Line &b) {
        const qsizetype ia = m_order.indexOf(a.id);
        const qsizetype ib = m_order.indexOf(b.id);
        return (ia < 0 ? m_order.size() : ia) < (ib < 0 ? m_order.size() : ib);
    });
    all.health = all.deadLetters > 0 ? Errors : Quiet;
    for (int i = 1; i < lines.size(); ++i) {
        if (lines.at(i).health == Receiving && all.health == Quiet)
            all.health = Receiving;
    }
    lines[0] = all;
    return lines;
}

void LineListModel::refresh(qint64 nowUs)
{
    if (nowUs == 0)
        nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    countDeliveries(nowUs);
    const QList<Line> fresh = read(nowUs);
    // Lines are keyed by id: update in place, insert and remove exactly the rows concerned.
    int row = 0;
    for (const Line &line : fresh) {
        const int at = row == 0 ? 0 : [&] {
            for (int i = row; i < m_rows.size(); ++i) {
                if (m_rows.at(i).id == line.id)
                    return i;
            }
            return -1;
        }();
        if (at < 0 || at >= m_rows.size()) {
            beginInsertRows({}, row, row);
            m_rows.insert(row, line);
            endInsertRows();
        } else {
            if (at > row) {
                beginRemoveRows({}, row, at - 1);
                m_rows.remove(row, at - row);
                endRemoveRows();
            }
            if (!(m_rows.at(row) == line)) {
                m_rows[row] = line;
                emit
                dataChanged(index(row), index(row));
            }
        }
        ++row;
    }
    if (row < m_rows.size()) {
        beginRemoveRows({}, row, int(m_rows.size()) - 1);
        m_rows.remove(row, m_rows.size() - row);
        endRemoveRows();
    }
}

void LineListModel::setOrder(const QStringList &ids)
{
    if (ids == m_order)
        return;
    m_order = ids;
    refresh();
}

QStringList LineListModel::order() const
{
    QStringList ids;
    for (int i = 1; i < m_rows.size(); ++i)
        ids << m_rows.at(i).id;
    return ids;
}

Qt::ItemFlags LineListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractListModel::flags(index);
    if (index.isValid() && index.row() > 0)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

bool LineListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                             const QModelIndex &destinationParent, int destinationChild)
{
    // Lines only ("All lines" stays first), one block, to a real place.
    if (sourceParent.isValid() || destinationParent.isValid() || count < 1 || sourceRow < 1 ||
        sourceRow + count > m_rows.size() || destinationChild < 1 ||
        destinationChild > m_rows.size() ||
        (destinationChild >= sourceRow && destinationChild <= sourceRow + count))
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow + count - 1, {}, destinationChild))
        return false;
    const QList<Line> moved = m_rows.mid(sourceRow, count);
    m_rows.remove(sourceRow, count);
    const int at = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i)
        m_rows.insert(at + i, moved.at(i));
    endMoveRows();
    m_order = order();
    emit
    orderChanged(m_order);
    return true;
}

} // namespace hookline
