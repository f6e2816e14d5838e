// PostgresArticleStore on the real test server (COPYDESK_TEST_POSTGRES, started by ./dev test):
// every test function gets a database of its own, set up with the current schema, and a store
// on a session of the superuser postgres, who becomes the library's first admin.
#include "articlefactory.h"
#include "articlestats.h"
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
#include <QTimeZone>
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

QStringList headlinesOf(const QList<ArticleSummary> &rows)
{
    QStringList headlines;
    for (const ArticleSummary &row : rows)
        headlines.append(row.headline);
    return headlines;
}

QStringList headlinesOf(const QList<SearchHit> &hits)
{
    QStringList headlines;
    for (const SearchHit &hit : hits)
        headlines.append(hit.summary.headline);
    return headlines;
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

    void createAndLoad_data();
    void createAndLoad();
    void createRefusesBadAndDuplicateUuids();
    void loadMissing();
    void findByUuid();
    void saveKeepsRevision();
    void identicalContentKeepsNoRevision();
    void autosaveKeepsNoRevision();
    void saveRejectsOtherUuid();
    void saveKeepsServerStatusAndOwner();
    void saveReturnsApprovedArticleToReview();
    void restoreRevision();
    void heroImagesStoredOnce();
    void trashRestorePurge();
    void importAllOrNothingOnBadArticle();
    void importAllOrNothingOnServerFailure();
    void importUpdatesExisting();
    void listSorting_data();
    void listSorting();
    void listFilters_data();
    void listFilters();
    void listPaging();
    void categoriesAndAuthors();
    void searchWordsAndPhrases();
    void searchRanksHeadlineFirst();
    void searchFiltersAndTrash();
    void searchSnippets();
    void searchRefusesEmptyText();
    void publicationProfile();
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
    bool addListArticles();
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

/// The listing fixture of tst_sqlitelisting. Status and owner are the server's to set: they
/// are written here directly, as the superuser.
bool tst_PostgresArticleStore::addListArticles()
{
    const struct
    {
        const char *headline;
        const char *status;
        const char *category;
        const char *owner;
        const char *byline;
        int publishedDay;
    } rows[] = {
        {"banana harvest", "draft", "Business", "ann", "Bea Byline", 0},
        {"Apple prices", "published", "Business", "bob", "Ann Other", 3},
        {"cherry festival", "inReview", "Culture", "ann", "Cy Writer", 0},
        {"Date palms", "published", "Culture", "cy", "Bea Byline", 1},
        {"elderberry wine", "approved", "", "bob", "", 2},
    };
    for (const auto &row : rows) {
        Article article = smallArticle(QString::fromUtf8(row.headline));
        article.category = QString::fromUtf8(row.category);
        if (*row.byline)
            article.bylines = {{QString::fromUtf8(row.byline), u"Reporter"_s}};
        if (row.publishedDay) {
            article.published
                = QDateTime(QDate(2025, 3, row.publishedDay), QTime(12, 0), QTimeZone::UTC);
        }
        const qint64 id = create(article);
        if (id == 0)
            return false;
        const QString update
            = u"UPDATE copydesk.articles SET status = '%1', owner = '%2', content = content || "
              "jsonb_build_object('status', '%1', 'owner', '%2') WHERE id = %3"_s
                  .arg(QString::fromUtf8(row.status), QString::fromUtf8(row.owner))
                  .arg(id);
        if (!run(update))
            return false;
        QTest::qSleep(3);
    }
    return true;
}

void tst_PostgresArticleStore::createAndLoad_data()
{
    QTest::addColumn<Article>("article");
    QTest::newRow("full") << Testing::fullArticle();
    QTest::newRow("odd unicode") << Testing::oddUnicodeArticle();
    QTest::newRow("generated, with a hero image") << Testing::generatedArticle(7);
    QTest::newRow("empty") << Article {};
}

void tst_PostgresArticleStore::createAndLoad()
{
    QFETCH(Article, article);
    article.ensureIds();
    QSignalSpy changed(m_store.get(), &ArticleStore::articleChanged);
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Result<qint64> id = m_store->create(article, withRevision(u"first"_s));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QVERIFY(*id > 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), *id);
    QCOMPARE(m_store->knownVersion(*id).value_or(0), 1);

    // A new article is a Draft of the login, whatever it said.
    Article expected = article;
    expected.status = ArticleStatus::Draft;
    expected.owner = u"postgres"_s;
    const Result<ArticleRecord> record = m_store->load(*id);
    QVERIFY2(record, record ? "" : qPrintable(record.error().message));
    QCOMPARE(record->id, *id);
    QCOMPARE(record->article, expected);
    QCOMPARE(record->revision, 1);
    QVERIFY(!record->trashed);
    QVERIFY(record->created >= before);
    QCOMPARE(record->modified, record->created);
    QCOMPARE(record->created.timeSpec(), Qt::UTC);

    const auto revisions = m_store->revisions(*id);
    QVERIFY(revisions);
    QCOMPARE(revisions->size(), 1);
    QCOMPARE(revisions->at(0).number, 1);
    QCOMPARE(revisions->at(0).author, u"postgres"_s);
    QCOMPARE(revisions->at(0).note, u"first"_s);
    QCOMPARE(revisions->at(0).contentHash,
        scalar(u"SELECT content_hash FROM copydesk.articles WHERE id = %1"_s.arg(*id))
            .toString()
            .toLatin1());
    QCOMPARE(m_store->revision(*id, 1).value(), expected);

    // The listing columns come from the same article.
    const ArticleSummary summary = m_store->list({}).value().at(0);
    QCOMPARE(summary.uuid, article.uuid);
    QCOMPARE(summary.headline, article.headline);
    QCOMPARE(summary.wordCount, ArticleStats::wordCount(article));
    QCOMPARE(summary.published, article.published.toUTC());
    QCOMPARE(summary.created, record->created);
}

void tst_PostgresArticleStore::createRefusesBadAndDuplicateUuids()
{
    const Article article = Testing::fullArticle();
    QVERIFY(create(article) > 0);
    const Result<qint64> again = m_store->create(article, withRevision());
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::InvalidInput);
    QVERIFY2(again.error().message.contains(u"already in the library"_s),
        qPrintable(again.error().message));
    Article bad = smallArticle(u"Bad id"_s);
    bad.uuid = u"not-a-uuid"_s;
    QCOMPARE(m_store->create(bad, withRevision()).error().code, Error::Code::InvalidInput);
    QCOMPARE(m_store->count({}).value(), 1);
}

void tst_PostgresArticleStore::loadMissing()
{
    const Result<ArticleRecord> record = m_store->load(42);
    QVERIFY(!record);
    QCOMPARE(record.error().code, Error::Code::NotFound);
    QVERIFY2(record.error().message.contains(u"42"_s), qPrintable(record.error().message));
    QCOMPARE(m_store->revisions(42).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->revision(42, 1).error().code, Error::Code::NotFound);
    const Result<int> saved = m_store->save(42, Testing::fullArticle(), withRevision());
    QCOMPARE(saved.error().code, Error::Code::NotFound);
    QCOMPARE(m_store->moveToTrash(42).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->purge(42).error().code, Error::Code::NotFound);
}

void tst_PostgresArticleStore::findByUuid()
{
    const Article article = Testing::fullArticle();
    const qint64 id = create(article);
    QCOMPARE(m_store->findByUuid(article.uuid).value(), id);
    const Result<qint64> missing = m_store->findByUuid(u"00000000-0000-4000-8000-00000000dead"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QCOMPARE(m_store->findByUuid(u"not-a-uuid"_s).error().code, Error::Code::NotFound);
}

void tst_PostgresArticleStore::saveKeepsRevision()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    Article original = m_store->load(id)->article;
    article.headline = u"Barriers hold, but only just"_s;
    QTest::qSleep(2);
    const Result<int> revision = m_store->save(id, article, withRevision(u"tightened"_s));
    QVERIFY2(revision, revision ? "" : qPrintable(revision.error().message));
    QCOMPARE(*revision, 2);

    const Result<ArticleRecord> record = m_store->load(id);
    QCOMPARE(record->article.headline, article.headline);
    QCOMPARE(record->article.parts, article.parts);
    QCOMPARE(record->revision, 2);
    QVERIFY(record->modified > record->created);
    const auto revisions = m_store->revisions(id).value();
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).number, 2); // newest first
    QCOMPARE(revisions.at(0).note, u"tightened"_s);
    QCOMPARE(m_store->revision(id, 1).value(), original);
    QCOMPARE(m_store->revision(id, 2).value(), record->article);
}

void tst_PostgresArticleStore::identicalContentKeepsNoRevision()
{
    const Article article = Testing::fullArticle();
    const qint64 id = create(article);
    const Result<int> revision = m_store->save(id, article, withRevision());
    QVERIFY(revision);
    QCOMPARE(*revision, 1);
    QCOMPARE(m_store->revisions(id)->size(), 1);
}

void tst_PostgresArticleStore::autosaveKeepsNoRevision()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    const QDateTime created = m_store->load(id)->modified;
    article.lede += u" Typing…"_s;
    QTest::qSleep(2);
    QCOMPARE(m_store->save(id, article, autosave()).value(), 1);
    const ArticleRecord afterAutosave = m_store->load(id).value();
    QCOMPARE(afterAutosave.article.lede, article.lede);
    QCOMPARE(afterAutosave.revision, 1);
    QVERIFY(afterAutosave.modified > created);
    QCOMPARE(m_store->revisions(id)->size(), 1);
    // An autosave ahead of the newest revision is no damage.
    QCOMPARE(m_store->checkIntegrity().value(), QStringList());

    // The next kept revision includes what was autosaved, even if nothing changed since.
    QCOMPARE(m_store->save(id, article, withRevision()).value(), 2);
    QCOMPARE(m_store->revision(id, 2)->lede, article.lede);
}

void tst_PostgresArticleStore::saveRejectsOtherUuid()
{
    const qint64 id = create(Testing::fullArticle());
    const Article stored = m_store->load(id)->article;
    Article other = Testing::fullArticle();
    other.uuid = u"00000000-0000-4000-8000-0000000000aa"_s;
    const Result<int> saved = m_store->save(id, other, withRevision());
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::InvalidInput);
    QCOMPARE(m_store->load(id)->article, stored);

    // An empty uuid means "this article".
    other.uuid.clear();
    other.headline = u"Kept id"_s;
    QVERIFY(m_store->save(id, other, withRevision()));
    QCOMPARE(m_store->load(id)->article.uuid, Testing::fullArticle().uuid);
    QCOMPARE(m_store->load(id)->article.headline, u"Kept id"_s);
}

void tst_PostgresArticleStore::saveKeepsServerStatusAndOwner()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    article.status = ArticleStatus::Published;
    article.owner = u"someone_else"_s;
    QCOMPARE(m_store->save(id, article, withRevision()).value(), 1);
    const ArticleRecord record = m_store->load(id).value();
    QCOMPARE(record.article.status, ArticleStatus::Draft);
    QCOMPARE(record.article.owner, u"postgres"_s);
    QCOMPARE(m_store->list({}).value().at(0).status, ArticleStatus::Draft);
}

void tst_PostgresArticleStore::saveReturnsApprovedArticleToReview()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    QVERIFY(run(u"UPDATE copydesk.articles SET status = 'approved', content = content || "
                "'{\"status\": \"approved\"}' WHERE id = %1"_s.arg(id)));
    QVERIFY(m_store->load(id)); // the current version
    QSignalSpy returned(m_store.get(), &ArticleStore::returnedToReview);
    article.headline = u"Changed after approval"_s;
    QVERIFY(m_store->save(id, article, withRevision()));
    QCOMPARE(returned.size(), 1);
    QCOMPARE(returned.at(0).at(0).toLongLong(), id);
    QCOMPARE(returned.at(0).at(1).toString(),
        u"You changed the text of an approved article: it is back in review and needs a new "
        "approval."_s);
    QCOMPARE(m_store->load(id)->article.status, ArticleStatus::InReview);
}

void tst_PostgresArticleStore::restoreRevision()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    const Article first = m_store->load(id)->article;
    article.headline = u"Second version"_s;
    article.parts.removeLast();
    QCOMPARE(m_store->save(id, article, withRevision()).value(), 2);

    QSignalSpy changed(m_store.get(), &ArticleStore::articleChanged);
    const Result<int> restored = m_store->restoreRevision(id, 1, u"editor"_s);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    QCOMPARE(*restored, 3);
    QCOMPARE(changed.size(), 1);
    const ArticleRecord record = m_store->load(id).value();
    QCOMPARE(record.article, first);
    QCOMPARE(record.revision, 3);
    const RevisionInfo newest = m_store->revisions(id)->at(0);
    QCOMPARE(newest.number, 3);
    QCOMPARE(newest.author, u"postgres"_s); // the login, whatever the caller says
    QCOMPARE(newest.note, u"Restored revision 1"_s);
    QCOMPARE(m_store->revision(id, 2)->headline, u"Second version"_s); // nothing lost

    const Result<int> missing = m_store->restoreRevision(id, 7, u"editor"_s);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QCOMPARE(m_store->load(id)->revision, 3);
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

void tst_PostgresArticleStore::trashRestorePurge()
{
    const qint64 keep = create(smallArticle(u"Harbour plan approved"_s));
    const qint64 id = create(smallArticle(u"Harbour plan rejected"_s));
    QSignalSpy changed(m_store.get(), &ArticleStore::articleChanged);
    QSignalSpy removed(m_store.get(), &ArticleStore::articleRemoved);

    const Status live = m_store->purge(id);
    QVERIFY(!live);
    QCOMPARE(live.error().code, Error::Code::InvalidInput);
    QVERIFY(m_store->load(id));

    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->moveToTrash(id)); // already there: nothing to do
    QCOMPARE(changed.size(), 1);
    const ArticleRecord trashed = m_store->load(id).value();
    QVERIFY(trashed.trashed);
    QVERIFY(trashed.trashedAt.isValid());
    QCOMPARE(m_store->count({}).value(), 1);
    QCOMPARE(m_store->list({})->at(0).id, keep);
    LibraryQuery trash;
    trash.trash = true;
    QCOMPARE(m_store->list(trash)->size(), 1);
    QCOMPARE(m_store->list(trash)->at(0).id, id);
    QVERIFY(m_store->list(trash)->at(0).trashed);

    QVERIFY(m_store->restoreFromTrash(id));
    QVERIFY(!m_store->load(id)->trashed);
    QCOMPARE(m_store->count({}).value(), 2);
    // Moving to the trash and back changes no text: a loaded copy may still be saved.
    QVERIFY(m_store->save(id, smallArticle(u"Harbour plan revised"_s), autosave()));

    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->purge(id));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toLongLong(), id);
    QCOMPARE(m_store->load(id).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->revisions(id).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->count(trash).value(), 0);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM copydesk.revisions WHERE article_id = %1"_s.arg(id)).toInt(),
        0);
    QVERIFY(!m_store->knownVersion(id));
    QCOMPARE(m_store->purge(id).error().code, Error::Code::NotFound);
}

void tst_PostgresArticleStore::importAllOrNothingOnBadArticle()
{
    const qint64 existing = create(smallArticle(u"Already here"_s));
    QList<Article> batch;
    for (int i = 0; i < 3; ++i)
        batch.append(Testing::generatedArticle(100 + i, 300));
    batch[1].uuid = u"not-a-uuid"_s;
    QSignalSpy changed(m_store.get(), &ArticleStore::articleChanged);
    const Result<QList<qint64>> ids = m_store->importArticles(batch, withRevision(u"import"_s));
    QVERIFY(!ids);
    QCOMPARE(ids.error().code, Error::Code::InvalidInput);
    QVERIFY2(ids.error().message.contains(u"article 2 of 3"_s), qPrintable(ids.error().message));
    QCOMPARE(m_store->count({}).value(), 1);
    QCOMPARE(scalar(u"SELECT count(*) FROM copydesk.revisions"_s).toInt(), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_store->list({})->at(0).id, existing);
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

void tst_PostgresArticleStore::importUpdatesExisting()
{
    Article first = Testing::generatedArticle(1, 300);
    const qint64 id = create(first);
    first = m_store->load(id)->article;
    Article changed = first;
    changed.headline = u"Changed in the newsroom"_s;
    const Article fresh = Testing::generatedArticle(2, 300);
    const Result<QList<qint64>> ids
        = m_store->importArticles({changed, fresh, first}, withRevision(u"Imported"_s));
    QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
    QCOMPARE(ids->size(), 3);
    QCOMPARE(ids->at(0), id);
    QCOMPARE(ids->at(2), id);
    QVERIFY(ids->at(1) != id);
    QCOMPARE(m_store->count({}).value(), 2);
    // Revision 2 (changed), revision 3 (back to the first content).
    const auto revisions = m_store->revisions(id).value();
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions.at(0).note, u"Imported"_s);
    QCOMPARE(m_store->load(id)->article, first);
    QCOMPARE(m_store->load(ids->at(1))->article.headline, fresh.headline);
    QCOMPARE(m_store->load(ids->at(1))->article.status, ArticleStatus::Draft);
    // Importing the same again changes nothing.
    QVERIFY(m_store->importArticles({first}, withRevision()));
    QCOMPARE(m_store->revisions(id)->size(), 3);
}

void tst_PostgresArticleStore::listSorting_data()
{
    QTest::addColumn<SortKey>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("headlines");

    // The same expectations as tst_sqlitelisting.
    QTest::newRow("modified desc")
        << SortKey::Modified << Qt::DescendingOrder
        << QStringList {u"elderberry wine"_s, u"Date palms"_s, u"cherry festival"_s,
               u"Apple prices"_s, u"banana harvest"_s};
    QTest::newRow("created asc") << SortKey::Created << Qt::AscendingOrder
                                 << QStringList {u"banana harvest"_s, u"Apple prices"_s,
                                        u"cherry festival"_s, u"Date palms"_s,
                                        u"elderberry wine"_s};
    QTest::newRow("headline asc ignores case")
        << SortKey::Headline << Qt::AscendingOrder
        << QStringList {u"Apple prices"_s, u"banana harvest"_s, u"cherry festival"_s,
               u"Date palms"_s, u"elderberry wine"_s};
    QTest::newRow("headline desc")
        << SortKey::Headline << Qt::DescendingOrder
        << QStringList {u"elderberry wine"_s, u"Date palms"_s, u"cherry festival"_s,
               u"banana harvest"_s, u"Apple prices"_s};
    QTest::newRow("published asc, unpublished first")
        << SortKey::Published << Qt::AscendingOrder
        << QStringList {u"banana harvest"_s, u"cherry festival"_s, u"Date palms"_s,
               u"elderberry wine"_s, u"Apple prices"_s};
    QTest::newRow("published desc, unpublished last")
        << SortKey::Published << Qt::DescendingOrder
        << QStringList {u"Apple prices"_s, u"elderberry wine"_s, u"Date palms"_s,
               u"cherry festival"_s, u"banana harvest"_s};
    QTest::newRow("status asc: workflow order, then modified")
        << SortKey::Status << Qt::AscendingOrder
        << QStringList {u"banana harvest"_s, u"cherry festival"_s, u"elderberry wine"_s,
               u"Apple prices"_s, u"Date palms"_s};
    QTest::newRow("status desc") << SortKey::Status << Qt::DescendingOrder
                                 << QStringList {u"Date palms"_s, u"Apple prices"_s,
                                        u"elderberry wine"_s, u"cherry festival"_s,
                                        u"banana harvest"_s};
    QTest::newRow("category asc, none first")
        << SortKey::Category << Qt::AscendingOrder
        << QStringList {u"elderberry wine"_s, u"banana harvest"_s, u"Apple prices"_s,
               u"cherry festival"_s, u"Date palms"_s};
    QTest::newRow("category desc")
        << SortKey::Category << Qt::DescendingOrder
        << QStringList {u"Date palms"_s, u"cherry festival"_s, u"Apple prices"_s,
               u"banana harvest"_s, u"elderberry wine"_s};
    QTest::newRow("author asc: first byline, none first")
        << SortKey::Author << Qt::AscendingOrder
        << QStringList {u"elderberry wine"_s, u"Apple prices"_s, u"banana harvest"_s,
               u"Date palms"_s, u"cherry festival"_s};
    QTest::newRow("author desc") << SortKey::Author << Qt::DescendingOrder
                                 << QStringList {u"cherry festival"_s, u"Date palms"_s,
                                        u"banana harvest"_s, u"Apple prices"_s,
                                        u"elderberry wine"_s};
}

void tst_PostgresArticleStore::listSorting()
{
    QFETCH(SortKey, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, headlines);
    QVERIFY(addListArticles());
    LibraryQuery query;
    query.sort = sort;
    query.order = order;
    const Result<QList<ArticleSummary>> rows = m_store->list(query);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    QCOMPARE(headlinesOf(*rows), headlines);
}

void tst_PostgresArticleStore::listFilters_data()
{
    QTest::addColumn<LibraryQuery>("query");
    QTest::addColumn<QStringList>("headlines"); // sorted by headline

    LibraryQuery query;
    query.sort = SortKey::Headline;
    query.order = Qt::AscendingOrder;

    LibraryQuery q = query;
    q.statuses = {ArticleStatus::Published};
    QTest::newRow("status") << q << QStringList {u"Apple prices"_s, u"Date palms"_s};
    q.statuses = {ArticleStatus::Draft, ArticleStatus::Approved};
    QTest::newRow("two statuses") << q << QStringList {u"banana harvest"_s, u"elderberry wine"_s};
    q = query;
    q.category = u"Culture"_s;
    QTest::newRow("category") << q << QStringList {u"cherry festival"_s, u"Date palms"_s};
    q.category = u"culture"_s;
    QTest::newRow("category matches exactly") << q << QStringList {};
    q = query;
    q.author = u"ann"_s;
    QTest::newRow("author is owner")
        << q << QStringList {u"banana harvest"_s, u"cherry festival"_s};
    q.author = u"Bea Byline"_s;
    QTest::newRow("author is byline") << q << QStringList {u"banana harvest"_s, u"Date palms"_s};
    q.author = u"Bea"_s;
    QTest::newRow("author matches exactly") << q << QStringList {};
    q = query;
    q.dateField = DateField::Published;
    q.from = QDateTime(QDate(2025, 3, 2), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("published from") << q << QStringList {u"Apple prices"_s, u"elderberry wine"_s};
    q.to = QDateTime(QDate(2025, 3, 3), QTime(12, 0), QTimeZone::UTC);
    QTest::newRow("published range, end exclusive") << q << QStringList {u"elderberry wine"_s};
    q = query;
    q.statuses = {ArticleStatus::Published};
    q.category = u"Business"_s;
    q.author = u"bob"_s;
    QTest::newRow("combined") << q << QStringList {u"Apple prices"_s};
    q = query;
    q.dateField = DateField::Created;
    q.from = QDateTime::currentDateTimeUtc().addDays(1);
    QTest::newRow("created in the future") << q << QStringList {};
    q = query;
    q.dateField = DateField::Modified;
    q.from = QDateTime::currentDateTimeUtc().addDays(-1);
    q.to = QDateTime::currentDateTimeUtc().addDays(1);
    QTest::newRow("modified today")
        << q
        << QStringList {u"Apple prices"_s, u"banana harvest"_s, u"cherry festival"_s,
               u"Date palms"_s, u"elderberry wine"_s};
    // Row ids follow the creation order of addListArticles(): banana harvest is 1.
    q = query;
    q.ids = QList<qint64> {2, 3, 99};
    QTest::newRow("ids, an absent one ignored")
        << q << QStringList {u"Apple prices"_s, u"cherry festival"_s};
    q.ids = QList<qint64> {};
    QTest::newRow("no ids: nothing") << q << QStringList {};
    q.ids = QList<qint64> {1, 2, 4};
    q.statuses = {ArticleStatus::Published};
    QTest::newRow("ids and status") << q << QStringList {u"Apple prices"_s, u"Date palms"_s};
    q = query;
    q.trash = true;
    QTest::newRow("trash") << q << QStringList {};
}

void tst_PostgresArticleStore::listFilters()
{
    QFETCH(LibraryQuery, query);
    QFETCH(QStringList, headlines);
    QVERIFY(addListArticles());
    const Result<QList<ArticleSummary>> rows = m_store->list(query);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    QCOMPARE(headlinesOf(*rows), headlines);
    QCOMPARE(m_store->count(query).value(), headlines.size());
}

void tst_PostgresArticleStore::listPaging()
{
    for (int i = 0; i < 12; ++i)
        QVERIFY(create(smallArticle(u"Story %1"_s.arg(i, 2, 10, QChar(u'0')))) > 0);
    LibraryQuery query;
    query.sort = SortKey::Headline;
    query.order = Qt::AscendingOrder;
    query.limit = 5;
    QStringList seen;
    for (query.offset = 0; query.offset < 15; query.offset += 5) {
        const QList<ArticleSummary> page = m_store->list(query).value();
        QCOMPARE(page.size(), query.offset < 10 ? 5 : 2);
        seen += headlinesOf(page);
    }
    QCOMPARE(seen.size(), 12);
    QCOMPARE(seen.first(), u"Story 00"_s);
    QCOMPARE(seen.last(), u"Story 11"_s);
    QCOMPARE(seen.removeDuplicates(), 0);
    QCOMPARE(m_store->count(query).value(), 12); // limit and offset do not count
}

void tst_PostgresArticleStore::categoriesAndAuthors()
{
    QVERIFY(addListArticles());
    QCOMPARE(m_store->categories().value(), (QStringList {u"Business"_s, u"Culture"_s}));
    QCOMPARE(m_store->authors().value(),
        (QStringList {
            u"ann"_s, u"Ann Other"_s, u"Bea Byline"_s, u"bob"_s, u"cy"_s, u"Cy Writer"_s}));
    const ArticleSummary apple = m_store->list({}).value().at(3);
    QCOMPARE(apple.headline, u"Apple prices"_s);
    QCOMPARE(apple.authors, QStringList {u"Ann Other"_s});
    QCOMPARE(apple.owner, u"bob"_s);
    QCOMPARE(apple.category, u"Business"_s);
    QCOMPARE(apple.status, ArticleStatus::Published);
    QCOMPARE(apple.published, QDateTime(QDate(2025, 3, 3), QTime(12, 0), QTimeZone::UTC));
}

void tst_PostgresArticleStore::searchWordsAndPhrases()
{
    create(smallArticle(u"Lighthouse keeper retires"_s, u"After forty years he leaves."_s));
    create(smallArticle(u"Ferry news"_s,
        u"The new ferry timetable starts on Monday. The keeper of the lighthouse was not "
        "asked."_s));
    create(smallArticle(u"Council meeting"_s, u"The city council approved the budget."_s));
    SearchQuery query;
    const auto found = [&](const QString &text) {
        query.text = text;
        const Result<QList<SearchHit>> hits = m_store->search(query);
        if (!hits)
            qWarning() << hits.error().message;
        QStringList headlines = hits ? headlinesOf(*hits) : QStringList {u"error"_s};
        headlines.sort();
        return headlines;
    };
    QCOMPARE(found(u"keeper"_s), (QStringList {u"Ferry news"_s, u"Lighthouse keeper retires"_s}));
    QCOMPARE(found(u"\"lighthouse keeper\""_s), QStringList {u"Lighthouse keeper retires"_s});
    QCOMPARE(found(u"ferry lighthouse"_s), QStringList {u"Ferry news"_s}); // every word
    QCOMPARE(found(u"retiring"_s), QStringList {u"Lighthouse keeper retires"_s}); // stemmed
    // What websearch_to_tsquery() would read as operators is text.
    QCOMPARE(found(u"ferry or council"_s), QStringList {});
    QCOMPARE(found(u"-ferry timetable"_s), QStringList {u"Ferry news"_s});
    QCOMPARE(found(u"\"council approved"_s), QStringList {u"Council meeting"_s});
    QCOMPARE(found(u"!!! ???"_s), QStringList {});
    QCOMPARE(found(u"the"_s), QStringList {}); // a stop word alone finds nothing
}

void tst_PostgresArticleStore::searchRanksHeadlineFirst()
{
    const qint64 inBody = create(smallArticle(u"Weather report"_s,
        u"Lots of words about many things, and somewhere the lighthouse is mentioned, and the "
        "lighthouse again."_s));
    const qint64 inHeadline = create(smallArticle(u"Lighthouse keeper retires"_s,
        u"Lots of words about many things, none of them that one."_s));
    SearchQuery query;
    query.text = u"lighthouse"_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).summary.id, inHeadline);
    QCOMPARE(hits.at(1).summary.id, inBody);
    QVERIFY(hits.at(0).rank < hits.at(1).rank); // lower is better
    query.limit = 1;
    QCOMPARE(m_store->search(query)->size(), 1);
    query.limit = 0;
    QCOMPARE(m_store->search(query)->size(), 0);
}

void tst_PostgresArticleStore::searchFiltersAndTrash()
{
    QVERIFY(addListArticles()); // every body is "Plain text."
    SearchQuery query;
    query.text = u"plain"_s;
    QCOMPARE(m_store->search(query)->size(), 5);
    query.filter.category = u"Culture"_s;
    QStringList headlines = headlinesOf(m_store->search(query).value());
    headlines.sort();
    QCOMPARE(headlines, (QStringList {u"Date palms"_s, u"cherry festival"_s}));
    query.filter = {};
    query.filter.author = u"bob"_s;
    query.filter.statuses = {ArticleStatus::Published};
    QCOMPARE(headlinesOf(m_store->search(query).value()), QStringList {u"Apple prices"_s});
    query.filter = {};
    query.filter.ids = QList<qint64> {3, 5};
    headlines = headlinesOf(m_store->search(query).value());
    headlines.sort();
    QCOMPARE(headlines, (QStringList {u"cherry festival"_s, u"elderberry wine"_s}));

    query.filter = {};
    QVERIFY(m_store->moveToTrash(1));
    QCOMPARE(m_store->search(query)->size(), 4);
    query.filter.trash = true;
    QCOMPARE(headlinesOf(m_store->search(query).value()), QStringList {u"banana harvest"_s});
}

void tst_PostgresArticleStore::searchSnippets()
{
    create(smallArticle(
        u"Lighthouse keeper retires"_s, u"After forty years the lighthouse goes dark."_s));
    create(smallArticle(u"Harbour news"_s,
        u"Passengers should read the **new** [ferry timetable](https://harbour.example/"
        "timetable.pdf) before travelling on *Monday*."_s));
    create(Testing::fullArticle());
    SearchQuery query;

    // The headline first, whole, without ellipses.
    query.text = u"lighthouse"_s;
    QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(
        hits.at(0).snippet, SnippetOpen + u"Lighthouse"_s + SnippetClose + u" keeper retires"_s);

    // Body text, cleaned of Markdown.
    query.text = u"timetable"_s;
    hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    QString snippet = hits.at(0).snippet;
    QVERIFY2(snippet.contains(u"new ferry "_s + SnippetOpen + u"timetable"_s + SnippetClose
                 + u" before travelling on Monday."_s),
        qPrintable(snippet));
    for (const QString &syntax : {u"]("_s, u"https"_s, u"pdf"_s, u"*"_s, u"["_s})
        QVERIFY2(!snippet.contains(syntax), qPrintable(snippet));

    // A cut from a long text, marked where it was cut, on one line.
    query.text = u"assemble"_s;
    hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    snippet = hits.at(0).snippet;
    QVERIFY2(snippet.contains(SnippetOpen + u"assemble"_s + SnippetClose), qPrintable(snippet));
    QVERIFY2(snippet.contains(SnippetEllipsis), qPrintable(snippet));
    QVERIFY(!snippet.contains(u'\n'));
    QVERIFY(snippet.size() < 400);
    QCOMPARE(hits.at(0).summary.headline, Testing::fullArticle().headline);
}

void tst_PostgresArticleStore::searchRefusesEmptyText()
{
    create(smallArticle(u"Anything"_s));
    SearchQuery query;
    for (const QString &text : {QString(), u"  \t "_s}) {
        query.text = text;
        const Result<QList<SearchHit>> hits = m_store->search(query);
        QVERIFY(!hits);
        QCOMPARE(hits.error().code, Error::Code::InvalidInput);
    }
}

void tst_PostgresArticleStore::publicationProfile()
{
    QCOMPARE(m_store->publicationProfile().value(), PublicationProfile {});
    PublicationProfile herald;
    herald.name = u"The Harbour Herald"_s;
    herald.tagline = u"News from the quay"_s;
    herald.logo = Testing::tinyPng();
    herald.logoMimeType = u"image/png"_s;
    herald.accentColor = u"#123456"_s;
    herald.pageSize = PublicationProfile::PageSize::Letter;
    QSignalSpy changed(m_store.get(), &ArticleStore::publicationProfileChanged);
    QVERIFY(m_store->setPublicationProfile(herald));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_store->publicationProfile().value(), herald);
    // Under SQLite's key, written by the server's function.
    QVERIFY(scalar(u"SELECT value FROM copydesk.settings WHERE key = 'publicationProfile'"_s)
            .toString()
            .contains(u"The Harbour Herald"_s));

    PublicationProfile invalid = herald;
    invalid.accentColor = u"red"_s;
    const Status refused = m_store->setPublicationProfile(invalid);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_store->publicationProfile().value(), herald);
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
