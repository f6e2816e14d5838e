// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "markdownsyntax.h"

using namespace Qt::StringLiterals;

namespace Copydesk::MarkdownSyntax {

namespace {

struct ClassEntry
{
    ArticlePart::Kind kind;
    QLatin1StringView name;
};

constexpr ClassEntry classes[] = {
    {ArticlePart::Kind::Section, "section"_L1},
    {ArticlePart::Kind::KeyFacts, "key-facts"_L1},
    {ArticlePart::Kind::Quotes, "quotes"_L1},
    {ArticlePart::Kind::KeyTakeaways, "key-takeaways"_L1},
    {ArticlePart::Kind::Faq, "faq"_L1},
    {ArticlePart::Kind::References, "references"_L1},
};

/// CommonMark's ASCII punctuation: what a backslash escapes.
bool asciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60)
        || (u >= 0x7B && u <= 0x7E);
}

} // namespace

QString partClass(ArticlePart::Kind kind)
{
    if (kind == ArticlePart::Kind::Section)
        return {};
    for (const ClassEntry &entry : classes) {
        if (entry.kind == kind)
            return entry.name;
    }
    return {};
}

ArticlePart::Kind kindFromClass(QStringView cls, bool *ok)
{
    for (const ClassEntry &entry : classes) {
        if (cls == entry.name) {
            *ok = true;
            return entry.kind;
        }
    }
    *ok = false;
    return ArticlePart::Kind::Section;
}

QString escapeText(const QString &text)
{
    static const QString inline_ = u"\\`*_[]<>#!|~&{}"_s;
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        QString escaped;
        escaped.reserve(line.size() + 8);
        for (const QChar c : std::as_const(line)) {
            if (inline_.contains(c))
                escaped += u'\\';
            escaped += c;
        }
        // Block markers at the start of a line (after up to three spaces).
        qsizetype start = 0;
        while (start < escaped.size() && start < 3 && escaped.at(start) == u' ')
            ++start;
        if (start < escaped.size()) {
            const QChar first = escaped.at(start);
            if (first == u'-' || first == u'+' || first == u'=') {
                escaped.insert(start, u'\\');
            } else if (first.isDigit()) {
                qsizetype end = start;
                while (end < escaped.size() && escaped.at(end).isDigit() && end - start < 10)
                    ++end;
                if (end < escaped.size() && (escaped.at(end) == u'.' || escaped.at(end) == u')'))
                    escaped.insert(end, u'\\');
            }
        }
        line = escaped;
    }
    return lines.join(u'\n');
}

QString unescapeText(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size() && asciiPunctuation(text.at(i + 1))) {
            result += text.at(++i);
            continue;
        }
        if (c == u'&' && i + 2 < text.size() && text.at(i + 1) == u'#') {
            const qsizetype semicolon = text.indexOf(u';', i + 2);
            bool number = false;
            const uint code = semicolon > i + 2 && semicolon - i <= 9
                ? text.sliced(i + 2, semicolon - i - 2).toUInt(&number)
                : 0;
            if (number && code > 0 && code <= 0x10FFFF && !QChar::isSurrogate(code)) {
                result += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
                i = semicolon;
                continue;
            }
        }
        result += c;
    }
    return result;
}

QString commentLine(const QString &content)
{
    QString quoted = content;
    quoted.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u"[//]: # \""_s + quoted + u'"';
}

bool readCommentLine(QStringView line, QString *content)
{
    static constexpr QStringView prefix = u"[//]: # \"";
    const QStringView trimmed = line.trimmed();
    if (!trimmed.startsWith(prefix) || !trimmed.endsWith(u'"') || trimmed.size() <= prefix.size())
        return false;
    const QStringView quoted = trimmed.sliced(prefix.size(), trimmed.size() - prefix.size() - 1);
    content->clear();
    for (qsizetype i = 0; i < quoted.size(); ++i) {
        if (quoted.at(i) == u'\\' && i + 1 < quoted.size())
            ++i;
        *content += quoted.at(i);
    }
    return true;
}

bool FenceTracker::consume(QStringView line)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line.at(indent) == u' ')
        ++indent;
    qsizetype run = 0;
    if (indent < 4 && indent < line.size()
        && (line.at(indent) == u'`' || line.at(indent) == u'~')) {
        while (indent + run < line.size() && line.at(indent + run) == line.at(indent))
            ++run;
    }
    if (m_length == 0) {
        if (run < 3)
            return false;
        m_marker = line.at(indent);
        m_length = run;
        return true;
    }
    if (run >= m_length && line.at(indent) == m_marker
        && line.sliced(indent + run).trimmed().isEmpty())
        m_length = 0;
    return true;
}

bool atxHeading(QStringView line, int level, QString *text)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line.at(indent) == u' ')
        ++indent;
    if (indent > 3)
        return false;
    QStringView rest = line.sliced(indent);
    qsizetype hashes = 0;
    while (hashes < rest.size() && rest.at(hashes) == u'#')
        ++hashes;
    if (hashes != level
        || (hashes < rest.size() && rest.at(hashes) != u' ' && rest.at(hashes) != u'\t'))
        return false;
    rest = rest.sliced(hashes).trimmed();
    // An optional closing sequence of #s, after a space.
    qsizetype end = rest.size();
    while (end > 0 && rest.at(end - 1) == u'#')
        --end;
    if (end < rest.size() && (end == 0 || rest.at(end - 1) == u' '))
        rest = rest.first(end).trimmed();
    *text = rest.toString();
    return true;
}

} // namespace Copydesk::MarkdownSyntax
