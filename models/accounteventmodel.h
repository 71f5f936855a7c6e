#pragma once

#include "keyedpagemodel.h"

namespace hookline {

// What Meta said about the accounts, newest first: quality, name, account, capability,
// template and security events, and the value-level errors of the messages field, each in plain
// words (errors with the catalogue's hint) and with the delivery that brought it.
class AccountEventModel final : public KeyedPageModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountEventModel)

public:
    enum Column
    {
        Time,
        What,
        Change,
        Scope,
        Delivery,
        Details,
    };
    enum Roles
    {
        DeliveryIdRole = FirstCustomRole,
    };

    explicit AccountEventModel(QSqlDatabase db, QObject *parent = nullptr);

    // "Template status", "Number quality", ... for a webhook field.
    static QString fieldName(const QString &field);

protected:
    const Query &query() const override;
    QVariant cell(const Row &row, int column, int role) const override;

private:
    enum Value
    {
        TimeValue,
        FieldValue,
        EventValue,
        ScopeValue,
        FactsValue,
        DetailValue,
        DeliveryValue,
    };
};

} // namespace hookline
