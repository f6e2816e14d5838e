// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqlitearticlestore.h"

#include "articlejson.h"
#include "libraryfile.h"
#include "sqlitearticlewriter.h"
#include "sqlitecodec.h"
#include "sqliteconnection.h"
#include "sqliteerror.h"
#include "sqlitefilter.h"
#include "sqliteintegritycheck.h"
#include "sqliteschema.h"
#include "sqlitesearch.h"
#include "sqlitesummary.h"
#include "sqlitetransaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace Copydesk {

namespace {

constexpr char LoadSql[] = "SELECT a.created, a.modified, a.revision, a.trashed_at, c.json, "
                           "i.data, c.content_hash FROM articles AS a "
                           "JOIN article_content AS c ON c.article_id = a.id "
                           "LEFT JOIN images AS i ON i.id = a.hero_image_id WHERE a.id = ?";
constexpr char FindUuidSql[] = "SELECT id FROM articles WHERE uuid = ?";
constexpr char RevisionsSql[] = "SELECT number, created, author, note, content_hash "
                                "FROM revisions WHERE article_id = ? ORDER BY number DESC";
constexpr char RevisionSql[] = "SELECT r.content, i.data FROM revisions AS r "
                               "LEFT JOIN images AS i ON i.id = r.hero_image_id "
                               "WHERE r.article_id = ? AND r.number = ?";
constexpr char CategoriesSql[] = "SELECT DISTINCT category FROM articles WHERE category <> ''";
constexpr char AuthorsSql[] = "SELECT name FROM article_authors "
                              "UNION SELECT owner FROM articles WHERE owner <> ''";
// The same test as the workflow triggers of migrations 5 and 6: people mean a workflow.
constexpr char HasWorkflowSql[] = "SELECT EXISTS (SELECT 1 FROM people)";
constexpr char WorkflowStateSql[] = "SELECT status, owner FROM articles WHERE id = ?";
constexpr char ProfileKey[] = "publicationProfile";
constexpr char SettingSql[] = "SELECT value FROM library_settings WHERE key = ?";
constexpr char SetSettingSql[] = "INSERT INTO library_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value";

qint64 nowMsecs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool prepareAndExec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return query.exec();
}

void sortNames(QStringList &names)
{
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
}

} // namespace

Result<std::unique_ptr<SqliteArticleStore>> SqliteArticleStore::open(
    const QString &path, OpenMode mode)
{
    Status checked = LibraryFile::check(path, SqliteSchema::Version);
    if (!checked && checked.error().code == Error::Code::NotFound
        && mode == OpenMode::CreateIfMissing) {
        if (Status created = SqliteConnection::create(path); !created)
            return created.error();
        checked = LibraryFile::check(path, SqliteSchema::Version);
    }
    if (!checked)
        return checked.error();
    const QString name = SqliteConnection::uniqueName();
    Result<QSqlDatabase> db = SqliteConnection::open(path, name);
    if (!db)
        return db.error();
    std::unique_ptr<SqliteArticleStore> store(new SqliteArticleStore(path, name));
    store->m_db = *db;
    store->m_readOnly = SqliteConnection::readOnlyReason(path);
    store->m_writer = std::make_unique<SqliteArticleWriter>(store->m_db, path);
    return store;
}

SqliteArticleStore::SqliteArticleStore(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
{ }

SqliteArticleStore::~SqliteArticleStore()
{
    if (m_writer)
        m_writer->clear();
    m_writer.reset();
    m_db = QSqlDatabase();
    SqliteConnection::remove(m_connectionName);
}

QString SqliteArticleStore::location() const
{
    return m_path;
}

QString SqliteArticleStore::readOnlyReason() const
{
    return m_readOnly;
}

Status SqliteArticleStore::ensureWritable()
{
    if (Status writable = ArticleStore::ensureWritable(); !writable)
        return writable;
    if (m_soundness)
        return *m_soundness;
    // Once per session, before the first write: never build on a damaged file. A very large
    // library is not scanned here (seconds of waiting); check-library does that.
    if (QFileInfo(m_path).size() > QuickCheckLimit)
        m_soundness = Status(Done {});
    else
        m_soundness = SqliteConnection::quickCheck(m_db, m_path);
    return *m_soundness;
}

Result<qint64> SqliteArticleStore::create(const Article &input, const SaveOptions &options)
{
    if (Status writable = ensureWritable(); !writable)
        return writable.error();
    Article article = input;
    article.ensureIds();
    SqliteTransaction transaction(m_db);
    if (transaction.error().isValid())
        return failed(transaction.error(), tr("cannot add the article"));
    const Result<bool> workflow = hasWorkflow();
    if (!workflow)
        return workflow.error();
    if (*workflow)
        article.status = ArticleStatus::Draft;
    const Result<qint64> id = m_writer->insert(article, options, nowMsecs());
    if (!id)
        return id;
    if (QSqlError error = transaction.commit(); error.isValid())
        return failed(error, tr("cannot add the article"));
    Q_EMIT articleChanged(*id);
    return id;
}

Result<QList<qint64>> SqliteArticleStore::importArticles(
    const QList<Article> &articles, const SaveOptions &options)
{
    if (Status writable = ensureWritable(); !writable)
        return writable.error();
    SqliteTransaction transaction(m_db);
    if (transaction.error().isValid())
        return failed(transaction.error(), tr("cannot import the articles"));
    const Result<bool> workflow = hasWorkflow();
    if (!workflow)
        return workflow.error();
    const qint64 now = nowMsecs();
    QList<qint64> ids;
    ids.reserve(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        Article article = articles.at(i);
        Result<qint64> existing
            = article.uuid.isEmpty() ? Result<qint64>(0) : m_writer->find(article.uuid);
        if (existing && *existing != 0 && *workflow) {
            if (Status kept = keepWorkflowState(*existing, article); !kept)
                existing = kept.error();
        }
        Result<qint64> id = existing;
        if (existing && *existing != 0) {
            const Result<int> saved = m_writer->update(
                *existing, article, options, SqliteArticleWriter::RevisionPolicy::IfChanged, now);
            if (!saved)
                id = saved.error();
        } else if (existing) {
            article.ensureIds();
            if (*workflow)
                article.status = ArticleStatus::Draft;
            const QDateTime before = options.importedModified.value(i);
            id = m_writer->insert(article, options, now,
                before.isValid() ? std::optional(before.toMSecsSinceEpoch()) : std::nullopt);
        }
        if (!id) {
            Error error = id.error();
            error.message = tr("article %1 of %2 (“%3”) was not imported, nor were the others: %4")
                                .arg(i + 1)
                                .arg(articles.size())
                                .arg(article.headline, error.message);
            return error;
        }
        ids.append(*id);
    }
    if (QSqlError error = transaction.commit(); error.isValid())
        return failed(error, tr("cannot import the articles"));
    for (qint64 id : std::as_const(ids))
        Q_EMIT articleChanged(id);
    return ids;
}

Result<ArticleRecord> SqliteArticleStore::load(qint64 id) const
{
    QSqlQuery query(m_db);
    if (!prepareAndExec(query, QString::fromLatin1(LoadSql), {id}))
        return failed(query.lastError(), tr("cannot read the article"));
    if (!query.next())
        return notFound(id);
    ArticleRecord record;
    record.id = id;
    record.created = SqliteCodec::fromColumn(query.value(0));
    record.modified = SqliteCodec::fromColumn(query.value(1));
    record.revision = query.value(2).toInt();
    record.trashedAt = SqliteCodec::fromColumn(query.value(3));
    record.trashed = record.trashedAt.isValid();
    Result<Article> article
        = SqliteCodec::decode(query.value(4).toByteArray(), query.value(5).toByteArray(), m_path);
    if (!article)
        return article.error();
    // Text altered behind Copydesk's back is not shown as if it were what was saved.
    const QByteArray storedHash = query.value(6).toString().toLatin1();
    if (!storedHash.isEmpty() && storedHash != ArticleJson::contentHash(*article)) {
        return Error {tr("%1: the text of article %2 does not match its content hash: it was "
                         "changed outside Copydesk. Run “copydesk check-library”; its earlier "
                         "revisions can be restored")
                          .arg(LibraryFile::quoted(m_path))
                          .arg(id),
            Error::Code::Corrupt};
    }
    record.article = std::move(article).value();
    return record;
}

Result<qint64> SqliteArticleStore::findByUuid(const QString &uuid) const
{
    QSqlQuery query(m_db);
    if (!prepareAndExec(query, QString::fromLatin1(FindUuidSql), {uuid}))
        return failed(query.lastError(), tr("cannot look up the article"));
    if (!query.next()) {
        return Error {
            tr("%1: there is no article with the id “%2”").arg(LibraryFile::quoted(m_path), uuid),
            Error::Code::NotFound};
    }
    return query.value(0).toLongLong();
}

Result<int> SqliteArticleStore::save(qint64 id, const Article &article, const SaveOptions &options)
{
    if (Status writable = ensureWritable(); !writable)
        return writable.error();
    SqliteTransaction transaction(m_db);
    if (transaction.error().isValid())
        return failed(transaction.error(), tr("cannot save the article"));
    const auto policy = options.keepRevision ? SqliteArticleWriter::RevisionPolicy::IfChanged
                                             : SqliteArticleWriter::RevisionPolicy::Never;
    const Result<int> revision = m_writer->update(id, article, options, policy, nowMsecs());
    if (!revision)
        return revision;
    if (QSqlError error = transaction.commit(); error.isValid())
        return failed(error, tr("cannot save the article"));
    Q_EMIT articleChanged(id);
    return revision;
}

Result<QList<RevisionInfo>> SqliteArticleStore::revisions(qint64 articleId) const
{
    QSqlQuery query(m_db);
    if (!prepareAndExec(query, QString::fromLatin1(RevisionsSql), {articleId}))
        return failed(query.lastError(), tr("cannot read the revisions"));
    QList<RevisionInfo> result;
    while (query.next()) {
        RevisionInfo info;
        info.number = query.value(0).toInt();
        info.created = SqliteCodec::fromColumn(query.value(1));
        info.author = query.value(2).toString();
        info.note = query.value(3).toString();
        info.contentHash = query.value(4).toByteArray();
        result.append(info);
    }
    if (result.isEmpty())
        return notFound(articleId); // every stored article has revision 1
    return result;
}

Result<Article> SqliteArticleStore::revision(qint64 articleId, int number) const
{
    QSqlQuery query(m_db);
    if (!prepareAndExec(query, QString::fromLatin1(RevisionSql), {articleId, number}))
        return failed(query.lastError(), tr("cannot read the revision"));
    if (!query.next()) {
        return Error {tr("%1: article %2 has no revision %3")
                          .arg(LibraryFile::quoted(m_path))
                          .arg(articleId)
                          .arg(number),
            Error::Code::NotFound};
    }
    const QByteArray json = SqliteCodec::uncompress(query.value(0).toByteArray());
    return SqliteCodec::decode(json, query.value(1).toByteArray(), m_path);
}

Result<int> SqliteArticleStore::restoreRevision(qint64 articleId, int number, const QString &author)
{
    if (Status writable = ensureWritable(); !writable)
        return writable.error();
    SqliteTransaction transaction(m_db);
    if (transaction.error().isValid())
        return failed(transaction.error(), tr("cannot restore the revision"));
    Result<Article> restored = revision(articleId, number);
    if (!restored)
        return restored.error();
    // Not load(): restoring is how text altered behind Copydesk's back is repaired.
    if (Status kept = keepWorkflowState(articleId, *restored); !kept)
        return kept.error();
    SaveOptions options;
    options.author = author;
    options.note = tr("Restored revision %1").arg(number);
    const Result<int> newest = m_writer->update(
        articleId, *restored, options, SqliteArticleWriter::RevisionPolicy::Always, nowMsecs());
    if (!newest)
        return newest;
    if (QSqlError error = transaction.commit(); error.isValid())
        return failed(error, tr("cannot restore the revision"));
    Q_EMIT articleChanged(articleId);
    return newest;
}

Status SqliteArticleStore::moveToTrash(qint64 id)
{
    return setTrashed(id, true);
}

Status SqliteArticleStore::restoreFromTrash(qint64 id)
{
    return setTrashed(id, false);
}

Status SqliteArticleStore::setTrashed(qint64 id, bool trashed)
{
    if (Status writable = ensureWritable(); !writable)
        return writable;
    const QString action = trashed ? tr("cannot move the article to the trash")
                                   : tr("cannot restore the article from the trash");
    SqliteTransaction transaction(m_db);
    if (transaction.error().isValid())
        return failed(transaction.error(), action);
    const Result<bool> changed
        = m_writer->setTrashed(id, trashed ? std::optional(nowMsecs()) : std::nullopt);
    if (!changed)
        return changed.error();
    if (QSqlError error = transaction.commit(); error.isValid())
        return failed(error, action);
    if (*changed)
        Q_EMIT articleChanged(id);
    return Done {};
}

Status SqliteArticleStore::purge(qint64 id)
{
    if (Status writable = ensureWritable(); !writable)
        return writable;
    SqliteTransaction transaction(m_db);
    if (transaction.error().isValid())
        return failed(transaction.error(), tr("cannot delete the article"));
    if (Status purged = m_writer->purge(id); !purged)
        return purged;
    if (QSqlError error = transaction.commit(); error.isValid())
        return failed(error, tr("cannot delete the article"));
    Q_EMIT articleRemoved(id);
    return Done {};
}

Result<QList<ArticleSummary>> SqliteArticleStore::list(const LibraryQuery &query) const
{
    const SqliteFilter filter(query);
    QString where = filter.where();
    QVariantList values = filter.values();
    if (const QString after = filter.after(); !after.isEmpty()) {
        where += QStringLiteral(" AND ") + after;
        values += filter.afterValues();
    }
    const QString sql = QStringLiteral("SELECT %1 FROM articles AS a WHERE %2 ORDER BY %3 "
                                       "LIMIT ? OFFSET ?")
                            .arg(SqliteSummary::columns(), where, filter.orderBy());
    values << (query.limit < 0 ? -1 : query.limit) << std::max(query.offset, 0);
    QSqlQuery rows(m_db);
    if (!prepareAndExec(rows, sql, values))
        return failed(rows.lastError(), tr("cannot list the articles"));
    QList<ArticleSummary> result;
    while (rows.next())
        result.append(SqliteSummary::read(rows));
    if (rows.lastError().isValid())
        return failed(rows.lastError(), tr("cannot list the articles"));
    return result;
}

Result<qint64> SqliteArticleStore::count(const LibraryQuery &query) const
{
    const SqliteFilter filter(query);
    QSqlQuery rows(m_db);
    if (!prepareAndExec(rows, filter.countSql(), filter.values()) || !rows.next()) {
        return failed(rows.lastError(), tr("cannot count the articles"));
    }
    return rows.value(0).toLongLong();
}

Result<QList<SearchHit>> SqliteArticleStore::search(const SearchQuery &query) const
{
    return SqliteSearch(m_db, m_path).run(query);
}

Result<QStringList> SqliteArticleStore::categories() const
{
    QSqlQuery rows(m_db);
    if (!prepareAndExec(rows, QString::fromLatin1(CategoriesSql), {}))
        return failed(rows.lastError(), tr("cannot read the categories"));
    QStringList names;
    while (rows.next())
        names.append(rows.value(0).toString());
    sortNames(names);
    return names;
}

Result<QStringList> SqliteArticleStore::authors() const
{
    QSqlQuery rows(m_db);
    if (!prepareAndExec(rows, QString::fromLatin1(AuthorsSql), {}))
        return failed(rows.lastError(), tr("cannot read the authors"));
    QStringList names;
    while (rows.next())
        names.append(rows.value(0).toString());
    sortNames(names);
    return names;
}

Result<QStringList> SqliteArticleStore::checkIntegrity(bool everyRevision) const
{
    return SqliteIntegrityCheck::run(m_db, m_path, everyRevision);
}

Result<PublicationProfile> SqliteArticleStore::publicationProfile() const
{
    QSqlQuery query(m_db);
    if (!prepareAndExec(query, QString::fromLatin1(SettingSql), {QString::fromLatin1(ProfileKey)}))
        return failed(query.lastError(), tr("cannot read the publication profile"));
    if (!query.next())
        return PublicationProfile {};
    const QJsonDocument json = QJsonDocument::fromJson(query.value(0).toByteArray());
    if (!json.isObject()) {
        return Error {tr("%1: the stored publication profile is not a JSON object")
                          .arg(LibraryFile::quoted(m_path)),
            Error::Code::Corrupt};
    }
    Result<PublicationProfile> profile = PublicationProfile::fromJson(json.object());
    if (!profile) {
        return Error {tr("%1: the stored publication profile cannot be read: %2")
                          .arg(LibraryFile::quoted(m_path), profile.error().message),
            Error::Code::Corrupt};
    }
    return profile;
}

Status SqliteArticleStore::setPublicationProfile(const PublicationProfile &profile)
{
    if (Status writable = ensureWritable(); !writable)
        return writable;
    const QJsonObject json = profile.toJson();
    // Refuse what could not be read back, rather than store a library nobody can render.
    if (Result<PublicationProfile> checked = PublicationProfile::fromJson(json); !checked)
        return checked.error();
    const QString action = tr("cannot store the publication profile");
    SqliteTransaction transaction(m_db);
    if (transaction.error().isValid())
        return failed(transaction.error(), action);
    {
        QSqlQuery query(m_db);
        if (!prepareAndExec(query, QString::fromLatin1(SetSettingSql),
                {QString::fromLatin1(ProfileKey),
                    QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))})) {
            return failed(query.lastError(), action);
        }
    }
    if (QSqlError error = transaction.commit(); error.isValid())
        return failed(error, action);
    Q_EMIT publicationProfileChanged();
    return Done {};
}

Status SqliteArticleStore::optimize()
{
    if (Status writable = ensureWritable(); !writable)
        return writable;
    const QString action = tr("cannot optimize the library");
    {
        SqliteTransaction transaction(m_db);
        QSqlError error = transaction.error();
        QSqlQuery query(m_db);
        if (!error.isValid()
            && !query.exec(QStringLiteral(
                "INSERT INTO article_search (article_search) VALUES ('optimize')"))) {
            error = query.lastError();
        }
        if (!error.isValid() && !query.exec(QStringLiteral("ANALYZE")))
            error = query.lastError();
        if (!error.isValid())
            error = transaction.commit();
        if (error.isValid())
            return failed(error, action);
    }
    QSqlQuery checkpoint(m_db);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return failed(checkpoint.lastError(), action);
    return Done {};
}

void SqliteArticleStore::setBusyTimeout(int milliseconds)
{
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(std::max(milliseconds, 0)));
}

Result<bool> SqliteArticleStore::hasWorkflow() const
{
    QSqlQuery query(m_db);
    if (!prepareAndExec(query, QString::fromLatin1(HasWorkflowSql), {}) || !query.next())
        return failed(query.lastError(), tr("cannot read the people of the library"));
    return query.value(0).toBool();
}

Status SqliteArticleStore::keepWorkflowState(qint64 id, Article &article) const
{
    QSqlQuery query(m_db);
    if (!prepareAndExec(query, QString::fromLatin1(WorkflowStateSql), {id}))
        return failed(query.lastError(), tr("cannot read the article"));
    if (!query.next())
        return notFound(id);
    bool ok = false;
    article.status = statusFromName(query.value(0).toString(), &ok);
    article.owner = query.value(1).toString();
    return Done {};
}

Error SqliteArticleStore::failed(const QSqlError &error, const QString &action) const
{
    return SqliteError::toError(error, m_path, action);
}

Error SqliteArticleStore::notFound(qint64 id) const
{
    return Error {tr("%1: there is no article %2").arg(LibraryFile::quoted(m_path)).arg(id),
        Error::Code::NotFound};
}

} // namespace Copydesk
