#include "articlefactory.h"
#include "articlejson.h"
#include "temporarylibrary.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class tst_SqliteArticleStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void createAndLoad_data();
    void createAndLoad();
    void createGivesIds();
    void createRejectsDuplicateUuid();
    void loadMissing();
    void findByUuid();
    void saveKeepsRevision();
    void identicalContentKeepsNoRevision();
    void statusChangeKeepsNoRevision();
    void autosaveKeepsNoRevision();
    void saveRejectsOtherUuid();
    void saveMissing();
    void restoreRevision();
    void restoreMissingRevision();
    void heroImagesStoredOnce();
    void trashRestorePurge();
    void purgeRefusesLiveArticle();
    void signalsAfterChanges();
    void importAllOrNothingOnBadArticle();
    void importAllOrNothingOnDatabaseFailure();
    void importUpdatesExisting();
    void healthyLibraryPassesIntegrityCheck();
    void connectionsAreRemoved();

private:
    QString path() const { return m_library->path(); }
    qint64 create(const Article &article) { return m_library->create(article); }
    int rowCount(const QString &sql) const { return m_library->rowCount(sql); }

    std::optional<TemporaryLibrary> m_library;
    SqliteArticleStore *m_store = nullptr;
};

void tst_SqliteArticleStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SqliteArticleStore::init()
{
    m_library.emplace();
    QVERIFY2(m_library->isValid(), qPrintable(m_library->error()));
    m_store = m_library->store();
}

void tst_SqliteArticleStore::cleanup()
{
    m_store = nullptr;
    m_library.reset();
}

void tst_SqliteArticleStore::createAndLoad_data()
{
    QTest::addColumn<Article>("article");
    QTest::newRow("full") << Testing::fullArticle();
    QTest::newRow("odd unicode") << Testing::oddUnicodeArticle();
    QTest::newRow("generated") << Testing::generatedArticle(7);
    QTest::newRow("empty") << Article {};
}

void tst_SqliteArticleStore::createAndLoad()
{
    QFETCH(Article, article);
    article.ensureIds();
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Result<qint64> id = m_store->create(article, withRevision(u"first"_s));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    QVERIFY(*id > 0);

    const Result<ArticleRecord> record = m_store->load(*id);
    QVERIFY(record);
    QCOMPARE(record->id, *id);
    QCOMPARE(record->article, article);
    QCOMPARE(record->revision, 1);
    QVERIFY(!record->trashed);
    QVERIFY(record->created >= before);
    QCOMPARE(record->modified, record->created);
    QCOMPARE(record->created.timeSpec(), Qt::UTC);

    const auto revisions = m_store->revisions(*id);
    QVERIFY(revisions);
    QCOMPARE(revisions->size(), 1);
    QCOMPARE(revisions->at(0).number, 1);
    QCOMPARE(revisions->at(0).author, u"jdoe"_s);
    QCOMPARE(revisions->at(0).note, u"first"_s);
    QCOMPARE(revisions->at(0).contentHash, ArticleJson::contentHash(article));
    const Result<Article> first = m_store->revision(*id, 1);
    QVERIFY(first);
    QCOMPARE(*first, article);
}

void tst_SqliteArticleStore::createGivesIds()
{
    Article article = smallArticle(u"No ids yet"_s);
    article.parts[0].id.clear();
    const qint64 id = create(article);
    QVERIFY(id > 0);
    const Result<ArticleRecord> record = m_store->load(id);
    QVERIFY(record);
    QVERIFY(!record->article.uuid.isEmpty());
    QVERIFY(!record->article.parts.at(0).id.isEmpty());
    QCOMPARE(record->article.headline, u"No ids yet"_s);
}

void tst_SqliteArticleStore::createRejectsDuplicateUuid()
{
    const Article article = Testing::fullArticle();
    QVERIFY(create(article) > 0);
    const Result<qint64> again = m_store->create(article, withRevision());
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::InvalidInput);
    QVERIFY(again.error().message.contains(path()));
    QCOMPARE(m_store->count({}).value(), 1);
}

void tst_SqliteArticleStore::loadMissing()
{
    const Result<ArticleRecord> record = m_store->load(42);
    QVERIFY(!record);
    QCOMPARE(record.error().code, Error::Code::NotFound);
    QVERIFY(record.error().message.contains(path()));
    QCOMPARE(m_store->revisions(42).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->revision(42, 1).error().code, Error::Code::NotFound);
}

void tst_SqliteArticleStore::findByUuid()
{
    const Article article = Testing::fullArticle();
    const qint64 id = create(article);
    QCOMPARE(m_store->findByUuid(article.uuid).value(), id);
    const Result<qint64> missing = m_store->findByUuid(u"00000000-0000-4000-8000-00000000dead"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void tst_SqliteArticleStore::saveKeepsRevision()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    const Article original = article;
    article.headline = u"Barriers hold, but only just"_s;
    QTest::qSleep(2);
    const Result<int> revision = m_store->save(id, article, withRevision(u"tightened"_s));
    QVERIFY(revision);
    QCOMPARE(*revision, 2);

    const Result<ArticleRecord> record = m_store->load(id);
    QCOMPARE(record->article, article);
    QCOMPARE(record->revision, 2);
    QVERIFY(record->modified > record->created);

    const auto revisions = m_store->revisions(id).value();
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).number, 2); // newest first
    QCOMPARE(revisions.at(0).note, u"tightened"_s);
    QCOMPARE(revisions.at(1).number, 1);
    QCOMPARE(m_store->revision(id, 1).value(), original);
    QCOMPARE(m_store->revision(id, 2).value(), article);
}

void tst_SqliteArticleStore::identicalContentKeepsNoRevision()
{
    const Article article = Testing::fullArticle();
    const qint64 id = create(article);
    const Result<int> revision = m_store->save(id, article, withRevision());
    QVERIFY(revision);
    QCOMPARE(*revision, 1);
    QCOMPARE(m_store->revisions(id)->size(), 1);
}

void tst_SqliteArticleStore::statusChangeKeepsNoRevision()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    article.status = ArticleStatus::Approved;
    article.owner = u"editor"_s;
    QCOMPARE(m_store->save(id, article, withRevision()).value(), 1);
    const ArticleRecord record = m_store->load(id).value();
    QCOMPARE(record.article.status, ArticleStatus::Approved);
    QCOMPARE(record.article.owner, u"editor"_s);
    QCOMPARE(m_store->list({}).value().at(0).status, ArticleStatus::Approved);
}

void tst_SqliteArticleStore::autosaveKeepsNoRevision()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    const QDateTime created = m_store->load(id)->modified;
    article.lede += u" Typing…"_s;
    QTest::qSleep(2);
    QCOMPARE(m_store->save(id, article, autosave()).value(), 1);
    const ArticleRecord afterAutosave = m_store->load(id).value();
    QCOMPARE(afterAutosave.article, article);
    QCOMPARE(afterAutosave.revision, 1);
    QVERIFY(afterAutosave.modified > created);
    QCOMPARE(m_store->revisions(id)->size(), 1);

    // The next kept revision includes what was autosaved, even if nothing changed since.
    QCOMPARE(m_store->save(id, article, withRevision()).value(), 2);
    QCOMPARE(m_store->revision(id, 2).value(), article);
}

void tst_SqliteArticleStore::saveRejectsOtherUuid()
{
    const qint64 id = create(Testing::fullArticle());
    Article other = Testing::fullArticle();
    other.uuid = u"00000000-0000-4000-8000-0000000000aa"_s;
    const Result<int> saved = m_store->save(id, other, withRevision());
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::InvalidInput);
    QCOMPARE(m_store->load(id)->article, Testing::fullArticle());

    // An empty uuid means "this article".
    other.uuid.clear();
    other.headline = u"Kept id"_s;
    QVERIFY(m_store->save(id, other, withRevision()));
    QCOMPARE(m_store->load(id)->article.uuid, Testing::fullArticle().uuid);
}

void tst_SqliteArticleStore::saveMissing()
{
    const Result<int> saved = m_store->save(99, Testing::fullArticle(), withRevision());
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::NotFound);
    QCOMPARE(m_store->count({}).value(), 0);
}

void tst_SqliteArticleStore::restoreRevision()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    const Article first = article;
    article.headline = u"Second version"_s;
    article.parts.removeLast();
    QCOMPARE(m_store->save(id, article, withRevision()).value(), 2);
    article.status = ArticleStatus::InReview;
    QCOMPARE(m_store->save(id, article, withRevision()).value(), 2); // status only

    const Result<int> restored = m_store->restoreRevision(id, 1, u"editor"_s);
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    QCOMPARE(*restored, 3);
    const ArticleRecord record = m_store->load(id).value();
    Article expected = first;
    expected.status = ArticleStatus::InReview; // workflow state is not restored
    QCOMPARE(record.article, expected);
    QCOMPARE(record.revision, 3);
    const RevisionInfo newest = m_store->revisions(id)->at(0);
    QCOMPARE(newest.number, 3);
    QCOMPARE(newest.author, u"editor"_s);
    QVERIFY(newest.note.contains(u"1"_s));
    QCOMPARE(newest.contentHash, ArticleJson::contentHash(first));
    QCOMPARE(m_store->revision(id, 2)->headline, u"Second version"_s); // nothing lost

    // Restoring the newest content again still records the restore.
    QCOMPARE(m_store->restoreRevision(id, 3, u"editor"_s).value(), 4);
}

void tst_SqliteArticleStore::restoreMissingRevision()
{
    const qint64 id = create(Testing::fullArticle());
    const Result<int> restored = m_store->restoreRevision(id, 7, u"editor"_s);
    QVERIFY(!restored);
    QCOMPARE(restored.error().code, Error::Code::NotFound);
    QCOMPARE(m_store->load(id)->revision, 1);
}

void tst_SqliteArticleStore::heroImagesStoredOnce()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    for (int i = 0; i < 4; ++i) {
        article.headline = u"Version %1"_s.arg(i);
        QVERIFY(m_store->save(id, article, withRevision()));
    }
    Article other = Testing::generatedArticle(3); // same tiny PNG
    const qint64 otherId = create(other);
    QCOMPARE(rowCount(u"SELECT count(*) FROM images"_s), 1);
    QCOMPARE(rowCount(u"SELECT count(*) FROM revisions"_s), 6);

    article.hero.data = Testing::tinyPng() + QByteArray("trailing bytes");
    QVERIFY(m_store->save(id, article, withRevision()));
    QCOMPARE(rowCount(u"SELECT count(*) FROM images"_s), 2);
    QCOMPARE(m_store->load(id)->article.hero.data, article.hero.data);
    QCOMPARE(m_store->revision(id, 1)->hero.data, Testing::tinyPng());

    // An image goes when no article or revision refers to it any more.
    article.hero = {};
    QVERIFY(m_store->save(id, article, autosave()));
    QCOMPARE(rowCount(u"SELECT count(*) FROM images"_s), 2); // revision 6 still has it
    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->purge(id));
    QCOMPARE(rowCount(u"SELECT count(*) FROM images"_s), 1);
    QVERIFY(m_store->moveToTrash(otherId));
    QVERIFY(m_store->purge(otherId));
    QCOMPARE(rowCount(u"SELECT count(*) FROM images"_s), 0);
}

void tst_SqliteArticleStore::trashRestorePurge()
{
    const qint64 keep = create(smallArticle(u"Harbour plan approved"_s));
    const qint64 id = create(smallArticle(u"Harbour plan rejected"_s));
    SearchQuery harbour;
    harbour.text = u"harbour"_s;
    QCOMPARE(m_store->search(harbour)->size(), 2);

    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->moveToTrash(id)); // already there: nothing to do
    const ArticleRecord trashed = m_store->load(id).value();
    QVERIFY(trashed.trashed);
    QVERIFY(trashed.trashedAt.isValid());
    QCOMPARE(m_store->count({}).value(), 1);
    QCOMPARE(m_store->list({})->at(0).id, keep);
    QCOMPARE(m_store->search(harbour)->size(), 1);
    LibraryQuery trash;
    trash.trash = true;
    QCOMPARE(m_store->list(trash)->size(), 1);
    QCOMPARE(m_store->list(trash)->at(0).id, id);
    QVERIFY(m_store->list(trash)->at(0).trashed);
    harbour.filter.trash = true;
    QCOMPARE(m_store->search(harbour)->size(), 1);

    QVERIFY(m_store->restoreFromTrash(id));
    QVERIFY(!m_store->load(id)->trashed);
    QCOMPARE(m_store->count({}).value(), 2);

    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->purge(id));
    QCOMPARE(m_store->load(id).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->revisions(id).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->count(trash).value(), 0);
    QCOMPARE(rowCount(u"SELECT count(*) FROM revisions WHERE article_id = %1"_s.arg(id)), 0);
    QCOMPARE(rowCount(u"SELECT count(*) FROM article_authors WHERE article_id = %1"_s.arg(id)), 0);
    harbour.filter.trash = false;
    QCOMPARE(m_store->search(harbour)->size(), 1);
    QCOMPARE(m_store->purge(id).error().code, Error::Code::NotFound);
    QCOMPARE(m_store->moveToTrash(id).error().code, Error::Code::NotFound);
    QVERIFY(m_store->checkIntegrity()->isEmpty());
}

void tst_SqliteArticleStore::purgeRefusesLiveArticle()
{
    const qint64 id = create(Testing::fullArticle());
    const Status purged = m_store->purge(id);
    QVERIFY(!purged);
    QCOMPARE(purged.error().code, Error::Code::InvalidInput);
    QVERIFY(purged.error().message.contains(path()));
    QVERIFY(m_store->load(id));
}

void tst_SqliteArticleStore::signalsAfterChanges()
{
    QSignalSpy changed(m_store, &ArticleStore::articleChanged);
    QSignalSpy removed(m_store, &ArticleStore::articleRemoved);
    Article article = smallArticle(u"Signals"_s);
    const qint64 id = create(article);
    article.headline = u"Signals again"_s;
    QVERIFY(m_store->save(id, article, autosave()));
    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->restoreFromTrash(id));
    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->purge(id));
    QCOMPARE(changed.size(), 5);
    for (const auto &arguments : std::as_const(changed))
        QCOMPARE(arguments.at(0).toLongLong(), id);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toLongLong(), id);

    // Failures emit nothing.
    QVERIFY(!m_store->save(id, article, autosave()));
    QCOMPARE(changed.size(), 5);
}

void tst_SqliteArticleStore::importAllOrNothingOnBadArticle()
{
    const qint64 existing = create(smallArticle(u"Already here"_s));
    QList<Article> batch;
    for (int i = 0; i < 5; ++i)
        batch.append(Testing::generatedArticle(100 + i, 300));
    batch[3].uuid = u"not-a-uuid"_s;
    QSignalSpy changed(m_store, &ArticleStore::articleChanged);
    const Result<QList<qint64>> ids = m_store->importArticles(batch, withRevision(u"import"_s));
    QVERIFY(!ids);
    QCOMPARE(ids.error().code, Error::Code::InvalidInput);
    QVERIFY(ids.error().message.contains(u"4"_s));
    QVERIFY(ids.error().message.contains(path()));
    QCOMPARE(m_store->count({}).value(), 1);
    QCOMPARE(rowCount(u"SELECT count(*) FROM revisions"_s), 1);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_store->list({})->at(0).id, existing);
    QVERIFY(m_store->checkIntegrity()->isEmpty());
}

void tst_SqliteArticleStore::importAllOrNothingOnDatabaseFailure()
{
    // A trigger that fails on the fourth article stands in for a disk or constraint failure
    // in the middle of the batch.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"trigger"_s);
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TRIGGER fail BEFORE INSERT ON articles "
                           "WHEN NEW.headline = 'boom' BEGIN SELECT RAISE(ABORT, 'boom'); END"_s));
    }
    QSqlDatabase::removeDatabase(u"trigger"_s);

    QList<Article> batch;
    for (int i = 0; i < 5; ++i)
        batch.append(Testing::generatedArticle(200 + i, 300));
    batch[3].headline = u"boom"_s;
    const Result<QList<qint64>> ids = m_store->importArticles(batch, withRevision());
    QVERIFY(!ids);
    QVERIFY(ids.error().message.contains(path()));
    QVERIFY(ids.error().message.contains(u"boom"_s));
    QCOMPARE(m_store->count({}).value(), 0);
    QCOMPARE(rowCount(u"SELECT count(*) FROM images"_s), 0);
    QCOMPARE(rowCount(u"SELECT count(*) FROM article_content"_s), 0);
    QVERIFY(m_store->checkIntegrity()->isEmpty());

    batch[3].headline = u"fine"_s;
    QCOMPARE(m_store->importArticles(batch, withRevision())->size(), 5);
}

void tst_SqliteArticleStore::importUpdatesExisting()
{
    Article first = Testing::generatedArticle(1, 300);
    const qint64 id = create(first);
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
    QCOMPARE(m_store->load(ids->at(1))->article, fresh);
    // Importing the same again changes nothing.
    QVERIFY(m_store->importArticles({first}, withRevision()));
    QCOMPARE(m_store->revisions(id)->size(), 3);
}

void tst_SqliteArticleStore::healthyLibraryPassesIntegrityCheck()
{
    Article article = Testing::fullArticle();
    const qint64 id = create(article);
    create(Testing::oddUnicodeArticle());
    article.headline = u"Changed"_s;
    QVERIFY(m_store->save(id, article, withRevision()));
    const Result<QStringList> problems = m_store->checkIntegrity();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
}

void tst_SqliteArticleStore::connectionsAreRemoved()
{
    const QStringList before = QSqlDatabase::connectionNames();
    {
        auto second = SqliteArticleStore::open(path(), SqliteArticleStore::OpenMode::OpenExisting);
        QVERIFY(second);
        QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 1);
        // Both see each other's writes.
        const qint64 id
            = second.value()->create(smallArticle(u"From the second"_s), withRevision()).value();
        QCOMPARE(m_store->load(id)->article.headline, u"From the second"_s);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    m_store = nullptr;
    m_library->close();
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SqliteArticleStore)
#include "tst_sqlitearticlestore.moc"
