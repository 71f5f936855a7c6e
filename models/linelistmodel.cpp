#include "linelistmodel.h"

#include "modelslogging.h"

#include <QDateTime>

#include <algorithm>

namespace hookline {

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

QList<LineListModel::Line> LineListModel::arranged(const QList<Line> &read) const
{
    // "All lines" first, then the operator's own order, where there is one (lines it does not
    // name keep theirs, after it).
    QList<Line> lines{Line{}};
    lines += read;
    std::stable_sort(lines.begin() + 1, lines.end(), [this](const Line &a, const Line &b) {
        const qsizetype ia = m_order.indexOf(a.id);
        const qsizetype ib = m_order.indexOf(b.id);
        return (ia < 0 ? m_order.size() : ia) < (ib < 0 ? m_order.size() : ib);
    });
    Line all;
    all.health = LineReader::Health::Quiet;
    for (const Line &line : read) {
        all.unread += line.unread;
        all.rate += line.rate;
        all.deadLetters += line.deadLetters;
    }
    if (all.deadLetters > 0)
        all.health = LineReader::Health::Errors;
    else if (std::any_of(read.cbegin(), read.cend(), [](const Line &line) {
                 return line.health == LineReader::Health::Receiving;
             }))
        all.health = LineReader::Health::Receiving;
    lines[0] = all;
    return lines;
}

void LineListModel::refresh(qint64 nowUs)
{
    if (nowUs == 0)
        nowUs = QDateTime::currentMSecsSinceEpoch() * 1000;
    bool ok = false;
    const qint64 started = QDateTime::currentMSecsSinceEpoch() * 1000;
    const QList<Line> read = m_reader.read(m_db, nowUs, &ok);
    if (ok) {
        m_readUs = std::max(m_readUs, started);
        apply(read);
    }
}

void LineListModel::applyRead(const QList<Line> &lines, qint64 startedUs)
{
    if (startedUs < m_readUs)
        return; // read before what is shown: an operator's change would flicker away
    m_readUs = startedUs;
    apply(lines);
}

void LineListModel::apply(const QList<Line> &read)
{
    m_read = read;
    const QList<Line> fresh = arranged(read);
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
    apply(m_read);
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
