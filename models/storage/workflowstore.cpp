// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "workflowstore.h"

#include "sqliteworkflow.h"

namespace Copydesk {

WorkflowStore::WorkflowStore(std::unique_ptr<ArticleStore> store, QObject *parent)
    : ArticleStore(parent)
    , m_store(std::move(store))
{
    Q_ASSERT(m_store);
    if (auto opened = SqliteWorkflow::open(*m_store))
        m_workflow = std::move(opened).value();
    else
        m_workflowError = opened.error().message;
    connect(m_store.get(), &ArticleStore::articleChanged, this, &ArticleStore::articleChanged);
    connect(m_store.get(), &ArticleStore::articleRemoved, this, &ArticleStore::articleRemoved);
    connect(m_store.get(), &ArticleStore::publicationProfileChanged, this,
        &ArticleStore::publicationProfileChanged);
}

WorkflowStore::~WorkflowStore()
{
    // The workflow works beside the store and must go first.
    m_workflow.reset();
}

bool WorkflowStore::hasPeople() const
{
    if (!m_workflow)
        return false;
    const auto people = m_workflow->people();
    return people && !people->isEmpty();
}

QString WorkflowStore::location() const
{
    return m_store->location();
}

QString WorkflowStore::readOnlyReason() const
{
    return m_store->readOnlyReason();
}

Status WorkflowStore::ensureWritable()
{
    return m_store->ensureWritable();
}

Result<qint64> WorkflowStore::create(const Article &article, const SaveOptions &options)
{
    if (!hasPeople())
        return m_store->create(article, options);
    // The store makes it a draft; the workflow gives it an owner.
    Article owned = article;
    owned.owner = options.author;
    return m_store->create(owned, options);
}

Result<QList<qint64>> WorkflowStore::importArticles(
    const QList<Article> &articles, const SaveOptions &options)
{
    if (!hasPeople())
        return m_store->importArticles(articles, options);
    // New articles become the importer's drafts; the store keeps the status and owner of
    // articles it already has.
    QList<Article> owned = articles;
    for (Article &article : owned)
        article.owner = options.author;
    return m_store->importArticles(owned, options);
}

std::optional<qint64> WorkflowStore::knownVersion(qint64 id) const
{
    return m_store->knownVersion(id);
}

Result<ArticleRecord> WorkflowStore::load(qint64 id) const
{
    return m_store->load(id);
}

Result<qint64> WorkflowStore::findByUuid(const QString &uuid) const
{
    return m_store->findByUuid(uuid);
}

Result<int> WorkflowStore::save(qint64 id, const Article &article, const SaveOptions &options)
{
    if (!hasPeople())
        return m_store->save(id, article, options);
    const Result<WorkflowSaveOutcome> outcome = m_workflow->save(id, article, options);
    if (!outcome)
        return outcome.error();
    if (outcome->effect == TextChangeEffect::ReturnToReview)
        Q_EMIT returnedToReview(id, outcome->message);
    else if (outcome->effect != TextChangeEffect::None)
        Q_EMIT approvalKept(id, outcome->message);
    return outcome->revision;
}

Result<QList<RevisionInfo>> WorkflowStore::revisions(qint64 articleId) const
{
    return m_store->revisions(articleId);
}

Result<Article> WorkflowStore::revision(qint64 articleId, int number) const
{
    return m_store->revision(articleId, number);
}

Result<int> WorkflowStore::restoreRevision(qint64 articleId, int number, const QString &author)
{
    return m_store->restoreRevision(articleId, number, author);
}

Status WorkflowStore::moveToTrash(qint64 id)
{
    return m_store->moveToTrash(id);
}

Status WorkflowStore::restoreFromTrash(qint64 id)
{
    return m_store->restoreFromTrash(id);
}

Status WorkflowStore::purge(qint64 id)
{
    return m_store->purge(id);
}

Result<QList<ArticleSummary>> WorkflowStore::list(const LibraryQuery &query) const
{
    return m_store->list(query);
}

Result<qint64> WorkflowStore::count(const LibraryQuery &query) const
{
    return m_store->count(query);
}

Result<QList<SearchHit>> WorkflowStore::search(const SearchQuery &query) const
{
    return m_store->search(query);
}

Result<QStringList> WorkflowStore::categories() const
{
    return m_store->categories();
}

Result<QStringList> WorkflowStore::authors() const
{
    return m_store->authors();
}

Result<QStringList> WorkflowStore::checkIntegrity(bool everyRevision) const
{
    return m_store->checkIntegrity(everyRevision);
}

Result<PublicationProfile> WorkflowStore::publicationProfile() const
{
    return m_store->publicationProfile();
}

Status WorkflowStore::setPublicationProfile(const PublicationProfile &profile)
{
    return m_store->setPublicationProfile(profile);
}

} // namespace Copydesk
