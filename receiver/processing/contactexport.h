#pragma once

#include "expected.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace hookline {

// Everything Hookline holds about one person (a GDPR art. 15 / LGPD art. 18 access request):
// the export's sections reduced to their rows (contact, identities and links, calls, the
// messages of their conversation and those they sent to groups, reactions by them or to their
// messages, events of their conversation), and the elements of each stored delivery that name
// them, with the delivery's id and receive time.
class ContactExport
{
public:
    explicit ContactExport(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    Expected<QJsonObject> build(const QString &contact, const QString &line = {}) const;

private:
    QSqlDatabase m_db;
};

} // namespace hookline
