#pragma once

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace hookline {

// What one processing commit changed, as ids only, for the live views.
struct ChangeSet
{
    QSet<QString> lines;
    QSet<QString> conversations; // "<line>/<customer>"
    QSet<QString> messages;      // wamids
    QSet<qint64> deadLetters;
    QList<qint64> deliveries; // deliveries whose processing state changed

    bool isEmpty() const
    {
        return lines.isEmpty() && conversations.isEmpty() && messages.isEmpty() &&
               deadLetters.isEmpty() && deliveries.isEmpty();
    }
    void merge(const ChangeSet &other)
    {
        lines.unite(other.lines);
        conversations.unite(other.conversations);
        messages.unite(other.messages);
        deadLetters.unite(other.deadLetters);
        deliveries.append(other.deliveries);
    }
};

} // namespace hookline

Q_DECLARE_METATYPE(hookline::ChangeSet)
