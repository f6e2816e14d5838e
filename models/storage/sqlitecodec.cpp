// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqlitecodec.h"

#include "articlejson.h"
#include "libraryfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace Copydesk {

QByteArray SqliteCodec::encode(const Article &article)
{
    Article withoutImage = article;
    withoutImage.hero.data.clear();
    return QJsonDocument(ArticleJson::toJson(withoutImage)).toJson(QJsonDocument::Compact);
}

std::pair<QByteArray, QByteArray> SqliteCodec::encodeAndHash(const Article &article)
{
    if (!article.hero.data.isEmpty())
        return {encode(article), ArticleJson::contentHash(article)};
    QJsonObject json = ArticleJson::toJson(article);
    QByteArray encoded = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return {std::move(encoded), ArticleJson::contentHash(std::move(json))};
}

Result<Article> SqliteCodec::decode(
    const QByteArray &json, const QByteArray &heroData, const QString &path)
{
    Result<Article> article = ArticleJson::fromBytes(json, LibraryFile::quoted(path));
    if (!article) {
        return Error {QCoreApplication::translate("Copydesk::SqliteCodec",
                          "the library %1 is damaged (an article cannot be read: %2); restore "
                          "it from a backup")
                          .arg(LibraryFile::quoted(path), article.error().message),
            Error::Code::Corrupt};
    }
    article->hero.data = heroData;
    return article;
}

QByteArray SqliteCodec::compress(const QByteArray &json)
{
    return qCompress(json);
}

QByteArray SqliteCodec::uncompress(const QByteArray &blob)
{
    return qUncompress(blob);
}

QByteArray SqliteCodec::namesToJson(const QStringList &names)
{
    return QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact);
}

QStringList SqliteCodec::namesFromJson(const QByteArray &json)
{
    QStringList names;
    const QJsonArray array = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : array)
        names.append(value.toString());
    return names;
}

QVariant SqliteCodec::toColumn(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return time.toMSecsSinceEpoch();
}

QDateTime SqliteCodec::fromColumn(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::UTC);
}

} // namespace Copydesk
