#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace hookline {

// The words of a search and where they appear in a text, compared the way the indexes compare
// them: case and diacritics folded ("Canción" is "cancion"), each word matching the start of a
// word. Query syntax characters (quotes, stars, parentheses, AND/OR/NEAR) are plain text here:
// only letters, digits and marks make words, so no query can be an SQL or FTS error.
class SearchText
{
public:
    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };

    // The folded form of a text: without combining marks, lower case.
    static QString fold(const QString &text);
    // The folded words of a query, in order, without repeats.
    static QStringList terms(const QString &query);
    // Where words of the text start with one of the terms, in the text's own positions.
    static QList<Range> matches(const QString &text, const QStringList &terms);
    // At most about width characters of text around its first match, with "…" where cut;
    // ranges are moved to the excerpt's positions.
    static QString excerpt(const QString &text, QList<Range> &ranges, qsizetype width = 140);

    // The query for SQLite's FTS5 index: every term as a quoted prefix, all required.
    static QString ftsQuery(const QStringList &terms);
    // The same for PostgreSQL's to_tsquery('simple', ...).
    static QString tsQuery(const QStringList &terms);
};

} // namespace hookline
