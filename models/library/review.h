// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlediff.h"
#include "result.h"
#include "reviewcomment.h"

#include <QList>
#include <QString>

namespace Copydesk {

/// Review comments on an article's parts, in threads, and what changed since the last review.
/// Comments never change the content, its revision or the approval.
class Review
{
public:
    virtual ~Review();

    /// Adds a comment thread's first comment. The anchor must name something in the current
    /// content (InvalidInput otherwise). Returns the comment id.
    virtual Result<qint64> addComment(
        qint64 articleId, const CommentAnchor &anchor, const QString &text, const QString &author)
        = 0;
    /// Replies to a comment (a reply to a reply joins the same thread). Returns the new id.
    virtual Result<qint64> reply(qint64 commentId, const QString &text, const QString &author) = 0;
    /// Resolves or reopens a thread (given any of its comments).
    virtual Status setResolved(qint64 commentId, bool resolved, const QString &actor) = 0;
    /// Every comment of the article, threads in order of creation, each followed by its replies.
    virtual Result<QList<ReviewComment>> comments(qint64 articleId) const = 0;

    /// Field-by-field changes from the revision the last review decision saw to the current
    /// content. NotFound when the article was never reviewed.
    virtual Result<QList<FieldChange>> changesSinceReview(qint64 articleId) const = 0;
};

} // namespace Copydesk
