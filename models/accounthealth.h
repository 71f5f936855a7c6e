#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace hookline {

// The state of every line's number and account, and of every template, as Meta's account and
// template webhooks last told it: read from the events, newest first.
struct AccountHealth
{
    struct Line
    {
        QString phoneNumberId;
        QString label;
        QString wabaId;
        QString quality;        // the latest quality event (FLAGGED, UPGRADE, ...)
        QString messagingLimit; // current_limit, else the tier the business may send to
        QString name;           // the display name review: APPROVED, REJECTED, ...
        QString account;        // the latest account_update / account_review_update
        QStringList restrictions;
        qint64 changed = 0;    // unix seconds of the latest of these
        qint64 deliveryId = 0; // the delivery that brought it
    };
    struct Template
    {
        QString id;
        QString name;
        QString language;
        QString status;
        QString category;
        QString quality;
        QString reason;
        qint64 changed = 0;
        qint64 deliveryId = 0;
    };
    QList<Line> lines;
    QList<Template> templates; // newest change first

    // Reads it (the newest 5,000 account and template events at most).
    static AccountHealth read(QSqlDatabase &db);
    // The fields these events come in.
    static const QStringList &fields();
    // Meta's enumerations as words (THROUGHPUT_UPGRADE: "Throughput upgrade"); anything else,
    // names and ids, as it is.
    static QString plainWords(const QString &value);
};

// One row per line: quality, messaging limit, display name, account status, last change.
class LineHealthModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LineHealthModel)

public:
    enum Column
    {
        Line,
        Quality,
        Limit,
        Name,
        Account,
        Changed,
        ColumnCount
    };
    enum Roles
    {
        DeliveryRole = Qt::UserRole + 1,
        WarningRole, // bool: something here needs attention
    };

    explicit LineHealthModel(QObject *parent = nullptr);
    void setLines(const QList<AccountHealth::Line> &lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AccountHealth::Line> m_lines;
};

// One row per template, newest change first: status, category, quality, reason.
class TemplateHealthModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TemplateHealthModel)

public:
    enum Column
    {
        Name,
        Language,
        Status,
        Category,
        Quality,
        Reason,
        Changed,
        ColumnCount
    };
    enum Roles
    {
        DeliveryRole = Qt::UserRole + 1,
        WarningRole,
    };

    explicit TemplateHealthModel(QObject *parent = nullptr);
    void setTemplates(const QList<AccountHealth::Template> &templates);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AccountHealth::Template> m_templates;
};

} // namespace hookline
