#pragma once

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace hookline {

// The lines pane: "All lines" first, then every configured line with its unread
// conversations, events per minute and health. Few rows: refresh() re-reads them and signals
// only what changed.
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
        Receiving, // a delivery within the last few minutes
        Quiet,
        Errors, // dead letters wait for the operator
        Disabled,
    };
    Q_ENUM(Health)

    static constexpr qint64 ReceivingWindowSecs = 300;

    explicit LineListModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-reads the lines and their counts; nowUs is injectable for tests.
    void refresh(qint64 nowUs = 0);
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

public:
private:
    struct Line
    {
        QString id;
        QString label;
        QString number;
        QString app;
        bool active = true;
        int unread = 0;
        int rate = 0;
        int deadLetters = 0;
        qint64 lastActivityUs = 0;
        Health health = Quiet;
        bool operator==(const Line &) const = default;
    };
    void countDeliveries(qint64 nowUs);
    QList<Line> read(qint64 nowUs);

    QSqlDatabase m_db;
    QList<Line> m_rows;
    qint64 m_lastDeliveryId = -1;
    QHash<QString, QList<qint64>> m_recent; // line -> receive times (us) in the last minute
    QHash<QString, qint64> m_lastReceivedUs;
    QStringList m_order;
};

} // namespace hookline
