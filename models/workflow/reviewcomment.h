// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Copydesk {

/// Where a review comment points: a field, a part, an item of a part, or a range of characters
/// inside a Markdown text.
///
/// Paths: "headline", "dek", "dateline", "lede", "bylines", "published", "category", "tags",
/// "hero", "hero.caption", "hero.altText", "hero.credit"; "parts/<partId>" for a whole part,
/// "parts/<partId>/heading", "parts/<partId>/body", and "parts/<partId>/items/<n>",
/// "parts/<partId>/quotes/<n>", "parts/<partId>/faq/<n>" (a question with its answer),
/// "parts/<partId>/references/<n>" (n counts from 0). Part ids follow a part when it moves.
/// "article" is the whole article: where an editor's Request Changes note starts a thread.
struct CommentAnchor
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::CommentAnchor)
public:
    QString path;
    /// A character range [start, end) inside the text at `path` (lede, body, FAQ answer…);
    /// -1 for both when the comment is about the whole part.
    int start = -1;
    int end = -1;

    bool hasRange() const { return start >= 0; }
    /// The anchor of a comment on the whole article ("article").
    static CommentAnchor wholeArticle() { return {QStringLiteral("article"), -1, -1}; }
    bool isWholeArticle() const { return path == QLatin1String("article"); }

    /// Checks that `path` names something in `article` and the range lies inside its text.
    /// Returns an empty string when it does, else a message naming the problem.
    QString validate(const Article &article) const;

    /// The text the anchor points at in `article` (the range only, when there is one); empty
    /// when the path names nothing that has text.
    QString text(const Article &article) const;

    bool operator==(const CommentAnchor &) const = default;
};

/// A review comment or a reply. Comments are internal to the library: they live beside the
/// article, never in it, so no export or rendering ever includes them.
struct ReviewComment
{
    qint64 id = 0;
    qint64 articleId = 0;
    qint64 parentId = 0; ///< The comment this replies to; 0 for a thread's first comment.
    QString author;
    QDateTime created; ///< UTC.
    CommentAnchor anchor; ///< A reply carries its thread's anchor.
    QString text;
    int revision = 0; ///< The article's newest revision when the comment was written.
    bool resolved = false; ///< Meaningful on a thread's first comment.
    QString resolvedBy;
    QDateTime resolvedAt; ///< UTC; null unless resolved.
};

} // namespace Copydesk
