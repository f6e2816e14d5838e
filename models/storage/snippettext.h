#pragma once

#include <QString>

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
};

} // namespace Copydesk
