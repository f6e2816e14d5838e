// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqlitearticlewriter.h"

#include "articlejson.h"
#include "articlestats.h"
#include "libraryfile.h"
#include "quotedvalue.h"
#include "sqlitecodec.h"
#include "sqliteerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>
#include <QUuid>

namespace Copydesk {

using namespace Qt::StringLiterals;

namespace {

// Indexed by SqliteArticleWriter::Statement.
constexpr const char *Sql[] = {
    // SelectCurrent
    "SELECT a.uuid, a.revision, a.hero_image_id, r.content_hash, c.content_hash, a.status, "
    "a.owner, a.authors FROM articles AS a "
    "LEFT JOIN revisions AS r ON r.article_id = a.id AND r.number = a.revision "
    "LEFT JOIN article_content AS c ON c.article_id = a.id WHERE a.id = ?",
    // FindUuid
    "SELECT id FROM articles WHERE uuid = ?",
    // FindImage
    "SELECT id FROM images WHERE sha256 = ?",
    // InsertImage
    "INSERT INTO images (sha256, mime_type, data) VALUES (?, ?, ?)",
    // DeleteUnusedImage
    "DELETE FROM images WHERE id = ? "
    "AND NOT EXISTS (SELECT 1 FROM articles WHERE hero_image_id = ?) "
    "AND NOT EXISTS (SELECT 1 FROM revisions WHERE hero_image_id = ?)",
    // InsertArticle
    "INSERT INTO articles (uuid, headline, dek, authors, status, owner, category, published, "
    "created, modified, word_count, revision, hero_image_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
    // UpdateArticle
    "UPDATE articles SET headline = ?, dek = ?, authors = ?, status = ?, owner = ?, "
    "category = ?, published = ?, modified = ?, word_count = ?, hero_image_id = ? WHERE id = ?",
    // InsertContent
    "INSERT INTO article_content (article_id, json, content_hash) VALUES (?, ?, ?)",
    // UpdateContent
    "UPDATE article_content SET json = ?, content_hash = ? WHERE article_id = ?",
    // DeleteAuthors
    "DELETE FROM article_authors WHERE article_id = ?",
    // InsertAuthor
    "INSERT INTO article_authors (article_id, position, name) VALUES (?, ?, ?)",
    // IndexAdd: reads the new text through the view.
    "INSERT INTO article_search (rowid, headline, dek, bylines, lede, body, extra) "
    "SELECT article_id, headline, dek, bylines, lede, body, extra "
    "FROM article_search_source WHERE article_id = ?",
    // IndexRemove: an external-content index is told the old text, so run it before changing.
    "INSERT INTO article_search (article_search, rowid, headline, dek, bylines, lede, body, "
    "extra) SELECT 'delete', article_id, headline, dek, bylines, lede, body, extra "
    "FROM article_search_source WHERE article_id = ?",
    // InsertRevision
    "INSERT INTO revisions (article_id, number, created, author, note, content_hash, "
    "hero_image_id, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    // SetRevision
    "UPDATE articles SET revision = ? WHERE id = ?",
    // SetTrashed
    "UPDATE articles SET trashed_at = ? WHERE id = ?",
    // SelectForPurge
    "SELECT trashed_at, hero_image_id FROM articles WHERE id = ?",
    // SelectRevisionImages
    "SELECT DISTINCT hero_image_id FROM revisions "
    "WHERE article_id = ? AND hero_image_id IS NOT NULL",
    // DeleteArticle: content, byline names and revisions go with it (ON DELETE CASCADE).
    "DELETE FROM articles WHERE id = ?",
};

static_assert(std::size(Sql) == 19, "one statement per SqliteArticleWriter::Statement");

QString tr(const char *text)
{
    return QCoreApplication::translate("Copydesk::SqliteArticleWriter", text);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QStringList bylineNames(const Article &article)
{
    QStringList names;
    for (const Byline &byline : article.bylines) {
        if (!byline.name.trimmed().isEmpty())
            names.append(byline.name.trimmed());
    }
    return names;
}

/// The values of the article's listing columns, in the order of UpdateArticle.
QVariantList listingColumns(const Article &article)
{
    return {article.headline, article.dek,
        QString::fromUtf8(SqliteCodec::namesToJson(bylineNames(article))),
        statusName(article.status), article.owner, article.category,
        SqliteCodec::toColumn(article.published)};
}

} // namespace

SqliteArticleWriter::SqliteArticleWriter(const QSqlDatabase &db, const QString &path)
    : m_db(db)
    , m_path(path)
{ }

Result<qint64> SqliteArticleWriter::insert(
    const Article &article, const SaveOptions &options, qint64 now, std::optional<qint64> modified)
{
    Q_ASSERT(!article.uuid.isEmpty());
    if (QUuid::fromString(article.uuid).isNull())
        return invalid(
            tr("the article id %1 is not a UUID").arg(QuotedValue::quoted(article.uuid)));
    const Result<qint64> existing = find(article.uuid);
    if (!existing)
        return existing.error();
    if (*existing != 0) {
        return invalid(tr("an article with the id %1 is already in the library")
                .arg(QuotedValue::quoted(article.uuid)));
    }
    const Result<qint64> image = storeImage(article.hero);
    if (!image)
        return image.error();

    QVariantList values = listingColumns(article);
    values.prepend(article.uuid);
    values << now << qMin(modified.value_or(now), now) << ArticleStats::wordCount(article)
           << nullableId(*image);
    QSqlQuery *query = run(InsertArticle, values);
    if (!query)
        return failed(tr("cannot add the article"));
    const qint64 id = query->lastInsertId().toLongLong();

    const auto [json, contentHash] = SqliteCodec::encodeAndHash(article);
    const QString hash = QString::fromLatin1(contentHash);
    if (!run(InsertContent, {id, QString::fromUtf8(json), hash}))
        return failed(tr("cannot add the article"));
    if (Status written = writeAuthors(id, bylineNames(article)); !written)
        return written.error();
    if (Status indexed = index(IndexAdd, id); !indexed)
        return indexed.error();
    if (Status kept = addRevision(id, 1, json, hash, *image, options, now); !kept)
        return kept.error();
    return id;
}

Result<int> SqliteArticleWriter::update(
    qint64 id, const Article &input, const SaveOptions &options, RevisionPolicy policy, qint64 now)
{
    QSqlQuery *query = run(SelectCurrent, {id});
    if (!query)
        return failed(tr("cannot save the article"));
    if (!query->next()) {
        query->finish();
        return notFound(id);
    }
    Current current;
    current.uuid = query->value(0).toString();
    current.revision = query->value(1).toInt();
    current.heroImageId = query->value(2).toLongLong();
    current.newestHash = query->value(3).toString();
    current.storedHash = query->value(4).toString();
    current.status = query->value(5).toString();
    current.owner = query->value(6).toString();
    current.authors = query->value(7).toString();
    query->finish();

    Article article = input;
    if (article.uuid.isEmpty())
        article.uuid = current.uuid;
    if (article.uuid != current.uuid) {
        return invalid(tr("the article has the id “%1”, not “%2” of the article it would replace")
                .arg(article.uuid, current.uuid));
    }
    article.ensureIds();

    const auto [json, contentHash] = SqliteCodec::encodeAndHash(article);
    const QString hash = QString::fromLatin1(contentHash);
    // Exactly what is stored (the content hash covers all but status and owner), and no revision
    // to keep: nothing is written, so the modified time stays the last change (a re-import of an
    // unchanged article, an autosave of the same text).
    if (hash == current.storedHash && statusName(article.status) == current.status
        && article.owner == current.owner
        && (policy == RevisionPolicy::Never
            || (policy == RevisionPolicy::IfChanged && hash == current.newestHash)))
        return current.revision;
    // The content hash covers every indexed text: equal, only the status or owner changes, and
    // the text index stays as it is.
    const bool sameText = hash == current.storedHash;

    const Result<qint64> image = storeImage(article.hero);
    if (!image)
        return image.error();
    if (!sameText) {
        if (Status removed = index(IndexRemove, id); !removed)
            return removed.error();
    }
    QVariantList values = listingColumns(article);
    const bool sameBylines = values.at(2).toString() == current.authors;
    values << now << ArticleStats::wordCount(article) << nullableId(*image) << id;
    if (!run(UpdateArticle, values) || !run(UpdateContent, {QString::fromUtf8(json), hash, id}))
        return failed(tr("cannot save the article"));
    if (!sameBylines) {
        if (Status written = writeAuthors(id, bylineNames(article)); !written)
            return written.error();
    }
    if (!sameText) {
        if (Status indexed = index(IndexAdd, id); !indexed)
            return indexed.error();
    }

    int newest = current.revision;
    if (policy == RevisionPolicy::Always
        || (policy == RevisionPolicy::IfChanged && hash != current.newestHash)) {
        ++newest;
        if (Status kept = addRevision(id, newest, json, hash, *image, options, now); !kept)
            return kept.error();
    }
    if (current.heroImageId != 0 && current.heroImageId != *image) {
        if (Status dropped = dropImageIfUnused(current.heroImageId); !dropped)
            return dropped.error();
    }
    return newest;
}

Result<qint64> SqliteArticleWriter::find(const QString &uuid)
{
    QSqlQuery *query = run(FindUuid, {uuid});
    if (!query)
        return failed(tr("cannot look up the article"));
    const qint64 id = query->next() ? query->value(0).toLongLong() : 0;
    query->finish();
    return id;
}

Result<bool> SqliteArticleWriter::setTrashed(qint64 id, std::optional<qint64> trashedAt)
{
    QSqlQuery *query = run(SelectForPurge, {id});
    if (!query)
        return failed(tr("cannot change the trash"));
    if (!query->next()) {
        query->finish();
        return notFound(id);
    }
    const bool trashed = !query->value(0).isNull();
    query->finish();
    if (trashed == trashedAt.has_value())
        return false;
    const QVariant value = trashedAt ? QVariant(*trashedAt) : nullableId(0);
    if (!run(SetTrashed, {value, id}))
        return failed(tr("cannot change the trash"));
    return true;
}

Status SqliteArticleWriter::purge(qint64 id)
{
    QSqlQuery *query = run(SelectForPurge, {id});
    if (!query)
        return failed(tr("cannot delete the article"));
    if (!query->next()) {
        query->finish();
        return notFound(id);
    }
    const bool trashed = !query->value(0).isNull();
    QList<qint64> images;
    if (!query->value(1).isNull())
        images.append(query->value(1).toLongLong());
    query->finish();
    if (!trashed) {
        return invalid(tr("article %1 is not in the trash; move it to the trash before deleting "
                          "it for good")
                .arg(id));
    }
    query = run(SelectRevisionImages, {id});
    if (!query)
        return failed(tr("cannot delete the article"));
    while (query->next())
        images.append(query->value(0).toLongLong());
    query->finish();

    if (Status removed = index(IndexRemove, id); !removed)
        return removed.error();
    if (!run(DeleteArticle, {id}))
        return failed(tr("cannot delete the article"));
    for (qint64 image : std::as_const(images)) {
        if (Status dropped = dropImageIfUnused(image); !dropped)
            return dropped;
    }
    return Done {};
}

void SqliteArticleWriter::clear()
{
    for (auto &statement : m_statements)
        statement.reset();
}

QSqlQuery *SqliteArticleWriter::run(Statement statement, const QVariantList &values)
{
    std::optional<QSqlQuery> &query = m_statements[statement];
    if (!query) {
        query.emplace(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(QString::fromUtf8(Sql[statement]))) {
            m_error = query->lastError();
            query.reset();
            return nullptr;
        }
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        // A null QString binds as NULL; text columns hold '' for "empty".
        const QVariant &value = values.at(i);
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query->bindValue(int(i), nullText ? QVariant(u""_s) : value);
    }
    if (!query->exec()) {
        m_error = query->lastError();
        query->finish();
        return nullptr;
    }
    return &*query;
}

Error SqliteArticleWriter::failed(const QString &action) const
{
    return SqliteError::toError(m_error, m_path, action);
}

Error SqliteArticleWriter::notFound(qint64 id) const
{
    return Error {tr("%1: there is no article %2").arg(LibraryFile::quoted(m_path)).arg(id),
        Error::Code::NotFound};
}

Error SqliteArticleWriter::invalid(const QString &message) const
{
    return Error {QStringLiteral("%1: %2").arg(LibraryFile::quoted(m_path), message),
        Error::Code::InvalidInput};
}

Result<qint64> SqliteArticleWriter::storeImage(const HeroImage &hero)
{
    if (hero.isEmpty())
        return qint64(0);
    const QByteArray sha256 = QCryptographicHash::hash(hero.data, QCryptographicHash::Sha256);
    QSqlQuery *query = run(FindImage, {sha256});
    if (!query)
        return failed(tr("cannot store the image"));
    if (query->next()) {
        const qint64 id = query->value(0).toLongLong();
        query->finish();
        return id;
    }
    query = run(InsertImage, {sha256, hero.mimeType, hero.data});
    if (!query)
        return failed(tr("cannot store the image"));
    return query->lastInsertId().toLongLong();
}

Status SqliteArticleWriter::dropImageIfUnused(qint64 imageId)
{
    if (!run(DeleteUnusedImage, {imageId, imageId, imageId}))
        return failed(tr("cannot remove an unused image"));
    return Done {};
}

Status SqliteArticleWriter::writeAuthors(qint64 id, const QStringList &names)
{
    if (!run(DeleteAuthors, {id}))
        return failed(tr("cannot store the bylines"));
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!run(InsertAuthor, {id, i, names.at(i)}))
            return failed(tr("cannot store the bylines"));
    }
    return Done {};
}

Status SqliteArticleWriter::index(Statement addOrRemove, qint64 id)
{
    if (!run(addOrRemove, {id}))
        return failed(tr("cannot update the search index"));
    return Done {};
}

Status SqliteArticleWriter::addRevision(qint64 id, int number, const QByteArray &json,
    const QString &hash, qint64 heroImageId, const SaveOptions &options, qint64 now)
{
    if (!run(InsertRevision,
            {id, number, now, options.author, options.note, hash, nullableId(heroImageId),
                SqliteCodec::compress(json)})
        || !run(SetRevision, {number, id})) {
        return failed(tr("cannot keep the revision"));
    }
    return Done {};
}

} // namespace Copydesk
