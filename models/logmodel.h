#pragma once

#include "logsink.h"

#include <QAbstractTableModel>
#include <QList>
#include <QMutex>
#include <QTimer>

namespace hookline {

// The newest log lines for the console's log panel: a bounded ring (the oldest line goes before
// a new one comes in), fed from any thread and applied on the model's thread in batches.
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogModel)

public:
    enum Column
    {
        Time,
        Level,
        Category,
        Message,
        Ids,
    };
    enum Roles
    {
        LevelRole = Qt::UserRole, // QtMsgType
    };

    explicit LogModel(int capacity = 5000, QObject *parent = nullptr);
    ~LogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Thread-safe.
    void add(const LogRecord &record);
    // Takes every line LogSink writes from now on.
    void listen();

private:
    void flush();

    const int m_capacity;
    QList<LogRecord> m_rows;
    QMutex m_mutex; // guards m_incoming
    QList<LogRecord> m_incoming;
    QTimer m_timer;
    int m_listener = 0;
};

} // namespace hookline
