#include "searchtext.h"

namespace hookline {

namespace {

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

// The folded text and, for each of its characters, the position in the text it came from.
struct Folded
{
    QString text;
    QList<qsizetype> origin;
};

Folded foldWithOrigins(const QString &text)
{
    Folded out;
    out.text.reserve(text.size());
    out.origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        // A surrogate pair is one character: fold it whole.
        const qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        // A Latin letter without its marks, as the indexes fold it (SQLite's unicode61 folds
        // Latin letters only: "й" stays "й"); decomposed and composed again, so a Hangul
        // syllable stays one.
        QString base = text.mid(i, width).normalized(QString::NormalizationForm_D);
        if (!base.isEmpty() && base.at(0).script() == QChar::Script_Latin)
            base.removeIf([](QChar c) { return c.isMark(); });
        for (const QChar c : base.normalized(QString::NormalizationForm_C).toLower()) {
            out.text.append(c);
            out.origin.append(i);
        }
        i += width - 1;
    }
    return out;
}

} // namespace

QString SearchText::fold(const QString &text)
{
    return foldWithOrigins(text).text;
}

QStringList SearchText::terms(const QString &query)
{
    const QString folded = fold(query);
    QStringList out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty() && !out.contains(word))
            out.append(word);
        word.clear();
    };
    for (const QChar c : folded) {
        if (isWordCharacter(c))
            word.append(c);
        else
            flush();
    }
    flush();
    return out;
}

QList<SearchText::Range> SearchText::matches(const QString &text, const QStringList &terms)
{
    QList<Range> out;
    if (terms.isEmpty())
        return out;
    const Folded folded = foldWithOrigins(text);
    const QString &f = folded.text;
    for (qsizetype i = 0; i < f.size(); ++i) {
        if (!isWordCharacter(f.at(i)) || (i > 0 && isWordCharacter(f.at(i - 1))))
            continue;
        qsizetype best = 0;
        for (const QString &term : terms) {
            if (term.size() > best && QStringView(f).mid(i).startsWith(term))
                best = term.size();
        }
        if (best == 0)
            continue;
        const qsizetype start = folded.origin.at(i);
        const qsizetype lastFolded = i + best - 1;
        qsizetype end = folded.origin.at(lastFolded) + 1;
        // The whole of the last source character (a surrogate pair, or one a mark follows).
        while (end < text.size() && (text.at(end).isLowSurrogate() || text.at(end).isMark()) &&
               (lastFolded + 1 >= f.size() || folded.origin.at(lastFolded + 1) >= end))
            ++end;
        out.append({start, end - start});
        i = lastFolded;
    }
    return out;
}

QString SearchText::excerpt(const QString &text, QList<Range> &ranges, qsizetype width)
{
    QString flat = text;
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (flat.size() <= width)
        return flat;
    const qsizetype first = ranges.isEmpty() ? 0 : ranges.first().start;
    qsizetype start = qMax<qsizetype>(0, first - width / 3);
    if (start + width > flat.size())
        start = qMax<qsizetype>(0, flat.size() - width);
    // Never start or end inside a surrogate pair.
    if (start > 0 && flat.at(start).isLowSurrogate())
        --start;
    qsizetype end = qMin(flat.size(), start + width);
    if (end < flat.size() && flat.at(end).isLowSurrogate())
        ++end;
    const QString prefix = start > 0 ? QStringLiteral("…") : QString();
    QString out = prefix + flat.mid(start, end - start);
    if (end < flat.size())
        out += QStringLiteral("…");
    QList<Range> moved;
    for (const Range &range : std::as_const(ranges)) {
        if (range.start < start || range.start + range.length > end)
            continue;
        moved.append({range.start - start + prefix.size(), range.length});
    }
    ranges = moved;
    return out;
}

QString SearchText::ftsQuery(const QStringList &terms)
{
    QStringList quoted;
    for (QString term : terms)
        quoted << QLatin1Char('"') + term.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                      QLatin1String("\"*");
    return quoted.join(QLatin1Char(' '));
}

QString SearchText::tsQuery(const QStringList &terms)
{
    QStringList quoted;
    for (QString term : terms)
        quoted << QLatin1Char('\'') + term.replace(QLatin1Char('\''), QLatin1String("''")) +
                      QLatin1String("':*");
    return quoted.join(QLatin1String(" & "));
}

} // namespace hookline
