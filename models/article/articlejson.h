// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

/// The JSON form of an article: Copydesk's exchange and archive format, described for people in
/// docs/article-json.md and for machines in docs/article.schema.json. Every function is
/// reentrant and may run on any thread.
namespace Copydesk::ArticleJson {

/// The "version" this build writes. Files with a higher version are refused (Error::TooNew);
/// every lower version is read.
constexpr int FormatVersion = 1;
/// The value of the "format" key.
inline constexpr QLatin1StringView FormatName {"copydesk.article"};

/// The article as a JSON object, lossless: fromJson(toJson(a)) == a, the publication time zone
/// included. Every key is written, empty values too; "hero" and "published" are null when unset.
QJsonObject toJson(const Article &article);

/// toJson() as UTF-8 text. QJsonObject orders keys alphabetically, so the output is stable.
QByteArray toBytes(
    const Article &article, QJsonDocument::JsonFormat format = QJsonDocument::Indented);

/// Reads an article written by toJson() or by hand. Missing keys take their empty values; keys
/// of the wrong type, unknown keys, unknown kinds, statuses and time zones are errors whose
/// message names the field path ("parts[2].items[0]: expected a string"). An unknown "format"
/// is Error::InvalidInput, a newer "version" Error::TooNew.
Result<Article> fromJson(const QJsonObject &json);

/// fromJson() on UTF-8 text. Messages start with `sourceName` (usually the file name):
/// "story.json: parts[2].items[0]: expected a string", or "story.json:3:14: …" with line and
/// column for syntax errors.
/// With `modified`, also the file's modifiedOf() (invalid when it has none).
Result<Article> fromBytes(
    const QByteArray &json, const QString &sourceName, QDateTime *modified = nullptr);

/// The optional "modified" key of an exported article: when its content last changed in the
/// library it came from, ISO 8601 in UTC. It is the library's (ArticleRecord::modified), not the
/// Article's, so toJson() never writes it and fromJson() only checks it; an export adds it with
/// withModified() and an import reads it with modifiedOf() and hands it to the library
/// (SaveOptions::importedModified), so that a page's dateModified survives export and
/// re-import.
QJsonObject withModified(QJsonObject json, const QDateTime &modified);
/// The "modified" of `json` in UTC: invalid when absent or null; InvalidInput ("modified:
/// expected an ISO 8601 date and time with its UTC offset…") for anything else.
Result<QDateTime> modifiedOf(const QJsonObject &json);

/// Compact JSON with stable key order and number formatting: equal articles give equal bytes.
QByteArray canonical(const Article &article);

/// Lowercase hex SHA-256 of canonical() without "status" and "owner": editorial state changes
/// leave the content hash alone; any change to what readers see or to the article's metadata
/// changes it.
QByteArray contentHash(const Article &article);
/// contentHash() of the article whose toJson() is `json`, for a caller that has built it anyway.
QByteArray contentHash(QJsonObject json);

} // namespace Copydesk::ArticleJson
