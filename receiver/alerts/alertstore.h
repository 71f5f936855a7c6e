#pragma once

#include "expected.h"

#include <QJsonObject>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace hookline {

struct AlertRecord
{
    qint64 id = 0;
    QString rule;
    QString cause;
    QString line;
    QString summary;
    QJsonObject facts;
    qint64 deliveryId = 0;
    qint64 firedAtUs = 0;
    qint64 clearedAtUs = 0;
    QString acknowledgedBy;
    qint64 acknowledgedAtUs = 0;
    QString postState; // pending | sent | dead, empty when no POST was asked for
    int postAttempts = 0;
    QString postError;

    QJsonObject toJson() const;
};

// The alerts that fired, newest first, and their acknowledgement (who and when).
class AlertStore
{
public:
    explicit AlertStore(QSqlDatabase &db);

    // Unacknowledged ones only, unless all.
    Expected<QList<AlertRecord>> list(bool all, int limit = 1000) const;
    Status acknowledge(qint64 id, const QString &who) const;

private:
    QSqlDatabase &m_db;
};

} // namespace hookline
