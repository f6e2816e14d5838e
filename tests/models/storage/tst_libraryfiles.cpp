// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "articlejson.h"
#include "librarycounts.h"
#include "libraryfile.h"
#include "librarylocation.h"
#include "sqlitearticlestore.h"
#include "sqliteschema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

using OpenMode = SqliteArticleStore::OpenMode;

QByteArray checksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool patchFile(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset)
        && file.write(bytes) == bytes.size();
}

/// Runs `statements` on a plain SQLite connection to `path` (created if missing); returns the
/// first column of the last statement's first row.
QVariant rawSql(const QString &path, const QStringList &statements)
{
    QVariant result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        if (!db.open())
            qWarning() << db.lastError().text();
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                qWarning() << sql << query.lastError().text();
            result = query.next() ? query.value(0) : QVariant();
        }
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return result;
}

/// A library with a few articles, closed again (so everything is in the main file).
bool makeLibrary(const QString &path, int articles)
{
    auto store = SqliteArticleStore::open(path, OpenMode::CreateIfMissing);
    if (!store)
        return false;
    QList<Article> batch;
    for (int i = 0; i < articles; ++i)
        batch.append(Testing::generatedArticle(i, 400));
    return bool(store.value()->importArticles(batch, SaveOptions {}));
}

/// The schema of version 1 as released, written without the production code so that this
/// fixture keeps describing old files when the schema moves on.
const QStringList Version1Schema = {
    u"CREATE TABLE images (id INTEGER PRIMARY KEY, sha256 BLOB NOT NULL UNIQUE, "
    "mime_type TEXT NOT NULL, data BLOB NOT NULL)"_s,
    u"CREATE TABLE articles (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
    "headline TEXT NOT NULL, dek TEXT NOT NULL, authors TEXT NOT NULL, status TEXT NOT NULL, "
    "owner TEXT NOT NULL, category TEXT NOT NULL, published INTEGER, created INTEGER NOT NULL, "
    "modified INTEGER NOT NULL, word_count INTEGER NOT NULL, revision INTEGER NOT NULL, "
    "trashed_at INTEGER, hero_image_id INTEGER REFERENCES images (id))"_s,
    u"CREATE TABLE article_content (article_id INTEGER PRIMARY KEY "
    "REFERENCES articles (id) ON DELETE CASCADE, json TEXT NOT NULL)"_s,
    u"CREATE TABLE article_authors (article_id INTEGER NOT NULL REFERENCES articles (id) "
    "ON DELETE CASCADE, position INTEGER NOT NULL, name TEXT NOT NULL, "
    "PRIMARY KEY (article_id, position)) WITHOUT ROWID"_s,
    u"CREATE TABLE revisions (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL "
    "REFERENCES articles (id) ON DELETE CASCADE, number INTEGER NOT NULL, "
    "created INTEGER NOT NULL, author TEXT NOT NULL, note TEXT NOT NULL, "
    "content_hash TEXT NOT NULL, hero_image_id INTEGER REFERENCES images (id), "
    "content BLOB NOT NULL, UNIQUE (article_id, number))"_s,
    u"CREATE INDEX article_authors_name ON article_authors (name)"_s,
    u"CREATE INDEX articles_live_modified ON articles (modified) WHERE trashed_at IS NULL"_s,
    u"CREATE INDEX articles_live_created ON articles (created) WHERE trashed_at IS NULL"_s,
    u"CREATE INDEX articles_live_published ON articles (published) WHERE trashed_at IS NULL"_s,
    u"CREATE INDEX articles_live_headline ON articles (headline COLLATE NOCASE) "
    "WHERE trashed_at IS NULL"_s,
    u"CREATE INDEX articles_trashed ON articles (trashed_at) WHERE trashed_at IS NOT NULL"_s,
    u"CREATE INDEX articles_status ON articles (status, modified)"_s,
    u"CREATE INDEX articles_category ON articles (category, modified)"_s,
    u"CREATE INDEX articles_owner ON articles (owner)"_s,
    u"CREATE INDEX articles_hero ON articles (hero_image_id) WHERE hero_image_id IS NOT NULL"_s,
    u"CREATE INDEX revisions_hero ON revisions (hero_image_id) "
    "WHERE hero_image_id IS NOT NULL"_s,
};

/// What version 2 added: the full-text index over a view of the article JSON, as released.
const QStringList Version2Schema = {
    u"CREATE VIEW article_search_source AS SELECT a.id AS article_id, a.headline AS headline, "
    "a.dek AS dek, (SELECT group_concat(coalesce(json_extract(b.value, '$.name'), '') || ' ' "
    "|| coalesce(json_extract(b.value, '$.role'), ''), char(10)) "
    "FROM json_each(c.json, '$.bylines') AS b) AS bylines, "
    "json_extract(c.json, '$.lede') AS lede, "
    "(SELECT group_concat(t.value, char(10)) FROM json_tree(c.json, '$.parts') AS t "
    "WHERE t.type = 'text' AND t.key NOT IN ('id', 'kind', 'url', 'accessed')) AS body, "
    "coalesce((SELECT group_concat(g.value, char(10)) FROM json_each(c.json, '$.tags') AS g), "
    "'') || char(10) || coalesce(json_extract(c.json, '$.hero.caption'), '') || char(10) "
    "|| coalesce(json_extract(c.json, '$.hero.altText'), '') || char(10) "
    "|| coalesce(json_extract(c.json, '$.hero.credit'), '') || char(10) "
    "|| coalesce(json_extract(c.json, '$.dateline'), '') AS extra "
    "FROM articles AS a JOIN article_content AS c ON c.article_id = a.id"_s,
    u"CREATE VIRTUAL TABLE article_search USING fts5 (headline, dek, bylines, lede, body, "
    "extra, content = 'article_search_source', content_rowid = 'article_id', "
    "tokenize = 'unicode61 remove_diacritics 2', detail = full)"_s,
    u"INSERT INTO article_search (rowid, headline, dek, bylines, lede, body, extra) "
    "SELECT article_id, headline, dek, bylines, lede, body, extra FROM article_search_source"_s,
};

QString sqlText(const QString &text)
{
    return u"'"_s + QString(text).replace(u'\'', u"''"_s) + u"'"_s;
}

QString sqlBlob(const QByteArray &bytes)
{
    return u"X'"_s + QString::fromLatin1(bytes.toHex()) + u"'"_s;
}

/// Statements that store `article` as row `id` the way version 1 did.
QStringList version1Article(int id, const Article &article)
{
    Article withoutImage = article;
    withoutImage.hero.data.clear();
    const QByteArray json = ArticleJson::toBytes(withoutImage, QJsonDocument::Compact);
    QStringList names;
    for (const Byline &byline : article.bylines)
        names.append(u"\""_s + byline.name + u"\""_s);
    const QByteArray sha = QCryptographicHash::hash(article.hero.data, QCryptographicHash::Sha256);
    const QString image = article.hero.isEmpty() ? u"NULL"_s : QString::number(id);
    return {
        u"INSERT INTO images (id, sha256, mime_type, data) SELECT %1, %2, %3, %4 WHERE %1 "
        "IS NOT NULL"_s.arg(
            image, sqlBlob(sha), sqlText(article.hero.mimeType), sqlBlob(article.hero.data)),
        u"INSERT INTO articles VALUES (%1, %2, %3, %4, %5, %6, %7, %8, NULL, 1700000000000, "
        "1700000000000, 1500, 1, NULL, %9)"_s.arg(id)
            .arg(sqlText(article.uuid), sqlText(article.headline), sqlText(article.dek),
                sqlText(u"["_s + names.join(u',') + u"]"_s), sqlText(statusName(article.status)),
                sqlText(article.owner), sqlText(article.category), image),
        u"INSERT INTO article_content VALUES (%1, %2)"_s.arg(id).arg(
            sqlText(QString::fromUtf8(json))),
        u"INSERT INTO revisions (article_id, number, created, author, note, content_hash, "
        "hero_image_id, content) VALUES (%1, 1, 1700000000000, 'jdoe', '', %2, %3, %4)"_s.arg(id)
            .arg(sqlText(QString::fromLatin1(ArticleJson::contentHash(article))), image,
                sqlBlob(qCompress(json))),
    };
}

} // namespace

class tst_LibraryFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createsNewLibrary();
    void openExistingMissing();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesNewerLibrary();
    void reportsDamage_data();
    void reportsDamage();
    void migratesOlderLibrary_data();
    void migratesOlderLibrary();
    void migratesSchema8KeepingCounts();
    void defaultLocation();

private:
    QString path() const { return m_dir->filePath(u"library.copydesk"_s); }
    std::optional<QTemporaryDir> m_dir;
};

void tst_LibraryFiles::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_LibraryFiles::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

void tst_LibraryFiles::cleanup()
{
    m_dir.reset();
}

void tst_LibraryFiles::createsNewLibrary()
{
    const QString nested = m_dir->filePath(u"a/b/library.copydesk"_s);
    {
        auto store = SqliteArticleStore::open(nested, OpenMode::CreateIfMissing);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        QCOMPARE(store.value()->location(), nested);
        QCOMPARE(store.value()->count({}).value(), 0);
    }
    const LibraryFile::Header header = LibraryFile::inspect(nested);
    QCOMPARE(header.kind, LibraryFile::Kind::Library);
    QCOMPARE(header.applicationId, LibraryFile::ApplicationId);
    QCOMPARE(header.userVersion, SqliteSchema::Version);
    QCOMPARE(rawSql(nested, {u"PRAGMA journal_mode"_s}).toString(), u"wal"_s);
    // Nothing left over from building it under a temporary name.
    QCOMPARE(QDir(m_dir->filePath(u"a/b"_s)).entryList(QDir::Files | QDir::Hidden),
        QStringList {u"library.copydesk"_s});

    auto again = SqliteArticleStore::open(nested, OpenMode::OpenExisting);
    QVERIFY(again);
    auto created = SqliteArticleStore::open(nested, OpenMode::CreateIfMissing);
    QVERIFY(created); // an existing library is opened, not replaced
}

void tst_LibraryFiles::openExistingMissing()
{
    const auto store = SqliteArticleStore::open(path(), OpenMode::OpenExisting);
    QVERIFY(!store);
    QCOMPARE(store.error().code, Error::Code::NotFound);
    QVERIFY(store.error().message.contains(path()));
    QVERIFY(!QFile::exists(path()));
}

void tst_LibraryFiles::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("text") << u"text"_s << Error::Code::NotALibrary
                          << u"not a Copydesk library (not an SQLite database)"_s;
    QTest::newRow("png") << u"png"_s << Error::Code::NotALibrary
                         << u"not a Copydesk library (not an SQLite database)"_s;
    QTest::newRow("empty") << u"empty"_s << Error::Code::NotALibrary
                           << u"not a Copydesk library (not an SQLite database)"_s;
    QTest::newRow("magic only") << u"magic"_s << Error::Code::NotALibrary
                                << u"not a Copydesk library (not an SQLite database)"_s;
    QTest::newRow("other sqlite") << u"sqlite"_s << Error::Code::NotALibrary
                                  << u"another application"_s;
    QTest::newRow("other application id")
        << u"appid"_s << Error::Code::NotALibrary << u"another application"_s;
    QTest::newRow("folder") << u"folder"_s << Error::Code::Io << u"folder"_s;
}

void tst_LibraryFiles::refusesBadFiles()
{
    QFETCH(QString, kind);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);

    if (kind == u"text") {
        QVERIFY(writeFile(path(), "Dear editor,\nplease find my story attached.\n"));
    } else if (kind == u"png") {
        QVERIFY(writeFile(path(), Testing::tinyPng()));
    } else if (kind == u"empty") {
        QVERIFY(writeFile(path(), {}));
    } else if (kind == u"magic") {
        QVERIFY(writeFile(path(), QByteArray("SQLite format 3\0", 16)));
    } else if (kind == u"sqlite") {
        rawSql(path(),
            {u"CREATE TABLE recipes (name TEXT)"_s, u"INSERT INTO recipes VALUES ('bread')"_s});
    } else if (kind == u"appid") {
        rawSql(path(),
            {u"PRAGMA application_id = 1234"_s, u"PRAGMA user_version = 1"_s,
                u"CREATE TABLE articles (id INTEGER PRIMARY KEY)"_s});
    } else if (kind == u"folder") {
        QVERIFY(QDir().mkdir(path()));
    }
    const QByteArray before = checksum(path());
    const QStringList filesBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden);

    for (OpenMode mode : {OpenMode::OpenExisting, OpenMode::CreateIfMissing}) {
        const auto store = SqliteArticleStore::open(path(), mode);
        QVERIFY(!store);
        QCOMPARE(store.error().code, code);
        QVERIFY2(store.error().message.contains(u"“"_s + path() + u"”"_s),
            qPrintable(store.error().message));
        QVERIFY2(store.error().message.contains(message), qPrintable(store.error().message));
    }
    QCOMPARE(checksum(path()), before);
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden), filesBefore);
}

void tst_LibraryFiles::refusesNewerLibrary()
{
    QVERIFY(makeLibrary(path(), 2));
    rawSql(path(), {u"PRAGMA user_version = 99"_s});
    const QByteArray before = checksum(path());
    const auto store = SqliteArticleStore::open(path(), OpenMode::OpenExisting);
    QVERIFY(!store);
    QCOMPARE(store.error().code, Error::Code::TooNew);
    QVERIFY(store.error().message.contains(path()));
    QVERIFY(store.error().message.contains(u"99"_s));
    QVERIFY(store.error().message.contains(QString::number(SqliteSchema::Version)));
    QCOMPARE(checksum(path()), before);
}

void tst_LibraryFiles::reportsDamage_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<bool>("openFails");

    QTest::newRow("articles table page") << u"articles"_s << false;
    QTest::newRow("full-text index page") << u"search"_s << false;
    QTest::newRow("schema page") << u"schema"_s << true;
    QTest::newRow("page size in header") << u"pagesize"_s << true;
}

void tst_LibraryFiles::reportsDamage()
{
    QFETCH(QString, damage);
    QFETCH(bool, openFails);
    QVERIFY(makeLibrary(path(), 40));
    QVERIFY(!QFile::exists(path() + u"-wal"_s));

    const int pageSize = rawSql(path(), {u"PRAGMA page_size"_s}).toInt();
    auto rootPage = [&](const QString &table) {
        return rawSql(
            path(), {u"SELECT rootpage FROM sqlite_schema WHERE name = '%1'"_s.arg(table)})
            .toLongLong();
    };
    // An invalid b-tree page type (0xFF) where SQLite expects a page header.
    const QByteArray garbage(8, '\xff');
    if (damage == u"articles") {
        QVERIFY(patchFile(path(), (rootPage(u"articles"_s) - 1) * pageSize, garbage));
    } else if (damage == u"search") {
        QVERIFY(patchFile(path(), (rootPage(u"article_search_data"_s) - 1) * pageSize, garbage));
    } else if (damage == u"schema") {
        QVERIFY(patchFile(path(), 100, garbage));
    } else if (damage == u"pagesize") {
        QVERIFY(patchFile(path(), 16, QByteArray("\x00\x03", 2)));
    }
    const QByteArray before = checksum(path());
    {
        auto store = SqliteArticleStore::open(path(), OpenMode::OpenExisting);
        if (openFails) {
            QVERIFY(!store);
            QCOMPARE(store.error().code, Error::Code::Corrupt);
            QVERIFY2(store.error().message.contains(path()), qPrintable(store.error().message));
        } else {
            QVERIFY2(store, store ? "" : qPrintable(store.error().message));
            SqliteArticleStore &library = *store.value();
            Error error;
            if (damage == u"articles") {
                error = library.list({}).error();
                QCOMPARE(library.load(1).error().code, Error::Code::Corrupt);
                QCOMPARE(library.save(1, Testing::generatedArticle(0, 400), {}).error().code,
                    Error::Code::Corrupt);
            } else {
                SearchQuery query;
                query.text = Testing::commonTerms().constFirst();
                error = library.search(query).error();
            }
            QCOMPARE(error.code, Error::Code::Corrupt);
            QVERIFY2(error.message.contains(path()), qPrintable(error.message));
            const Result<QStringList> problems = library.checkIntegrity();
            QVERIFY(!problems || !problems->isEmpty());
        }
    }
    QCOMPARE(checksum(path()), before);
}

void tst_LibraryFiles::migratesOlderLibrary_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("0: empty file of an interrupted first start") << 0;
    QTest::newRow("1: without the full-text index") << 1;
    QTest::newRow("2: without library settings") << 2;
}

void tst_LibraryFiles::migratesOlderLibrary()
{
    QFETCH(int, version);
    QStringList fixture = {u"PRAGMA application_id = %1"_s.arg(LibraryFile::ApplicationId),
        u"PRAGMA journal_mode = WAL"_s};
    const Article full = Testing::fullArticle();
    const Article odd = Testing::oddUnicodeArticle();
    if (version >= 1) {
        fixture << u"BEGIN"_s << Version1Schema << version1Article(1, full)
                << version1Article(2, odd);
        if (version >= 2)
            fixture << Version2Schema;
        fixture << u"PRAGMA user_version = %1"_s.arg(version) << u"COMMIT"_s;
    }
    rawSql(path(), fixture);
    QCOMPARE(LibraryFile::inspect(path()).userVersion, quint32(version));

    {
        auto opened = SqliteArticleStore::open(path(), OpenMode::OpenExisting);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        SqliteArticleStore &store = *opened.value();
        QCOMPARE(store.count({}).value(), version >= 1 ? 2 : 0);
        if (version >= 1) {
            QCOMPARE(store.load(1)->article, full);
            QCOMPARE(store.load(2)->article, odd);
            QCOMPARE(store.revision(1, 1).value(), full);
            SearchQuery query;
            query.text = u"assemble"_s; // in a section body of the full article
            const QList<SearchHit> hits = store.search(query).value();
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.at(0).summary.id, 1);
            Article changed = full;
            changed.headline = u"Saved after the update"_s;
            QCOMPARE(store.save(1, changed, {}).value(), 2);
        }
        QVERIFY(store.create(Testing::generatedArticle(5, 300), {}));
        QCOMPARE(store.publicationProfile().value(), PublicationProfile {});
        PublicationProfile gazette;
        gazette.name = u"Gazette"_s;
        QVERIFY(store.setPublicationProfile(gazette));
        QCOMPARE(store.publicationProfile().value(), gazette);
        const Result<QStringList> problems = store.checkIntegrity();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }
    QCOMPARE(LibraryFile::inspect(path()).userVersion, SqliteSchema::Version);
}

void tst_LibraryFiles::migratesSchema8KeepingCounts()
{
    // A library as schema 8 left it: made now, then without what migration 9 added, with live
    // and trashed articles of several statuses.
    QList<qint64> ids;
    {
        auto store = SqliteArticleStore::open(path(), OpenMode::CreateIfMissing);
        QVERIFY(store);
        QList<Article> batch;
        for (int i = 0; i < 12; ++i) {
            Article article = Testing::generatedArticle(quint32(i), 60);
            article.status = ArticleStatus(i % 4);
            batch.append(article);
        }
        ids = store.value()->importArticles(batch, {}).value();
        QVERIFY(store.value()->moveToTrash(ids.at(0)));
        QVERIFY(store.value()->moveToTrash(ids.at(5)));
    }
    rawSql(path(),
        {u"DROP TRIGGER article_counts_insert"_s, u"DROP TRIGGER article_counts_delete"_s,
            u"DROP TRIGGER article_counts_update"_s, u"DROP TABLE article_counts"_s,
            u"DROP INDEX articles_live_status_modified"_s,
            u"DROP INDEX articles_live_status_headline"_s,
            u"DROP INDEX articles_live_status_category"_s,
            u"DROP INDEX articles_live_status_first_author"_s, u"PRAGMA user_version = 8"_s,
            u"PRAGMA wal_checkpoint(TRUNCATE)"_s});
    QCOMPARE(LibraryFile::inspect(path()).userVersion, quint32(8));

    auto opened = SqliteArticleStore::open(path(), OpenMode::OpenExisting);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    SqliteArticleStore &store = *opened.value();
    QCOMPARE(LibraryFile::inspect(path()).userVersion, SqliteSchema::Version);
    QCOMPARE(store.count({}).value(), 10);
    QCOMPARE(Testing::countsDisagree(store), QString());
    QVERIFY(store.checkIntegrity().value().isEmpty());

    // The counts follow the writes after the migration.
    const qint64 id = store.create(Testing::generatedArticle(20, 60), {}).value();
    QVERIFY(store.moveToTrash(id));
    QVERIFY(store.purge(id));
    QVERIFY(store.restoreFromTrash(ids.at(0)));
    QCOMPARE(store.count({}).value(), 11);
    QCOMPARE(Testing::countsDisagree(store), QString());

    // Kept counts changed behind Copydesk's back are reported.
    rawSql(
        path(), {u"UPDATE article_counts SET n = n + 2 WHERE trashed = 0 AND status = 'draft'"_s});
    const QStringList problems = store.checkIntegrity().value();
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"counts"_s), qPrintable(problems.first()));
}

void tst_LibraryFiles::defaultLocation()
{
    QCoreApplication::setApplicationName(u"copydesk"_s);
    const QString location = defaultLibraryPath();
    QCOMPARE(location,
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.copydesk"_s);
    QVERIFY(location.contains(u"/copydesk/"_s));
    QVERIFY(location.contains(u".qttest"_s)); // never the user's real library
}

QTEST_GUILESS_MAIN(tst_LibraryFiles)
#include "tst_libraryfiles.moc"
