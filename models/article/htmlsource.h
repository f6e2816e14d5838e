// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>

/// What pasted HTML says, read by htmlToMarkdown()'s tolerant tokenizer: tag names, character
/// references, attributes, the emphasis in a style, Word's list paragraphs, and the kinds of
/// element. No parsing state; pure and reentrant. Internal to the article library.
namespace Copydesk::HtmlSource {

/// Whether `c` may continue a tag or attribute name.
bool isNameChar(QChar c);

/// `text` with its character references decoded as a browser reads them (HtmlEntities::decodeAll():
/// every name of the WHATWG list, numeric ones also without their semicolon; invalid code points
/// become U+FFFD, unknown names stay as typed), and without soft hyphens, typed or referenced.
QString decodeEntities(QStringView text);

/// The decoded value of the attribute `wanted` (any case) in a tag's attribute text; empty
/// when it is missing.
QString attribute(QStringView attributes, QStringView wanted);

/// What a style attribute says about weight and slant: +1 on, -1 explicitly off, 0 silent.
struct StyleEmphasis
{
    int bold = 0;
    int italic = 0;
};
StyleEmphasis styleEmphasis(const QString &style);

/// Word writes list items as paragraphs styled "mso-list:l0 level2 lfo1": the level (1…9) of
/// such a paragraph; 0 for every other style.
int wordListLevel(const QString &style);
/// Whether a span holds Word's typed list marker ("·", "1.") rather than the item's text.
bool isWordListMarker(const QString &style);

/// Elements that start a block (a paragraph ends before them).
bool isBlock(const QString &name);
/// Elements without an end tag (br, img…).
bool isVoid(const QString &name);
/// Elements whose whole content is dropped (script, style, head, svg…).
bool isSkipped(const QString &name);
/// Elements whose content is raw text up to their end tag (no tags inside).
bool isRawText(const QString &name);

} // namespace Copydesk::HtmlSource
