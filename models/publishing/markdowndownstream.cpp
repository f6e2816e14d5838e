// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "markdowndownstream.h"

#include "markdowntext.h"
#include "md4cattribute.h"
#include "urlpolicy.h"

#include <QList>
#include <md4c.h>

namespace Copydesk {

namespace {

/// One change to the source: bytes [begin, end) become `replacement`.
struct Edit
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArray replacement;
};

QByteArray applied(QByteArray source, QList<Edit> edits)
{
    std::ranges::sort(edits, [](const Edit &a, const Edit &b) { return a.begin > b.begin; });
    qsizetype limit = source.size();
    for (const Edit &edit : std::as_const(edits)) {
        if (edit.end > limit) // overlaps a later edit: the next pass sees it again
            continue;
        source.replace(edit.begin, edit.end - edit.begin, edit.replacement);
        limit = edit.begin;
    }
    return source;
}

bool escapedAt(const QByteArray &source, qsizetype at)
{
    qsizetype backslashes = 0;
    while (at - backslashes > 0 && source.at(at - backslashes - 1) == '\\')
        ++backslashes;
    return backslashes % 2 == 1;
}

/// Passes of md4c over the source, each finding edits.
class Finder
{
public:
    explicit Finder(const QByteArray &source)
        : m_source(source)
    { }

    /// Raw HTML as CommonMark reads it: the "<" that starts each piece.
    QList<Edit> rawHtml()
    {
        MD_PARSER parser = callbacks(MarkdownText::parserFlags() & ~unsigned(MD_FLAG_NOHTML));
        parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
            if (type == MD_TEXT_HTML)
                static_cast<Finder *>(self)->html(text, size);
            return 0;
        };
        md_parse(m_source.constData(), MD_SIZE(m_source.size()), &parser, this);
        return m_edits;
    }

    /// Links and images as Copydesk reads them.
    QList<Edit> links()
    {
        MD_PARSER parser = callbacks(MarkdownText::parserFlags());
        parser.enter_span = [](MD_SPANTYPE type, void *detail, void *self) {
            auto *finder = static_cast<Finder *>(self);
            if (type == MD_SPAN_A)
                finder->link(static_cast<const MD_SPAN_A_DETAIL *>(detail)->href);
            else if (type == MD_SPAN_IMG)
                finder->image(static_cast<const MD_SPAN_IMG_DETAIL *>(detail)->src);
            return 0;
        };
        md_parse(m_source.constData(), MD_SIZE(m_source.size()), &parser, this);
        return m_edits;
    }

private:
    static MD_PARSER callbacks(unsigned flags)
    {
        MD_PARSER parser {};
        parser.flags = flags;
        parser.enter_block = [](MD_BLOCKTYPE, void *, void *) {
            return 0;
        };
        parser.leave_block = [](MD_BLOCKTYPE, void *, void *) {
            return 0;
        };
        parser.enter_span = [](MD_SPANTYPE, void *, void *) {
            return 0;
        };
        parser.leave_span = [](MD_SPANTYPE, void *, void *) {
            return 0;
        };
        parser.text = [](MD_TEXTTYPE, const MD_CHAR *, MD_SIZE, void *) {
            return 0;
        };
        return parser;
    }

    void html(const MD_CHAR *text, MD_SIZE size)
    {
        const qsizetype offset = text - m_source.constData();
        const qsizetype open = m_source.indexOf('<', offset);
        if (offset >= 0 && open >= 0 && open < offset + qsizetype(size))
            m_edits.append({open, open, QByteArrayLiteral("\\")});
    }

    void link(const MD_ATTRIBUTE &href)
    {
        if (!UrlPolicy::link(Md4cAttribute::text(href)).isEmpty())
            return;
        const std::optional<qsizetype> at = Md4cAttribute::sourceOffset(href, m_source);
        if (!at)
            return;
        const qsizetype end = *at + qsizetype(href.size);
        // An autolink: <url> becomes the URL as text.
        if (*at > 0 && m_source.at(*at - 1) == '<' && end < m_source.size()
            && m_source.at(end) == '>' && !inlineDestination(*at - 1)) {
            m_edits.append({*at - 1, end + 1, escapedText(m_source.mid(*at, href.size))});
            return;
        }
        replaceInline(*at, end, false, {});
    }

    void image(const MD_ATTRIBUTE &src)
    {
        const QString url = Md4cAttribute::text(src);
        if (!UrlPolicy::embeddedImage(url).isEmpty())
            return;
        const std::optional<qsizetype> at = Md4cAttribute::sourceOffset(src, m_source);
        if (at)
            replaceInline(*at, *at + qsizetype(src.size), true, UrlPolicy::link(url));
    }

    /// Whether `open` (a "<") opens an inline link's <destination>: "](<".
    bool inlineDestination(qsizetype open) const
    {
        qsizetype i = open - 1;
        while (
            i >= 0 && (m_source.at(i) == ' ' || m_source.at(i) == '\t' || m_source.at(i) == '\n'))
            --i;
        return i >= 1 && m_source.at(i) == '(' && m_source.at(i - 1) == ']';
    }

    /// `[text](destination "title")` (or an image's `![alt](…)`) around the destination at
    /// [begin, end) becomes its text, or `[alt](link)` for an image with a web URL; a
    /// reference definition "[label]: destination" is removed.
    void replaceInline(qsizetype begin, qsizetype end, bool image, const QString &imageLink)
    {
        qsizetype i = begin - 1;
        if (i >= 0 && m_source.at(i) == '<')
            --i;
        while (
            i >= 0 && (m_source.at(i) == ' ' || m_source.at(i) == '\t' || m_source.at(i) == '\n'))
            --i;
        if (i >= 1 && m_source.at(i) == ':' && m_source.at(i - 1) == ']') {
            removeDefinition(i - 1, end);
            return;
        }
        if (i < 1 || m_source.at(i) != '(' || m_source.at(i - 1) != ']')
            return;
        const qsizetype close = i - 1;
        const qsizetype open = matchingOpen(close);
        if (open < 0)
            return;
        const qsizetype after = constructEnd(end);
        if (after < 0)
            return;
        const bool bang = image && open > 0 && m_source.at(open - 1) == '!';
        const QByteArray text = m_source.mid(open + 1, close - open - 1);
        QByteArray replacement = text;
        if (bang && !imageLink.isEmpty())
            replacement = '[' + text + "](<" + imageLink.toUtf8() + ">)";
        m_edits.append({bang ? open - 1 : open, after, replacement});
    }

    /// The "[" that `close` (a "]") closes, brackets nesting and backslash escapes respected;
    /// -1 when there is none.
    qsizetype matchingOpen(qsizetype close) const
    {
        int depth = 0;
        for (qsizetype i = close; i >= 0; --i) {
            const char c = m_source.at(i);
            if ((c != '[' && c != ']') || escapedAt(m_source, i))
                continue;
            depth += c == ']' ? 1 : -1;
            if (depth == 0)
                return i;
        }
        return -1;
    }

    /// The byte after an inline link's ")", from the end of its destination: a closing ">",
    /// an optional title in quotes or parentheses; -1 when the shape is not one.
    qsizetype constructEnd(qsizetype end) const
    {
        qsizetype i = end;
        const auto skipSpace = [&] {
            while (i < m_source.size()
                && (m_source.at(i) == ' ' || m_source.at(i) == '\t' || m_source.at(i) == '\n'))
                ++i;
        };
        if (i < m_source.size() && m_source.at(i) == '>')
            ++i;
        skipSpace();
        if (i < m_source.size()
            && (m_source.at(i) == '"' || m_source.at(i) == '\'' || m_source.at(i) == '(')) {
            const char closing = m_source.at(i) == '(' ? ')' : m_source.at(i);
            ++i;
            while (i < m_source.size() && (m_source.at(i) != closing || escapedAt(m_source, i)))
                ++i;
            ++i;
            skipSpace();
        }
        if (i >= m_source.size() || m_source.at(i) != ')')
            return -1;
        return i + 1;
    }

    /// Removes the definition whose "]:" is at `colon - 1`, from its line's start to the end of
    /// the line holding its destination's end.
    void removeDefinition(qsizetype bracket, qsizetype end)
    {
        const qsizetype open = matchingOpen(bracket);
        if (open < 0)
            return;
        const qsizetype lineStart = m_source.lastIndexOf('\n', open) + 1;
        qsizetype lineEnd = m_source.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? m_source.size() : lineEnd;
        m_edits.append({lineStart, lineEnd, {}});
    }

    static QByteArray escapedText(const QByteArray &text)
    {
        QByteArray result;
        for (const char c : text) {
            if (c == '\\' || c == '<' || c == '>' || c == '[' || c == ']' || c == '*' || c == '_'
                || c == '`' || c == '&')
                result += '\\';
            result += c;
        }
        return result;
    }

    const QByteArray &m_source;
    QList<Edit> m_edits;
};

} // namespace

QString MarkdownDownstream::rewrite(const QString &markdown)
{
    QByteArray source = markdown.toUtf8();
    // Each pass changes at least one byte or stops; every change removes a construct or
    // escapes one "<", so a few passes settle even hostile input.
    for (int pass = 0; pass < 64; ++pass) {
        QList<Edit> edits = Finder(source).rawHtml();
        if (edits.isEmpty())
            edits = Finder(source).links();
        if (edits.isEmpty())
            break;
        source = applied(std::move(source), std::move(edits));
    }
    return QString::fromUtf8(source);
}

Article MarkdownDownstream::article(Article article)
{
    article.lede = rewrite(article.lede);
    for (ArticlePart &part : article.parts) {
        part.body = rewrite(part.body);
        for (QString &item : part.items)
            item = rewrite(item);
        for (FaqEntry &entry : part.faq)
            entry.answer = rewrite(entry.answer);
    }
    return article;
}

} // namespace Copydesk
