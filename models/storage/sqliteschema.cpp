#include "sqliteschema.h"

#include <QSqlQuery>
#include <span>

namespace Copydesk {

namespace {

// Times are milliseconds since the epoch (UTC); status is statusName(); authors is a JSON array
// of the byline names, for listings. The content JSON lives in its own table so that rows of
// `articles` stay small and a listing reads few pages.
constexpr const char *Migration1[] = {
    R"(CREATE TABLE images (
        id INTEGER PRIMARY KEY,
        sha256 BLOB NOT NULL UNIQUE,
        mime_type TEXT NOT NULL,
        data BLOB NOT NULL))",
    R"(CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        headline TEXT NOT NULL,
        dek TEXT NOT NULL,
        authors TEXT NOT NULL,
        status TEXT NOT NULL,
        owner TEXT NOT NULL,
        category TEXT NOT NULL,
        published INTEGER,
        created INTEGER NOT NULL,
        modified INTEGER NOT NULL,
        word_count INTEGER NOT NULL,
        revision INTEGER NOT NULL,
        trashed_at INTEGER,
        hero_image_id INTEGER REFERENCES images (id)))",
    R"(CREATE TABLE article_content (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        json TEXT NOT NULL))",
    R"(CREATE TABLE article_authors (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        PRIMARY KEY (article_id, position)) WITHOUT ROWID)",
    R"(CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        created INTEGER NOT NULL,
        author TEXT NOT NULL,
        note TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        hero_image_id INTEGER REFERENCES images (id),
        content BLOB NOT NULL,
        UNIQUE (article_id, number)))",
    "CREATE INDEX article_authors_name ON article_authors (name)",
    "CREATE INDEX articles_live_modified ON articles (modified) WHERE trashed_at IS NULL",
    "CREATE INDEX articles_live_created ON articles (created) WHERE trashed_at IS NULL",
    "CREATE INDEX articles_live_published ON articles (published) WHERE trashed_at IS NULL",
    "CREATE INDEX articles_live_headline ON articles (headline COLLATE NOCASE) "
    "WHERE trashed_at IS NULL",
    "CREATE INDEX articles_trashed ON articles (trashed_at) WHERE trashed_at IS NOT NULL",
    "CREATE INDEX articles_status ON articles (status, modified)",
    "CREATE INDEX articles_category ON articles (category, modified)",
    "CREATE INDEX articles_owner ON articles (owner)",
    "CREATE INDEX articles_hero ON articles (hero_image_id) WHERE hero_image_id IS NOT NULL",
    "CREATE INDEX revisions_hero ON revisions (hero_image_id) WHERE hero_image_id IS NOT NULL",
};

// The view yields one row of text per article, taken from the JSON written by ArticleJson; the
// FTS5 table indexes it without a copy (content=), and snippet() reads it back from the view.
// Section titles and bodies, key facts, quotes, takeaways, FAQ and references go to `body`
// (every string inside "parts" except ids, kinds, URLs and dates).
constexpr const char *Migration2[] = {
    R"(CREATE VIEW article_search_source AS
    SELECT a.id AS article_id,
        a.headline AS headline,
        a.dek AS dek,
        (SELECT group_concat(coalesce(json_extract(b.value, '$.name'), '') || ' '
                || coalesce(json_extract(b.value, '$.role'), ''), char(10))
            FROM json_each(c.json, '$.bylines') AS b) AS bylines,
        json_extract(c.json, '$.lede') AS lede,
        (SELECT group_concat(t.value, char(10)) FROM json_tree(c.json, '$.parts') AS t
            WHERE t.type = 'text' AND t.key NOT IN ('id', 'kind', 'url', 'accessed')) AS body,
        coalesce((SELECT group_concat(g.value, char(10)) FROM json_each(c.json, '$.tags') AS g),
            '') || char(10) || coalesce(json_extract(c.json, '$.hero.caption'), '') || char(10)
            || coalesce(json_extract(c.json, '$.hero.altText'), '') || char(10)
            || coalesce(json_extract(c.json, '$.hero.credit'), '') || char(10)
            || coalesce(json_extract(c.json, '$.dateline'), '') AS extra
    FROM articles AS a JOIN article_content AS c ON c.article_id = a.id)",
    // Column order matters: SqliteSearch weights the columns by position.
    R"(CREATE VIRTUAL TABLE article_search USING fts5 (
        headline, dek, bylines, lede, body, extra,
        content = 'article_search_source', content_rowid = 'article_id',
        tokenize = 'unicode61 remove_diacritics 2', detail = full))",
    // Not 'rebuild': FTS5 reads the content for it with virtual tables disallowed, and the
    // view uses json_each/json_tree.
    "INSERT INTO article_search (rowid, headline, dek, bylines, lede, body, extra) "
    "SELECT article_id, headline, dek, bylines, lede, body, extra FROM article_search_source",
};

// Values are JSON text, read and checked by the class that owns the key.
constexpr const char *Migration3[] = {
    R"(CREATE TABLE library_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL) WITHOUT ROWID)",
};

// Listing sorts by status (workflow order), category and first byline name. The expressions
// are spelled exactly as SqliteFilter::orderBy() writes them; SQLite matches them textually.
constexpr const char *Migration4[] = {
    "CREATE INDEX articles_live_status_order ON articles ((CASE status WHEN 'draft' THEN 0 "
    "WHEN 'inReview' THEN 1 WHEN 'changesRequested' THEN 2 WHEN 'approved' THEN 3 "
    "WHEN 'published' THEN 4 WHEN 'spiked' THEN 5 END), modified) WHERE trashed_at IS NULL",
    "CREATE INDEX articles_live_category ON articles (category COLLATE NOCASE, modified) "
    "WHERE trashed_at IS NULL",
    "CREATE INDEX articles_live_first_author ON articles "
    "(coalesce(json_extract(authors, '$[0]'), '') COLLATE NOCASE, modified) "
    "WHERE trashed_at IS NULL",
};

struct Migration
{
    quint32 version;
    std::span<const char *const> statements;
};

constexpr Migration Migrations[] = {
    {1, Migration1},
    {2, Migration2},
    {3, Migration3},
    {4, Migration4},
};

static_assert(
    std::size(Migrations) == SqliteSchema::Version, "every schema version needs its migration");

QSqlError exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return {};
    return query.lastError();
}

} // namespace

QSqlError SqliteSchema::migrate(const QSqlDatabase &db, quint32 from)
{
    for (const Migration &migration : Migrations) {
        if (migration.version <= from)
            continue;
        for (const char *statement : migration.statements) {
            if (QSqlError error = exec(db, QString::fromUtf8(statement)); error.isValid())
                return error;
        }
        const QString setVersion
            = QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
        if (QSqlError error = exec(db, setVersion); error.isValid())
            return error;
    }
    return {};
}

QStringList SqliteSchema::requiredTables()
{
    return {QStringLiteral("images"), QStringLiteral("articles"), QStringLiteral("article_content"),
        QStringLiteral("article_authors"), QStringLiteral("revisions"),
        QStringLiteral("article_search_source"), QStringLiteral("article_search"),
        QStringLiteral("library_settings")};
}

} // namespace Copydesk
