#pragma once

#include <QSortFilterProxyModel>

namespace hookline {

// Log lines at or above a level whose message, category or ids contain a text.
class LogFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogFilter)

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    // 0 debug, 1 info, 2 warning, 3 error.
    void setMinimumSeverity(int severity);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_severity = 0;
    QString m_text;
};

} // namespace hookline
