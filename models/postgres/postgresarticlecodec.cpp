// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgresarticlecodec.h"

#include "articlejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1StringView HeroKey {"hero"};
constexpr QLatin1StringView DataKey {"data"};
constexpr QLatin1StringView Sha256Key {"sha256"};

} // namespace

QByteArray PostgresArticleCodec::encode(const Article &article, const QString &heroSha256)
{
    if (heroSha256.isEmpty())
        return QJsonDocument(ArticleJson::toJson(article)).toJson(QJsonDocument::Compact);
    Article withoutBytes = article;
    withoutBytes.hero.data.clear();
    QJsonObject json = ArticleJson::toJson(withoutBytes);
    QJsonObject hero = json.value(HeroKey).toObject();
    hero.insert(DataKey, u""_s);
    hero.insert(Sha256Key, heroSha256);
    json.insert(HeroKey, hero);
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<Article> PostgresArticleCodec::decode(
    const QString &json, const QByteArray &heroData, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (!document.isObject()) {
        return Error {
            tr("%1 cannot be read: %2").arg(what, parseError.errorString()), Error::Code::Corrupt};
    }
    QJsonObject object = document.object();
    QJsonObject hero = object.value(HeroKey).toObject();
    const bool namesImage = hero.contains(Sha256Key);
    if (namesImage) {
        if (heroData.isEmpty()) {
            return Error {tr("%1 cannot be read: its hero image %2 is missing")
                              .arg(what, hero.value(Sha256Key).toString()),
                Error::Code::Corrupt};
        }
        hero.remove(Sha256Key);
        object.insert(HeroKey, hero);
    }
    Result<Article> article = ArticleJson::fromJson(object);
    if (!article) {
        return Error {
            tr("%1 cannot be read: %2").arg(what, article.error().message), Error::Code::Corrupt};
    }
    if (namesImage)
        article->hero.data = heroData;
    return article;
}

QStringList PostgresArticleCodec::bylineNames(const Article &article)
{
    QStringList names;
    for (const Byline &byline : article.bylines) {
        if (!byline.name.trimmed().isEmpty())
            names.append(byline.name.trimmed());
    }
    return names;
}

QString PostgresArticleCodec::namesToJson(const QStringList &names)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

QStringList PostgresArticleCodec::namesFromJson(const QString &json)
{
    QStringList names;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array)
        names.append(value.toString());
    return names;
}

QString PostgresArticleCodec::msColumn(const QString &column)
{
    return u"floor(extract(epoch FROM %1) * 1000)::bigint"_s.arg(column);
}

QDateTime PostgresArticleCodec::fromMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

QVariant PostgresArticleCodec::toColumn(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QDateTime>());
    return time.toUTC();
}

} // namespace Copydesk
