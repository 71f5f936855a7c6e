#pragma once

#include "expected.h"

#include <QByteArray>
#include <QJsonArray>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hookline {

// Forgets a person on request (GDPR art. 17, LGPD art. 18): every projection of them (messages,
// statuses, reactions, receipts, calls, events, the contact and its identities, search entries)
// and the parts of the delivery log that carry them. Each delivery that names them is rewritten
// with their elements replaced by a tombstone ({"hookline_erased": "contact"}): it keeps its
// id, receive time, other people's items and the sha256 of its original bytes, and is flagged
// "redacted", so a rebuild derives the same projections minus that person. On SQLite, deleted
// content is zeroed (secure_delete), the search indexes are merged so no word of theirs stays,
// and the WAL is checkpointed and truncated.
//
// An erase is recorded (main.erasures) before it starts and completed afterwards; one cut short
// (kill -9) is finished by resumePending(), which processing runs when it starts. The operator's
// action is in the audit trail: who, when, which contact, how many items — never what they said.
class ContactEraser
{
public:
    explicit ContactEraser(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    struct Report
    {
        QString contact;
        QString line;       // empty: every line
        int deliveries = 0; // rewritten
        int elements = 0;   // replaced by tombstones
        int messages = 0;   // projections removed
        int conversations = 0;
        bool truncatedWal = true; // false: a reader kept the WAL (SQLite) from being truncated
    };

    // Erases contact (a conversation key: wa_id, or user id) on line, or on every line.
    Expected<Report> erase(const QString &contact, const QString &line,
                           const QString &operatorName);
    // Finishes erasures that were cut short; how many.
    Expected<int> resumePending();

    // A delivery body with every element of the person (any of ids) replaced by a tombstone;
    // replaced says how many. The body is returned as it was when nothing matched.
    static QByteArray redact(const QByteArray &body, const QSet<QString> &ids, int &replaced);

    // The ids a contact is known by on line (or every line): its conversation key, every id
    // that leads to it, its user ids. Empty when Hookline knows no such contact.
    Expected<QSet<QString>> idsOf(const QString &contact, const QString &line) const;
    // The elements of a delivery body that name the person (what redact would replace).
    static QJsonArray elementsOf(const QByteArray &body, const QSet<QString> &ids,
                                 const QString &line = {});

private:
    Expected<Report> run(qint64 erasure, const QString &contact, const QString &line,
                         const QSet<QString> &ids, const QString &operatorName);

    QSqlDatabase m_db;
};

} // namespace hookline
