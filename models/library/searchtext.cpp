// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "searchtext.h"

#include <QVarLengthArray>
#include <algorithm>
#include <cstring>

namespace Copydesk::SearchText {

namespace {

bool searchable(const QString &term)
{
    // Surrogate pairs are letters of the supplementary planes often enough (CJK, historic
    // scripts) to count; emoji among them are dropped by the tokenizer later anyway.
    return std::any_of(
        term.begin(), term.end(), [](QChar c) { return c.isLetterOrNumber() || c.isSurrogate(); });
}

// A minimal reader of the stored content JSON that hands every string value, with the keys
// leading to it, to a callback: a QJsonDocument parse costs ~0.08 ms per long article, which
// for 50 hits is most of a search's time. Returns false for malformed JSON.
class JsonStrings
{
public:
    using Path = QVarLengthArray<QByteArrayView, 8>;

    explicit JsonStrings(QByteArrayView json)
        : m_json(json)
    { }

    template<typename Found> bool read(Found found)
    {
        Path path;
        return value(path, found) && (skipSpace(), m_at == m_json.size());
    }

private:
    void skipSpace()
    {
        while (m_at < m_json.size()
            && (m_json[m_at] == ' ' || m_json[m_at] == '\n' || m_json[m_at] == '\r'
                || m_json[m_at] == '\t'))
            ++m_at;
    }

    // The raw text of a string at m_at (which is its opening quote), without its quotes.
    bool rawString(QByteArrayView &raw, bool &escaped)
    {
        const qsizetype start = ++m_at;
        const char *data = m_json.data();
        escaped = false;
        while (m_at < m_json.size()) {
            const void *quote = std::memchr(data + m_at, '"', size_t(m_json.size() - m_at));
            if (!quote)
                return false;
            const qsizetype end = static_cast<const char *>(quote) - data;
            qsizetype backslashes = 0;
            while (end - backslashes > start && data[end - backslashes - 1] == '\\')
                ++backslashes;
            m_at = end + 1;
            if (backslashes % 2 == 0) {
                raw = m_json.sliced(start, end - start);
                escaped = escaped || raw.contains('\\');
                return true;
            }
            escaped = true;
        }
        return false;
    }

    static QString decoded(QByteArrayView raw, bool escaped)
    {
        if (!escaped)
            return QString::fromUtf8(raw);
        QString out;
        qsizetype from = 0;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\')
                continue;
            out += QString::fromUtf8(raw.sliced(from, i - from));
            if (++i >= raw.size())
                return out;
            switch (raw[i]) {
            case 'n':
                out += u'\n';
                break;
            case 't':
                out += u'\t';
                break;
            case 'r':
                out += u'\r';
                break;
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'u':
                if (i + 4 < raw.size()) {
                    bool ok = false;
                    const uint code = raw.sliced(i + 1, 4).toByteArray().toUInt(&ok, 16);
                    if (ok)
                        out += QChar(char16_t(code));
                    i += 4;
                }
                break;
            default:
                out += QLatin1Char(raw[i]);
                break; // " \ /
            }
            from = i + 1;
        }
        out += QString::fromUtf8(raw.sliced(from));
        return out;
    }

    template<typename Found> bool value(Path &path, Found &found)
    {
        skipSpace();
        if (m_at >= m_json.size())
            return false;
        const char c = m_json[m_at];
        if (c == '"') {
            QByteArrayView raw;
            bool escaped = false;
            if (!rawString(raw, escaped))
                return false;
            found(path, [raw, escaped] { return decoded(raw, escaped); });
            return true;
        }
        if (c == '{' || c == '[') {
            const bool object = c == '{';
            const char close = object ? '}' : ']';
            ++m_at;
            skipSpace();
            if (m_at < m_json.size() && m_json[m_at] == close) {
                ++m_at;
                return true;
            }
            while (true) {
                QByteArrayView key;
                if (object) {
                    skipSpace();
                    bool escaped = false;
                    if (m_at >= m_json.size() || m_json[m_at] != '"' || !rawString(key, escaped))
                        return false;
                    skipSpace();
                    if (m_at >= m_json.size() || m_json[m_at] != ':')
                        return false;
                    ++m_at;
                }
                path.append(key);
                if (!value(path, found))
                    return false;
                path.removeLast();
                skipSpace();
                if (m_at >= m_json.size())
                    return false;
                if (m_json[m_at] == close) {
                    ++m_at;
                    return true;
                }
                if (m_json[m_at] != ',')
                    return false;
                ++m_at;
            }
        }
        // Numbers, true, false, null.
        const qsizetype start = m_at;
        while (m_at < m_json.size() && m_json[m_at] != ',' && m_json[m_at] != '}'
            && m_json[m_at] != ']' && m_json[m_at] != ' ' && m_json[m_at] != '\n')
            ++m_at;
        return m_at > start;
    }

    QByteArrayView m_json;
    qsizetype m_at = 0;
};

} // namespace

QStringList terms(const QString &text)
{
    QStringList result;
    QString current;
    bool inPhrase = false;
    auto flush = [&] {
        const QString term = current.simplified();
        if (searchable(term))
            result.append(term);
        current.clear();
    };
    for (const QChar c : text) {
        if (c == u'"') {
            flush();
            inPhrase = !inPhrase;
        } else if (c.isSpace() || c.category() == QChar::Other_Control) {
            if (inPhrase)
                current.append(u' ');
            else
                flush();
        } else {
            current.append(c);
        }
    }
    flush();
    return result;
}

TypedTerms typedTerms(const QString &text)
{
    TypedTerms typed {terms(text), false};
    if (typed.terms.isEmpty() || text.count(u'"') % 2 != 0)
        return typed; // an unclosed phrase
    qsizetype start = text.size();
    while (start > 0) {
        const QChar c = text.at(start - 1);
        if (c == u'"' || c.isSpace() || c.category() == QChar::Other_Control)
            break;
        --start;
    }
    const QStringView last = QStringView(text).sliced(start);
    const auto letters = std::count_if(
        last.begin(), last.end(), [](QChar c) { return c.isLetterOrNumber() || c.isSurrogate(); });
    typed.lastIsPrefix = last == typed.terms.last() && letters >= MinPrefixLength;
    return typed;
}

QStringList articleTexts(QByteArrayView json)
{
    QString lede;
    QStringList body;
    QStringList rest[4]; // bylines, tags, hero, dateline
    const auto found = [&](const JsonStrings::Path &path, auto text) {
        const QByteArrayView top = path.value(0);
        const QByteArrayView key = path.isEmpty() ? QByteArrayView() : path.last();
        if (path.size() == 1 && top == "lede") {
            lede = text();
        } else if (top == "parts") {
            if (key != "id" && key != "kind" && key != "url" && key != "accessed")
                body.append(text());
        } else if (top == "bylines" && path.size() == 3 && (key == "name" || key == "role")) {
            rest[0].append(text());
        } else if (top == "tags" && path.size() == 2) {
            rest[1].append(text());
        } else if (top == "hero" && path.size() == 2
            && (key == "caption" || key == "altText" || key == "credit")) {
            rest[2].append(text());
        } else if (path.size() == 1 && top == "dateline") {
            rest[3].append(text());
        }
    };
    if (!JsonStrings(json).read(found))
        return {};
    QStringList fields {lede};
    fields += body;
    for (const QStringList &texts : rest)
        fields += texts;
    return fields;
}

} // namespace Copydesk::SearchText
