// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "profileurls.h"

#include "slug.h"
#include "urlpattern.h"
#include "urlpolicy.h"

namespace Copydesk {

namespace {

// The pattern filled in, as a link a page may carry; empty when anything is missing.
QString link(const QString &pattern, const QHash<QString, QString> &values)
{
    const QString url = UrlPattern::expand(pattern, values);
    return UrlPolicy::isWebUrl(url) ? UrlPolicy::link(url) : QString();
}

} // namespace

QString ProfileUrls::articleUrl(const Article &article, const PublicationProfile &profile)
{
    QHash<QString, QString> values {
        {QStringLiteral("slug"), Slug::fromText(article.headline)},
        {QStringLiteral("uuid"), article.uuid},
        {QStringLiteral("category"), Slug::fromText(article.category)},
    };
    if (article.published.isValid()) {
        const QDate date = article.published.date();
        values.insert(QStringLiteral("yyyy"), date.toString(QStringLiteral("yyyy")));
        values.insert(QStringLiteral("mm"), date.toString(QStringLiteral("MM")));
        values.insert(QStringLiteral("dd"), date.toString(QStringLiteral("dd")));
    }
    return link(profile.articleUrlPattern, values);
}

QString ProfileUrls::categoryUrl(const QString &category, const PublicationProfile &profile)
{
    return link(
        profile.categoryUrlPattern, {{QStringLiteral("category"), Slug::fromText(category)}});
}

} // namespace Copydesk
