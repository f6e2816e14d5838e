// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

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

// The editorial workflow (SqliteWorkflow). The triggers act only once the library has people:
// a library nobody set up a workflow for keeps free statuses. Audit entries outlive purged
// articles (no foreign key), and nothing may change or delete them. A status change must be
// one of workflow_transitions and must follow an audit entry that records exactly it; an owner
// change must follow a "submit" (claiming an unowned article) or "reassign" entry. A save that
// changes the text of an approved or published article returns it to In review; the workflow
// does that itself with the saver's name, the trigger catches saves made past it.
constexpr const char *Migration5[] = {
    R"(CREATE TABLE people (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('reporter', 'editor', 'admin')),
        added INTEGER NOT NULL) WITHOUT ROWID)",
    R"(CREATE TABLE workflow_transitions (
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        PRIMARY KEY (from_status, to_status)) WITHOUT ROWID)",
    R"(INSERT INTO workflow_transitions (from_status, to_status) VALUES
        ('draft', 'inReview'), ('changesRequested', 'inReview'),
        ('inReview', 'changesRequested'), ('inReview', 'approved'),
        ('approved', 'published'), ('approved', 'inReview'), ('published', 'inReview'),
        ('spiked', 'draft'), ('draft', 'spiked'), ('inReview', 'spiked'),
        ('changesRequested', 'spiked'), ('approved', 'spiked'), ('published', 'spiked'))",
    R"(CREATE TABLE workflow_state (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        last_editor TEXT NOT NULL DEFAULT '',
        approved_revision INTEGER NOT NULL DEFAULT 0,
        approved_hash TEXT NOT NULL DEFAULT '',
        approved_by TEXT NOT NULL DEFAULT '',
        reviewed_revision INTEGER NOT NULL DEFAULT 0,
        reviewed_by TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE workflow_editors (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        PRIMARY KEY (article_id, name)) WITHOUT ROWID)",
    R"(CREATE TABLE workflow_audit (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL,
        time INTEGER NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        note TEXT NOT NULL,
        revision INTEGER NOT NULL,
        content_hash TEXT NOT NULL))",
    "CREATE INDEX workflow_audit_article ON workflow_audit (article_id, id)",
    R"(CREATE TABLE review_comments (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES review_comments (id) ON DELETE CASCADE,
        author TEXT NOT NULL,
        created INTEGER NOT NULL,
        path TEXT NOT NULL,
        range_start INTEGER NOT NULL,
        range_end INTEGER NOT NULL,
        text TEXT NOT NULL,
        revision INTEGER NOT NULL,
        resolved_by TEXT NOT NULL DEFAULT '',
        resolved_at INTEGER))",
    "CREATE INDEX review_comments_article ON review_comments (article_id, id)",
    R"(CREATE TRIGGER workflow_audit_no_update BEFORE UPDATE ON workflow_audit
    BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END)",
    R"(CREATE TRIGGER workflow_audit_no_delete BEFORE DELETE ON workflow_audit
    BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END)",
    R"(CREATE TRIGGER workflow_transitions_no_insert BEFORE INSERT ON workflow_transitions
    BEGIN SELECT RAISE(ABORT, 'the workflow transitions cannot be changed'); END)",
    R"(CREATE TRIGGER workflow_transitions_no_update BEFORE UPDATE ON workflow_transitions
    BEGIN SELECT RAISE(ABORT, 'the workflow transitions cannot be changed'); END)",
    R"(CREATE TRIGGER workflow_transitions_no_delete BEFORE DELETE ON workflow_transitions
    BEGIN SELECT RAISE(ABORT, 'the workflow transitions cannot be changed'); END)",
    R"(CREATE TRIGGER people_keep_one BEFORE DELETE ON people
    WHEN (SELECT count(*) FROM people) <= 1
    BEGIN SELECT RAISE(ABORT, 'a library with a workflow keeps at least one person'); END)",
    R"(CREATE TRIGGER articles_status_workflow BEFORE UPDATE OF status ON articles
    WHEN OLD.status IS NOT NEW.status AND EXISTS (SELECT 1 FROM people)
    BEGIN
        SELECT RAISE(ABORT, 'the workflow does not allow this status change')
        WHERE NOT EXISTS (SELECT 1 FROM workflow_transitions
            WHERE from_status = OLD.status AND to_status = NEW.status);
        SELECT RAISE(ABORT, 'status changes go through the workflow: no audit entry records this one')
        WHERE NOT EXISTS (SELECT 1 FROM workflow_audit
            WHERE id = (SELECT max(id) FROM workflow_audit WHERE article_id = NEW.id)
            AND from_status = OLD.status AND to_status = NEW.status);
    END)",
    R"(CREATE TRIGGER articles_owner_workflow BEFORE UPDATE OF owner ON articles
    WHEN OLD.owner IS NOT NEW.owner AND EXISTS (SELECT 1 FROM people)
    BEGIN
        SELECT RAISE(ABORT, 'owners change through the workflow: no audit entry records this one')
        WHERE NOT EXISTS (SELECT 1 FROM workflow_audit
            WHERE id = (SELECT max(id) FROM workflow_audit WHERE article_id = NEW.id)
            AND action IN ('submit', 'reassign'));
    END)",
    R"(CREATE TRIGGER article_content_after_approval AFTER UPDATE OF json ON article_content
    WHEN EXISTS (SELECT 1 FROM people)
        AND (SELECT status FROM articles WHERE id = NEW.article_id) IN ('approved', 'published')
        AND json_remove(OLD.json, '$.status', '$.owner')
            IS NOT json_remove(NEW.json, '$.status', '$.owner')
    BEGIN
        INSERT INTO workflow_audit (article_id, time, actor, action, from_status, to_status,
            note, revision, content_hash)
        SELECT id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), '',
            'contentChanged', status, 'inReview',
            'The text changed after approval, saved outside the workflow', revision, ''
        FROM articles WHERE id = NEW.article_id;
        UPDATE articles SET status = 'inReview' WHERE id = NEW.article_id;
        UPDATE article_content SET json = json_set(json, '$.status', 'inReview')
        WHERE article_id = NEW.article_id;
    END)",
};

// New articles enter the workflow as drafts: once the library has people, an article inserted
// with another status would skip review (an "approved" file imported into the library was not
// approved here). SqliteArticleStore stores such articles as drafts; this catches other tools.
constexpr const char *Migration6[] = {
    R"(CREATE TRIGGER articles_insert_draft BEFORE INSERT ON articles
    WHEN NEW.status IS NOT 'draft' AND EXISTS (SELECT 1 FROM people)
    BEGIN
        SELECT RAISE(ABORT, 'this library has a workflow: new articles start as drafts');
    END)",
};

// The current text's content hash (ArticleJson::contentHash()), so that a load can tell text
// altered behind Copydesk's back. Text saved before this version has none until its next save.
constexpr const char *Migration7[] = {
    "ALTER TABLE article_content ADD COLUMN content_hash TEXT",
};

// The ways out of a dead end (WorkflowRules): an owner withdraws a submission (In review →
// Draft), and text that returns to exactly the approved text gets its approval back, published
// included (In review → Published). The content trigger now leaves text alone whose hash is the
// approved one: the workflow moves the approval to an editor's small edit before storing it.
constexpr const char *Migration8[] = {
    "DROP TRIGGER IF EXISTS workflow_transitions_no_insert",
    R"(INSERT OR IGNORE INTO workflow_transitions (from_status, to_status) VALUES
        ('inReview', 'draft'), ('inReview', 'published'))",
    R"(CREATE TRIGGER workflow_transitions_no_insert BEFORE INSERT ON workflow_transitions
    BEGIN SELECT RAISE(ABORT, 'the workflow transitions cannot be changed'); END)",
    "DROP TRIGGER IF EXISTS article_content_after_approval",
    R"(CREATE TRIGGER article_content_after_approval AFTER UPDATE OF json ON article_content
    WHEN EXISTS (SELECT 1 FROM people)
        AND (SELECT status FROM articles WHERE id = NEW.article_id) IN ('approved', 'published')
        AND json_remove(OLD.json, '$.status', '$.owner')
            IS NOT json_remove(NEW.json, '$.status', '$.owner')
        AND NEW.content_hash IS NOT
            (SELECT approved_hash FROM workflow_state WHERE article_id = NEW.article_id)
    BEGIN
        INSERT INTO workflow_audit (article_id, time, actor, action, from_status, to_status,
            note, revision, content_hash)
        SELECT id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), '',
            'contentChanged', status, 'inReview',
            'The text changed after approval, saved outside the workflow', revision, ''
        FROM articles WHERE id = NEW.article_id;
        UPDATE articles SET status = 'inReview' WHERE id = NEW.article_id;
        UPDATE article_content SET json = json_set(json, '$.status', 'inReview')
        WHERE article_id = NEW.article_id;
    END)",
};

// Listings at scale. Each status filter with each sort key of the library view reads one page
// off an index (sorting by status with one status filtered is by modified time, see
// SqliteFilter); the expressions are spelled as in migration 4. Partial like the others: given
// articles_status (all rows) and a partial index on the status alone, SQLite's planner took the
// partial one and sorted every article of the status. And the number of articles by status, live or
// trashed, kept by triggers in the writing transaction, so that counting them reads a handful of
// rows instead of an index entry per article; the triggers see every writer (the workflow, other
// tools).
constexpr const char *Migration9[] = {
    "CREATE INDEX articles_live_status_modified ON articles (status, modified) "
    "WHERE trashed_at IS NULL",
    "CREATE INDEX articles_live_status_headline ON articles (status, headline COLLATE NOCASE) "
    "WHERE trashed_at IS NULL",
    "CREATE INDEX articles_live_status_category ON articles "
    "(status, category COLLATE NOCASE, modified) WHERE trashed_at IS NULL",
    "CREATE INDEX articles_live_status_first_author ON articles "
    "(status, coalesce(json_extract(authors, '$[0]'), '') COLLATE NOCASE, modified) "
    "WHERE trashed_at IS NULL",
    R"(CREATE TABLE article_counts (
        status TEXT NOT NULL,
        trashed INTEGER NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (status, trashed)) WITHOUT ROWID)",
    R"(INSERT INTO article_counts (status, trashed, n)
    SELECT status, trashed_at IS NOT NULL, count(*) FROM articles
    GROUP BY status, trashed_at IS NOT NULL)",
    R"(CREATE TRIGGER article_counts_insert AFTER INSERT ON articles
    BEGIN
        INSERT INTO article_counts (status, trashed, n)
        VALUES (NEW.status, NEW.trashed_at IS NOT NULL, 1)
        ON CONFLICT (status, trashed) DO UPDATE SET n = n + 1;
    END)",
    R"(CREATE TRIGGER article_counts_delete AFTER DELETE ON articles
    BEGIN
        UPDATE article_counts SET n = n - 1
        WHERE status = OLD.status AND trashed = (OLD.trashed_at IS NOT NULL);
    END)",
    R"(CREATE TRIGGER article_counts_update AFTER UPDATE OF status, trashed_at ON articles
    WHEN OLD.status IS NOT NEW.status
        OR (OLD.trashed_at IS NULL) IS NOT (NEW.trashed_at IS NULL)
    BEGIN
        UPDATE article_counts SET n = n - 1
        WHERE status = OLD.status AND trashed = (OLD.trashed_at IS NOT NULL);
        INSERT INTO article_counts (status, trashed, n)
        VALUES (NEW.status, NEW.trashed_at IS NOT NULL, 1)
        ON CONFLICT (status, trashed) DO UPDATE SET n = n + 1;
    END)",
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
    {5, Migration5},
    {6, Migration6},
    {7, Migration7},
    {8, Migration8},
    {9, Migration9},
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
        QStringLiteral("library_settings"), QStringLiteral("people"),
        QStringLiteral("workflow_transitions"), QStringLiteral("workflow_state"),
        QStringLiteral("workflow_editors"), QStringLiteral("workflow_audit"),
        QStringLiteral("review_comments"), QStringLiteral("article_counts")};
}

} // namespace Copydesk
