// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// What only a SQLite library file shows: its tables (images stored once, nothing left behind by
// a purge), a failure inside SQLite rolling a whole import back, connections being removed, and
// a bare store without the workflow. Everything the store does on both backends is in
// tests/models/library/tst_librarystore.
#include "articlefactory.h"
#include "temporarylibrary.h"

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

    void statusChangeKeepsNoRevision();
    void heroImagesStoredOnce();
    void purgeLeavesNoRows();
    void importAllOrNothingOnDatabaseFailure();
    void connectionsAreRemoved();
    void countAgreesWithList_data();
    void countAgreesWithList();

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

void tst_SqliteArticleStore::statusChangeKeepsNoRevision()
{
    // A store without the workflow (a local library without people) takes the status and
    // owner as given; with people (and on a team library) they change only through the
    // workflow: tst_librarystore.
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

void tst_SqliteArticleStore::purgeLeavesNoRows()
{
    const qint64 keep = create(smallArticle(u"Harbour plan approved"_s));
    const qint64 id = create(smallArticle(u"Harbour plan rejected"_s));
    QVERIFY(m_store->moveToTrash(id));
    QVERIFY(m_store->purge(id));
    QCOMPARE(rowCount(u"SELECT count(*) FROM revisions WHERE article_id = %1"_s.arg(id)), 0);
    QCOMPARE(rowCount(u"SELECT count(*) FROM article_authors WHERE article_id = %1"_s.arg(id)), 0);
    QCOMPARE(rowCount(u"SELECT count(*) FROM article_content WHERE article_id = %1"_s.arg(id)), 0);
    QCOMPARE(rowCount(u"SELECT count(*) FROM revisions WHERE article_id = %1"_s.arg(keep)), 1);
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

void tst_SqliteArticleStore::countAgreesWithList_data()
{
    QTest::addColumn<LibraryQuery>("query");
    QTest::addColumn<qint64>("expected");
    // By status and trash the kept counts are read (SqliteFilter::countSql()); a category counts
    // the rows. Five articles: two drafts, two approved, one of them trashed.
    QTest::newRow("every live article") << LibraryQuery {} << qint64(4);
    LibraryQuery trash;
    trash.trash = true;
    QTest::newRow("the trash") << trash << qint64(1);
    LibraryQuery approved;
    approved.statuses = {ArticleStatus::Approved};
    QTest::newRow("approved") << approved << qint64(2);
    LibraryQuery category;
    category.category = u"Sport"_s;
    QTest::newRow("a category") << category << qint64(1);
}

void tst_SqliteArticleStore::countAgreesWithList()
{
    QFETCH(LibraryQuery, query);
    QFETCH(qint64, expected);
    const QStringList headlines {u"Ferry timetable"_s, u"Harbour plan"_s, u"Council budget"_s,
        u"Cup final"_s, u"Bridge closure"_s};
    QList<qint64> ids;
    for (const QString &headline : headlines) {
        Article article = smallArticle(headline);
        article.status = ids.size() % 2 ? ArticleStatus::Approved : ArticleStatus::Draft;
        article.category = headline == u"Cup final"_s ? u"Sport"_s : u"News"_s;
        ids.append(create(article));
    }
    QVERIFY(m_store->moveToTrash(ids.last()));
    QCOMPARE(m_store->count(query).value(), expected);
    QCOMPARE(m_store->list(query).value().size(), expected);
}

QTEST_GUILESS_MAIN(tst_SqliteArticleStore)
#include "tst_sqlitearticlestore.moc"
