// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "textdiff.h"

#include <QList>
#include <QString>

namespace Copydesk {

/// One difference between two versions of an article.
struct FieldChange
{
    enum class Kind
    {
        Added, ///< The field or part was empty or absent before.
        Removed, ///< The field or part is empty or absent now.
        Changed,
        Moved, ///< A part changed its position; `before` and `after` are 1-based positions.
    };
    Kind kind = Kind::Changed;
    /// Stable machine path: "headline", "bylines", "published", "hero.image", "hero.caption",
    /// "parts/<partId>" (part added or removed), "parts/<partId>/heading", ".../kind",
    /// ".../body", ".../items", ".../quotes", ".../faq", ".../references", and "parts" for a
    /// moved part.
    QString path;
    /// Translated, for people: "Headline", "Section “Background”: text", "Key Facts: items".
    QString label;
    /// Readable text of the old and new value. Lists (bylines, tags, items, quotes, FAQ,
    /// references) are one entry per line; an added or removed part is its heading and content.
    QString before;
    QString after;
    bool operator==(const FieldChange &) const = default;
};

/// Field-by-field differences from `from` to `to`, in reading order: article fields first,
/// then the parts in their new order (with content changes after a part's move), then removed
/// parts. Parts are matched by id, so a moved part is one Moved change (only the parts that
/// must move to restore the old order count as moved), a renamed heading is one heading
/// change, and a part whose id is new is Added. Only the content member of a part's kind is
/// compared. The hero image is compared by the SHA-256 of its bytes plus its file name and
/// type. Empty when the articles are equal in everything a reader or editor can see.
QList<FieldChange> diffArticles(const Article &from, const Article &to);

/// The changes as text for a terminal: a "Changed: Headline" line per change, then the value
/// with word-level [-deleted-]{+inserted+} marks for text (only the paragraphs that changed,
/// "…" for the rest), "- " and "+ " lines for lists, or both values for the rest. With `color`,
/// headers are bold and marks red and green (ANSI escape codes). Ends with a newline unless
/// `changes` is empty.
QString formatChangesAsText(const QList<FieldChange> &changes, bool color);

} // namespace Copydesk
