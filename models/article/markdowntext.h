// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <QStringView>

namespace Copydesk {

/// The text a reader sees in a piece of article Markdown, as md4c parses it with the flags every
/// rendering uses (MarkdownText::parserFlags()). The one definition of "plain text of Markdown":
/// word counts, reading time and every export that needs Markdown as text use it.
struct MarkdownText
{
    /// The visible text: no syntax, no link destinations, no reference definitions, no images
    /// (alt text included), entities decoded. Code is text. Raw HTML is text too, as the page
    /// shows it (the renderer never passes HTML through). Blocks, list items and table cells
    /// are separated by line breaks, hard and soft line breaks are kept as line breaks.
    QString text;
    /// The images (`![alt](src)`, `![alt][ref]`) in the Markdown.
    int images = 0;

    /// Parses `markdown`. Pure and thread-safe; an empty input gives an empty result.
    static MarkdownText read(QStringView markdown);

    /// The md4c parser flags (MD_FLAG_…): CommonMark with tables, strikethrough and permissive
    /// autolinks, raw HTML read as text.
    static unsigned parserFlags();
};

} // namespace Copydesk
