// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "snippettext.h"

#include "articlestore.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

// Each line's block syntax: code fences, table separator rows, heading, quote and list markers.
QString withoutBlockSyntax(const QString &line)
{
    static const QRegularExpression fence(u"^\\s{0,3}(```|~~~).*$"_s);
    static const QRegularExpression separatorRow(u"^[\\s|:\\-]*-[\\s|:\\-]*$"_s);
    static const QRegularExpression marker(
        u"^\\s*(#{1,6}\\s+|>\\s*|[-+*]\\s+|\\d{1,9}[.)]\\s+)+"_s);
    if (fence.match(line).hasMatch() || separatorRow.match(line).hasMatch())
        return {};
    QString text = line;
    text.remove(marker);
    return text;
}

struct Span
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool ascii = true;
};

bool wordCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    switch (QChar::category(c)) {
    case QChar::Letter_Uppercase:
    case QChar::Letter_Lowercase:
    case QChar::Letter_Titlecase:
    case QChar::Letter_Modifier:
    case QChar::Letter_Other:
    case QChar::Number_DecimalDigit:
    case QChar::Number_Letter:
    case QChar::Number_Other:
    case QChar::Mark_NonSpacing:
    case QChar::Other_PrivateUse:
        return true;
    default:
        return false;
    }
}

QList<Span> wordsOf(QStringView text)
{
    QList<Span> spans;
    qsizetype start = -1;
    bool ascii = true;
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text[i].unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size()
            && QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            length = 2;
        }
        if (wordCharacter(c)) {
            if (start < 0) {
                start = i;
                ascii = true;
            }
            ascii = ascii && c < 0x80;
        } else if (start >= 0) {
            spans.append({start, i, ascii});
            start = -1;
        }
        i += length;
    }
    if (start >= 0)
        spans.append({start, text.size(), ascii});
    return spans;
}

// Case folded, compatibility decomposed, without non-spacing marks: "Café" and "CAFE" agree.
void fold(QStringView word, QString &out)
{
    out.resize(0);
    if (std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        for (const QChar c : word)
            out.append(c >= u'A' && c <= u'Z' ? QChar(c.unicode() + 32) : c);
        return;
    }
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    out = out.toCaseFolded();
}

class Matcher
{
public:
    /// With `everyWordAPrefix`, each term's words match every word they begin (stems).
    explicit Matcher(const SearchText::TypedTerms &typed, bool everyWordAPrefix = false)
        : m_allPrefixes(everyWordAPrefix)
    {
        for (const QString &term : typed.terms) {
            QStringList folded;
            for (const Span &span : wordsOf(term)) {
                fold(QStringView(term).sliced(span.begin, span.end - span.begin), m_buffer);
                folded.append(m_buffer);
            }
            if (!folded.isEmpty()) {
                m_terms.append(folded);
                m_firstLengths.append(folded.first().size());
            }
        }
        // Only the last term, and only if it kept words.
        m_prefixTerm
            = typed.lastIsPrefix && !typed.terms.isEmpty() && !wordsOf(typed.terms.last()).isEmpty()
            ? m_terms.size() - 1
            : -1;
    }

    bool isEmpty() const { return m_terms.isEmpty(); }

    // The number of words of the longest term matching at word `i`, not past word `limit`; 0
    // when none does.
    qsizetype matchAt(QStringView text, const QList<Span> &spans, qsizetype i, qsizetype limit)
    {
        // Folding keeps the length of ASCII words, so most words need no folding.
        if (spans[i].ascii && m_prefixTerm < 0 && !m_allPrefixes
            && !m_firstLengths.contains(spans[i].end - spans[i].begin))
            return 0;
        fold(word(text, spans, i), m_buffer);
        qsizetype best = 0;
        for (qsizetype t = 0; t < m_terms.size(); ++t) {
            const QStringList &term = m_terms.at(t);
            const bool prefix = t == m_prefixTerm;
            const auto matches = [&](const QString &folded, qsizetype k) {
                return m_allPrefixes || (prefix && k == term.size() - 1)
                    ? folded.startsWith(term.at(k))
                    : folded == term.at(k);
            };
            if (term.size() <= best || term.size() > limit - i || !matches(m_buffer, 0))
                continue;
            qsizetype k = 1;
            for (; k < term.size(); ++k) {
                fold(word(text, spans, i + k), m_next);
                if (!matches(m_next, k))
                    break;
            }
            if (k == term.size())
                best = k;
        }
        return best;
    }

private:
    static QStringView word(QStringView text, const QList<Span> &spans, qsizetype i)
    {
        return text.sliced(spans[i].begin, spans[i].end - spans[i].begin);
    }

    QList<QStringList> m_terms;
    QList<qsizetype> m_firstLengths;
    qsizetype m_prefixTerm = -1; // the index in m_terms of the term whose last word is a prefix
    bool m_allPrefixes = false;
    QString m_buffer;
    QString m_next;
};

QString cut(QStringView field, const QList<Span> &spans, qsizetype first, qsizetype length,
    qsizetype words, Matcher &matcher)
{
    const qsizetype count = spans.size();
    const qsizetype size = std::max(words, length);
    // The match a quarter into the snippet, unless the field's start is close enough to show.
    qsizetype start = first + length <= size ? 0 : first - words / 4;
    const qsizetype end = std::min(count, start + size);
    start = std::max<qsizetype>(0, std::min(start, end - size));
    QString out;
    if (start > 0)
        out += SnippetEllipsis;
    qsizetype at = start == 0 ? 0 : spans[start].begin;
    for (qsizetype i = start; i < end;) {
        const qsizetype matched = matcher.matchAt(field, spans, i, end);
        if (matched == 0) {
            ++i;
            continue;
        }
        out += field.sliced(at, spans[i].begin - at);
        out += SnippetOpen;
        at = spans[i + matched - 1].end;
        out += field.sliced(spans[i].begin, at - spans[i].begin);
        out += SnippetClose;
        i += matched;
    }
    const qsizetype stop = end == count ? field.size() : spans[end - 1].end;
    out += field.sliced(at, stop - at);
    if (end < count)
        out += SnippetEllipsis;
    return out;
}

} // namespace

QString SnippetText::excerpt(const QStringList &fields, const QStringList &terms, int words)
{
    return excerpt(fields, SearchText::TypedTerms {terms, false}, words);
}

namespace {

QString firstExcerpt(const QStringList &fields, Matcher &matcher, int words)
{
    if (matcher.isEmpty())
        return {};
    for (const QString &field : fields) {
        const QList<Span> spans = wordsOf(field);
        for (qsizetype i = 0; i < spans.size(); ++i) {
            if (const qsizetype matched = matcher.matchAt(field, spans, i, spans.size()))
                return cut(field, spans, i, matched, std::max(words, 1), matcher);
        }
    }
    return {};
}

} // namespace

QString SnippetText::excerpt(
    const QStringList &fields, const SearchText::TypedTerms &typed, int words)
{
    Matcher matcher(typed);
    return firstExcerpt(fields, matcher, words);
}

QString SnippetText::stemExcerpt(const QStringList &fields, const QStringList &stems, int words)
{
    Matcher matcher(SearchText::TypedTerms {stems, false}, true);
    return firstExcerpt(fields, matcher, words);
}

QString SnippetText::readable(const QString &snippet)
{
    // Link and image destinations, also when the snippet cuts them off at the end: "](url)",
    // "](url", and reference labels "][ref]". A highlight inside them goes with them.
    static const QRegularExpression destination(u"(?<!\\\\)\\]\\([^)\\s]*(\\)|$)"_s);
    static const QRegularExpression reference(u"(?<!\\\\)\\]\\[[^\\]\\s]*\\]"_s);
    static const QRegularExpression brackets(u"(?<!\\\\)(!?\\[|\\])"_s);
    // A run of * or ~ touching a word on at least one side is emphasis; "5 * 3" is not.
    static const QRegularExpression emphasis(u"(?<![\\\\\\s])[*~]+|(?<!\\\\)[*~]+(?=\\S)"_s);
    // Underscores only at word edges, so snake_case names stay whole.
    static const QRegularExpression underscore(u"(?<![\\w\\\\])_+(?=\\S)|(?<=\\S)_+(?!\\w)"_s);
    static const QRegularExpression backticks(u"`+"_s);
    static const QRegularExpression pipes(u"(?<!\\\\)\\|"_s);
    static const QRegularExpression escape(u"\\\\(?=[!-/:-@\\[-`{-~])"_s);

    QStringList lines = snippet.split(u'\n');
    for (QString &line : lines) {
        line = withoutBlockSyntax(line);
        line.remove(destination);
        line.remove(reference);
        line.remove(brackets);
        line.remove(emphasis);
        line.remove(underscore);
        line.remove(backticks);
        line.replace(pipes, u" "_s);
        line.remove(escape);
    }
    QString text = lines.join(u'\n');
    // A highlight emptied by the above would show as nothing.
    text.remove(QString(SnippetOpen) + SnippetClose);
    return text;
}

} // namespace Copydesk
