// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <array>
#include <optional>

namespace Copydesk {

/// The writes behind SqliteArticleStore: articles with their byline names, full-text entries,
/// revisions and deduplicated images, kept consistent with each other.
///
/// Every method must run inside the caller's write transaction (SqliteTransaction) and leaves
/// the work to be committed or rolled back by it; an error means the transaction must be rolled
/// back. Statements are prepared once and reused, which matters for large imports.
class SqliteArticleWriter
{
public:
    enum class RevisionPolicy
    {
        Never, ///< Update the current content only (autosave).
        IfChanged, ///< Keep a revision unless the content equals the newest revision's.
        Always, ///< Keep a revision even when nothing changed (restoring one).
    };

    SqliteArticleWriter(const QSqlDatabase &db, const QString &path);

    /// Stores `article` (whose uuid and part ids must be set) as a new article with revision 1,
    /// created and modified at `now` (ms since the epoch). Returns its row id. InvalidInput when
    /// the uuid is not a UUID or is already in the library.
    /// `modified`: the modified time when it is not `now` (an imported article's, in the past).
    Result<qint64> insert(const Article &article, const SaveOptions &options, qint64 now,
        std::optional<qint64> modified = std::nullopt);

    /// Replaces the content of article `id`. An empty uuid in `article` means "keep"; another
    /// uuid than the stored one is InvalidInput. Returns the newest revision number afterwards.
    Result<int> update(qint64 id, const Article &article, const SaveOptions &options,
        RevisionPolicy policy, qint64 now);

    /// The row id of the article with `uuid`, or 0 when there is none.
    Result<qint64> find(const QString &uuid);

    /// Sets or clears the article's trash time. NotFound when there is no such article;
    /// nothing happens when the article is already in the wanted state.
    Result<bool> setTrashed(qint64 id, std::optional<qint64> trashedAt);

    /// Deletes the article, its revisions and images nothing else uses. NotFound when there is
    /// no such article; InvalidInput when it is not in the trash.
    Status purge(qint64 id);

    /// Finishes every statement (call before closing the connection).
    void clear();

private:
    enum Statement
    {
        SelectCurrent,
        FindUuid,
        FindImage,
        InsertImage,
        DeleteUnusedImage,
        InsertArticle,
        UpdateArticle,
        InsertContent,
        UpdateContent,
        DeleteAuthors,
        InsertAuthor,
        IndexAdd,
        IndexRemove,
        InsertRevision,
        SetRevision,
        SetTrashed,
        SelectForPurge,
        SelectRevisionImages,
        DeleteArticle,
        StatementCount
    };

    struct Current
    {
        QString uuid;
        int revision = 0;
        qint64 heroImageId = 0;
        QString newestHash;
        QString storedHash; ///< The content hash of what is stored now (autosaves included).
        QString status;
        QString owner;
        QString authors; ///< The `authors` column: the byline names as JSON.
    };

    /// Prepares `statement` on first use, binds `values` and runs it; on failure remembers
    /// the error for failed().
    QSqlQuery *run(Statement statement, const QVariantList &values);
    Error failed(const QString &action) const;
    Error notFound(qint64 id) const;
    Error invalid(const QString &message) const;

    Result<qint64> storeImage(const HeroImage &hero);
    Status dropImageIfUnused(qint64 imageId);
    Status writeAuthors(qint64 id, const QStringList &names);
    Status index(Statement addOrRemove, qint64 id);
    Status addRevision(qint64 id, int number, const QByteArray &json, const QString &hash,
        qint64 heroImageId, const SaveOptions &options, qint64 now);

    QSqlDatabase m_db;
    QString m_path;
    std::array<std::optional<QSqlQuery>, StatementCount> m_statements;
    QSqlError m_error;
};

} // namespace Copydesk
