// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "workflowrules.h"

#include <QHash>
#include <QSqlDriver>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace Copydesk {

class PostgresSession;

/// The article library of a team library on PostgreSQL (schema/2.sql).
///
/// Every write goes through the server's functions, which decide what the SQLite store decides
/// in the client: a new article is a Draft owned by the session's login, a save keeps the
/// stored status and owner (the Article's are ignored), a text change to an approved or
/// published article follows WorkflowRules::textChange() (returnedToReview() or
/// approvalKept()), and revisions and audit
/// entries are recorded under the login, not SaveOptions::author. Every operation is one
/// transaction; it must not be called inside another transaction on the same session.
///
/// No silent overwrite: every save is checked against a version, SaveOptions::baseVersion (the
/// window passes the version its copy was loaded in) or else the version this store last
/// loaded or wrote (load(), create(), save(); moving to or from the trash keeps it current).
/// When someone else saved in between, save() fails with Error::Code::Conflict and writes
/// nothing; load() again (or forgetVersion()) to go on from the stored text. Imports and
/// restored revisions are not remembered: a copy being edited is out of date after them.
///
/// Live updates: changes made through other connections arrive as PostgreSQL notifications
/// (channel "copydesk") through the event loop of the thread that owns the session; the store
/// re-emits articleChanged()/articleRemoved() for articles and remoteChange() for everything.
///
/// Threading: the thread that owns the session.
class PostgresArticleStore : public ArticleStore
{
    Q_OBJECT
public:
    /// `session` must outlive the store. Subscribes its connection to the notifications.
    explicit PostgresArticleStore(PostgresSession &session, QObject *parent = nullptr);
    ~PostgresArticleStore() override;

    /// The connection URI without its password.
    QString location() const override;
    /// Done while the connection is open; an Io error saying it is lost otherwise. What a login
    /// may write is the server's decision, reported by each write.
    Status ensureWritable() override;
    /// Hero image bytes are stored once per distinct image (copydesk.store_image()).
    Result<qint64> create(const Article &article, const SaveOptions &options) override;
    /// New uuids become Drafts of the login; existing ones become new revisions of the stored
    /// article (without the conflict check: an import replaces what is stored).
    Result<QList<qint64>> importArticles(
        const QList<Article> &articles, const SaveOptions &options) override;
    Result<ArticleRecord> load(qint64 id) const override;
    Result<qint64> findByUuid(const QString &uuid) const override;
    /// Conflict when the article changed since this store last loaded or wrote it.
    Result<int> save(qint64 id, const Article &article, const SaveOptions &options) override;
    Result<QList<RevisionInfo>> revisions(qint64 articleId) const override;
    Result<Article> revision(qint64 articleId, int number) const override;
    /// Saves the revision's content as a new revision. Unlike SQLite, no revision is added
    /// when the content already equals the newest revision: the server keeps a revision only
    /// for changed text, and the newest number is returned then.
    Result<int> restoreRevision(qint64 articleId, int number, const QString &author) override;
    Status moveToTrash(qint64 id) override;
    Status restoreFromTrash(qint64 id) override;
    Status purge(qint64 id) override;
    Result<QList<ArticleSummary>> list(const LibraryQuery &query) const override;
    Result<qint64> count(const LibraryQuery &query) const override;
    /// PostgreSQL full-text search with the configuration of each article's language (see
    /// PostgresSearch). SearchHit::rank is the negated ts_rank_cd: lower is better.
    Result<QList<SearchHit>> search(const SearchQuery &query) const override;
    Result<QStringList> categories() const override;
    /// Owners and byline names.
    Result<QStringList> authors() const override;
    /// Every article's content and newest revision can be read, the newest revision has the
    /// article's text unless the article was saved without a revision since, every stored
    /// image matches its hash; with `everyRevision`, every revision can be read.
    Result<QStringList> checkIntegrity(bool everyRevision = false) const override;
    Result<PublicationProfile> publicationProfile() const override;
    /// Editors and admins only; a reporter gets the server's refusal.
    Status setPublicationProfile(const PublicationProfile &profile) override;

    /// The version of article `id` that saves without SaveOptions::baseVersion are checked
    /// against; nullopt when this store has not loaded or written it (such a save is then not
    /// checked).
    std::optional<qint64> knownVersion(qint64 id) const override;
    /// Drops the version remembered for `id`, so that the next save overwrites whatever is
    /// stored (after the user chose to keep their text in a conflict).
    void forgetVersion(qint64 id);

Q_SIGNALS:
    /// Another connection changed `table` ("articles", "comments", "audit", "people") for
    /// `articleId` (0 for people). Emitted for every notification from another session.
    void remoteChange(const QString &table, qint64 articleId);

private:
    struct Written
    {
        qint64 id = 0;
        int revision = 0;
        qint64 version = 0;
        TextChangeEffect effect = TextChangeEffect::None; ///< What the save did to the workflow.
    };

    // The helpers below run their statements on `query`, which the caller makes before its
    // transaction: a statement prepared in a transaction that then fails can only be freed
    // after the rollback.

    /// Stores `article` (hero bytes first) as a new article. Inside a transaction.
    /// `modified`: an imported article's last change where it came from (the server keeps it
    /// unless it lies in the future); invalid for now.
    Result<Written> insert(QSqlQuery &query, Article article, const SaveOptions &options,
        const QDateTime &modified = {});
    /// Saves `article` over article `id` against `baseVersion`. Inside a transaction.
    Result<Written> update(QSqlQuery &query, qint64 id, Article article, const SaveOptions &options,
        std::optional<qint64> baseVersion);
    /// The hero's bytes stored, returning their hash; empty without an image.
    Result<QString> storeHero(QSqlQuery &query, const HeroImage &hero);
    /// 0 when no article has `uuid`.
    Result<qint64> findUuid(QSqlQuery &query, const QString &uuid) const;
    Result<Article> readRevision(QSqlQuery &query, qint64 articleId, int number) const;
    Status setTrashed(qint64 id, bool trashed);
    void onNotification(
        const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    Error failed(const QSqlError &error, const QString &action) const;
    Error notFound(qint64 id) const;
    Error invalid(const QString &message) const;

    PostgresSession &m_session;
    mutable QHash<qint64, qint64> m_versions;
};

} // namespace Copydesk
