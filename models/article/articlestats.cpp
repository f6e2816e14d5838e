// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlestats.h"

namespace Copydesk::ArticleStats {

namespace {

struct Counts
{
    int words = 0;
    int images = 0;
};

/// Scans Markdown line by line, with just enough understanding of its syntax to tell the text a
/// reader sees from markup. Not a parser: unusual constructs may be counted slightly off.
class Scanner
{
public:
    explicit Scanner(QStringView text)
        : m_text(text)
    { }

    Counts run()
    {
        qsizetype start = 0;
        while (start <= m_text.size()) {
            qsizetype end = m_text.indexOf(u'\n', start);
            if (end < 0)
                end = m_text.size();
            line(m_text.sliced(start, end - start));
            start = end + 1;
        }
        return m_counts;
    }

private:
    static char32_t codePoint(QStringView s, qsizetype i, int *length)
    {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            *length = 2;
            return QChar::surrogateToUcs4(c, s.at(i + 1));
        }
        *length = 1;
        return c.unicode();
    }

    static bool isWordChar(char32_t c) { return QChar::isLetterOrNumber(c) || QChar::isMark(c); }

    static bool isCjk(char32_t c)
    {
        if (!QChar::isLetterOrNumber(c))
            return false;
        switch (QChar::script(c)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
            return true;
        default:
            return c >= 0x3040 && c <= 0x30FF; // the prolonged sound mark and kana iteration marks
        }
    }

    /// Apostrophes and hyphens join the letters around them into one word.
    static bool isJoiner(QChar c)
    {
        switch (c.unicode()) {
        case u'\'':
        case 0x2019: // ’
        case u'-':
        case 0x2010: // hyphen
        case 0x2011: // non-breaking hyphen
            return true;
        default:
            return false;
        }
    }

    /// True for a fence line: up to three spaces, then at least three ` or ~.
    static bool fence(QStringView line, QChar *marker, qsizetype *length)
    {
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == u' ')
            ++indent;
        if (indent > 3 || indent + 3 > line.size())
            return false;
        const QChar c = line.at(indent);
        if (c != u'`' && c != u'~')
            return false;
        qsizetype n = indent;
        while (n < line.size() && line.at(n) == c)
            ++n;
        if (n - indent < 3)
            return false;
        *marker = c;
        *length = n - indent;
        return true;
    }

    void line(QStringView line)
    {
        QChar marker;
        qsizetype length = 0;
        if (m_fenceLength) {
            if (fence(line, &marker, &length) && marker == m_fence && length >= m_fenceLength
                && line.trimmed().size() == length)
                m_fenceLength = 0;
            else
                words(line, false);
            return;
        }
        if (fence(line, &marker, &length)) {
            m_fence = marker;
            m_fenceLength = length;
            return;
        }
        const QStringView t = line.trimmed();
        if (t.startsWith(u'[') && !t.startsWith(u"[^")) {
            const qsizetype close = t.indexOf(u"]:");
            if (close > 1 && !t.sliced(1, close - 1).contains(u']'))
                return; // a link reference definition
        }
        words(line, true);
    }

    /// Index just past the bracket matching the opening one at `open`, or -1.
    static qsizetype matching(QStringView s, qsizetype open, QChar opening, QChar closing)
    {
        int depth = 0;
        for (qsizetype i = open; i < s.size(); ++i) {
            if (s.at(i) == u'\\') {
                ++i;
            } else if (s.at(i) == opening) {
                ++depth;
            } else if (s.at(i) == closing && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /// Skips Markdown syntax at `i` that is not text; returns the index after it, or `i`.
    qsizetype markup(QStringView s, qsizetype i)
    {
        const QChar c = s.at(i);
        const QChar next = i + 1 < s.size() ? s.at(i + 1) : QChar();
        if (c == u'!' && next == u'[') {
            const qsizetype close = matching(s, i + 1, u'[', u']');
            if (close > 0 && close < s.size() && (s.at(close) == u'(' || s.at(close) == u'[')) {
                const QChar open = s.at(close);
                const qsizetype end = matching(s, close, open, open == u'(' ? u')' : u']');
                if (end > 0) {
                    ++m_counts.images;
                    return end;
                }
            }
        } else if (c == u']' && (next == u'(' || next == u'[')) {
            // A link's destination or reference label.
            const qsizetype end = matching(s, i + 1, next, next == u'(' ? u')' : u']');
            if (end > 0)
                return end;
        } else if (c == u'<') {
            const qsizetype end = s.indexOf(u'>', i);
            if (end > i + 1) {
                const QStringView inside = s.sliced(i + 1, end - i - 1);
                if (inside.contains(u"://") && !inside.contains(u' ')) {
                    ++m_counts.words; // an autolink shows its URL
                    return end + 1;
                }
                if (next.isLetter() || next == u'/' || next == u'!')
                    return end + 1; // an HTML tag
            }
        } else if (c == u'&') {
            qsizetype end = i + 1;
            while (end < s.size() && end - i < 10
                && (s.at(end).isLetterOrNumber() || s.at(end) == u'#'))
                ++end;
            if (end < s.size() && end > i + 1 && s.at(end) == u';')
                return end + 1;
        }
        return i;
    }

    /// Index after an ordered list marker ("12. ", "3) ") at the start of `s`, or 0.
    static qsizetype listMarker(QStringView s)
    {
        qsizetype i = 0;
        while (i < s.size() && (s.at(i) == u' ' || s.at(i) == u'>' || s.at(i) == u'\t'))
            ++i;
        const qsizetype digits = i;
        while (i < s.size() && i - digits < 10 && s.at(i).isDigit())
            ++i;
        if (i > digits && i + 1 < s.size() && (s.at(i) == u'.' || s.at(i) == u')')
            && s.at(i + 1).isSpace())
            return i + 1;
        return 0;
    }

    void words(QStringView s, bool markdown)
    {
        qsizetype i = markdown ? listMarker(s) : 0;
        while (i < s.size()) {
            if (markdown) {
                const qsizetype after = markup(s, i);
                if (after != i) {
                    i = after;
                    continue;
                }
            }
            int length = 0;
            const char32_t c = codePoint(s, i, &length);
            if (isCjk(c)) {
                ++m_counts.words;
                i += length;
            } else if (isWordChar(c)) {
                ++m_counts.words;
                i = wordEnd(s, i);
            } else {
                i += length;
            }
        }
    }

    static qsizetype wordEnd(QStringView s, qsizetype i)
    {
        const qsizetype start = i;
        bool lastDigit = false;
        while (i < s.size()) {
            int length = 0;
            const char32_t c = codePoint(s, i, &length);
            if (isWordChar(c) && !isCjk(c)) {
                lastDigit = QChar::isDigit(c);
                i += length;
                continue;
            }
            if (i + 1 < s.size()) {
                const QChar joiner = s.at(i);
                int nextLength = 0;
                const char32_t n = codePoint(s, i + 1, &nextLength);
                const bool numeric = joiner == u'.' || joiner == u',' || joiner == u':';
                const bool joins = numeric ? lastDigit && QChar::isDigit(n)
                                           : isJoiner(joiner) && isWordChar(n) && !isCjk(n);
                if (joins) {
                    ++i;
                    continue;
                }
            }
            if (s.sliced(i).startsWith(u"://") && i > start) {
                while (i < s.size() && !s.at(i).isSpace() && s.at(i) != u'<' && s.at(i) != u')')
                    ++i;
                while (i > start && QStringView(u".,;:!?").contains(s.at(i - 1)))
                    --i;
                return qMax(i, start + 1);
            }
            break;
        }
        return i;
    }

    QStringView m_text;
    Counts m_counts;
    QChar m_fence;
    qsizetype m_fenceLength = 0;
};

Counts scan(QStringView text)
{
    return text.isEmpty() ? Counts() : Scanner(text).run();
}

Counts articleCounts(const Article &a)
{
    Counts total;
    auto add = [&total](const QString &text) {
        const Counts c = scan(text);
        total.words += c.words;
        total.images += c.images;
    };
    add(a.headline);
    add(a.dek);
    add(a.lede);
    if (!a.hero.isEmpty()) {
        add(a.hero.caption);
        ++total.images;
    }
    using Kind = ArticlePart::Kind;
    for (const ArticlePart &part : a.parts) {
        add(part.heading.isEmpty() ? ArticlePart::defaultHeading(part.kind) : part.heading);
        switch (part.kind) {
        case Kind::Section:
            add(part.body);
            break;
        case Kind::KeyFacts:
        case Kind::KeyTakeaways:
            for (const QString &item : part.items)
                add(item);
            break;
        case Kind::Quotes:
            for (const Quote &quote : part.quotes) {
                add(quote.text);
                add(quote.speaker);
                add(quote.role);
            }
            break;
        case Kind::Faq:
            for (const FaqEntry &entry : part.faq) {
                add(entry.question);
                add(entry.answer);
            }
            break;
        case Kind::References:
            for (const Reference &reference : part.references) {
                add(reference.title);
                add(reference.publisher);
            }
            break;
        }
    }
    return total;
}

int seconds(const Counts &counts, const ReadingTimeOptions &options)
{
    const qint64 perMinute
        = options.wordsPerMinute > 0 ? options.wordsPerMinute : ReadingTimeOptions().wordsPerMinute;
    const qint64 reading = (qint64(counts.words) * 60 + perMinute - 1) / perMinute;
    return int(reading + qint64(counts.images) * qMax(0, options.secondsPerImage));
}

} // namespace

int countWords(QStringView markdownOrText)
{
    return scan(markdownOrText).words;
}

int countImages(QStringView markdown)
{
    return scan(markdown).images;
}

int wordCount(const Article &article)
{
    return articleCounts(article).words;
}

int readingSeconds(const Article &article, const ReadingTimeOptions &options)
{
    return seconds(articleCounts(article), options);
}

int readingMinutes(const Article &article, const ReadingTimeOptions &options)
{
    const Counts counts = articleCounts(article);
    if (counts.words == 0 && counts.images == 0)
        return 0;
    return qMax(1, (seconds(counts, options) + 59) / 60);
}

} // namespace Copydesk::ArticleStats
