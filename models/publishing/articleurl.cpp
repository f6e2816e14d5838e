// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articleurl.h"

#include "slug.h"
#include "urlpolicy.h"

#include <QRegularExpression>
#include <QUrl>

namespace Copydesk {

namespace {

/// The value of placeholder `name`, percent-encoded; nullopt for an unknown name, an empty
/// string when the article has no value for it.
std::optional<QString> placeholder(const QString &name, const ArticleUrl::Fields &fields)
{
    const auto encoded = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    const QDate date = fields.published.toUTC().date();
    if (name == u"slug")
        return encoded(Slug::fromText(fields.headline));
    if (name == u"category")
        return encoded(Slug::fromText(fields.category));
    if (name == u"uuid")
        return encoded(fields.uuid.trimmed());
    if (name == u"yyyy")
        return date.isValid() ? QString::number(date.year()) : QString();
    if (name == u"mm")
        return date.isValid() ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                              : QString();
    if (name == u"dd")
        return date.isValid() ? QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'))
                              : QString();
    return std::nullopt;
}

} // namespace

QString ArticleUrl::of(const PublicationProfile &profile, const Fields &fields)
{
    const QString pattern = profile.articleUrlPattern.trimmed();
    if (pattern.isEmpty())
        return {};
    static const QRegularExpression braces(QStringLiteral("\\{([^{}]*)\\}"));
    QString url;
    qsizetype at = 0;
    for (const QRegularExpressionMatch &match : braces.globalMatch(pattern)) {
        const std::optional<QString> value = placeholder(match.captured(1), fields);
        if (!value || value->isEmpty())
            return {};
        url += QStringView(pattern).sliced(at, match.capturedStart() - at);
        url += *value;
        at = match.capturedEnd();
    }
    url += QStringView(pattern).sliced(at);
    if (url.startsWith(u'/')) {
        if (!UrlPolicy::isWebUrl(profile.siteUrl))
            return {};
        url = QUrl(profile.siteUrl.trimmed()).resolved(QUrl(url)).toString(QUrl::FullyEncoded);
    }
    return UrlPolicy::isWebUrl(url) ? UrlPolicy::link(url) : QString();
}

QString ArticleUrl::beside(const QString &articleUrl, const QString &fileName)
{
    if (articleUrl.isEmpty() || fileName.isEmpty())
        return {};
    return QUrl(articleUrl)
        .resolved(QUrl(QString::fromLatin1(QUrl::toPercentEncoding(fileName))))
        .toString(QUrl::FullyEncoded);
}

} // namespace Copydesk
