#pragma once

#include "expected.h"

#include <QJsonObject>

class QSqlDatabase;

namespace hookline {

// The projections as the JSON document of DESIGN's export format ("hookline-export", version 1),
// in a stable order so that two exports of the same state are byte-identical.
class Exporter
{
public:
    explicit Exporter(QSqlDatabase &db);

    // All lines, or only onlyLine's rows when it is set.
    Expected<QJsonObject> build(const QString &onlyLine = {}) const;

private:
    QSqlDatabase &m_db;
};

} // namespace hookline
