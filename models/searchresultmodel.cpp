#include "searchresultmodel.h"

#include "modelslogging.h"

#include <QPoint>

namespace hookline {

namespace {

// Enough for a screenful of conversations; the count says when there are more.
constexpr int HitLimit = 200;

} // namespace

SearchResultModel::SearchResultModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
{}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.excerpt;
    case Qt::ToolTipRole:
        return hit.name;
    case KindRole:
        return int(hit.kind);
    case NameRole:
        return hit.name;
    case LineRole:
        return hit.line;
    case CustomerRole:
        return hit.customer;
    case WamidRole:
        return hit.wamid;
    case TimestampRole:
        return hit.timestamp;
    case InboundRole:
        return hit.direction == QLatin1String("inbound");
    case RangesRole: {
        QVariantList ranges;
        for (const SearchText::Range &range : hit.ranges)
            ranges.append(QPoint(int(range.start), int(range.length)));
        return ranges;
    }
    case GroupStartRole: {
        if (index.row() == 0)
            return true;
        const SearchHit &before = m_hits.at(index.row() - 1);
        return before.line != hit.line || before.customer != hit.customer;
    }
    default:
        return {};
    }
}

void SearchResultModel::search(const QString &query, const QString &line)
{
    beginResetModel();
    m_query = query;
    m_line = line;
    m_hits.clear();
    m_terms.clear();
    m_more = false;
    m_error.clear();
    m_conversations = 0;
    const auto found = MessageSearch(m_db).find(query, line, HitLimit);
    if (found) {
        m_terms = found->terms;
        m_hits = found->hits;
        m_more = found->more;
        for (int row = 0; row < m_hits.size(); ++row) {
            if (data(index(row), GroupStartRole).toBool())
                ++m_conversations;
        }
    } else {
        // Never SQL in front of an agent: the log has it, the panel says the search failed.
        qCWarning(lcModels) << "search failed:" << found.error();
        m_error = found.error();
    }
    endResetModel();
    emit
    searched();
}

void SearchResultModel::clear()
{
    beginResetModel();
    m_query.clear();
    m_terms.clear();
    m_hits.clear();
    m_more = false;
    m_error.clear();
    m_conversations = 0;
    endResetModel();
    emit
    searched();
}

MessageRef SearchResultModel::messageAt(int row) const
{
    if (row < 0 || row >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(row);
    return {hit.line, hit.customer, hit.wamid};
}

int SearchResultModel::messageCount() const
{
    return int(std::count_if(m_hits.cbegin(), m_hits.cend(), [](const SearchHit &hit) {
        return hit.kind == SearchHit::Kind::Message;
    }));
}

} // namespace hookline
