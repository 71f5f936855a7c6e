#pragma once

#include "storage/linereader.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace hookline {

// The lines pane: "All lines" first, then every configured line with its unread
// conversations, events per minute and health. Few rows: refresh() re-reads them (or apply()
// takes what a LineReader read elsewhere) and signals only what changed.
class LineListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineListModel)

public:
    enum Roles
    {
        PhoneNumberIdRole = Qt::UserRole, // empty for "All lines"
        LabelRole,
        NumberRole, // the display number
        AppRole,
        UnreadRole, // conversations with unread messages
        RateRole,   // deliveries naming the line in the last minute
        HealthRole, // Health
        DeadLettersRole,
        ActiveRole,
    };
    enum Health
    {
        Receiving = int(LineReader::Health::Receiving),
        Quiet = int(LineReader::Health::Quiet),
        Errors = int(LineReader::Health::Errors),
        Disabled = int(LineReader::Health::Disabled),
    };
    Q_ENUM(Health)

    explicit LineListModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-reads the lines and their counts on this thread; nowUs is injectable for tests.
    void refresh(qint64 nowUs = 0);
    // Shows lines read by a LineReader on another connection (see LineCountService) at
    // startedUs, unless this model has read newer ones itself since.
    void applyRead(const QList<LineReader::Line> &lines, qint64 startedUs);
    int rowOfLine(const QString &phoneNumberId) const;
    int lineCount() const { return int(m_rows.size()) - 1; }

    // Lines show in the order they were added, so Ctrl+1…9 keep meaning the same line; the
    // operator may reorder them (by dragging): that order, as phone number ids, comes first.
    void setOrder(const QStringList &ids);
    QStringList order() const;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

signals:
    // The operator moved a line: the new order, to remember.
    void orderChanged(const QStringList &ids);

private:
    using Line = LineReader::Line;
    QList<Line> arranged(const QList<Line> &read) const;
    void apply(const QList<Line> &read);
    qint64 m_readUs = 0; // when the lines shown were read

    QSqlDatabase m_db;
    LineReader m_reader;
    QList<Line> m_rows;
    QList<Line> m_read; // as last read, before the operator's order and "All lines"
    QStringList m_order;
};

} // namespace hookline
