// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

namespace Copydesk {

/// Clean Markdown for HTML pasted from a browser or a word processor (the clipboard's
/// "text/html"): what the writer means is kept, how the source looked is dropped.
///
/// Kept: paragraphs, headings (h1–h6 → "#"…), links with an http(s) or mailto target
/// ("[text](url)"; others — relative, "#", javascript: — keep only their text), emphasis and strong
/// (<em>/<i>, <strong>/<b>, and spans whose style says font-style:italic or font-weight:bold/
/// 600+, as Google Docs writes them; a <b style="font-weight:normal"> wrapper is not strong),
/// inline code, <pre> blocks (fenced), bulleted and numbered lists (nested, tight; also Word's,
/// which are paragraphs styled "mso-list:… levelN" with the typed marker in a span), blockquotes,
/// line breaks (a backslash hard break) and rules ("* * *"). Table rows become lines, cells are
/// separated by spaces.
///
/// Dropped: every attribute but href, styles, classes, fonts, colours, spans, images (also as
/// data: URLs), and the content of <script>, <style>, <head>, <template>, <svg>, <math>,
/// <iframe>, <object> and comments (including Word's conditional comments). Text is taken
/// literally: characters Markdown would read as syntax (*, `, [, ], <, \, _ at word edges, and
/// block markers at the start of a paragraph) are backslash-escaped. Entities are decoded;
/// invalid code points become U+FFFD.
///
/// Made for hostile input: a tolerant tokenizer (no XML well-formedness needed, unclosed and
/// stray tags are fine), linear in the input, nesting of lists and quotes beyond 16 levels is
/// flattened. Never fails; empty or tag-only input gives an empty string. Pure and reentrant.
///
/// Why not QTextDocument::setHtml() + toMarkdown(): besides needing Qt6::Gui in this Core-only
/// library, Qt 6.8's writer, tried on the Google Docs sample of the tests, wraps paragraphs at
/// 80 columns (trailing spaces included), keeps data: images, leaves literal "*" unescaped and
/// let an inline code span swallow the image after it.
QString htmlToMarkdown(const QString &html);

} // namespace Copydesk
