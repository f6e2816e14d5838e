// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgresarticlestore.h"

#include "articlestats.h"
#include "postgresarticlecodec.h"
#include "postgresarticlefilter.h"
#include "postgresintegritycheck.h"
#include "postgressearch.h"
#include "postgressession.h"
#include "postgrestransaction.h"
#include "searchtext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

constexpr char Channel[] = "copydesk";

constexpr char LoadSql[]
    = "SELECT a.content::text, floor(extract(epoch FROM a.created) * 1000)::bigint, "
      "floor(extract(epoch FROM a.modified) * 1000)::bigint, a.revision, "
      "floor(extract(epoch FROM a.trashed_at) * 1000)::bigint, a.version, i.data, "
      "coalesce(nullif(p.display_name, ''), w.last_editor::text) "
      "FROM copydesk.articles AS a "
      "LEFT JOIN copydesk.images AS i ON i.sha256 = a.content -> 'hero' ->> 'sha256' "
      "LEFT JOIN copydesk.workflow_state AS w ON w.article_id = a.id "
      "LEFT JOIN copydesk.people AS p ON p.login = w.last_editor "
      "WHERE a.id = ?";
constexpr char FindUuidSql[] = "SELECT id FROM copydesk.articles WHERE uuid = ?::uuid";
constexpr char UuidSql[] = "SELECT uuid::text FROM copydesk.articles WHERE id = ?";
constexpr char StoreImageSql[] = "SELECT copydesk.store_image(?, ?)";
constexpr char CreateSql[] = "SELECT copydesk.create_article(?::uuid, ?::jsonb, ?, ?, ?, "
                             "ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), ?, "
                             "?::timestamptz)";
constexpr char SaveSql[]
    = "SELECT revision, version, effect FROM copydesk.save_article(?, ?, ?::jsonb, "
      "?, ?, ?, ARRAY(SELECT jsonb_array_elements_text(?::jsonb)), ?, ?)";
constexpr char VersionSql[] = "SELECT version FROM copydesk.articles WHERE id = ?";
constexpr char RevisionsSql[]
    = "SELECT number, floor(extract(epoch FROM created) * 1000)::bigint, author::text, note, "
      "content_hash FROM copydesk.revisions WHERE article_id = ? ORDER BY number DESC";
constexpr char RevisionSql[]
    = "SELECT r.content::text, i.data FROM copydesk.revisions AS r "
      "LEFT JOIN copydesk.images AS i ON i.sha256 = r.content -> 'hero' ->> 'sha256' "
      "WHERE r.article_id = ? AND r.number = ?";
constexpr char SetTrashedSql[] = "SELECT copydesk.set_trashed(?, ?)";
constexpr char PurgeSql[] = "SELECT copydesk.purge_article(?)";
constexpr char ExistsSql[] = "SELECT EXISTS (SELECT 1 FROM copydesk.articles WHERE id = ?)";
constexpr char ListSql[] = "SELECT %1 FROM copydesk.articles AS a WHERE %2 ORDER BY %3 "
                           "LIMIT ? OFFSET ?";
constexpr char CountSql[] = "SELECT count(*) FROM copydesk.articles AS a WHERE %1";
constexpr char CategoriesSql[]
    = "SELECT DISTINCT category FROM copydesk.articles WHERE category <> ''";
constexpr char AuthorsSql[] = "SELECT n.name FROM copydesk.articles AS a "
                              "CROSS JOIN LATERAL unnest(a.authors) AS n (name) "
                              "UNION SELECT owner::text FROM copydesk.articles WHERE owner <> ''";
// The key SqliteArticleStore uses, so that the setting means the same in both backends.
constexpr char ProfileKey[] = "publicationProfile";
constexpr char SettingSql[] = "SELECT value FROM copydesk.settings WHERE key = ?";
constexpr char SetSettingSql[] = "SELECT copydesk.set_setting(?, ?)";

QString sql(const char *text)
{
    return QString::fromLatin1(text);
}

QVariant nullableVersion(std::optional<qint64> version)
{
    return version ? QVariant(*version) : QVariant(QMetaType::fromType<qint64>());
}

void sortNames(QStringList &names)
{
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
}

} // namespace

PostgresArticleStore::PostgresArticleStore(PostgresSession &session, QObject *parent)
    : ArticleStore(parent)
    , m_session(session)
{
    QSqlDriver *driver = m_session.database().driver();
    const QString channel = QString::fromLatin1(Channel);
    if (!driver->subscribedToNotifications().contains(channel))
        driver->subscribeToNotification(channel);
    connect(driver, &QSqlDriver::notification, this, &PostgresArticleStore::onNotification);
}

// The subscription stays: the connection is the session's, and its workflow may listen too.
PostgresArticleStore::~PostgresArticleStore() = default;

QString PostgresArticleStore::location() const
{
    return m_session.display();
}

Status PostgresArticleStore::ensureWritable()
{
    // After a lost connection whose reconnect failed, each write tries again first.
    if (m_session.database().isOpen() || m_session.reconnect())
        return Done {};
    return Error {
        tr("the connection to “%1” is lost; nothing was written").arg(location()), Error::Code::Io};
}

Result<qint64> PostgresArticleStore::create(const Article &article, const SaveOptions &options)
{
    if (Status writable = ensureWritable(); !writable)
        return writable.error();
    const QString action = tr("cannot add the article");
    QSqlQuery query(m_session.database());
    PostgresTransaction transaction(m_session.database());
    if (transaction.error().isValid())
        return failed(transaction.error(), action);
    const Result<Written> written = insert(query, article, options);
    if (!written)
        return written.error();
    if (const QSqlError error = transaction.commit(); error.isValid())
        return failed(error, action);
    m_versions.insert(written->id, written->version);
    Q_EMIT articleChanged(written->id);
    return written->id;
}

Result<QList<qint64>> PostgresArticleStore::importArticles(
    const QList<Article> &articles, const SaveOptions &options)
{
    if (Status writable = ensureWritable(); !writable)
        return writable.error();
    const QString action = tr("cannot import the articles");
    QSqlQuery query(m_session.database());
    PostgresTransaction transaction(m_session.database());
    if (transaction.error().isValid())
        return failed(transaction.error(), action);
    QList<qint64> ids;
    QHash<qint64, qint64> created;
    ids.reserve(articles.size());
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const Article &article = articles.at(i);
        Result<qint64> existing = qint64(0);
        if (!article.uuid.isEmpty()) {
            if (QUuid::fromString(article.uuid).isNull())
                existing = invalid(tr("the article id “%1” is not a UUID").arg(article.uuid));
            else
                existing = findUuid(query, article.uuid);
        }
        Result<Written> written = Written {};
        if (!existing)
            written = existing.error();
        else if (*existing != 0)
            written = update(query, *existing, article, options, std::nullopt);
        else
            written = insert(query, article, options, options.importedModified.value(i));
        if (!written) {
            Error error = written.error();
            error.message = tr("article %1 of %2 (“%3”) was not imported, nor were the others: %4")
                                .arg(i + 1)
                                .arg(articles.size())
                                .arg(article.headline, error.message);
            return error;
        }
        if (existing && *existing == 0)
            created.insert(written->id, written->version);
        ids.append(written->id);
    }
    if (const QSqlError error = transaction.commit(); error.isValid())
        return failed(error, action);
    m_versions.insert(created);
    for (qint64 id : std::as_const(ids))
        Q_EMIT articleChanged(id);
    return ids;
}

Result<ArticleRecord> PostgresArticleStore::load(qint64 id) const
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, sql(LoadSql), {id}))
        return failed(query.lastError(), tr("cannot read the article"));
    if (!query.next())
        return notFound(id);
    ArticleRecord record;
    record.id = id;
    record.created = PostgresArticleCodec::fromMs(query.value(1));
    record.modified = PostgresArticleCodec::fromMs(query.value(2));
    record.revision = query.value(3).toInt();
    record.trashedAt = PostgresArticleCodec::fromMs(query.value(4));
    record.trashed = record.trashedAt.isValid();
    Result<Article> article = PostgresArticleCodec::decode(query.value(0).toString(),
        query.value(6).toByteArray(), tr("“%1”: article %2").arg(location()).arg(id));
    if (!article)
        return article.error();
    record.article = std::move(article).value();
    record.version = query.value(5).toLongLong();
    record.lastSavedBy = query.value(7).toString();
    m_versions.insert(id, record.version);
    return record;
}

Result<qint64> PostgresArticleStore::findByUuid(const QString &uuid) const
{
    QSqlQuery query(m_session.database());
    const Result<qint64> id = QUuid::fromString(uuid).isNull() ? qint64(0) : findUuid(query, uuid);
    if (id && *id == 0) {
        return Error {tr("“%1”: there is no article with the id “%2”").arg(location(), uuid),
            Error::Code::NotFound};
    }
    return id;
}

Result<int> PostgresArticleStore::save(
    qint64 id, const Article &article, const SaveOptions &options)
{
    if (Status writable = ensureWritable(); !writable)
        return writable.error();
    const QString action = tr("cannot save the article");
    QSqlQuery query(m_session.database());
    PostgresTransaction transaction(m_session.database());
    if (transaction.error().isValid())
        return failed(transaction.error(), action);
    const Result<Written> written = update(
        query, id, article, options, options.baseVersion ? options.baseVersion : knownVersion(id));
    if (!written)
        return written.error();
    if (const QSqlError error = transaction.commit(); error.isValid())
        return failed(error, action);
    m_versions.insert(id, written->version);
    Q_EMIT articleChanged(id);
    if (written->effect == TextChangeEffect::ReturnToReview)
        Q_EMIT returnedToReview(id, WorkflowRules::textChangeMessage(written->effect));
    else if (written->effect != TextChangeEffect::None)
        Q_EMIT approvalKept(id, WorkflowRules::textChangeMessage(written->effect));
    return written->revision;
}

Result<QList<RevisionInfo>> PostgresArticleStore::revisions(qint64 articleId) const
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, sql(RevisionsSql), {articleId}))
        return failed(query.lastError(), tr("cannot read the revisions"));
    QList<RevisionInfo> result;
    while (query.next()) {
        RevisionInfo info;
        info.number = query.value(0).toInt();
        info.created = PostgresArticleCodec::fromMs(query.value(1));
        info.author = query.value(2).toString();
        info.note = query.value(3).toString();
        info.contentHash = query.value(4).toString().toLatin1();
        result.append(info);
    }
    if (result.isEmpty())
        return notFound(articleId); // every stored article has revision 1
    return result;
}

Result<Article> PostgresArticleStore::revision(qint64 articleId, int number) const
{
    QSqlQuery query(m_session.database());
    return readRevision(query, articleId, number);
}

Result<Article> PostgresArticleStore::readRevision(
    QSqlQuery &query, qint64 articleId, int number) const
{
    if (!PostgresSession::exec(query, sql(RevisionSql), {articleId, number}))
        return failed(query.lastError(), tr("cannot read the revision"));
    if (!query.next()) {
        return Error {
            tr("“%1”: article %2 has no revision %3").arg(location()).arg(articleId).arg(number),
            Error::Code::NotFound};
    }
    return PostgresArticleCodec::decode(query.value(0).toString(), query.value(1).toByteArray(),
        tr("“%1”: revision %2 of article %3").arg(location()).arg(number).arg(articleId));
}

Result<int> PostgresArticleStore::restoreRevision(
    qint64 articleId, int number, const QString &author)
{
    if (Status writable = ensureWritable(); !writable)
        return writable.error();
    const QString action = tr("cannot restore the revision");
    QSqlQuery query(m_session.database());
    PostgresTransaction transaction(m_session.database());
    if (transaction.error().isValid())
        return failed(transaction.error(), action);
    // Not load(): restoring is how text altered behind Copydesk's back is repaired.
    const Result<Article> restored = readRevision(query, articleId, number);
    if (!restored)
        return restored.error();
    SaveOptions options;
    options.author = author;
    // SqliteArticleStore's note, so that both backends record (and translate) the same.
    options.note
        = QCoreApplication::translate("Copydesk::SqliteArticleStore", "Restored revision %1")
              .arg(number);
    const Result<Written> written = update(query, articleId, *restored, options, std::nullopt);
    if (!written)
        return written.error();
    if (const QSqlError error = transaction.commit(); error.isValid())
        return failed(error, action);
    Q_EMIT articleChanged(articleId);
    return written->revision;
}

Status PostgresArticleStore::moveToTrash(qint64 id)
{
    return setTrashed(id, true);
}

Status PostgresArticleStore::restoreFromTrash(qint64 id)
{
    return setTrashed(id, false);
}

Status PostgresArticleStore::setTrashed(qint64 id, bool trashed)
{
    if (Status writable = ensureWritable(); !writable)
        return writable;
    const QString action = trashed ? tr("cannot move the article to the trash")
                                   : tr("cannot restore the article from the trash");
    QSqlQuery query(m_session.database());
    PostgresTransaction transaction(m_session.database());
    if (transaction.error().isValid())
        return failed(transaction.error(), action);
    if (!PostgresSession::exec(query, sql(VersionSql), {id}))
        return failed(query.lastError(), action);
    if (!query.next())
        return notFound(id);
    const qint64 before = query.value(0).toLongLong();
    if (!PostgresSession::exec(query, sql(SetTrashedSql), {id, trashed})
        || !PostgresSession::exec(query, sql(VersionSql), {id}) || !query.next()) {
        return failed(query.lastError(), action);
    }
    const qint64 after = query.value(0).toLongLong();
    if (const QSqlError error = transaction.commit(); error.isValid())
        return failed(error, action);
    if (after == before)
        return Done {};
    // The text is unchanged: a copy that was current stays current, unless someone else saved
    // in between (the version then moved by more than this change).
    if (after == before + 1 && knownVersion(id) == before)
        m_versions.insert(id, after);
    Q_EMIT articleChanged(id);
    return Done {};
}

Status PostgresArticleStore::purge(qint64 id)
{
    if (Status writable = ensureWritable(); !writable)
        return writable;
    const QString action = tr("cannot delete the article");
    QSqlQuery query(m_session.database());
    PostgresTransaction transaction(m_session.database());
    if (transaction.error().isValid())
        return failed(transaction.error(), action);
    if (!PostgresSession::exec(query, sql(PurgeSql), {id}))
        return failed(query.lastError(), action);
    if (const QSqlError error = transaction.commit(); error.isValid())
        return failed(error, action);
    m_versions.remove(id);
    Q_EMIT articleRemoved(id);
    return Done {};
}

Result<QList<ArticleSummary>> PostgresArticleStore::list(const LibraryQuery &query) const
{
    const PostgresArticleFilter filter(query);
    QString where = filter.where();
    QVariantList values = filter.values();
    if (const QString after = filter.after(); !after.isEmpty()) {
        where += u" AND "_s + after;
        values += filter.afterValues();
    }
    values << (query.limit < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(query.limit))
           << std::max(query.offset, 0);
    QSqlQuery rows(m_session.database());
    if (!PostgresSession::exec(rows,
            sql(ListSql).arg(PostgresArticleFilter::columns(), where, filter.orderBy()), values)) {
        return failed(rows.lastError(), tr("cannot list the articles"));
    }
    QList<ArticleSummary> result;
    while (rows.next())
        result.append(PostgresArticleFilter::read(rows));
    return result;
}

Result<qint64> PostgresArticleStore::count(const LibraryQuery &query) const
{
    const PostgresArticleFilter filter(query);
    QSqlQuery rows(m_session.database());
    if (!PostgresSession::exec(rows, sql(CountSql).arg(filter.where()), filter.values())
        || !rows.next()) {
        return failed(rows.lastError(), tr("cannot count the articles"));
    }
    return rows.value(0).toLongLong();
}

Result<QList<SearchHit>> PostgresArticleStore::search(const SearchQuery &query) const
{
    return PostgresSearch(m_session).run(query);
}

Result<QStringList> PostgresArticleStore::categories() const
{
    QSqlQuery rows(m_session.database());
    if (!PostgresSession::exec(rows, sql(CategoriesSql)))
        return failed(rows.lastError(), tr("cannot read the categories"));
    QStringList names;
    while (rows.next())
        names.append(rows.value(0).toString());
    sortNames(names);
    return names;
}

Result<QStringList> PostgresArticleStore::authors() const
{
    QSqlQuery rows(m_session.database());
    if (!PostgresSession::exec(rows, sql(AuthorsSql)))
        return failed(rows.lastError(), tr("cannot read the authors"));
    QStringList names;
    while (rows.next())
        names.append(rows.value(0).toString());
    sortNames(names);
    return names;
}

Result<QStringList> PostgresArticleStore::checkIntegrity(bool everyRevision) const
{
    return PostgresIntegrityCheck(m_session).run(everyRevision);
}

Result<PublicationProfile> PostgresArticleStore::publicationProfile() const
{
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, sql(SettingSql), {QString::fromLatin1(ProfileKey)}))
        return failed(query.lastError(), tr("cannot read the publication profile"));
    if (!query.next())
        return PublicationProfile {};
    const QJsonDocument json = QJsonDocument::fromJson(query.value(0).toString().toUtf8());
    if (!json.isObject()) {
        return Error {
            tr("“%1”: the stored publication profile is not a JSON object").arg(location()),
            Error::Code::Corrupt};
    }
    Result<PublicationProfile> profile = PublicationProfile::fromJson(json.object());
    if (!profile) {
        return Error {tr("“%1”: the stored publication profile cannot be read: %2")
                          .arg(location(), profile.error().message),
            Error::Code::Corrupt};
    }
    return profile;
}

Status PostgresArticleStore::setPublicationProfile(const PublicationProfile &profile)
{
    if (Status writable = ensureWritable(); !writable)
        return writable;
    const QJsonObject json = profile.toJson();
    // Refuse what could not be read back, rather than store a library nobody can render.
    if (Result<PublicationProfile> checked = PublicationProfile::fromJson(json); !checked)
        return checked.error();
    QSqlQuery query(m_session.database());
    if (!PostgresSession::exec(query, sql(SetSettingSql),
            {QString::fromLatin1(ProfileKey),
                QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))})) {
        return failed(query.lastError(), tr("cannot store the publication profile"));
    }
    Q_EMIT publicationProfileChanged();
    return Done {};
}

std::optional<qint64> PostgresArticleStore::knownVersion(qint64 id) const
{
    const auto found = m_versions.constFind(id);
    if (found == m_versions.constEnd())
        return std::nullopt;
    return *found;
}

void PostgresArticleStore::forgetVersion(qint64 id)
{
    m_versions.remove(id);
}

Result<PostgresArticleStore::Written> PostgresArticleStore::insert(
    QSqlQuery &query, Article article, const SaveOptions &options, const QDateTime &modified)
{
    const QString action = tr("cannot add the article");
    article.ensureIds();
    const QUuid uuid = QUuid::fromString(article.uuid);
    if (uuid.isNull())
        return invalid(tr("the article id “%1” is not a UUID").arg(article.uuid));
    // The server compares the content's uuid with its own spelling of the column.
    article.uuid = uuid.toString(QUuid::WithoutBraces);
    const Result<qint64> existing = findUuid(query, article.uuid);
    if (!existing)
        return existing.error();
    if (*existing != 0) {
        return invalid(
            tr("an article with the id “%1” is already in the library").arg(article.uuid));
    }
    const Result<QString> hero = storeHero(query, article.hero);
    if (!hero)
        return hero.error();
    const QByteArray json = PostgresArticleCodec::encode(article, *hero);
    if (!PostgresSession::exec(query, sql(CreateSql),
            {article.uuid, QString::fromUtf8(json),
                PostgresArticleCodec::toColumn(article.published), ArticleStats::wordCount(article),
                SearchText::articleTexts(json).join(u'\n'),
                PostgresArticleCodec::namesToJson(PostgresArticleCodec::bylineNames(article)),
                options.note, PostgresArticleCodec::toColumn(modified)})
        || !query.next()) {
        return failed(query.lastError(), action);
    }
    Written written;
    written.id = query.value(0).toLongLong();
    written.revision = 1;
    if (!PostgresSession::exec(query, sql(VersionSql), {written.id}) || !query.next())
        return failed(query.lastError(), action);
    written.version = query.value(0).toLongLong();
    return written;
}

Result<PostgresArticleStore::Written> PostgresArticleStore::update(QSqlQuery &query, qint64 id,
    Article article, const SaveOptions &options, std::optional<qint64> baseVersion)
{
    const QString action = tr("cannot save the article");
    if (article.uuid.isEmpty()) {
        // An empty uuid means "this article".
        if (!PostgresSession::exec(query, sql(UuidSql), {id}))
            return failed(query.lastError(), action);
        if (!query.next())
            return notFound(id);
        article.uuid = query.value(0).toString();
    } else if (const QUuid uuid = QUuid::fromString(article.uuid); !uuid.isNull()) {
        article.uuid = uuid.toString(QUuid::WithoutBraces);
    }
    article.ensureIds();
    const Result<QString> hero = storeHero(query, article.hero);
    if (!hero)
        return hero.error();
    const QByteArray json = PostgresArticleCodec::encode(article, *hero);
    if (!PostgresSession::exec(query, sql(SaveSql),
            {id, nullableVersion(baseVersion), QString::fromUtf8(json),
                PostgresArticleCodec::toColumn(article.published), ArticleStats::wordCount(article),
                SearchText::articleTexts(json).join(u'\n'),
                PostgresArticleCodec::namesToJson(PostgresArticleCodec::bylineNames(article)),
                options.keepRevision, options.note})
        || !query.next()) {
        return failed(query.lastError(), action);
    }
    Written written;
    written.id = id;
    written.revision = query.value(0).toInt();
    written.version = query.value(1).toLongLong();
    const QString effect = query.value(2).toString();
    for (const TextChangeEffect known : {TextChangeEffect::ReturnToReview,
             TextChangeEffect::KeepApproval, TextChangeEffect::RestoreApproval}) {
        if (effect == WorkflowRules::textChangeAction(known))
            written.effect = known;
    }
    return written;
}

Result<QString> PostgresArticleStore::storeHero(QSqlQuery &query, const HeroImage &hero)
{
    if (hero.isEmpty())
        return QString();
    if (!PostgresSession::exec(query, sql(StoreImageSql), {hero.data, hero.mimeType})
        || !query.next()) {
        return failed(query.lastError(), tr("cannot store the image"));
    }
    return query.value(0).toString();
}

Result<qint64> PostgresArticleStore::findUuid(QSqlQuery &query, const QString &uuid) const
{
    if (!PostgresSession::exec(query, sql(FindUuidSql), {uuid}))
        return failed(query.lastError(), tr("cannot look up the article"));
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

void PostgresArticleStore::onNotification(
    const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    if (name != QLatin1StringView(Channel) || source != QSqlDriver::OtherSource)
        return;
    const QStringList parts = payload.toString().split(u' ');
    bool ok = false;
    const qint64 id = parts.value(1).toLongLong(&ok);
    if (parts.size() != 2 || !ok)
        return;
    const QString &table = parts.at(0);
    if (table == u"articles"_s) {
        // A purge announces the deleted row; anything else leaves the article there.
        QSqlQuery query(m_session.database());
        const bool gone = PostgresSession::exec(query, sql(ExistsSql), {id}) && query.next()
            && !query.value(0).toBool();
        if (gone) {
            m_versions.remove(id);
            Q_EMIT articleRemoved(id);
        } else {
            Q_EMIT articleChanged(id);
        }
    }
    Q_EMIT remoteChange(table, id);
}

Error PostgresArticleStore::failed(const QSqlError &error, const QString &action) const
{
    return m_session.toError(error, action);
}

Error PostgresArticleStore::notFound(qint64 id) const
{
    return Error {
        tr("“%1”: there is no article %2").arg(location()).arg(id), Error::Code::NotFound};
}

Error PostgresArticleStore::invalid(const QString &message) const
{
    return Error {tr("“%1”: %2").arg(location(), message), Error::Code::InvalidInput};
}

} // namespace Copydesk
