// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"

#include <memory>

namespace Copydesk {

class SqliteWorkflow;
struct WorkflowSaveOutcome;

/// An ArticleStore that saves the way the library's workflow wants it. It owns the store it
/// wraps (a SqliteArticleStore) and that library's SqliteWorkflow, and forwards everything to
/// the store, except that once the library has people:
///
/// - save() goes through SqliteWorkflow::save(): the stored status and owner are kept, the
///   saver is recorded, and a text change does what WorkflowRules::textChange() says:
///   returnedToReview() or approvalKept() is emitted;
/// - create() stores a Draft owned by the saving person (options.author);
/// - importArticles() stores new articles as Drafts owned by options.author and keeps the
///   status and owner of articles already in the library.
///
/// Without people (or when the workflow could not be opened, see workflowError()) it behaves
/// exactly like the wrapped store. The wrapped store's signals are re-emitted as this store's.
///
/// Threading: like the wrapped store (the thread that created it).
class WorkflowStore : public ArticleStore
{
    Q_OBJECT
public:
    /// Takes `store` over. Its location() must be the library file for the workflow to open.
    explicit WorkflowStore(std::unique_ptr<ArticleStore> store, QObject *parent = nullptr);
    ~WorkflowStore() override;

    /// The wrapped store; owned by this one.
    ArticleStore *articles() const { return m_store.get(); }
    /// The library's workflow; nullptr when it could not be opened. Owned by this store.
    SqliteWorkflow *workflow() const { return m_workflow.get(); }
    /// Why workflow() is nullptr; empty otherwise.
    QString workflowError() const { return m_workflowError; }
    /// Whether the library has people (and so a workflow). False when reading them fails.
    bool hasPeople() const;

    QString location() const override;
    QString readOnlyReason() const override;
    Status ensureWritable() override;
    Result<qint64> create(const Article &article, const SaveOptions &options) override;
    Result<QList<qint64>> importArticles(
        const QList<Article> &articles, const SaveOptions &options) override;
    Result<ArticleRecord> load(qint64 id) const override;
    Result<qint64> findByUuid(const QString &uuid) const override;
    Result<int> save(qint64 id, const Article &article, const SaveOptions &options) override;
    std::optional<qint64> knownVersion(qint64 id) const override;
    Result<QList<RevisionInfo>> revisions(qint64 articleId) const override;
    Result<Article> revision(qint64 articleId, int number) const override;
    Result<int> restoreRevision(qint64 articleId, int number, const QString &author) override;
    Status moveToTrash(qint64 id) override;
    Status restoreFromTrash(qint64 id) override;
    Status purge(qint64 id) override;
    Result<QList<ArticleSummary>> list(const LibraryQuery &query) const override;
    Result<qint64> count(const LibraryQuery &query) const override;
    Result<QList<SearchHit>> search(const SearchQuery &query) const override;
    Result<QStringList> categories() const override;
    Result<QStringList> authors() const override;
    Result<QStringList> checkIntegrity(bool everyRevision = false) const override;
    Result<PublicationProfile> publicationProfile() const override;
    Status setPublicationProfile(const PublicationProfile &profile) override;

private:
    std::unique_ptr<ArticleStore> m_store;
    std::unique_ptr<SqliteWorkflow> m_workflow;
    QString m_workflowError;
};

} // namespace Copydesk
