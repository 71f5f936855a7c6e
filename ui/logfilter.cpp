#include "logfilter.h"

#include "logmodel.h"

namespace hookline {

namespace {

int severityOf(int type)
{
    switch (QtMsgType(type)) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    default:
        return 3;
    }
}

} // namespace

void LogFilter::setMinimumSeverity(int severity)
{
    m_severity = severity;
    invalidateFilter();
}

void LogFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool LogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (severityOf(first.data(LogModel::LevelRole).toInt()) < m_severity)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {LogModel::Message, LogModel::Category, LogModel::Ids}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace hookline
