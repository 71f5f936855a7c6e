#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

namespace hookline {

// What the lines pane shows of each configured line, read from the database: its unread
// conversations, dead letters, deliveries in the last minute, last activity and health. It
// keeps the last minute's deliveries between reads, so each read looks only at what arrived
// since the one before. One reader per connection (it is not shared between threads).
class LineReader final
{
public:
    enum class Health
    {
        Receiving, // a delivery within the last few minutes
        Quiet,
        Errors, // dead letters wait for the operator
        Disabled,
    };
    static constexpr qint64 ReceivingWindowSecs = 300;

    struct Line
    {
        QString id;
        QString label;
        QString number;
        QString app;
        bool active = true;
        int unread = 0;
        int rate = 0;
        int deadLetters = 0;
        qint64 lastActivityUs = 0;
        Health health = Health::Quiet;
        bool operator==(const Line &) const = default;
    };

    // The lines in the order they were added; on an error, the warning is logged and ok false.
    QList<Line> read(QSqlDatabase &db, qint64 nowUs, bool *ok = nullptr);

private:
    void countDeliveries(QSqlDatabase &db, qint64 nowUs);

    qint64 m_lastDeliveryId = -1;
    QHash<QString, QList<qint64>> m_recent; // line -> receive times (us) in the last minute
    QHash<QString, qint64> m_lastReceivedUs;
};

} // namespace hookline

Q_DECLARE_METATYPE(QList<hookline::LineReader::Line>)
