#include "rejectionmodel.h"

#include "displaytime.h"

namespace hookline {

RejectionModel::RejectionModel(QSqlDatabase db, QObject *parent)
    : KeyedPageModel(std::move(db), parent)
{}

const KeyedPageModel::Query &RejectionModel::query() const
{
    static const Query q{
        QStringLiteral("main.rejections r"),
        QStringLiteral("r.id"),
        {QStringLiteral("r.id")},
        {QStringLiteral("r.at_us"), QStringLiteral("r.peer"), QStringLiteral("r.method"),
         QStringLiteral("r.route"), QStringLiteral("r.reason"), QStringLiteral("r.status"),
         QStringLiteral("r.size")},
        {tr("Time"), tr("Peer"), tr("Method"), tr("Route"), tr("Reason"), tr("Status"), tr("Size")},
    };
    return q;
}

QVariant RejectionModel::cell(const Row &row, int column, int role) const
{
    if (role == Qt::DisplayRole && column == Time)
        return DisplayTime::fromMicros(row.values.at(Time).toLongLong());
    return KeyedPageModel::cell(row, column, role);
}

} // namespace hookline
