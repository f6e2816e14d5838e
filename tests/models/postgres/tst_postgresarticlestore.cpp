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
#include "postgressession.h"

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

QTEST_GUILESS_MAIN(tst_PostgresArticleStore)
#include "tst_postgresarticlestore.moc"
