#pragma once

#include "keyedpagemodel.h"

namespace hookline {

// The bounded record of refused requests (bad signatures, oversized bodies, ...), newest first.
class RejectionModel final : public KeyedPageModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectionModel)

public:
    enum Column
    {
        Time,
        Peer,
        Method,
        Route,
        Reason,
        Status,
        Size,
    };

    explicit RejectionModel(QSqlDatabase db, QObject *parent = nullptr);

protected:
    const Query &query() const override;
    QVariant cell(const Row &row, int column, int role) const override;
};

} // namespace hookline
