// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QString>

namespace Copydesk {

/// Markdown that means downstream what it means in Copydesk. Copydesk's pages show raw HTML
/// typed into Markdown as text, and link only what UrlPolicy allows; other CommonMark
/// renderers (cmark-gfm, markdown-it, commonmark.js) pass raw HTML through or drop it, and link
/// whatever is written. The Markdown export goes through here so that each of them shows the
/// same text and links as Copydesk's page.
class MarkdownDownstream
{
public:
    /// `markdown` with raw HTML escaped ("\<b>", which every renderer shows as the "<b>" that
    /// Copydesk shows), every inline link, autolink and reference definition whose URL
    /// UrlPolicy::link() refuses turned into its text (a refused reference definition is left
    /// out), and every image that is not embedded (UrlPolicy::embeddedImage()) turned into what
    /// the page shows: a link to its URL labelled with its alt text, or the alt text.
    /// Markdown without any of these comes back unchanged. A link whose URL is written with
    /// backslash escapes or entities cannot be located in the source and is left as written.
    /// A reference-style link to a refused definition shows as its brackets ("[text][ref]")
    /// downstream, where Copydesk shows "text": not a link either way.
    /// Pure and thread-safe.
    static QString rewrite(const QString &markdown);

    /// `article` with rewrite() applied to each Markdown field: the lede, section bodies, Key
    /// Facts and Key Takeaways items and FAQ answers.
    static Article article(Article article);
};

} // namespace Copydesk
