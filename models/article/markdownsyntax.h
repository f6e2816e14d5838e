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

/// Backslash-escapes \, [ and ] for use as link text, and undoes it.
QString escapeLinkText(const QString &text);
QString unescapeLinkText(QStringView text);

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
