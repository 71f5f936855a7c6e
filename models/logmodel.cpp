#include "logmodel.h"

#include <QMutexLocker>

namespace hookline {

LogModel::LogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(capacity)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, &LogModel::flush);
}

LogModel::~LogModel()
{
    if (m_listener)
        LogSink::removeListener(m_listener);
}

void LogModel::listen()
{
    if (!m_listener)
        m_listener = LogSink::addListener([this](const LogRecord &record) { add(record); });
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 5;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogRecord &r = m_rows.at(index.row());
    if (role == LevelRole)
        return int(r.level);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return r.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    case Level:
        return LogRecord::levelName(r.level);
    case Category:
        return r.category;
    case Message:
        return r.message;
    case Ids: {
        QStringList ids;
        for (auto it = r.ids.cbegin(); it != r.ids.cend(); ++it)
            ids << it.key() + u'=' + it.value();
        return ids.join(u' ');
    }
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString names[] = {tr("Time"), tr("Level"), tr("Category"), tr("Message"), tr("Ids")};
    return section >= 0 && section < 5 ? names[section] : QString();
}

void LogModel::add(const LogRecord &record)
{
    {
        QMutexLocker lock(&m_mutex);
        m_incoming.append(record);
        if (m_incoming.size() > m_capacity)
            m_incoming.removeFirst();
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_timer.isActive())
                m_timer.start();
        },
        Qt::QueuedConnection);
}

void LogModel::flush()
{
    QList<LogRecord> incoming;
    {
        QMutexLocker lock(&m_mutex);
        incoming.swap(m_incoming);
    }
    if (incoming.isEmpty())
        return;
    const qsizetype overflow = m_rows.size() + incoming.size() - m_capacity;
    if (overflow > 0) {
        const int drop = int(std::min(overflow, m_rows.size()));
        beginRemoveRows({}, 0, drop - 1);
        m_rows.remove(0, drop);
        endRemoveRows();
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(incoming.size()) - 1);
    m_rows.append(incoming);
    endInsertRows();
}

} // namespace hookline
