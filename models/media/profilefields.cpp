// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "profilefields.h"

#include "imagefiles.h"
#include "urlpattern.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace Copydesk {

namespace {

Error invalidValue(const QString &key, const QString &problem)
{
    return Error {
        ProfileFields::tr("profile key “%1”: %2").arg(key, problem), Error::Code::InvalidInput};
}

bool isWebAddress(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

bool isLanguageTag(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$"));
    return tag.match(text).hasMatch();
}

// The problem with `value` for `key`, or an empty string when it may be stored. Text keys only.
QString problemWith(const QString &key, const QString &value)
{
    if (value.isEmpty())
        return key == u"name" ? ProfileFields::tr("the publication needs a name") : QString();
    if (key == u"site-url" && !isWebAddress(value))
        return ProfileFields::tr("“%1” is not an http(s) address such as https://example.com/")
            .arg(value);
    if (key == u"article-url" || key == u"category-url") {
        const QStringList required = key == u"article-url"
            ? QStringList {QStringLiteral("slug"), QStringLiteral("uuid")}
            : QStringList {QStringLiteral("category")};
        if (const Status usable = UrlPattern::check(value, required); !usable)
            return ProfileFields::tr("“%1”: %2").arg(value, usable.error().message);
    }
    if (key == u"language" && !isLanguageTag(value))
        return ProfileFields::tr("“%1” is not a language tag such as en, de or fr-CH").arg(value);
    if (key == u"accent-color" && !PublicationProfile::isValidColor(value))
        return ProfileFields::tr("“%1” is not a colour written as #rrggbb").arg(value);
    if (key == u"templates" && !QFileInfo(value).isDir())
        return ProfileFields::tr("“%1” is not a folder").arg(QDir::toNativeSeparators(value));
    return {};
}

// The member behind a text key; nullptr for "logo" and unknown keys.
template<typename Profile>
auto textMember(Profile &profile, const QString &key) -> decltype(&profile.name)
{
    if (key == u"name")
        return &profile.name;
    if (key == u"tagline")
        return &profile.tagline;
    if (key == u"site-url")
        return &profile.siteUrl;
    if (key == u"article-url")
        return &profile.articleUrlPattern;
    if (key == u"category-url")
        return &profile.categoryUrlPattern;
    if (key == u"language")
        return &profile.language;
    if (key == u"accent-color")
        return &profile.accentColor;
    if (key == u"templates")
        return &profile.templateDirectory;
    return nullptr;
}

} // namespace

QStringList ProfileFields::keys()
{
    return {QStringLiteral("name"), QStringLiteral("tagline"), QStringLiteral("logo"),
        QStringLiteral("site-url"), QStringLiteral("article-url"), QStringLiteral("category-url"),
        QStringLiteral("language"), QStringLiteral("accent-color"), QStringLiteral("templates")};
}

QString ProfileFields::value(const PublicationProfile &profile, const QString &key)
{
    if (key == u"logo")
        return profile.logo.isEmpty()
            ? QString()
            : tr("%1, %2 bytes").arg(profile.logoMimeType, QLocale().toString(profile.logo.size()));
    const QString *member = textMember(profile, key);
    return member ? *member : QString();
}

Status ProfileFields::set(PublicationProfile &profile, const QString &key, const QString &value)
{
    if (!keys().contains(key))
        return Error {tr("there is no profile key “%1”; the keys are %2")
                          .arg(key, keys().join(QStringLiteral(", "))),
            Error::Code::InvalidInput};
    if (key == u"logo") {
        if (value.isEmpty()) {
            profile.logo.clear();
            profile.logoMimeType.clear();
            return Done {};
        }
        const Result<ImageFile> image = ImageFiles::readChosen(value, ImagePolicy::logo());
        if (!image)
            return invalidValue(key, image.error().message);
        profile.logo = image->data;
        profile.logoMimeType = image->mimeType;
        return Done {};
    }
    QString text = value.trimmed();
    if (const QString problem = problemWith(key, text); !problem.isEmpty())
        return invalidValue(key, problem);
    if (key == u"templates" && !text.isEmpty())
        text = QFileInfo(text).absoluteFilePath();
    if (key == u"accent-color" && text.isEmpty())
        text = PublicationProfile::defaultAccentColor();
    if (key == u"language" && text.isEmpty())
        text = PublicationProfile().language;
    *textMember(profile, key) = text;
    return Done {};
}

QString ProfileFields::notSetNote()
{
    return tr("The publication profile is not set: pages say “%1”.")
        .arg(PublicationProfile::defaultName());
}

Status ProfileFields::check(const PublicationProfile &profile)
{
    for (const QString &key : keys()) {
        if (key == u"logo") {
            if (profile.logo.isEmpty())
                continue;
            const Result<QString> type = ImageFiles::mimeTypeOf(
                profile.logo, ImagePolicy::logo(), ImagePolicy::logo().what);
            if (!type)
                return invalidValue(key, type.error().message);
            continue;
        }
        const QString text = *textMember(profile, key);
        if (const QString problem = problemWith(key, text.trimmed()); !problem.isEmpty())
            return invalidValue(key, problem);
    }
    return Done {};
}

} // namespace Copydesk
