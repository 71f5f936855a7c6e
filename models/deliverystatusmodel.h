#pragma once

#include "keyedpagemodel.h"
#include "messageref.h"

namespace hookline {

struct DeliveryStatusFilter
{
    QString line;
    QString status;   // sent | delivered | read | played | failed; empty: any
    QString code;     // error code of a failure
    qint64 since = 0; // unix seconds
};

// Outbound messages and where each got to, newest first: every step's time, the failure's
// code, title and a plain-language hint, and the pricing category.
class DeliveryStatusModel final : public KeyedPageModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryStatusModel)

public:
    enum Column
    {
        Line,
        Recipient,
        Message,
        Status,
        Sent,
        Delivered,
        Read,
        Failed,
        Code,
        Title,
        Hint,
        Pricing,
        Source, // Meta, or an operator's replay
    };

    explicit DeliveryStatusModel(QSqlDatabase db, QObject *parent = nullptr);
    void setFilter(const DeliveryStatusFilter &filter);
    const DeliveryStatusFilter &filter() const { return m_filter; }
    // The message a row is about, to open it in its conversation.
    MessageRef messageAt(int row) const;

protected:
    const Query &query() const override;
    void addFilters(QStringList &conditions, QVariantList &binds) const override;
    QVariant cell(const Row &row, int column, int role) const override;

private:
    DeliveryStatusFilter m_filter;
};

} // namespace hookline
