// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QList>
#include <QString>

namespace Copydesk {

/// One text of the article that a writer types into an input of its own.
struct ArticleTextField
{
    /// Where the text lives, in CommentAnchor's path syntax made exact to one input:
    /// "headline", "dek", "dateline", "category", "hero.caption", "hero.altText",
    /// "hero.credit", "lede", "parts/<id>/heading", "parts/<id>/body",
    /// "parts/<id>/items/<n>", "parts/<id>/quotes/<n>/text|speaker|role",
    /// "parts/<id>/faq/<n>/question|answer", "parts/<id>/references/<n>/title|url|publisher".
    QString path;
    QString text;
    bool operator==(const ArticleTextField &) const = default;
};

/// The article's free texts as a list, for searching and replacing across every part.
/// Bylines and tags are left out: the editor shows each as one line formatted from a list, so a
/// position in that line is no position in the article. The language is a code, not text.
namespace ArticleTextFields {

/// Every text field in document order (the order the editor draws them): the fields above the
/// parts, then each part's heading and its body or entries, entry by entry. Empty texts are
/// listed too, so that a path's position never depends on content.
QList<ArticleTextField> list(const Article &article);

/// Sets the text at `path` (as list() names it). Returns false, changing nothing, when the path
/// names no text field of `article`.
bool set(Article &article, const QString &path, const QString &text);

} // namespace ArticleTextFields

} // namespace Copydesk
