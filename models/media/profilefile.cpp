// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "profilefile.h"

#include "boundedfile.h"
#include "profilefields.h"
#include "quotedvalue.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Copydesk {

namespace {

constexpr qint64 MaxProfileBytes = 4 * 1024 * 1024;

} // namespace

QByteArray ProfileFile::bytes(const PublicationProfile &profile)
{
    return QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented);
}

Result<PublicationProfile> ProfileFile::read(const QString &path)
{
    const QString subject = tr("profile file %1").arg(QuotedValue::quoted(path));
    const Result<QByteArray> data = BoundedFile::read(path, MaxProfileBytes, subject);
    if (!data)
        return data.error();
    const auto notAProfile = [&path](const QString &why) {
        return Error {tr("%1 is not a publication profile: %2").arg(QuotedValue::quoted(path), why),
            Error::Code::InvalidInput};
    };
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(*data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return notAProfile(tr("it is not JSON (%1 at byte %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    if (!json.isObject())
        return notAProfile(tr("it is not a JSON object"));
    const QJsonObject object = json.object();
    const QStringList members = PublicationProfile().toJson().keys()
        << QStringLiteral("categoryBaseUrl");
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!members.contains(it.key()))
            return notAProfile(tr("a profile has no “%1”").arg(it.key()));
    }
    if (object.isEmpty())
        return notAProfile(tr("it is empty"));
    Result<PublicationProfile> profile = PublicationProfile::fromJson(object);
    if (!profile)
        return profile.error();
    if (const Status usable = ProfileFields::check(*profile); !usable)
        return usable.error();
    return profile;
}

} // namespace Copydesk
