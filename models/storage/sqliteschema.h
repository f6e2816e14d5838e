// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

namespace Copydesk {

/// The library's tables and how a file of an older schema is brought up to date.
///
/// Every change to the schema is a new migration appended to the list in sqliteschema.cpp,
/// numbered on from the last; PRAGMA user_version holds the number of the last one applied.
/// A migration never edits an earlier one: libraries in the field were made by it.
///
///  1. Articles (metadata columns for listing, current content as compact JSON), byline
///     names, revisions (compressed JSON), hero images deduplicated by SHA-256.
///  2. The full-text index: an FTS5 table over a view of the article text (external content,
///     so the text is stored once, in the JSON).
///  3. Library settings: a key/value table; "publicationProfile" holds the profile's JSON.
///  4. Indexes for listings sorted by status, category and first byline name.
///  5. The editorial workflow: people, the legal status transitions, per-article workflow
///     state, the audit log, review comments, and the triggers that enforce them (see
///     SqliteWorkflow).
///  6. A trigger that refuses new articles other than drafts once the library has people.
///  7. The content hash of the current text (article_content.content_hash), checked when an
///     article is loaded; NULL for text last saved before version 7.
///  8. Withdrawing a submission (In review → Draft) and an approval coming back with its text
///     (In review → Published); the approved-text trigger spares text whose hash is approved.
///  9. Indexes for live articles of one status by modified time, headline, category or first
///     byline name, and the number of articles by status and trash kept by triggers
///     (article_counts), for counting.
class SqliteSchema
{
public:
    /// The schema version this build writes and the newest it can open.
    static constexpr quint32 Version = 9;

    /// Applies migrations `from + 1` … Version and sets user_version, inside the caller's
    /// write transaction (so a failure leaves the file as it was). Returns the first error,
    /// or an invalid QSqlError on success.
    static QSqlError migrate(const QSqlDatabase &db, quint32 from);

    /// Tables (and views) a library of the current version has.
    static QStringList requiredTables();
};

} // namespace Copydesk
