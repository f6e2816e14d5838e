// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QVariant>
#include <utility>

namespace Copydesk {

/// How articles and times are represented in the SQLite library.
///
/// Content is ArticleJson's compact JSON with the hero image's bytes left out: the bytes are
/// stored once per distinct image (by SHA-256) and joined back on load, so that revisions and
/// identical pictures cost nothing. Current content stays plain text because the full-text view
/// reads it with SQLite's JSON functions; revisions, read rarely, are compressed.
class SqliteCodec
{
public:
    /// Compact JSON of `article` without hero image bytes.
    static QByteArray encode(const Article &article);
    /// encode() and ArticleJson::contentHash() of `article`, which a save needs both of; the
    /// JSON is built once when the article has no image bytes (both are the same JSON then).
    static std::pair<QByteArray, QByteArray> encodeAndHash(const Article &article);
    /// The article of encode()'s `json`, with `heroData` as its image bytes. A parse failure is
    /// reported as Corrupt, naming the library at `path`.
    static Result<Article> decode(
        const QByteArray &json, const QByteArray &heroData, const QString &path);

    static QByteArray compress(const QByteArray &json);
    /// Empty when `blob` is not compress() output.
    static QByteArray uncompress(const QByteArray &blob);

    /// The byline names as a JSON array (the `authors` column) and back.
    static QByteArray namesToJson(const QStringList &names);
    static QStringList namesFromJson(const QByteArray &json);

    /// Milliseconds since the epoch for a time column; NULL for a null time.
    static QVariant toColumn(const QDateTime &time);
    /// UTC time of a column; null for NULL.
    static QDateTime fromColumn(const QVariant &value);
};

} // namespace Copydesk
