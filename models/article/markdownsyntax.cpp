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

QString escapeLinkText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'[' || c == u']')
            result += u'\\';
        result += c;
    }
    return result;
}

QString unescapeLinkText(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size()
            && (text.at(i + 1) == u'\\' || text.at(i + 1) == u'[' || text.at(i + 1) == u']'))
            ++i;
        result += text.at(i);
    }
    return result;
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
