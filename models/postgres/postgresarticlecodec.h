// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Copydesk {

/// How articles, times and name lists are represented in the team library.
///
/// Content is ArticleJson's JSON, stored as jsonb, with the hero image's bytes moved out: they
/// are kept once per distinct image in copydesk.images (copydesk.store_image()), and the hero
/// names them by a "sha256" key beside an empty "data". jsonb reorders keys; reading does not
/// depend on their order.
class PostgresArticleCodec
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PostgresArticleCodec)
public:
    /// Compact JSON of `article`. With a non-empty `heroSha256` the hero's bytes are left out
    /// and named by that hash; otherwise the article is written as ArticleJson writes it.
    static QByteArray encode(const Article &article, const QString &heroSha256);
    /// The article of stored `json`, with `heroData` as the bytes its hero names. Corrupt, with
    /// a sentence naming `what` ("article 4", "revision 2 of article 4"), when the JSON cannot
    /// be read or names an image whose bytes are missing.
    static Result<Article> decode(
        const QString &json, const QByteArray &heroData, const QString &what);

    /// The byline names as stored in the `authors` column: trimmed, empty ones left out.
    static QStringList bylineNames(const Article &article);
    /// A JSON array of `names`, for binding as `?::jsonb`.
    static QString namesToJson(const QStringList &names);
    /// The names of a JSON array (`array_to_json(authors)`).
    static QStringList namesFromJson(const QString &json);

    /// SQL for the milliseconds since the epoch of the timestamptz expression `column`,
    /// truncated (never rounded up), as a bigint; NULL stays NULL. Comparing the column with a
    /// bound millisecond time is the same as comparing this value with it.
    static QString msColumn(const QString &column);
    /// The UTC time of a msColumn() value; null for NULL.
    static QDateTime fromMs(const QVariant &value);
    /// A bindable timestamptz: NULL for a null time.
    static QVariant toColumn(const QDateTime &time);
};

} // namespace Copydesk
