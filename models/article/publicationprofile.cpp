// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "publicationprofile.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QRegularExpression>

namespace Copydesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Copydesk::PublicationProfile", text);
}

// `sentence` names the member as %1.
Error invalid(const char *member, const char *sentence)
{
    return Error {tr(sentence).arg(QString::fromLatin1(member)), Error::Code::InvalidInput};
}

// Reads an optional string member into *target; returns false when present but not a string.
bool readString(const QJsonObject &json, const QString &key, QString *target)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    *target = value.toString();
    return true;
}

} // namespace

bool PublicationProfile::isValidColor(const QString &color)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern.match(color).hasMatch();
}

QString PublicationProfile::pageSizeName(PageSize size)
{
    return size == PageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

QJsonObject PublicationProfile::toJson() const
{
    return QJsonObject {
        {QStringLiteral("name"), name},
        {QStringLiteral("tagline"), tagline},
        {QStringLiteral("logo"), QString::fromLatin1(logo.toBase64())},
        {QStringLiteral("logoMimeType"), logoMimeType},
        {QStringLiteral("accentColor"), accentColor},
        {QStringLiteral("language"), language},
        {QStringLiteral("wordsPerMinute"), wordsPerMinute},
        {QStringLiteral("pageSize"), pageSizeName(pageSize)},
        {QStringLiteral("categoryBaseUrl"), categoryBaseUrl},
        {QStringLiteral("siteUrl"), siteUrl},
        {QStringLiteral("articleUrlPattern"), articleUrlPattern},
        {QStringLiteral("headlineMaxLength"), headlineMaxLength},
        {QStringLiteral("dekMaxLength"), dekMaxLength},
        {QStringLiteral("editorSmallEditWords"), editorSmallEditWords},
        {QStringLiteral("wordTargets"), wordTargets.toJson()},
    };
}

Result<PublicationProfile> PublicationProfile::fromJson(const QJsonObject &json)
{
    PublicationProfile profile;
    const std::pair<const char *, QString *> strings[] = {
        {"name", &profile.name},
        {"tagline", &profile.tagline},
        {"logoMimeType", &profile.logoMimeType},
        {"accentColor", &profile.accentColor},
        {"language", &profile.language},
        {"categoryBaseUrl", &profile.categoryBaseUrl},
        {"siteUrl", &profile.siteUrl},
        {"articleUrlPattern", &profile.articleUrlPattern},
    };
    for (const auto &[key, target] : strings) {
        if (!readString(json, QString::fromLatin1(key), target))
            return invalid(key,
                QT_TRANSLATE_NOOP("Copydesk::PublicationProfile",
                    "The publication profile's \"%1\" must be text."));
    }
    if (!isValidColor(profile.accentColor))
        return invalid("accentColor",
            QT_TRANSLATE_NOOP("Copydesk::PublicationProfile",
                "The publication profile's \"%1\" must be a colour written as #rrggbb."));

    QString logo;
    if (!readString(json, QStringLiteral("logo"), &logo))
        return invalid("logo",
            QT_TRANSLATE_NOOP("Copydesk::PublicationProfile",
                "The publication profile's \"%1\" must be a picture in base64."));
    auto decoded
        = QByteArray::fromBase64Encoding(logo.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return invalid("logo",
            QT_TRANSLATE_NOOP("Copydesk::PublicationProfile",
                "The publication profile's \"%1\" must be a picture in base64."));
    profile.logo = decoded.decoded;

    const QJsonValue words = json.value(QStringLiteral("wordsPerMinute"));
    if (!words.isUndefined()) {
        if (!words.isDouble() || words.toInt(-1) < 1)
            return invalid("wordsPerMinute",
                QT_TRANSLATE_NOOP("Copydesk::PublicationProfile",
                    "The publication profile's \"%1\" must be a positive whole number."));
        profile.wordsPerMinute = words.toInt();
    }

    const std::pair<const char *, int *> limits[] = {
        {"headlineMaxLength", &profile.headlineMaxLength},
        {"dekMaxLength", &profile.dekMaxLength},
    };
    for (const auto &[key, target] : limits) {
        const QJsonValue limit = json.value(QString::fromLatin1(key));
        if (limit.isUndefined())
            continue;
        if (!limit.isDouble() || limit.toInt(-1) < 0)
            return invalid(key,
                QT_TRANSLATE_NOOP("Copydesk::PublicationProfile",
                    "The publication profile's \"%1\" must be a whole number, 0 for no limit."));
        *target = limit.toInt();
    }

    const QJsonValue smallEdit = json.value(QStringLiteral("editorSmallEditWords"));
    if (!smallEdit.isUndefined()) {
        if (!smallEdit.isDouble() || smallEdit.toInt(-1) < 0)
            return invalid("editorSmallEditWords",
                QT_TRANSLATE_NOOP("Copydesk::PublicationProfile",
                    "The publication profile's \"%1\" must be a whole number, 0 for none."));
        profile.editorSmallEditWords = smallEdit.toInt();
    }

    const QJsonValue targets = json.value(QStringLiteral("wordTargets"));
    if (!targets.isUndefined()) {
        if (!targets.isObject())
            return invalid("wordTargets",
                QT_TRANSLATE_NOOP("Copydesk::PublicationProfile",
                    "The publication profile's \"%1\" must be an object."));
        Result<WordTargets> read = WordTargets::fromJson(targets.toObject());
        if (!read)
            return read.error();
        profile.wordTargets = *read;
    }

    QString pageSize = pageSizeName(profile.pageSize);
    if (!readString(json, QStringLiteral("pageSize"), &pageSize))
        return invalid("pageSize",
            QT_TRANSLATE_NOOP("Copydesk::PublicationProfile",
                "The publication profile's \"%1\" must be \"A4\" or \"Letter\"."));
    if (pageSize == u"Letter")
        profile.pageSize = PageSize::Letter;
    else if (pageSize != u"A4")
        return invalid("pageSize",
            QT_TRANSLATE_NOOP("Copydesk::PublicationProfile",
                "The publication profile's \"%1\" must be \"A4\" or \"Letter\"."));
    return profile;
}

} // namespace Copydesk
