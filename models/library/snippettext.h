// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "searchtext.h"

#include <QString>
#include <QStringList>

namespace Copydesk {

/// Turns a search snippet cut from Markdown text into text a reader can take in at a glance.
///
/// The full-text index holds the Markdown as written, so a snippet may show *emphasis*,
/// [link text](https://…), `code`, fences, headings, list markers and table pipes, and may
/// start or end in the middle of any of them. readable() keeps the words and drops the syntax:
/// link and image destinations go (with any highlight inside them), their text stays.
/// SnippetOpen/SnippetClose markers and SnippetEllipsis around kept words are preserved.
/// Newlines are kept; callers simplify whitespace afterwards.
class SnippetText
{
public:
    static QString readable(const QString &snippet);

    /// A raw snippet (before readable()) around the first match of `terms` in `fields`, which
    /// are searched in the order given. A term matches as a sequence of whole words, each word
    /// compared case- and diacritic-insensitively, which is how the full-text index tokenizes:
    /// a word is a run of letters, digits, non-spacing marks and private-use characters, so a
    /// run of CJK characters is one word. The snippet holds about `words` words of the field
    /// that matched, every match of any term inside it between SnippetOpen and SnippetClose,
    /// and SnippetEllipsis where it cuts the field. Empty when no term matches any field.
    static QString excerpt(const QStringList &fields, const QStringList &terms, int words = 24);
    /// The same for what the user is typing: with typed.lastIsPrefix the last word of the last
    /// term matches every word it begins, and the whole word is marked.
    static QString excerpt(
        const QStringList &fields, const SearchText::TypedTerms &typed, int words = 24);
    /// The same for the stems a full-text engine made of the user's words ("ferri" of
    /// "ferries"): each word of each stem matches every word it begins, folded as above.
    static QString stemExcerpt(const QStringList &fields, const QStringList &stems, int words = 24);
};

} // namespace Copydesk
