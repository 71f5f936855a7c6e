#pragma once

#include "expected.h"

#include <QList>
#include <QString>

class QSqlDatabase;

namespace hookline {

struct DeadLetter
{
    qint64 id = 0;
    QString key;
    qint64 deliveryId = 0;
    QString reason;
    QString line;
    int entryIndex = -1;
    int changeIndex = -1;
    QString itemKey;
    QString detail;
    int attempts = 0;
    QString lastError;
    QString state; // dead | retrying | retried | discarded
    qint64 createdAtUs = 0;
    qint64 updatedAtUs = 0;
};

struct DeadLetterFilter
{
    QString state;  // empty: any
    QString reason; // empty: any
    QString line;   // empty: any
};

// The dead-letter queue as the operator sees it: list, retry (the processor takes the
// delivery again), discard.
class DeadLetterQueue
{
public:
    explicit DeadLetterQueue(QSqlDatabase &db);

    Expected<QList<DeadLetter>> list(const DeadLetterFilter &filter = {}) const;

    // Marks dead letters for another attempt and their deliveries pending; returns how many.
    Expected<int> retry(const QList<qint64> &ids);
    Expected<int> retryWhere(const DeadLetterFilter &filter);
    Expected<int> discard(const QList<qint64> &ids);

private:
    QSqlDatabase &m_db;
};

} // namespace hookline
