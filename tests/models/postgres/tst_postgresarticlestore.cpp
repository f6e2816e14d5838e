// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// PostgresArticleStore on the real test server (COPYDESK_TEST_POSTGRES, started by ./dev test):
// every test function gets a database of its own, set up with the current schema, and a store
// on a session of the superuser postgres, who becomes the library's first admin. Only what is
// particular to a team library is here: its tables, refusals by the server, versions and
// conflicts, notifications from other sessions. What the store does on both backends is in
// tests/models/library (tst_librarystore, tst_librarylisting, tst_librarysearch).
#include "articlefactory.h"
#include "postgresarticlestore.h"
#include "postgresconnection.h"
#include "postgresschema.h"
#include "postgressearch.h"
#include "postgressession.h"
#include "searchtext.h"
#include "snippettext.h"

#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace Copydesk;
using namespace Qt::StringLiterals;

namespace {

SaveOptions withRevision(const QString &note = {})
{
    SaveOptions options;
    options.author = u"jdoe"_s;
    options.note = note;
    return options;
}

SaveOptions autosave()
{
    SaveOptions options = withRevision();
    options.keepRevision = false;
    return options;
}

/// A short English article: a headline and one section.
Article smallArticle(const QString &headline, const QString &body = u"Plain text."_s)
{
    Article article;
    article.headline = headline;
    article.language = u"en"_s;
    ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, u"Section"_s);
    section.body = body;
    article.parts.append(section);
    return article;
}

QString withDatabase(QString uri, const QString &database)
{
    return uri.replace(
        QRegularExpression(u"^postgresql:///[^?]*"_s), u"postgresql:///"_s + database);
}

QString withUser(QString uri, const QString &login)
{
    return uri.replace(QRegularExpression(u"([?&])user=[^&]*"_s), u"\\1user="_s + login);
}

} // namespace

class tst_PostgresArticleStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void heroImagesStoredOnce();
    void trashKeepsTheKnownVersion();
    void importAllOrNothingOnServerFailure();
    void publicationProfileRefusedToReporters();
    void integrityCheck();
    void conflictingSaveIsRefused();
    void otherSessionsChangesArrive();
    void searchRanksLikeEveryHitRanked_data();
    void searchRanksLikeEveryHitRanked();

private:
    qint64 create(const Article &article);
    /// Runs `sql` as the superuser in this test's database; the first column of its first row.
    QVariant scalar(const QString &sql);
    /// Runs `sql` as the superuser in this test's database; false (and a warning) on failure.
    bool run(const QString &sql);
    std::unique_ptr<PostgresSession> openSession(const QString &login = u"postgres"_s) const;

    QString m_server; ///< The test server's URI, as the superuser postgres.
    QString m_uri; ///< This test's own database.
    QString m_database;
    int m_databases = 0;
    QSqlDatabase m_admin; ///< The superuser in the server's "postgres" database.
    QSqlDatabase m_inspect; ///< The superuser in this test's database.
    std::unique_ptr<PostgresSession> m_session;
    std::unique_ptr<PostgresArticleStore> m_store;
};

void tst_PostgresArticleStore::initTestCase()
{
    m_server = QProcessEnvironment::systemEnvironment().value(u"COPYDESK_TEST_POSTGRES"_s);
    if (m_server.isEmpty())
        QSKIP("no test server: ./dev test starts one and sets COPYDESK_TEST_POSTGRES");
    const Result<PostgresLocation> location
        = PostgresLocation::parse(withDatabase(m_server, u"postgres"_s));
    QVERIFY(location);
    const Result<QSqlDatabase> admin = PostgresConnection::open(*location, u"admin"_s);
    QVERIFY2(admin, admin ? "" : qPrintable(admin.error().message));
    m_admin = *admin;
}

void tst_PostgresArticleStore::init()
{
    m_database = u"store_test_%1"_s.arg(++m_databases);
    QSqlQuery query(m_admin);
    QVERIFY2(
        query.exec(u"CREATE DATABASE %1"_s.arg(m_database)), qPrintable(query.lastError().text()));
    m_uri = withDatabase(m_server, m_database);
    const Result<QSqlDatabase> inspect
        = PostgresConnection::open(PostgresLocation::parse(m_uri).value(), u"inspect"_s);
    QVERIFY(inspect);
    m_inspect = *inspect;
    // Setting up again grants the superuser the admin group it has from an earlier database.
    QVERIFY(run(u"SET client_min_messages = warning"_s));
    const Result<int> before = PostgresSchema::initialize(m_inspect);
    QVERIFY2(before, before ? "" : qPrintable(before.error().message));
    m_session = openSession();
    QVERIFY(m_session);
    m_store = std::make_unique<PostgresArticleStore>(*m_session);
}

void tst_PostgresArticleStore::cleanup()
{
    m_store.reset();
    m_session.reset();
    m_inspect.close();
    m_inspect = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"inspect"_s);
    if (!m_database.isEmpty()) {
        QSqlQuery query(m_admin);
        query.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_database));
    }
}

void tst_PostgresArticleStore::cleanupTestCase()
{
    m_admin.close();
    m_admin = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"admin"_s);
}

std::unique_ptr<PostgresSession> tst_PostgresArticleStore::openSession(const QString &login) const
{
    Result<std::unique_ptr<PostgresSession>> session
        = PostgresSession::open(PostgresLocation::parse(withUser(m_uri, login)).value());
    if (!session) {
        qWarning() << session.error().message;
        return nullptr;
    }
    return std::move(session).value();
}

qint64 tst_PostgresArticleStore::create(const Article &article)
{
    const Result<qint64> id = m_store->create(article, withRevision());
    if (!id)
        qWarning() << id.error().message;
    return id ? *id : 0;
}

bool tst_PostgresArticleStore::run(const QString &sql)
{
    QSqlQuery query(m_inspect);
    if (query.exec(sql))
        return true;
    qWarning() << query.lastError().text();
    return false;
}

QVariant tst_PostgresArticleStore::scalar(const QString &sql)
{
    QSqlQuery query(m_inspect);
    if (!query.exec(sql)) {
        qWarning() << query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

void tst_PostgresArticleStore::heroImagesStoredOnce()
{
    Article article = Testing::fullArticle();
    QVERIFY(!article.hero.isEmpty());
    const qint64 id = create(article);
    for (int i = 0; i < 3; ++i) {
        article.headline = u"Version %1"_s.arg(i);
        QVERIFY(m_store->save(id, article, withRevision()));
    }
    const Article other = Testing::generatedArticle(3); // the same tiny PNG
    QCOMPARE(other.hero.data, article.hero.data);
    const qint64 otherId = create(other);
    QVERIFY(otherId > 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM copydesk.images"_s).toInt(), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM copydesk.revisions"_s).toInt(), 5);
    // The content names the bytes instead of holding them.
    QCOMPARE(
        scalar(
            u"SELECT content -> 'hero' ->> 'data' FROM copydesk.articles WHERE id = %1"_s.arg(id))
            .toString(),
        QString(u""_s));
    QCOMPARE(m_store->load(otherId)->article.hero, other.hero);

    article.hero.data = Testing::tinyPng() + QByteArray("trailing bytes");
    QVERIFY(m_store->save(id, article, withRevision()));
    QCOMPARE(scalar(u"SELECT count(*) FROM copydesk.images"_s).toInt(), 2);
    QCOMPARE(m_store->load(id)->article.hero.data, article.hero.data);
    QCOMPARE(m_store->revision(id, 1)->hero.data, Testing::tinyPng());
    article.hero = {};
    QVERIFY(m_store->save(id, article, withRevision()));
    QVERIFY(m_store->load(id)->article.hero.isEmpty());
}

void tst_PostgresArticleStore::trashKeepsTheKnownVersion()
{
    const qint64 id = create(smallArticle(u"Harbour plan rejected"_s));
    QCOMPARE(m_store->knownVersion(id).value_or(0), 1); // created: known
    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->restoreFromTrash(id));
    // Moving to the trash and back changes no text: a loaded copy may still be saved.
    QVERIFY(m_store->save(id, smallArticle(u"Harbour plan revised"_s), autosave()));

    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->purge(id));
    QVERIFY(!m_store->knownVersion(id));
    QCOMPARE(
        scalar(u"SELECT count(*) FROM copydesk.revisions WHERE article_id = %1"_s.arg(id)).toInt(),
        0);
}

void tst_PostgresArticleStore::importAllOrNothingOnServerFailure()
{
    // A trigger that fails on the second article stands in for any refusal by the server in
    // the middle of the batch, after the first article and its image were written.
    QVERIFY(run(u"CREATE FUNCTION public.boom() RETURNS trigger LANGUAGE plpgsql AS $$ "
                "BEGIN RAISE EXCEPTION 'boom'; END $$"_s));
    QVERIFY(run(u"CREATE TRIGGER boom BEFORE INSERT ON copydesk.articles FOR EACH ROW "
                "WHEN (NEW.headline = 'boom') EXECUTE FUNCTION public.boom()"_s));
    QList<Article> batch;
    for (int i = 0; i < 3; ++i)
        batch.append(Testing::generatedArticle(200 + i, 300));
    batch[1].headline = u"boom"_s;
    const Result<QList<qint64>> ids = m_store->importArticles(batch, withRevision());
    QVERIFY(!ids);
    QVERIFY2(ids.error().message.contains(u"boom"_s), qPrintable(ids.error().message));
    QCOMPARE(m_store->count({}).value(), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM copydesk.images"_s).toInt(), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM copydesk.revisions"_s).toInt(), 0);

    batch[1].headline = u"fine"_s;
    QCOMPARE(m_store->importArticles(batch, withRevision())->size(), 3);
}

void tst_PostgresArticleStore::publicationProfileRefusedToReporters()
{
    QVERIFY(run(u"DROP ROLE IF EXISTS store_rita"_s));
    QVERIFY(run(u"CREATE ROLE store_rita LOGIN IN ROLE copydesk_reporter"_s));
    {
        std::unique_ptr<PostgresSession> rita = openSession(u"store_rita"_s);
        QVERIFY(rita);
        PostgresArticleStore store(*rita);
        PublicationProfile profile;
        profile.name = u"Rita's Gazette"_s;
        const Status refused = store.setPublicationProfile(profile);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY2(refused.error().message.contains(u"only editors and admins"_s),
            qPrintable(refused.error().message));
        // She writes articles of her own, though.
        const Result<qint64> id = store.create(smallArticle(u"Rita's story"_s), withRevision());
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QCOMPARE(m_store->load(*id)->article.owner, u"store_rita"_s);
    }
    QCOMPARE(m_store->publicationProfile().value(), PublicationProfile {});
    QVERIFY(run(u"DROP ROLE store_rita"_s));
}

void tst_PostgresArticleStore::integrityCheck()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    create(Testing::oddUnicodeArticle());
    article.headline = u"Changed"_s;
    QVERIFY(m_store->save(id, article, withRevision()));
    Result<QStringList> problems = m_store->checkIntegrity(true);
    QVERIFY2(problems, problems ? "" : qPrintable(problems.error().message));
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));

    // The newest revision altered behind Copydesk's back.
    QVERIFY(run(u"UPDATE copydesk.revisions SET content = jsonb_set(content, '{headline}', "
                "'\"Altered\"') WHERE article_id = %1 AND number = 2"_s.arg(id)));
    problems = m_store->checkIntegrity();
    QVERIFY(problems);
    QCOMPARE(problems->size(), 1);
    QVERIFY2(problems->at(0).contains(u"article %1 differs from its newest revision 2"_s.arg(id)),
        qPrintable(problems->join(u'\n')));

    // An older revision that cannot be read is found with every revision only.
    QVERIFY(run(u"UPDATE copydesk.revisions SET content = '{\"parts\": 5}' "
                "WHERE article_id = %1 AND number = 1"_s.arg(id)));
    QCOMPARE(m_store->checkIntegrity(false)->size(), 1);
    problems = m_store->checkIntegrity(true);
    QCOMPARE(problems->size(), 2);
    QVERIFY2(problems->join(u'\n').contains(u"revision 1 of article %1 cannot be read"_s.arg(id)),
        qPrintable(problems->join(u'\n')));
    // A save keeps a new newest revision with the article's text.
    QVERIFY(m_store->save(id, article, withRevision()));
    QCOMPARE(m_store->checkIntegrity(false)->size(), 0);
}

void tst_PostgresArticleStore::conflictingSaveIsRefused()
{
    const qint64 id = create(smallArticle(u"Shared story"_s));
    std::unique_ptr<PostgresSession> otherSession = openSession();
    QVERIFY(otherSession);
    PostgresArticleStore other(*otherSession);
    QVERIFY(!other.knownVersion(id));
    Article mine = m_store->load(id)->article;
    Article theirs = other.load(id)->article;
    QVERIFY(other.knownVersion(id).has_value());

    mine.headline = u"First save wins"_s;
    QVERIFY(m_store->save(id, mine, withRevision()));
    theirs.headline = u"Second save loses"_s;
    QSignalSpy changed(&other, &ArticleStore::articleChanged);
    const Result<int> refused = other.save(id, theirs, withRevision());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_store->load(id)->article.headline, u"First save wins"_s);
    QCOMPARE(m_store->revisions(id)->size(), 2);

    // Re-based on the stored text, the save goes through.
    other.forgetVersion(id);
    QVERIFY(other.save(id, theirs, withRevision()));
    QCOMPARE(other.load(id)->article.headline, u"Second save loses"_s);
    // … and this store's copy is now the out-of-date one; loading catches up.
    QCOMPARE(m_store->save(id, mine, autosave()).error().code, Error::Code::Conflict);
    QVERIFY(m_store->load(id));
    QVERIFY(m_store->save(id, mine, autosave()));
}

void tst_PostgresArticleStore::otherSessionsChangesArrive()
{
    std::unique_ptr<PostgresSession> otherSession = openSession();
    QVERIFY(otherSession);
    PostgresArticleStore other(*otherSession);
    QSignalSpy changed(&other, &ArticleStore::articleChanged);
    QSignalSpy removed(&other, &ArticleStore::articleRemoved);
    QSignalSpy remote(&other, &PostgresArticleStore::remoteChange);
    QSignalSpy ownChanged(m_store.get(), &ArticleStore::articleChanged);
    QSignalSpy ownRemote(m_store.get(), &PostgresArticleStore::remoteChange);

    Article article = smallArticle(u"Breaking"_s);
    const qint64 id = create(article);
    // Generous timeouts: the latency itself is measured by the benchmark, not by this test.
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() == 1, 5000);
    QCOMPARE(changed.at(0).at(0).toLongLong(), id);
    QTRY_VERIFY_WITH_TIMEOUT(!remote.isEmpty(), 5000);
    QCOMPARE(remote.at(0).at(0).toString(), u"articles"_s);
    QCOMPARE(remote.at(0).at(1).toLongLong(), id);

    article.headline = u"Breaking: more"_s;
    QVERIFY(m_store->save(id, article, withRevision()));
    QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 2, 5000);
    QCOMPARE(changed.at(1).at(0).toLongLong(), id);

    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->purge(id));
    // The trash and the purge may both be read after the purge: each then reports the removal.
    QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 5000);
    QCOMPARE(removed.last().at(0).toLongLong(), id);

    // This session's own changes are not announced to itself a second time.
    QTest::qWait(100);
    QCOMPARE(ownChanged.size(), 3); // create, save, trash
    QCOMPARE(ownRemote.size(), 0);
}

void tst_PostgresArticleStore::searchRanksLikeEveryHitRanked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("likelyHitsFrom");
    for (const double likely : {5000.0, 0.0}) {
        const QString path = likely > 0 ? u"all hits"_s : u"likely hits"_s;
        for (const QString &text :
            {u"harbour "_s, u"harbo"_s, u"\"harbour master\" "_s, u"harbour ferry "_s}) {
            QTest::addRow("%s, %s", qPrintable(path), qPrintable(text)) << text << likely;
        }
    }
}

// Whatever the limit, PostgresSearch finds the same hits in the same order, with the same
// scores, as ranking every hit does (the oracle below): articles with the words in headline,
// dek or lead by score, then those with them only further down, newest first. In a library this
// small every article is among the most recent, so the path for common words is exact as well.
void tst_PostgresArticleStore::searchRanksLikeEveryHitRanked()
{
    QFETCH(QString, text);
    QFETCH(double, likelyHitsFrom);
    const QString filler = u"Council budget talks went on. "_s.repeated(40); // beyond the lead
    struct Made
    {
        QString headline;
        QString dek;
        QString body;
    };
    const QList<Made> made {
        {u"Harbour master retires"_s, {}, u"Plain text."_s},
        {u"Town news"_s, u"The harbour and the ferry"_s, u"Plain text."_s},
        {u"Ferry news"_s, {}, u"A harbour master spoke. "_s + filler},
        {u"Late news"_s, {}, filler + u"The harbour master and the ferry."_s},
        {u"Old news"_s, {}, filler + u"Harbourside ferry."_s},
        {u"Master plan"_s, {}, u"The master of the harbour. "_s + filler},
        {u"More news"_s, {}, filler + u"A harbour."_s},
        {u"Quiet news"_s, {}, u"Nothing here. "_s + filler},
        {u"Harbour harbour"_s, u"Harbour"_s, u"Harbour ferry, harbour master."_s},
    };
    for (const Made &m : made) {
        Article article = smallArticle(m.headline, m.body);
        article.dek = m.dek;
        QVERIFY(create(article) > 0);
    }
    const qint64 trashed = create(smallArticle(u"Harbour master in the trash"_s));
    QVERIFY(m_store->moveToTrash(trashed));
    QVERIFY(run(u"ANALYZE copydesk.articles"_s));

    const SearchText::TypedTerms typed = SearchText::typedTerms(text);
    const QString prefix = typed.lastIsPrefix ? typed.terms.last() : QString();
    const QString words = PostgresSearch::queryText(
        typed.lastIsPrefix ? typed.terms.mid(0, typed.terms.size() - 1) : typed.terms);
    QSqlQuery oracle(m_inspect);
    QVERIFY(oracle.prepare(
        u"SELECT a.id, ts_rank_cd('{0.1, 0.1, 0.5, 1.0}', a.rank_terms, g.query) + CASE WHEN "
        "g.exact IS NULL THEN 0 ELSE ts_rank_cd('{0.1, 0.1, 0.5, 1.0}', a.rank_terms, g.exact) "
        "END AS score FROM copydesk.search_queries(?, ?) AS g JOIN copydesk.articles AS a ON "
        "a.search @@ g.query AND a.text_config = ANY (g.configs) WHERE a.trashed_at IS NULL "
        "ORDER BY score DESC, a.id DESC"_s));
    oracle.addBindValue(words);
    oracle.addBindValue(prefix);
    QVERIFY2(oracle.exec(), qPrintable(oracle.lastError().text()));
    QList<QPair<qint64, double>> every;
    while (oracle.next())
        every.append({oracle.value(0).toLongLong(), -oracle.value(1).toDouble()});
    QVERIFY(every.size() >= 3);
    QVERIFY(every.last().second == 0.0); // some hits have the words beyond the lead only

    const PostgresSearch search(*m_session, likelyHitsFrom);
    for (const int limit : {1, 3, 5, 7, 50, -1}) {
        SearchQuery query;
        query.text = text;
        query.limit = limit;
        const Result<QList<SearchHit>> hits = search.run(query);
        QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message));
        const QList<QPair<qint64, double>> expected = limit < 0 ? every : every.mid(0, limit);
        QCOMPARE(hits->size(), expected.size());
        for (qsizetype i = 0; i < hits->size(); ++i) {
            QCOMPARE(hits->at(i).summary.id, expected.at(i).first);
            QVERIFY(qAbs(hits->at(i).rank - expected.at(i).second) < 1e-6);
            QVERIFY2(hits->at(i).snippet.contains(SnippetOpen), qPrintable(hits->at(i).snippet));
        }
    }
}

QTEST_GUILESS_MAIN(tst_PostgresArticleStore)
#include "tst_postgresarticlestore.moc"
