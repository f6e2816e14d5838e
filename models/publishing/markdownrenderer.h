// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace Copydesk {

/// Markdown to HTML for article text: CommonMark with tables, strikethrough and autolinks,
/// parsed by md4c, with our own HTML emission so that nothing unsafe can pass:
/// - raw HTML in the Markdown is never passed through; it shows as the text that was typed;
/// - links keep their href only when UrlPolicy::link() allows it, otherwise only their text;
/// - images are shown only when embedded as raster data: URLs (pages make no requests); an
///   image with an allowed web URL becomes a link to it labelled with its alt text;
/// - fenced code blocks with a language are highlighted by CodeHighlighter.
/// Every code point HTML forbids is cleaned out first (HtmlText::clean()). docs/markdown.md
/// lists every difference from md4c-html's output; tst_commonmarkspec checks them against the
/// CommonMark specification's examples.
///
/// Stateless and thread-safe.
class MarkdownRenderer
{
public:
    /// HTML for a block of Markdown (a section body, the lede, an FAQ answer). Markdown
    /// headings are shifted down by `headingOffset` levels (capped at <h6>) so that they nest
    /// under the page's own headings. Returns an empty string for blank input.
    static QString toHtml(const QString &markdown, int headingOffset = 2);

    /// HTML for one item of inline Markdown (a key fact): like toHtml(), without the enclosing
    /// <p> element.
    static QString inlineToHtml(const QString &markdown);

    /// The md4c parser flags (MD_FLAG_…) every rendering uses, for comparing with md4c-html.
    static unsigned parserFlags();
};

} // namespace Copydesk
