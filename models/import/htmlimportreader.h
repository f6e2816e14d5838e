// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "importdocument.h"

#include <QByteArray>

namespace Copydesk {

/// Reads an HTML page into blocks with gumbo, a conforming HTML5 parser: whatever the bytes are,
/// the result is the tree a browser would build, and reading it never fails.
///
/// Semantics first: <h1>–<h6>, <p>, list items (one `list` per <ul>/<ol>), <dt>/<dd>,
/// <blockquote> (its <cite> or <footer>, or the <figcaption> of its <figure>, becomes the
/// attribution), <figcaption> of a picture (a Caption), <time datetime>, and text directly in
/// containers as paragraphs. <head> and any JSON-LD (NewsArticle and its kin, FAQPage) and Open
/// Graph give the ImportHints. Left out as page machinery: <script>, <style>, <noscript>,
/// <template>, <nav>, forms, embedded objects, SVG/MathML and comments. Nothing is fetched or
/// run. Link targets become Markdown links only when UrlPolicy::link() accepts them.
///
/// Hostile input: gumbo's tree building checks scopes by walking the stack of open elements, so a
/// page nested thousands deep would take quadratic time (and its recursive clean-up deep stack);
/// a page whose start tags nest deeper than MaxNesting (counted by a linear scan that knows which
/// elements close themselves) is read instead by htmlToMarkdown()'s linear tokenizer and then as
/// Markdown. Nesting deeper than MaxDepth in the tree is read as the text of the deepest element;
/// JSON-LD scripts above MaxJsonBytes are ignored. Pure and reentrant.
class HtmlImportReader
{
public:
    static constexpr int MaxNesting = 1000;
    static constexpr int MaxDepth = 128;
    static constexpr qsizetype MaxJsonBytes = 1024 * 1024;

    /// `html` is UTF-8 (see TextEncoding).
    static ImportDocument read(const QByteArray &html);
};

} // namespace Copydesk
