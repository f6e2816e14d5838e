// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "profileurls.h"

#include "slug.h"
#include "urlpattern.h"
#include "urlpolicy.h"

#include <QUrl>

namespace Copydesk {

namespace {

// The pattern filled in, as a link a page may carry; empty when anything is missing.
QString link(const QString &pattern, const QHash<QString, QString> &values)
{
    const QString url = UrlPattern::expand(pattern, values);
    return UrlPolicy::isWebUrl(url) ? UrlPolicy::link(url) : QString();
}

} // namespace

QString ProfileUrls::articleUrl(const ArticleFields &fields, const PublicationProfile &profile)
{
    QHash<QString, QString> values {
        {QStringLiteral("slug"), Slug::fromText(fields.headline)},
        {QStringLiteral("uuid"), fields.uuid.trimmed()},
        {QStringLiteral("category"), Slug::fromText(fields.category)},
    };
    if (fields.published.isValid()) {
        const QDate date = fields.published.toUTC().date();
        values.insert(QStringLiteral("yyyy"), date.toString(QStringLiteral("yyyy")));
        values.insert(QStringLiteral("mm"), date.toString(QStringLiteral("MM")));
        values.insert(QStringLiteral("dd"), date.toString(QStringLiteral("dd")));
    }
    return link(profile.articleUrlPattern, values);
}

QString ProfileUrls::articleUrl(const Article &article, const PublicationProfile &profile)
{
    return articleUrl(
        {article.uuid, article.headline, article.category, article.published}, profile);
}

QString ProfileUrls::categoryUrl(const QString &category, const PublicationProfile &profile)
{
    return link(
        profile.categoryUrlPattern, {{QStringLiteral("category"), Slug::fromText(category)}});
}

QString ProfileUrls::beside(const QString &pageUrl, const QString &fileName)
{
    if (pageUrl.isEmpty() || fileName.isEmpty())
        return {};
    return QUrl(pageUrl)
        .resolved(QUrl(QString::fromLatin1(QUrl::toPercentEncoding(fileName))))
        .toString(QUrl::FullyEncoded);
}

} // namespace Copydesk
