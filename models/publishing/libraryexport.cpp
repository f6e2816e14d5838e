// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "libraryexport.h"

#include "profileurls.h"

namespace Copydesk {

Result<QList<RelatedArticle>> LibraryExport::moreInCategory(
    const ArticleStore &store, const Article &article, const PublicationProfile &profile, int limit)
{
    if (article.category.trimmed().isEmpty() || limit <= 0)
        return QList<RelatedArticle> {};
    LibraryQuery query;
    query.statuses = {ArticleStatus::Published};
    query.category = article.category;
    query.sort = SortKey::Published;
    query.order = Qt::DescendingOrder;
    // One more than asked for: the article itself may be among them.
    query.limit = limit + 1;
    const Result<QList<ArticleSummary>> summaries = store.list(query);
    if (!summaries)
        return summaries.error();
    QList<RelatedArticle> related;
    for (const ArticleSummary &summary : *summaries) {
        if (related.size() == limit)
            break;
        if (!summary.published.isValid()
            || (!article.uuid.isEmpty() && summary.uuid == article.uuid))
            continue;
        related.append({summary.headline,
            ProfileUrls::articleUrl(
                {summary.uuid, summary.headline, summary.category, summary.published}, profile),
            summary.published});
    }
    return related;
}

Result<ExportOptions> LibraryExport::options(
    const ArticleStore &store, const ArticleRecord &record, const PublicationProfile &profile)
{
    ExportOptions options;
    options.render.modified = record.modified;
    options.created = record.created;
    options.revision = record.revision;
    auto related = moreInCategory(store, record.article, profile);
    if (!related)
        return related.error();
    options.render.moreInCategory = std::move(related).value();
    return options;
}

} // namespace Copydesk
