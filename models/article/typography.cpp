// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "typography.h"

namespace Copydesk {

namespace {

constexpr QChar apostrophe(0x2019);
constexpr QChar enDash(0x2013);
constexpr QChar emDash(0x2014);
constexpr QChar noBreakSpace(0x00A0);
constexpr QChar narrowNoBreakSpace(0x202F);

/// Whether the character before a quote makes the quote an opening one.
bool opensAfter(QStringView before, const QuoteStyle &style)
{
    if (before.isEmpty())
        return true;
    const QChar last = before.back();
    return last.isSpace() || QStringView(u"([{<\u2013\u2014/-").contains(last)
        || last == style.openDouble || last == style.openSingle;
}

/// The text of the paragraph the cursor is in, up to the cursor.
QStringView currentParagraph(QStringView before)
{
    const qsizetype blank = before.lastIndexOf(u"\n\n");
    return blank < 0 ? before : before.mid(blank + 2);
}

QStringView currentLine(QStringView before)
{
    return before.mid(before.lastIndexOf(u'\n') + 1);
}

bool insideCode(QStringView before)
{
    // Fenced blocks: an odd number of fence lines before the cursor.
    int fences = 0;
    for (QStringView line : before.tokenize(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"```") || trimmed.startsWith(u"~~~"))
            ++fences;
    }
    if (fences % 2 == 1)
        return true;
    const QStringView line = currentLine(before);
    if (line.startsWith(u"    ") || line.startsWith(u'\t'))
        return true; // An indented code block (or a continuation line: left alone either way).
    return currentParagraph(before).count(u'`') % 2 == 1;
}

bool insideUrlOrTag(QStringView before)
{
    qsizetype start = before.size();
    while (start > 0 && !before.at(start - 1).isSpace())
        --start;
    const QStringView word = before.mid(start);
    if (word.contains(u"://") || word.contains(u"www.", Qt::CaseInsensitive) || word.contains(u'@'))
        return true;
    const QStringView line = currentLine(before);
    return line.lastIndexOf(u'<') > line.lastIndexOf(u'>');
}

std::optional<TypedReplacement> dash(QStringView before)
{
    if (before.isEmpty())
        return std::nullopt;
    const QChar last = before.back();
    if (last != u'-' && last != enDash)
        return std::nullopt;
    bool onlyRule = true; // "---" rules, "- " bullets, "--" table lines.
    for (QChar c : currentLine(before.first(before.size() - 1))) {
        if (c != u'-' && c != u' ' && c != u'|' && c != u':')
            onlyRule = false;
    }
    if (onlyRule)
        return std::nullopt;
    return TypedReplacement {1, QString(last == u'-' ? enDash : emDash)};
}

bool endsWithNoBreakSpace(QStringView before)
{
    return before.endsWith(noBreakSpace) || before.endsWith(narrowNoBreakSpace);
}

/// Whether a double quotation opened in the current paragraph is still open.
bool doubleQuoteOpen(QStringView before, const QuoteStyle &style)
{
    const QStringView paragraph = currentParagraph(before);
    return paragraph.count(style.openDouble) > paragraph.count(style.closeDouble);
}

/// `"` in a style with an innerSpace: « and the space, or the space and ».
TypedReplacement spacedDoubleQuote(QStringView before, const QuoteStyle &style)
{
    // After a space a quotation still open is closed: French writers type « oui » spaced.
    const bool afterSpace = !before.isEmpty() && before.back().isSpace();
    if (opensAfter(before, style) && !(afterSpace && doubleQuoteOpen(before, style)))
        return {0, QString(style.openDouble) + style.innerSpace};
    if (before.endsWith(u' '))
        return {1, QString(style.innerSpace) + style.closeDouble};
    if (endsWithNoBreakSpace(before))
        return {0, QString(style.closeDouble)};
    return {0, QString(style.innerSpace) + style.closeDouble};
}

/// A space typed right after an opening guillemet: it is there already (dropped) or becomes the
/// innerSpace.
std::optional<TypedReplacement> spaceAfterGuillemet(QStringView before, const QuoteStyle &style)
{
    if (before.endsWith(style.openDouble))
        return TypedReplacement {0, QString(style.innerSpace)};
    if (before.size() >= 2 && before.at(before.size() - 2) == style.openDouble
        && endsWithNoBreakSpace(before))
        return TypedReplacement {0, QString()};
    return std::nullopt;
}

/// ; : ! ? after a word and a typed space: the space becomes the innerSpace.
std::optional<TypedReplacement> spacedPunctuation(
    QStringView before, QChar typed, const QuoteStyle &style)
{
    if (before.size() < 2 || !before.endsWith(u' '))
        return std::nullopt;
    const QChar word = before.at(before.size() - 2);
    if (!word.isLetterOrNumber() && !QStringView(u".)]\u2019\u201D\u00BB\u203A").contains(word))
        return std::nullopt;
    return TypedReplacement {1, QString(style.innerSpace) + typed};
}

bool isSpacedPunctuation(QChar typed)
{
    return typed == u';' || typed == u':' || typed == u'!' || typed == u'?';
}

} // namespace

QuoteStyle QuoteStyle::forLanguage(const QString &language)
{
    const QString tag = language.trimmed().toLower().replace(u'_', u'-');
    const QString primary = tag.section(u'-', 0, 0);
    if (primary == u"fr")
        return {QChar(0x00AB), QChar(0x00BB), QChar(0x2039), QChar(0x203A), narrowNoBreakSpace};
    if (tag.startsWith(u"de-ch") || tag.startsWith(u"de-li"))
        return {QChar(0x00AB), QChar(0x00BB), QChar(0x2039), QChar(0x203A)};
    if (primary == u"de")
        return {QChar(0x201E), QChar(0x201C), QChar(0x201A), QChar(0x2018)};
    return {QChar(0x201C), QChar(0x201D), QChar(0x2018), QChar(0x2019)};
}

bool typographyMayReplace(QChar typed, const QuoteStyle &style)
{
    return typed == u'"' || typed == u'\'' || typed == u'-'
        || (!style.innerSpace.isNull() && (typed == u' ' || isSpacedPunctuation(typed)));
}

std::optional<TypedReplacement> typographicReplacement(
    const QString &before, QChar typed, const QuoteStyle &style)
{
    if (!typographyMayReplace(typed, style))
        return std::nullopt;
    // The cheap checks first: a space is typed often, and most need nothing.
    std::optional<TypedReplacement> spaced;
    if (typed == u' ')
        spaced = spaceAfterGuillemet(before, style);
    else if (isSpacedPunctuation(typed))
        spaced = spacedPunctuation(before, typed, style);
    if ((typed == u' ' || isSpacedPunctuation(typed)) && !spaced)
        return std::nullopt;
    if (insideCode(before) || insideUrlOrTag(before))
        return std::nullopt;
    if (spaced)
        return spaced;
    if (typed == u'-')
        return dash(before);
    if (typed == u'"' && !style.innerSpace.isNull())
        return spacedDoubleQuote(before, style);
    if (typed == u'"')
        return TypedReplacement {
            0, QString(opensAfter(before, style) ? style.openDouble : style.closeDouble)};
    if (opensAfter(before, style))
        return TypedReplacement {0, QString(style.openSingle)};
    const QChar last = before.back();
    if (last.isLetterOrNumber()) {
        // An apostrophe, unless it ends a single quotation still open in this paragraph.
        const QStringView paragraph = currentParagraph(before);
        const bool sameMarks = style.closeSingle == apostrophe;
        const qsizetype opened = paragraph.count(style.openSingle);
        const qsizetype closed = sameMarks ? 0 : paragraph.count(style.closeSingle);
        if (sameMarks || opened <= closed)
            return TypedReplacement {0, QString(apostrophe)};
    }
    return TypedReplacement {0, QString(style.closeSingle)};
}

} // namespace Copydesk
