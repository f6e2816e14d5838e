// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "articlemarkdown.h"
#include "result.h"

#include <QByteArray>
#include <QString>

namespace Copydesk::MarkdownFrontMatter {

/// Reads the YAML front matter `yaml` (the text between the --- lines, whose first line is line
/// `firstLine` of the file) into the metadata fields of `article`. Errors are
/// "source:line: message"; a hero `file` is read with `readHeroFile` (an error without one).
/// Internal to copydesk_article.
Status read(const QByteArray &yaml, int firstLine, const QString &source,
    const ArticleMarkdown::HeroFileReader &readHeroFile, Article *article);

} // namespace Copydesk::MarkdownFrontMatter
