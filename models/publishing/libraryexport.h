// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "exportoptions.h"
#include "publicationprofile.h"
#include "result.h"

namespace Copydesk {

/// What a page needs from the library besides the article: the preview, the command line's
/// export and the window's export all ask here, so that they render the same page. Works on
/// any ArticleStore (the local SQLite library, a team library on PostgreSQL).
class LibraryExport
{
public:
    static constexpr int moreInCategoryLimit = 5;

    /// The most recent published articles of `article`'s category, newest first: live
    /// articles with status Published and a publication date, whose category is exactly
    /// `article`'s, the article itself (same UUID) left out, at most `limit`; each with its
    /// ProfileUrls::articleUrl(). Empty when the article has no category or nothing else is published in it.
    /// Fails only when the store does.
    static Result<QList<RelatedArticle>> moreInCategory(const ArticleStore &store,
        const Article &article, const PublicationProfile &profile, int limit = moreInCategoryLimit);

    /// The ExportOptions for `record` as stored in `store`: its last change (render.modified),
    /// creation time, revision and the "More in" list (moreInCategory()).
    static Result<ExportOptions> options(
        const ArticleStore &store, const ArticleRecord &record, const PublicationProfile &profile);
};

} // namespace Copydesk
