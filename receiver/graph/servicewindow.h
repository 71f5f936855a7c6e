#pragma once

#include "expected.h"

#include <QCoreApplication>
#include <QString>

class QSqlDatabase;

namespace hookline {

// A conversation's customer-service window: free-form messages may be sent for 24 hours after
// the customer's latest message. After a message that came from an ad or a call-to-action, a
// business reply within those 24 hours opens Meta's free entry point: 72 hours from that reply.
// Only what Meta delivered counts: not an operator's replay, not history imported from the phone,
// not group traffic, and not a reaction, an edit or a revoke.
struct ServiceWindow
{
    Q_DECLARE_TR_FUNCTIONS(ServiceWindow)

public:
    static constexpr qint64 ServiceSeconds = 24 * 3600;
    static constexpr qint64 EntryPointSeconds = 72 * 3600;

    qint64 lastCustomerTs = 0; // Meta's timestamp (seconds) of the latest message that counts
    // The business's first reply within 24 hours of the latest message that came from an ad or a
    // call-to-action: where the 72-hour free entry point starts; 0 if none.
    qint64 entryPointTs = 0;

    // When it closes (seconds since the epoch); 0 if it never opened.
    qint64 closesAt() const;
    bool isOpenAt(qint64 nowSeconds) const { return closesAt() > nowSeconds; }
    // The open window is the 72-hour one.
    bool isEntryPointAt(qint64 nowSeconds) const;

    // "open for 3 h 12 min more", "closed 2 d ago", "never opened".
    QString describe(qint64 nowSeconds) const;

    // When the window of a proj.conversations row (alias) closes, as SQL: 0 if it never opened.
    static QString closesAtSql(const QString &alias);
    // The business's first reply within 24 hours of the row's entry_ts, as SQL (NULL if none).
    static QString entryReplySql(const QString &alias);
    // Now, in the seconds the windows are counted in.
    static qint64 nowSeconds();

    // The window of a customer (a wa_id or a user id, typed any way) on a line.
    static Expected<ServiceWindow> of(const QSqlDatabase &db, const QString &line,
                                      const QString &customer);
    // The conversation key a customer is known by on a line; empty if none.
    static QString customerKey(const QSqlDatabase &db, const QString &line, const QString &typed);
};

} // namespace hookline
