// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "moreincategoryfeed.h"

#include "libraryexport.h"
#include "previewpane.h"

namespace Copydesk {

MoreInCategoryFeed::MoreInCategoryFeed(ArticleStore *store, PreviewPane *preview, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_preview(preview)
{
    connect(m_store, &ArticleStore::articleChanged, this, &MoreInCategoryFeed::refresh);
    connect(m_store, &ArticleStore::articleRemoved, this, &MoreInCategoryFeed::refresh);
    connect(m_store, &ArticleStore::publicationProfileChanged, this, &MoreInCategoryFeed::refresh);
}

void MoreInCategoryFeed::setArticle(const Article &article)
{
    if (m_known && article.uuid == m_article.uuid && article.category == m_article.category)
        return;
    m_article.uuid = article.uuid;
    m_article.category = article.category;
    m_known = true;
    refresh();
}

void MoreInCategoryFeed::refresh()
{
    if (!m_known)
        return;
    const auto profile = m_store->publicationProfile();
    const auto related = profile ? LibraryExport::moreInCategory(*m_store, m_article, *profile)
                                 : Result<QList<RelatedArticle>>(profile.error());
    m_preview->setMoreInCategory(related ? *related : QList<RelatedArticle>());
}

} // namespace Copydesk
