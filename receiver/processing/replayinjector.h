#pragma once

#include "expected.h"

#include <QByteArray>
#include <QString>

class QSqlDatabase;

namespace hookline {

// Stores webhook bodies given by an operator as `replay` deliveries: no signature, never
// confused with what Meta sent, processed like any other delivery.
class ReplayInjector
{
public:
    explicit ReplayInjector(QSqlDatabase &db);

    // origin says where the body came from (a file name, "paste", "edited copy of 12").
    Expected<qint64> inject(const QByteArray &body, const QString &origin);

private:
    QSqlDatabase &m_db;
};

} // namespace hookline
