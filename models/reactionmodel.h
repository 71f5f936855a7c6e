#pragma once

#include "keyedpagemodel.h"
#include "messageref.h"

namespace hookline {

// The most recent reactions (the current one of each person on each message), newest first.
class ReactionModel final : public KeyedPageModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReactionModel)

public:
    enum Column
    {
        Who,
        Emoji,
        Message,
        Line,
        Time,
    };

    explicit ReactionModel(QSqlDatabase db, QObject *parent = nullptr);
    void setLine(const QString &line);
    // The message a row's reaction is on, to open it in its conversation.
    MessageRef messageAt(int row) const;

protected:
    const Query &query() const override;
    void addFilters(QStringList &conditions, QVariantList &binds) const override;
    QVariant cell(const Row &row, int column, int role) const override;

private:
    QString m_line;
};

} // namespace hookline
