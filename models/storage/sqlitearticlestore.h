// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"

#include <QSqlDatabase>
#include <memory>
#include <optional>

namespace Copydesk {

class SqliteArticleWriter;

/// The article library in one local SQLite file (WAL mode, synchronous=FULL, foreign keys on).
///
/// Several processes may open the same file: reads never wait, and a write waits up to the busy
/// timeout for another process's write to finish before failing with Error::Code::Busy.
/// Every write is one BEGIN IMMEDIATE transaction. Files that are not Copydesk libraries, are
/// damaged, or come from a newer Copydesk are refused without being changed.
///
/// Threading: use an instance from the thread that opened it (it owns a QSqlDatabase connection
/// with a name unique to the instance, removed on destruction). Open one instance per thread if
/// needed.
class SqliteArticleStore : public ArticleStore
{
    Q_OBJECT
public:
    enum class OpenMode
    {
        OpenExisting, ///< NotFound when there is no file at the path.
        CreateIfMissing, ///< Makes a new library (and its folder) when there is no file.
    };

    /// Opens the library at `path`, migrating an older schema in place. A new library is built
    /// under a temporary name and renamed into place, so a crash never leaves a half-made file.
    /// Errors: NotFound, NotALibrary, TooNew, Corrupt, Busy (migrating while another process
    /// writes) or Io, each naming the file; the file is then left exactly as it was.
    static Result<std::unique_ptr<SqliteArticleStore>> open(const QString &path, OpenMode mode);

    ~SqliteArticleStore() override;

    QString location() const override;
    QString readOnlyReason() const override;
    /// Done when writing may go ahead: the library is not read-only, and was found sound by a
    /// quick check before this session's first write (Corrupt otherwise, naming the file).
    Status ensureWritable() override;
    /// Writes first run PRAGMA quick_check once per session on libraries up to this size.
    static constexpr qint64 QuickCheckLimit = 512LL * 1024 * 1024;
    /// In a library with a workflow (people, see SqliteWorkflow) the article is stored as a
    /// Draft whatever its status says: a status other than Draft is earned in this library.
    Result<qint64> create(const Article &article, const SaveOptions &options) override;
    /// In a library with a workflow, new articles are stored as Drafts (like create()) and
    /// articles already in the library keep their stored status and owner; the import does not
    /// fail because of a file's status.
    Result<QList<qint64>> importArticles(
        const QList<Article> &articles, const SaveOptions &options) override;
    Result<ArticleRecord> load(qint64 id) const override;
    Result<qint64> findByUuid(const QString &uuid) const override;
    Result<int> save(qint64 id, const Article &article, const SaveOptions &options) override;
    Result<QList<RevisionInfo>> revisions(qint64 articleId) const override;
    Result<Article> revision(qint64 articleId, int number) const override;
    /// The restored content keeps the article's current status and owner: those are workflow
    /// state, not content.
    Result<int> restoreRevision(qint64 articleId, int number, const QString &author) override;
    Status moveToTrash(qint64 id) override;
    Status restoreFromTrash(qint64 id) override;
    Status purge(qint64 id) override;
    Result<QList<ArticleSummary>> list(const LibraryQuery &query) const override;
    /// Reads the counts kept by status when the query filters by statuses and the trash only (a
    /// constant time); an author, category, date or ids filter counts the matching rows.
    Result<qint64> count(const LibraryQuery &query) const override;
    Result<QList<SearchHit>> search(const SearchQuery &query) const override;
    Result<QStringList> categories() const override;
    Result<QStringList> authors() const override;
    /// SQLite's integrity_check and foreign_key_check, the full-text index's structure and
    /// entries, and content and a current revision for every article.
    Result<QStringList> checkIntegrity(bool everyRevision = false) const override;
    Result<PublicationProfile> publicationProfile() const override;
    Status setPublicationProfile(const PublicationProfile &profile) override;

    /// Merges the full-text index into one segment and refreshes the query planner's
    /// statistics. Searches get faster after large imports; takes seconds on a big library.
    Status optimize();

    /// How long a write waits for another process's write lock before failing with Busy.
    /// 5000 ms unless changed.
    void setBusyTimeout(int milliseconds);

private:
    SqliteArticleStore(const QString &path, const QString &connectionName);

    Error failed(const QSqlError &error, const QString &action) const;
    Error notFound(qint64 id) const;
    Status setTrashed(qint64 id, bool trashed);
    /// True when the library has people, so new articles enter the workflow as drafts.
    Result<bool> hasWorkflow() const;
    /// Sets `article`'s status and owner to those stored for article `id`.
    Status keepWorkflowState(qint64 id, Article &article) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_readOnly; ///< Why the library can only be read; empty when writable.
    std::optional<Status> m_soundness; ///< The quick check's verdict, once made.
    std::unique_ptr<SqliteArticleWriter> m_writer;
};

} // namespace Copydesk
