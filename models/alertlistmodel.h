#pragma once

#include "keyedpagemodel.h"

namespace hookline {

// The alerts the rules raised, newest first: when, which rule, on which line, what happened,
// whether someone acknowledged it (who, when) or its condition ended, and how its webhook POST
// went.
class AlertListModel final : public KeyedPageModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertListModel)

public:
    enum Column
    {
        Fired,
        Rule,
        Line,
        Summary,
        State,
        Webhook,
    };
    enum Roles
    {
        AlertIdRole = FirstCustomRole,
        AcknowledgedRole, // bool
        DeliveryIdRole,
    };

    explicit AlertListModel(QSqlDatabase db, QObject *parent = nullptr);

    void setShowAcknowledged(bool show);
    bool showAcknowledged() const { return m_showAcknowledged; }
    // Open (unacknowledged) alerts, whatever the filter.
    int openCount() const;

    // "Template paused or rejected", ... for a rule's name.
    static QString ruleName(const QString &rule);

protected:
    const Query &query() const override;
    void addFilters(QStringList &conditions, QVariantList &binds) const override;
    QVariant cell(const Row &row, int column, int role) const override;

private:
    enum Value
    {
        FiredValue,
        RuleValue,
        LineValue,
        SummaryValue,
        AckByValue,
        AckAtValue,
        ClearedValue,
        PostStateValue,
        PostAttemptsValue,
        PostErrorValue,
        DeliveryValue,
    };
    bool m_showAcknowledged = false;
    QSqlDatabase m_db;
};

} // namespace hookline
