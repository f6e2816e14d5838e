// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QString>
#include <QStringView>

/// Small pieces of Markdown syntax shared by the Markdown reader and writer. Internal to
/// copydesk_article.
namespace Copydesk::MarkdownSyntax {

/// The heading class of a structured part ("key-facts"); empty for Section.
QString partClass(ArticlePart::Kind kind);
/// The kind for a heading class ("section" included); *ok false for unknown classes.
ArticlePart::Kind kindFromClass(QStringView cls, bool *ok);

/// `text`, a plain-text field (a heading, a line of a quote, a question, a name), as CommonMark
/// that every renderer shows as exactly that text: the ASCII punctuation Markdown could read as
/// syntax (\ ` * _ [ ] < > # ! | ~ & { }) is backslash-escaped, and so is what starts a list,
/// a thematic break or a setext underline at the start of a line ("-", "+", "=", "1." "1)").
QString escapeText(const QString &text);
/// Reads escapeText() output (and hand-written text) back: backslash escapes of ASCII
/// punctuation and decimal character references ("&#8212;") are decoded; everything else
/// stays as written.
QString unescapeText(QStringView text);

/// An invisible line ("Markdown comment"): a link reference definition that no CommonMark
/// renderer shows, `[//]: # "content"`, with " and \ in `content` backslash-escaped.
/// `content` must be one line.
QString commentLine(const QString &content);
/// The content of a commentLine(); false when `line` is not one.
bool readCommentLine(QStringView line, QString *content);

/// Tracks fenced code blocks (``` or ~~~, up to three spaces of indentation) line by line.
class FenceTracker
{
public:
    /// Feeds the next line; true when the line is inside a code block or is one of its fences.
    bool consume(QStringView line);

private:
    QChar m_marker;
    qsizetype m_length = 0;
};

/// A level-`level` ATX heading ("## Title ##" → "Title"): true and the text (trimmed, closing
/// #s removed) when `line` is one.
bool atxHeading(QStringView line, int level, QString *text);

} // namespace Copydesk::MarkdownSyntax
