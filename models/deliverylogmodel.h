#pragma once

#include "keyedpagemodel.h"

namespace hookline {

struct DeliveryLogFilter
{
    QString line;    // a phone_number_id the delivery names or was routed to
    QString route;   // exact request path
    QString verdict; // verified | replay
    QString state;   // processed | pending | retrying
    qint64 sinceUs = 0;
    qint64 untilUs = 0;
    QString text; // bytes to find in the body
};

// The delivery log, newest first, for the inspector.
class DeliveryLogModel final : public KeyedPageModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeliveryLogModel)

public:
    enum Column
    {
        Id,
        Received,
        Source,
        Route,
        Lines,
        App,
        Verdict,
        State,
        Size,
        Flags,
    };

    explicit DeliveryLogModel(QSqlDatabase db, QObject *parent = nullptr);
    void setFilter(const DeliveryLogFilter &filter);
    const DeliveryLogFilter &filter() const { return m_filter; }

protected:
    const Query &query() const override;
    void addFilters(QStringList &conditions, QVariantList &binds) const override;
    QVariant cell(const Row &row, int column, int role) const override;

private:
    DeliveryLogFilter m_filter;
};

} // namespace hookline
