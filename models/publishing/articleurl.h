// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "publicationprofile.h"

#include <QDateTime>
#include <QString>

namespace Copydesk {

/// Where an article lives on the publication's web site, from the profile's
/// articleUrlPattern: the structured data's url and mainEntityOfPage, the "More in" links.
class ArticleUrl
{
public:
    /// What the pattern's placeholders are made of: an Article's or an ArticleSummary's fields.
    struct Fields
    {
        QString uuid;
        QString headline;
        QString category;
        QDateTime published; ///< Invalid for an unpublished article.
    };

    /// The article's absolute http(s) URL: the pattern with {slug} (the headline's Slug),
    /// {category} (the category's Slug), {uuid}, {yyyy}, {mm} and {dd} (the publication date
    /// in UTC, as every library stores it, so that links from other pages agree) filled in and
    /// percent-encoded, a pattern starting with "/" resolved against the profile's siteUrl. Empty
    /// when there is no such URL: no pattern, a relative pattern without a siteUrl, a placeholder
    /// without a value (no category, an unpublished article for a date), an unknown placeholder, or
    /// a result that UrlPolicy::isWebUrl() refuses.
    static QString of(const PublicationProfile &profile, const Fields &fields);

    /// `fileName` (a picture written beside the page) as an absolute URL next to
    /// `articleUrl`; empty when either is empty.
    static QString beside(const QString &articleUrl, const QString &fileName);
};

} // namespace Copydesk
