// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "publicationprofile.h"

#include <QDateTime>
#include <QString>

namespace Copydesk {

/// The website addresses the publication profile gives an article and a category, from its
/// URL patterns (UrlPattern). The one place that fills the placeholders: pages, structured data,
/// the "More in" list and ninjs all link through here.
class ProfileUrls
{
public:
    /// What an article's address is made of: an Article's or a library listing's fields.
    struct ArticleFields
    {
        QString uuid;
        QString headline;
        QString category;
        QDateTime published; ///< Invalid for an unpublished article.
    };

    /// The article's page: PublicationProfile::articleUrlPattern with {slug} (the headline's
    /// Slug), {uuid}, {category} (the category's Slug) and {yyyy}/{mm}/{dd} (the publication
    /// date in UTC, as every library stores it, so that links from other pages agree). Empty when
    /// there is no pattern, a placeholder it uses has no value (no category, unpublished) or the
    /// result is not an allowed web link (UrlPolicy::link()).
    static QString articleUrl(const ArticleFields &fields, const PublicationProfile &profile);
    static QString articleUrl(const Article &article, const PublicationProfile &profile);

    /// The category's page: PublicationProfile::categoryUrlPattern with {category} the slug of
    /// `category`. Empty when there is no pattern, no slug, or no allowed web link.
    static QString categoryUrl(const QString &category, const PublicationProfile &profile);

    /// `fileName` (a picture written beside the page) as an absolute URL next to `pageUrl`;
    /// empty when either is empty.
    static QString beside(const QString &pageUrl, const QString &fileName);
};

} // namespace Copydesk
