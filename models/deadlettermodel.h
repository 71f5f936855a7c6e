#pragma once

#include "keyedpagemodel.h"

namespace hookline {

struct DeadLetterView
{
    QString state = QStringLiteral("dead"); // empty: every state
    QString reason;                         // empty: any
    QString line;                           // empty: any; "-" for none
    QString code;                           // empty: any
};

// What became of dead letters an operator retried, once processing has had them.
struct RetryTally
{
    int retrying = 0;   // not processed yet
    int projected = 0;  // processed this time
    int sameCause = 0;  // dead again, for the reason they had
    int otherCause = 0; // processed, but their item failed in another way
    int discarded = 0;  // discarded meanwhile
    bool settled() const { return retrying == 0; }
};

// Dead letters, newest first, each with the delivery's receive time and a preview of its body.
class DeadLetterModel final : public KeyedPageModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeadLetterModel)

public:
    enum Column
    {
        Reason,
        Line,
        Code,
        Detail,
        Attempts,
        LastError,
        State,
        Received,
        Delivery,
        Preview,
    };

    explicit DeadLetterModel(QSqlDatabase db, QObject *parent = nullptr);
    void setView(const DeadLetterView &view);
    const DeadLetterView &view() const { return m_view; }

    // The error code a dead letter is grouped by: Meta's code when its detail carries one.
    static QString codeExpression();

    // Where the dead letters with these ids stand now.
    RetryTally tally(const QList<qint64> &ids) const;
    // The whole body of a delivery (for the detail pane), or empty when it is gone.
    QByteArray payload(qint64 deliveryId) const;
    // What became of the delivery, one readable line per step (received, routed, attempts,
    // dead letters, operator actions).
    QStringList trail(qint64 deliveryId) const;

protected:
    const Query &query() const override;
    void addFilters(QStringList &conditions, QVariantList &binds) const override;
    QVariant cell(const Row &row, int column, int role) const override;

private:
    DeadLetterView m_view;
};

} // namespace hookline
