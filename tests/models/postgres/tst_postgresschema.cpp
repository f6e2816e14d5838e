// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// The team library's schema on the real test server: set up once, left alone when current or
// newer, migrated only by those allowed; and what the server itself refuses to a reporter (a
// psql session, as someone bypassing Copydesk would use) and to an administrator.
#include "articlestore.h"
#include "editsize.h"
#include "library.h"
#include "libraryopener.h"
#include "postgresconnection.h"
#include "postgresschema.h"
#include "postgressearch.h"
#include "postgressession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

struct Psql
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestPostgresSchema : public QObject
{
    Q_OBJECT

private:
    QString m_server; ///< The test server's URI, as the superuser postgres.
    QString m_uri; ///< This test's own database, as the superuser postgres.
    int m_databases = 0;

    static QString withUser(QString uri, const QString &login)
    {
        return uri.replace(QRegularExpression(u"([?&])user=[^&]*"_s), u"\\1user="_s + login);
    }
    static QString withDatabase(QString uri, const QString &database)
    {
        return uri.replace(
            QRegularExpression(u"^postgresql:///[^?]*"_s), u"postgresql:///"_s + database);
    }

    /// Runs `sql` with psql as `login` in this test's database.
    Psql psql(const QString &login, const QString &sql, const QString &database = {})
    {
        QProcess process;
        process.start(u"psql"_s,
            {withUser(database.isEmpty() ? m_uri : withDatabase(m_server, database), login),
                u"-X"_s, u"-q"_s, u"-tA"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-c"_s, sql});
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
    }

    /// Sets this test's database up with schema `version`, as an earlier Copydesk left it.
    bool setUpOldSchema(int version)
    {
        const QString name = PostgresConnection::uniqueName();
        bool made = false;
        {
            Result<QSqlDatabase> db
                = PostgresConnection::open(PostgresLocation::parse(m_uri).value(), name);
            const Result<int> before
                = db ? PostgresSchema::initialize(*db, version) : Result<int>(-1);
            made = before && *before == 0;
        }
        QSqlDatabase::removeDatabase(name);
        return made;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = QProcessEnvironment::systemEnvironment().value(u"COPYDESK_TEST_POSTGRES"_s);
        if (m_server.isEmpty())
            QSKIP("no test server: ./dev test starts one and sets COPYDESK_TEST_POSTGRES");
        // Logins for the roles; the groups themselves come with the first set-up.
        QCOMPARE(psql(u"postgres"_s, u"SELECT 1"_s, u"copydesk"_s).out, u"1"_s);
    }

    /// Every test works in a database of its own.
    void init()
    {
        const QString name = u"schema_test_%1"_s.arg(++m_databases);
        const Psql made = psql(u"postgres"_s, u"CREATE DATABASE %1"_s.arg(name), u"postgres"_s);
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        m_uri = withDatabase(m_server, name);
    }

    void setsUpOnceAndLeavesACurrentLibraryAlone()
    {
        const Result<int> first = LibraryOpener::initializeTeam(m_uri);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(*first, 0);
        QCOMPARE(psql(u"postgres"_s, u"SELECT version FROM copydesk.schema_version"_s).out,
            QString::number(PostgresSchema::Version));
        QCOMPARE(psql(u"postgres"_s,
                     u"SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles "
                     "WHERE rolname LIKE 'copydesk\\_%' AND NOT rolcanlogin"_s)
                     .out,
            u"copydesk_admin,copydesk_editor,copydesk_reporter"_s);
        // Searches read a short pending list of new index entries (schema/6.sql).
        QCOMPARE(psql(u"postgres"_s,
                     u"SELECT string_agg(relname || ' ' || array_to_string(reloptions, ','), "
                     "'; ' ORDER BY relname) FROM pg_class WHERE relname IN "
                     "('articles_search', 'articles_title_search')"_s)
                     .out,
            u"articles_search gin_pending_list_limit=256; "
            "articles_title_search gin_pending_list_limit=256"_s);
        const Result<int> again = LibraryOpener::initializeTeam(m_uri);
        QVERIFY(again);
        QCOMPARE(*again, PostgresSchema::Version);
        QCOMPARE(
            psql(u"postgres"_s, u"SELECT count(*) FROM copydesk.schema_version"_s).out, u"1"_s);
    }

    void newerSchemaIsRefusedUntouched()
    {
        QVERIFY(LibraryOpener::initializeTeam(m_uri));
        QCOMPARE(
            psql(u"postgres"_s, u"UPDATE copydesk.schema_version SET version = 99"_s).exitCode, 0);
        const Result<int> refused = LibraryOpener::initializeTeam(m_uri);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"schema version 99, newer than this Copydesk"_s),
            qPrintable(refused.error().message));
        QCOMPARE(
            psql(u"postgres"_s, u"SELECT version FROM copydesk.schema_version"_s).out, u"99"_s);
    }

    void onlyRoleCreatorsSetUp()
    {
        QCOMPARE(
            psql(u"postgres"_s, u"DROP ROLE IF EXISTS schema_ed; CREATE ROLE schema_ed LOGIN"_s)
                .exitCode,
            0);
        const Result<int> byEd = LibraryOpener::initializeTeam(withUser(m_uri, u"schema_ed"_s));
        QVERIFY(!byEd);
        QVERIFY2(byEd.error().message.contains(u"schema_ed may not set up a team library"_s),
            qPrintable(byEd.error().message));
        QCOMPARE(
            psql(u"postgres"_s, u"SELECT to_regclass('copydesk.articles') IS NULL"_s).out, u"t"_s);

        QCOMPARE(psql(u"postgres"_s, u"DROP ROLE schema_ed"_s).exitCode, 0);
    }

    void theServerRefusesWhatTheRulesRefuse()
    {
        QVERIFY(LibraryOpener::initializeTeam(m_uri));
        // The login that set the library up is its first admin and adds the others.
        const Psql people = psql(u"postgres"_s,
            u"SELECT copydesk.add_person('schema_rita', 'Rita', 'reporter'), "
            "copydesk.add_person('schema_ed', 'Ed', 'editor'), "
            "copydesk.add_person('schema_eve', 'Eve', 'editor')"_s);
        QVERIFY2(people.exitCode == 0, qPrintable(people.err));
        const QString rita = u"schema_rita"_s;
        const QString ed = u"schema_ed"_s;
        // A reporter writes a draft through the server's function: status and owner are the
        // server's, whatever the content claims.
        const QString uuid = u"0b6a4d8e-2f1c-4c39-9d53-6c1f4e0a7b21"_s;
        const Psql draft = psql(rita,
            u"SELECT copydesk.create_article('%1', '{\"uuid\": \"%1\", \"headline\": \"Bridge\", "
            "\"status\": \"approved\", \"owner\": \"schema_ed\"}', NULL, 1, 'Bridge', '{}', '')"_s
                .arg(uuid));
        QVERIFY2(draft.exitCode == 0, qPrintable(draft.err));
        QCOMPARE(draft.out, u"1"_s);
        QCOMPARE(psql(rita,
                     u"SELECT status || ' ' || owner || ' ' || (content->>'status') || ' ' || "
                     "(content->>'owner') FROM copydesk.articles"_s)
                     .out,
            u"draft schema_rita draft schema_rita"_s);

        struct Attempt
        {
            const char *sql;
            const char *refusal;
        };
        const Attempt refused[] = {
            {"UPDATE copydesk.articles SET status = 'approved' WHERE id = 1", "permission denied"},
            {"UPDATE copydesk.articles SET owner = 'schema_ed' WHERE id = 1", "permission denied"},
            {"UPDATE copydesk.articles SET content = '{}' WHERE id = 1", "permission denied"},
            {"INSERT INTO copydesk.articles (uuid, content) VALUES (gen_random_uuid(), '{}')",
                "permission denied"},
            {"INSERT INTO copydesk.audit (article_id, action, to_status) VALUES (1, 'approve', "
             "'approved')",
                "permission denied"},
            {"UPDATE copydesk.audit SET actor = 'schema_ed'", "permission denied"},
            {"DELETE FROM copydesk.audit", "permission denied"},
            {"INSERT INTO copydesk.workflow_state (article_id, approved_revision) VALUES (1, 1)",
                "permission denied"},
            {"UPDATE copydesk.workflow_state SET approved_hash = 'x'", "permission denied"},
            {"INSERT INTO copydesk.revisions (article_id, number, content) VALUES (1, 2, '{}')",
                "permission denied"},
            {"DELETE FROM copydesk.articles WHERE id = 1", "permission denied"},
            {"INSERT INTO copydesk.settings VALUES ('checklist', '{}')", "permission denied"},
            // Presence: leases change only through claim, release and take-over.
            {"INSERT INTO copydesk.leases (article_id, login, backend_pid) VALUES (1, "
             "'schema_rita', pg_backend_pid())",
                "permission denied"},
            {"UPDATE copydesk.leases SET login = 'schema_rita'", "permission denied"},
            {"DELETE FROM copydesk.leases", "permission denied"},
            {"SELECT copydesk.take_over_article(1, 'mine')",
                "only editors and admins take over an article"},
            // Approving is for editors, even through the function.
            {"SELECT copydesk.apply_action(1, 'submit', '', NULL, 0, NULL), "
             "copydesk.apply_action(1, 'approve', '', NULL, 0, NULL)",
                "only editors review articles; schema_rita is a reporter"},
            {"SELECT copydesk.apply_action(1, 'publish', '', NULL, 0, NULL)",
                "only an approved article can be published"},
            {"SELECT copydesk.set_setting('checklist', '{}')",
                "only editors and admins change the library's settings"},
            {"SELECT copydesk.add_person('schema_rita', 'Rita', 'admin')",
                "only admins add people; schema_rita is a reporter"},
            // Nobody acts as someone else: the functions take no actor, and the login is fixed.
            {"SET ROLE schema_ed", "permission denied to set role"},
            {"SET SESSION AUTHORIZATION schema_ed", "permission denied to set session"},
        };
        for (const Attempt &attempt : refused) {
            const Psql result = psql(rita, QString::fromUtf8(attempt.sql));
            QVERIFY2(result.exitCode != 0, attempt.sql);
            QVERIFY2(
                result.err.contains(QString::fromUtf8(attempt.refusal)), qPrintable(result.err));
        }
        QCOMPARE(psql(rita, u"SELECT status || ' ' || owner FROM copydesk.articles"_s).out,
            u"draft schema_rita"_s);
        QCOMPARE(psql(rita, u"SELECT count(*) FROM copydesk.audit"_s).out, u"0"_s);

        // In review; an editor who changes the text is an author and cannot approve it.
        QCOMPARE(psql(rita, u"SELECT copydesk.apply_action(1, 'submit', '', NULL, 0, NULL)"_s).out,
            u"inReview"_s);
        const Psql edit = psql(ed,
            u"SELECT revision FROM copydesk.save_article(1, NULL, '{\"uuid\": \"%1\", "
            "\"headline\": \"Bridge opens\"}', NULL, 2, 'Bridge opens', '{}', true, '')"_s.arg(
                uuid));
        QCOMPARE(edit.out, u"2"_s);
        const Psql own
            = psql(ed, u"SELECT copydesk.apply_action(1, 'approve', '', NULL, 0, NULL)"_s);
        QVERIFY(own.exitCode != 0);
        QVERIFY2(
            own.err.contains(u"schema_ed wrote or changed this article"_s), qPrintable(own.err));
        // The checklist's required findings block approval at the server too.
        const Psql blocked = psql(
            u"schema_eve"_s, u"SELECT copydesk.apply_action(1, 'approve', '', NULL, 1, NULL)"_s);
        QVERIFY2(blocked.err.contains(u"required findings"_s), qPrintable(blocked.err));
        QCOMPARE(psql(u"schema_eve"_s,
                     u"SELECT copydesk.apply_action(1, 'approve', 'ok', NULL, 0, NULL)"_s)
                     .out,
            u"approved"_s);
        // The approval is bound to the server's hash of the stored text, and the audit log says
        // who did what, as the server saw it.
        QCOMPARE(psql(rita,
                     u"SELECT w.approved_hash = a.content_hash AND a.content_hash = "
                     "copydesk.text_hash(a.content) FROM copydesk.articles a "
                     "JOIN copydesk.workflow_state w ON w.article_id = a.id"_s)
                     .out,
            u"t"_s);
        QCOMPARE(
            psql(rita,
                u"SELECT string_agg(actor || ':' || action, ',' ORDER BY id) FROM copydesk.audit"_s)
                .out,
            u"schema_rita:submit,schema_eve:approve"_s);

        // The audit log is append-only for everyone, a superuser included.
        for (const char *sql : {"UPDATE copydesk.audit SET actor = 'nobody'",
                 "DELETE FROM copydesk.audit", "TRUNCATE copydesk.audit"}) {
            const Psql result = psql(u"postgres"_s, QString::fromUtf8(sql));
            QVERIFY2(result.exitCode != 0, sql);
            QVERIFY2(
                result.err.contains(u"the audit log is append-only"_s), qPrintable(result.err));
        }
        QCOMPARE(psql(u"postgres"_s, u"SELECT count(*) FROM copydesk.audit"_s).out, u"2"_s);
    }

    void olderSchemaIsMigratedByAnAdminOnly()
    {
        // A library set up with schema 1, as an earlier Copydesk left it.
        QVERIFY(setUpOldSchema(1));
        QCOMPARE(psql(u"postgres"_s,
                     u"DROP ROLE IF EXISTS schema_rex; CREATE ROLE schema_rex LOGIN IN ROLE "
                     "copydesk_reporter"_s)
                     .exitCode,
            0);
        const auto byReporter = LibraryOpener::initializeTeam(withUser(m_uri, u"schema_rex"_s));
        QVERIFY(!byReporter);
        QVERIFY2(byReporter.error().message.contains(
                     u"schema version 1 and this Copydesk needs %1; only a Copydesk admin may "
                     "migrate it, and schema_rex is not one"_s.arg(PostgresSchema::Version)),
            qPrintable(byReporter.error().message));
        // Opening it is refused with the same advice, and nothing changed.
        const auto opened = LibraryOpener::open(
            withUser(m_uri, u"schema_rex"_s), LibraryOpener::Mode::OpenExisting);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"an admin migrates it"_s),
            qPrintable(opened.error().message));
        QCOMPARE(psql(u"postgres"_s, u"SELECT version FROM copydesk.schema_version"_s).out, u"1"_s);
        const auto byAdmin = LibraryOpener::initializeTeam(m_uri);
        QVERIFY2(byAdmin, byAdmin ? "" : qPrintable(byAdmin.error().message));
        QCOMPARE(*byAdmin, 1);
        QCOMPARE(psql(u"postgres"_s, u"SELECT version FROM copydesk.schema_version"_s).out,
            QString::number(PostgresSchema::Version));
        QVERIFY(LibraryOpener::open(m_uri, LibraryOpener::Mode::OpenExisting));
        QCOMPARE(
            psql(u"postgres"_s, u"DROP OWNED BY schema_rex; DROP ROLE schema_rex"_s).exitCode, 0);
    }

    // Schema 9: reap_leases() removes the leases that no longer count (announcing each) and
    // leaves live ones alone; a lapsed lease from before the migration is among them.
    void schema8LapsedLeasesAreReapedAfterMigration()
    {
        QVERIFY(setUpOldSchema(8));
        const Psql created = psql(u"postgres"_s,
            u"SELECT copydesk.create_article('8f1c5a52-1d1e-4a51-9a43-2b8d4d0c0a07', "
            "'{\"uuid\": \"8f1c5a52-1d1e-4a51-9a43-2b8d4d0c0a07\", \"headline\": \"Ferry\"}', "
            "NULL, 0, '', '{}', '')"_s);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QString id = created.out;
        // A lease whose connection is long gone (no backend has pid 0).
        QCOMPARE(psql(u"postgres"_s,
                     u"INSERT INTO copydesk.leases (article_id, login, backend_pid) "
                     "VALUES (%1, 'postgres', 0)"_s.arg(id))
                     .exitCode,
            0);
        QVERIFY(psql(u"postgres"_s, u"SELECT copydesk.reap_leases()"_s).exitCode != 0);

        const auto migrated = LibraryOpener::initializeTeam(m_uri);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
        QCOMPARE(*migrated, 8);
        QCOMPARE(psql(u"postgres"_s,
                     u"DROP ROLE IF EXISTS schema_lea; CREATE ROLE schema_lea "
                     "LOGIN; SELECT copydesk.add_person('schema_lea', 'Lea', "
                     "'reporter')"_s)
                     .exitCode,
            0);
        // A reporter may reap: the lapsed lease goes, announced to listeners.
        const Psql reaped = psql(u"schema_lea"_s,
            u"LISTEN copydesk; SELECT copydesk.reap_leases(); SELECT count(*) FROM copydesk.leases"_s);
        QVERIFY2(reaped.exitCode == 0, qPrintable(reaped.err));
        QVERIFY2(reaped.out.startsWith(id + u"\n0"_s), qPrintable(reaped.out));
        QVERIFY2(reaped.out.contains(u"\"leases %1\""_s.arg(id)), qPrintable(reaped.out));
        // A live lease (this psql session's own claim) stays.
        const Psql live = psql(u"schema_lea"_s,
            u"SELECT count(*) FROM copydesk.claim_article(%1) WHERE held_here; "
            "SELECT count(*) FROM copydesk.reap_leases(); "
            "SELECT count(*) FROM copydesk.leases"_s.arg(id));
        QVERIFY2(live.exitCode == 0, qPrintable(live.err));
        QCOMPARE(live.out, u"1\n0\n1"_s);
        QCOMPARE(
            psql(u"postgres"_s, u"DROP OWNED BY schema_lea; DROP ROLE schema_lea"_s).exitCode, 0);
    }

    void schema2ArticlesAreSearchedAfterMigration()
    {
        QVERIFY(setUpOldSchema(2));
        // Two articles as schema 2 stored them: the word in one's headline, in the other's body
        // after its lead (1,000 characters).
        const QString body = QString(u"Filler words about the harbour. "_s).repeated(40);
        const Psql created = psql(u"postgres"_s,
            u"SELECT copydesk.create_article(u::uuid, jsonb_build_object('uuid', u, "
            "'headline', h, 'language', 'en'), NULL, 0, b, '{}', '') "
            "FROM (VALUES ('8f1c5a52-1d1e-4a51-9a43-2b8d4d0c0a01', 'Lighthouse keeper retires', "
            "'Short.'), ('8f1c5a52-1d1e-4a51-9a43-2b8d4d0c0a02', 'Harbour news', "
            "'%1 The lighthouse goes dark.')) AS v (u, h, b)"_s.arg(body));
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));

        const auto migrated = LibraryOpener::initializeTeam(m_uri);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
        QCOMPARE(*migrated, 2);
        QCOMPARE(psql(u"postgres"_s,
                     u"SELECT string_agg(format('%s %s %s', headline, text_config, "
                     "rank_terms @@ 'lighthous'::tsquery), ', ' ORDER BY id) "
                     "FROM copydesk.articles"_s)
                     .out,
            u"Lighthouse keeper retires copydesk.english t, Harbour news copydesk.english f"_s);
        auto opened = LibraryOpener::open(m_uri, LibraryOpener::Mode::OpenExisting);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        SearchQuery query;
        query.text = u"lighthouse"_s;
        const Result<QList<SearchHit>> hits = (*opened)->articles()->search(query);
        QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message));
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).summary.headline, u"Lighthouse keeper retires"_s);
        // Found beyond its lead, ranked after, with its snippet from the whole body.
        QCOMPARE(hits->at(1).summary.headline, u"Harbour news"_s);
        QCOMPARE(hits->at(1).rank, 0.0);
        QVERIFY2(hits->at(1).snippet.contains(SnippetOpen + u"lighthouse"_s + SnippetClose),
            qPrintable(hits->at(1).snippet));

        // As for a word most articles of a large library have: headline and dek hits and the
        // hits among the most recent articles are ranked, the same two here. A filter that lets
        // none of them through makes every hit ranked, and still finds none.
        const auto session = PostgresSession::open(PostgresLocation::parse(m_uri).value());
        QVERIFY(session);
        const PostgresSearch likely(**session, 0);
        const Result<QList<SearchHit>> likelyHits = likely.run(query);
        QVERIFY2(likelyHits, likelyHits ? "" : qPrintable(likelyHits.error().message));
        QCOMPARE(likelyHits->size(), 2);
        QCOMPARE(likelyHits->at(0).summary.id, hits->at(0).summary.id);
        QCOMPARE(likelyHits->at(1).summary.id, hits->at(1).summary.id);
        QCOMPARE(likelyHits->at(1).snippet, hits->at(1).snippet);
        query.filter.category = u"Sport"_s;
        QCOMPARE(likely.run(query).value().size(), 0);
    }

    void schema7ArticlesFoldDiacriticsAfterMigration()
    {
        QVERIFY(setUpOldSchema(7));
        // As schema 7 stored them: a German article with diacritics in headline and lede, an
        // English one without any.
        const Psql created = psql(u"postgres"_s,
            u"SELECT copydesk.create_article(u::uuid, jsonb_build_object('uuid', u, "
            "'headline', h, 'lede', l, 'language', g), NULL, 0, l, '{}', '') "
            "FROM (VALUES ('8f1c5a52-1d1e-4a51-9a43-2b8d4d0c0a11', 'Café Müller schließt', "
            "'Die Crème brûlée bleibt.', 'de'), ('8f1c5a52-1d1e-4a51-9a43-2b8d4d0c0a12', "
            "'Cafe owners meet', 'Muller speaks first.', 'en')) AS v (u, h, l, g)"_s);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QCOMPARE(psql(u"postgres"_s,
                     u"SELECT count(*) FROM copydesk.articles "
                     "WHERE search @@ to_tsquery(text_config, 'cafe')"_s)
                     .out,
            u"1"_s);

        const auto migrated = LibraryOpener::initializeTeam(m_uri);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
        QCOMPARE(*migrated, 7);
        QCOMPARE(psql(u"postgres"_s,
                     u"SELECT string_agg(format('%s %s %s', text_config, "
                     "search @@ to_tsquery(text_config, 'cafe & muller'), lede), ', ' "
                     "ORDER BY id) FROM copydesk.articles"_s)
                     .out,
            u"copydesk.german t Die Crème brûlée bleibt., copydesk.english t Muller speaks first."_s);
        auto opened = LibraryOpener::open(m_uri, LibraryOpener::Mode::OpenExisting);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        for (const QString &text : {u"Cafe Muller "_s, u"café müller "_s, u"CAFÉ MULL"_s}) {
            SearchQuery query;
            query.text = text;
            const Result<QList<SearchHit>> hits = (*opened)->articles()->search(query);
            QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message));
            QCOMPARE(hits->size(), 2);
        }
        // The snippet from the lede, kept in the row now, marks the word as written there.
        SearchQuery query;
        query.text = u"creme brulee"_s;
        const Result<QList<SearchHit>> hits = (*opened)->articles()->search(query);
        QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->at(0).snippet,
            u"Die "_s + SnippetOpen + u"Crème"_s + SnippetClose + u" "_s + SnippetOpen + u"brûlée"_s
                + SnippetClose + u" bleibt."_s);
    }

    void serverCountsChangedWordsLikeCopydesk_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("typo") << QByteArray(R"({"headline": "Ferry rnus", "status": "draft"})")
                              << QByteArray(R"({"headline": "Ferry runs", "status": "approved"})");
        QTest::newRow("nested, numbers and flags")
            << QByteArray(R"({"parts": [{"items": ["a b", "c"], "n": 2}], "ok": true})")
            << QByteArray(R"({"parts": [{"items": ["a", "c d e"], "n": 3}], "ok": false})");
        QTest::newRow("every separator")
            << QByteArray("{\"dek\": \"a\\tb\\nc\\u00a0d\\u2003e\\u3000f\\u0085g h\"}")
            << QByteArray(R"({"dek": "a b c d e f g h"})");
        QTest::newRow("not separators")
            << QByteArray(R"({"dek": "a\u200bb c-d"})") << QByteArray(R"({"dek": "a b c d"})");
        QTest::newRow("owner and moves")
            << QByteArray(R"({"owner": "ann", "dek": "runs the ferry"})")
            << QByteArray(R"({"owner": "eve", "dek": "the ferry runs"})");
    }

    void serverCountsChangedWordsLikeCopydesk()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QVERIFY(LibraryOpener::initializeTeam(m_uri));
        QJsonObject first = QJsonDocument::fromJson(before).object();
        QJsonObject second = QJsonDocument::fromJson(after).object();
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        for (QJsonObject *json : {&first, &second}) {
            json->remove(u"status"_s);
            json->remove(u"owner"_s);
        }
        const int expected
            = EditSize::changedWords(EditSize::words(first), EditSize::words(second));
        const auto quoted = [](const QByteArray &json) {
            return u"'"_s + QString::fromUtf8(json).replace(u"'"_s, u"''"_s) + u"'::jsonb"_s;
        };
        const Psql counted = psql(u"postgres"_s,
            u"SELECT copydesk.changed_words(%1, %2)"_s.arg(quoted(before), quoted(after)));
        QVERIFY2(counted.exitCode == 0, qPrintable(counted.err));
        QCOMPARE(counted.out, QString::number(expected));
    }

    void splitsScriptsAtTheRightSemicolons()
    {
        const QStringList parts = PostgresSchema::statements(
            u"-- a comment; with a semicolon\nCREATE TABLE a (t text DEFAULT ';');\n"
            "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;\n"
            "SELECT 'it''s; fine'"_s);
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0), u"CREATE TABLE a (t text DEFAULT ';')"_s);
        QVERIFY(parts.at(1).endsWith(u"BEGIN RETURN 1; END $$"_s));
        QCOMPARE(parts.at(2), u"SELECT 'it''s; fine'"_s);
    }
};

QTEST_GUILESS_MAIN(TestPostgresSchema)
#include "tst_postgresschema.moc"
