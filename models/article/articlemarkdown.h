// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <functional>

/// Markdown with YAML front matter: a second import format that people write by hand, and an
/// export that re-imports to the same article. Described with a full example in
/// docs/article-markdown.md. Reentrant; may run on any thread.
namespace Copydesk::ArticleMarkdown {

/// A YAML comment, the first line of toMarkdown()'s front matter. It tells an export apart from
/// a Markdown story written by hand (ExportDestination replaces the one, not the other without
/// consent); fromMarkdown() ignores it like any comment.
inline constexpr QLatin1StringView ExportMarker {"# Exported by Copydesk"};

/// The article as UTF-8 Markdown: the ExportMarker line and front matter for the metadata (the hero
/// image embedded as base64), the lede, then one `## Heading {#id .class}` per part. fromMarkdown()
/// gives back an equal article, with these exceptions: a structured part's heading that equals its
/// default heading reads back empty (which means the same), line breaks are "\n", leading and
/// trailing blank lines of Markdown text are dropped, and list items, FAQ questions and reference
/// fields are single lines.
QByteArray toMarkdown(const Article &article);

/// Reads the picture a front matter's hero `file:` names, `file` as written there. Returns the
/// bytes, the MIME type (from the content) and the file name; its error message is the
/// sentence after "source:line: ". Reading pictures from disk needs Qt Gui and a policy (which
/// folders, what size, which types): see ArticleFileReader in copydesk_media.
using HeroFileReader = std::function<Result<HeroImage>(const QString &file)>;

/// Reads Markdown written by toMarkdown() or by hand. Front matter is optional; without a
/// headline in it, a leading `# Title` line is the headline. A hero `file` is read with
/// `readHeroFile`; without one, a hero `file` is an error. Errors name the source and the line:
/// "story.md:14: Key Facts item is not a list item". The hero reader's errors keep their code;
/// everything else is Error::InvalidInput.
Result<Article> fromMarkdown(
    const QByteArray &text, const QString &sourceName, const HeroFileReader &readHeroFile = {});

} // namespace Copydesk::ArticleMarkdown
