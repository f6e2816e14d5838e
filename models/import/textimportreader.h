// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "importdocument.h"

namespace Copydesk {

/// Reads plain text (pasted from a web page, a wire or an e-mail) or Markdown without front
/// matter into blocks.
///
/// Plain text: every non-empty line is a block of its own, since copy from a browser puts each
/// paragraph, list item and heading on a line; lines starting with a bullet ("•", "-", "*",
/// "–") or a number ("1.", "2)") are list items (one `list` per run); a line is a Heading when
/// ImportHeadings knows it, or when it is short, ends without punctuation and the next line is
/// prose. Markdown: ATX and setext headings, "-"/"*"/"+"/"1." list items, ">" quotes, and
/// paragraphs of consecutive lines (the Markdown is kept as the block's `markdown`). Pure.
class TextImportReader
{
public:
    /// `text` is UTF-8 (see TextEncoding).
    static ImportDocument read(const QByteArray &text, bool markdown);
};

} // namespace Copydesk
