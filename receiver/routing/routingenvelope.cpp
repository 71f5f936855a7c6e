#include "routingenvelope.h"

#include "processing/messagefields.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace hookline {

RoutingEnvelope RoutingEnvelope::fromObject(const QJsonObject &body)
{
    RoutingEnvelope envelope;
    const QJsonArray entries = body.value(QLatin1String("entry")).toArray();
    envelope.entries.reserve(entries.size());
    for (const QJsonValue &entryValue : entries) {
        const QJsonObject entry = entryValue.toObject();
        Entry read;
        read.id = MessageFields::idOf(entry.value(QLatin1String("id")));
        const QJsonArray changes = entry.value(QLatin1String("changes")).toArray();
        read.changes.reserve(changes.size());
        for (const QJsonValue &changeValue : changes) {
            const QJsonObject change = changeValue.toObject();
            read.changes.append({change.value(QLatin1String("field")).toString(),
                                 change.value(QLatin1String("value"))
                                     .toObject()
                                     .value(QLatin1String("metadata"))
                                     .toObject()
                                     .value(QLatin1String("phone_number_id"))
                                     .toString()});
        }
        envelope.entries.append(std::move(read));
    }
    return envelope;
}

namespace {

// A recursive-descent reader of RFC 8259 JSON that keeps only the envelope's fields. Every
// member returns false to give up: on invalid JSON, and on what it leaves to QJsonDocument.
class EnvelopeScanner
{
public:
    explicit EnvelopeScanner(QByteArrayView body)
        : m_p(reinterpret_cast<const uchar *>(body.data()))
        , m_end(m_p + body.size())
    {}

    std::optional<RoutingEnvelope> read()
    {
        RoutingEnvelope envelope;
        skipSpace();
        bool seenEntry = false;
        const bool read =
            at('{') && members(0, [&](QByteArrayView key, int depth) {
                if (key != "entry")
                    return skipValue(depth);
                if (std::exchange(seenEntry, true))
                    return false;
                return at('[') ? elements(depth,
                                          [&](int inner) {
                                              RoutingEnvelope::Entry entry;
                                              const bool ok = at('{') ? readEntry(entry, inner)
                                                                      : skipValue(inner);
                                              envelope.entries.append(std::move(entry));
                                              return ok;
                                          })
                               : skipValue(depth);
            });
        skipSpace();
        if (!read || m_p != m_end)
            return std::nullopt;
        return envelope;
    }

private:
    static constexpr int MaxDepth = 64;

    bool at(char c) const { return m_p < m_end && *m_p == uchar(c); }

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    // At '{': each member's key (unescaped keys only) to onMember(key, depth of its value),
    // which reads the value.
    template <typename OnMember> bool members(int depth, OnMember onMember)
    {
        if (depth >= MaxDepth)
            return false;
        ++m_p;
        skipSpace();
        if (at('}')) {
            ++m_p;
            return true;
        }
        for (;;) {
            QByteArrayView key;
            bool escaped = false;
            if (!at('"') || !string(&key, &escaped) || escaped)
                return false;
            skipSpace();
            if (!at(':'))
                return false;
            ++m_p;
            skipSpace();
            if (!onMember(key, depth + 1))
                return false;
            skipSpace();
            if (at(',')) {
                ++m_p;
                skipSpace();
                continue;
            }
            if (!at('}'))
                return false;
            ++m_p;
            return true;
        }
    }

    // At '[': onElement(depth of the element) reads each element.
    template <typename OnElement> bool elements(int depth, OnElement onElement)
    {
        if (depth >= MaxDepth)
            return false;
        ++m_p;
        skipSpace();
        if (at(']')) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!onElement(depth + 1))
                return false;
            skipSpace();
            if (at(',')) {
                ++m_p;
                skipSpace();
                continue;
            }
            if (!at(']'))
                return false;
            ++m_p;
            return true;
        }
    }

    bool readEntry(RoutingEnvelope::Entry &entry, int depth)
    {
        bool seenId = false;
        bool seenChanges = false;
        return members(depth, [&](QByteArrayView key, int inner) {
            if (key == "id") {
                if (std::exchange(seenId, true))
                    return false;
                if (at('-') || (m_p < m_end && *m_p >= '0' && *m_p <= '9'))
                    return false; // a numeric id: QJsonDocument's reading of it decides
                return readString(&entry.id, inner);
            }
            if (key == "changes") {
                if (std::exchange(seenChanges, true))
                    return false;
                if (!at('['))
                    return skipValue(inner);
                return elements(inner, [&](int element) {
                    RoutingEnvelope::Change change;
                    const bool ok = at('{') ? readChange(change, element) : skipValue(element);
                    entry.changes.append(std::move(change));
                    return ok;
                });
            }
            return skipValue(inner);
        });
    }

    bool readChange(RoutingEnvelope::Change &change, int depth)
    {
        bool seenField = false;
        bool seenValue = false;
        return members(depth, [&](QByteArrayView key, int inner) {
            if (key == "field")
                return !std::exchange(seenField, true) && readString(&change.field, inner);
            if (key != "value")
                return skipValue(inner);
            if (std::exchange(seenValue, true))
                return false;
            if (!at('{'))
                return skipValue(inner);
            bool seenMetadata = false;
            return members(inner, [&](QByteArrayView valueKey, int valueInner) {
                if (valueKey != "metadata")
                    return skipValue(valueInner);
                if (std::exchange(seenMetadata, true))
                    return false;
                if (!at('{'))
                    return skipValue(valueInner);
                bool seenLine = false;
                return members(valueInner, [&](QByteArrayView metadataKey, int metadataInner) {
                    if (metadataKey != "phone_number_id")
                        return skipValue(metadataInner);
                    return !std::exchange(seenLine, true) &&
                           readString(&change.phoneNumberId, metadataInner);
                });
            });
        });
    }

    // A member the envelope keeps: its text when it is a string without escapes; empty for a
    // value of another type (as QJsonValue::toString() gives).
    bool readString(QString *out, int depth)
    {
        if (!at('"'))
            return skipValue(depth);
        QByteArrayView text;
        bool escaped = false;
        if (!string(&text, &escaped) || escaped)
            return false;
        *out = QString::fromUtf8(text);
        return true;
    }

    bool skipValue(int depth)
    {
        if (m_p >= m_end)
            return false;
        switch (*m_p) {
        case '{':
            return members(depth, [this](QByteArrayView, int inner) { return skipValue(inner); });
        case '[':
            return elements(depth, [this](int inner) { return skipValue(inner); });
        case '"':
            return string(nullptr, nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool literal(QByteArrayView word)
    {
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word)
            return false;
        m_p += word.size();
        return true;
    }

    static bool isDigit(uchar c) { return c >= '0' && c <= '9'; }

    // Integers and decimals of at most 20 characters; exponents are left to QJsonDocument.
    bool number()
    {
        const uchar *start = m_p;
        if (at('-'))
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return false;
        if (*m_p == '0') {
            ++m_p;
        } else {
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (at('.')) {
            ++m_p;
            if (m_p >= m_end || !isDigit(*m_p))
                return false;
            while (m_p < m_end && isDigit(*m_p))
                ++m_p;
        }
        if (at('e') || at('E'))
            return false;
        return m_p - start <= 20;
    }

    static int hexDigit(uchar c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // The code unit of the escape (a backslash, u, four hex digits) at at, or -1.
    int codeUnit(const uchar *at) const
    {
        if (m_end - at < 6)
            return -1;
        int value = 0;
        for (int i = 2; i < 6; ++i) {
            const int digit = hexDigit(at[i]);
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    }

    // Length of the well-formed UTF-8 sequence at m_p (RFC 3629: no overlong forms, no
    // surrogates, nothing above U+10FFFF), or 0.
    int utf8Sequence() const
    {
        const qsizetype left = m_end - m_p;
        const uchar b0 = m_p[0];
        auto continuation = [this](int i) { return (m_p[i] & 0xC0) == 0x80; };
        if (b0 >= 0xC2 && b0 <= 0xDF)
            return left >= 2 && continuation(1) ? 2 : 0;
        if (b0 >= 0xE0 && b0 <= 0xEF) {
            if (left < 3 || !continuation(1) || !continuation(2))
                return 0;
            if ((b0 == 0xE0 && m_p[1] < 0xA0) || (b0 == 0xED && m_p[1] > 0x9F))
                return 0;
            return 3;
        }
        if (b0 >= 0xF0 && b0 <= 0xF4) {
            if (left < 4 || !continuation(1) || !continuation(2) || !continuation(3))
                return 0;
            if ((b0 == 0xF0 && m_p[1] < 0x90) || (b0 == 0xF4 && m_p[1] > 0x8F))
                return 0;
            return 4;
        }
        return 0;
    }

    // At '"': through the closing quote. text: the bytes between the quotes; escaped: whether
    // any escape is among them.
    bool string(QByteArrayView *text, bool *escaped)
    {
        const uchar *start = ++m_p;
        bool anyEscape = false;
        while (m_p < m_end) {
            const uchar c = *m_p;
            if (c == '"') {
                if (text)
                    *text = QByteArrayView(start, m_p - start);
                if (escaped)
                    *escaped = anyEscape;
                ++m_p;
                return true;
            }
            if (c == '\\') {
                anyEscape = true;
                if (m_end - m_p < 2)
                    return false;
                switch (m_p[1]) {
                case '"':
                case '\\':
                case '/':
                case 'b':
                case 'f':
                case 'n':
                case 'r':
                case 't':
                    m_p += 2;
                    continue;
                case 'u': {
                    // A surrogate only as the first half of a pair (how Meta writes emoji);
                    // NUL and lone halves are left to QJsonDocument.
                    const int unit = codeUnit(m_p);
                    if (unit <= 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
                        return false;
                    m_p += 6;
                    if (unit >= 0xD800 && unit <= 0xDBFF) {
                        const int low = m_end - m_p >= 6 && m_p[0] == '\\' && m_p[1] == 'u'
                                            ? codeUnit(m_p)
                                            : -1;
                        if (low < 0xDC00 || low > 0xDFFF)
                            return false;
                        m_p += 6;
                    }
                    continue;
                }
                default:
                    return false;
                }
            }
            if (c < 0x20)
                return false;
            if (c < 0x80) {
                ++m_p;
                continue;
            }
            const int length = utf8Sequence();
            if (length == 0)
                return false;
            m_p += length;
        }
        return false;
    }

    const uchar *m_p;
    const uchar *const m_end;
};

} // namespace

std::optional<RoutingEnvelope> RoutingEnvelope::scan(QByteArrayView body)
{
    return EnvelopeScanner(body).read();
}

} // namespace hookline
