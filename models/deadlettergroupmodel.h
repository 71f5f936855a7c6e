#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

namespace hookline {

// Dead letters still dead, grouped by reason × line × error code, with their counts. The groups
// are few, so refresh() re-reads them all and applies only the differences.
class DeadLetterGroupModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLetterGroupModel)

public:
    enum Column
    {
        Reason,
        Line,
        Code,
        Count,
    };
    struct Group
    {
        QString reason;
        QString line; // empty: none; "*": any (a cause that is the same on every line)
        QString code;
        int count = 0;
    };

    explicit DeadLetterGroupModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Re-reads the groups; aboutToRefresh and refreshed bracket the row signals it emits.
    void refresh();
    // The row of the group with that reason, line and code, or -1.
    int rowOf(const QString &reason, const QString &line, const QString &code) const;

signals:
    void aboutToRefresh();
    void refreshed();

public:
    const Group &group(int row) const { return m_groups.at(row); }
    int total() const;

private:
    QSqlDatabase m_db;
    QList<Group> m_groups;
};

} // namespace hookline
