// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// New articles enter the workflow as drafts once the library has people: the store stores them
// so, migration 6's trigger refuses other tools' inserts, and a library without people keeps
// free statuses. Real library files in temporary folders.
#include "libraryfile.h"
#include "sqliteschema.h"
#include "sqliteworkflow.h"
#include "temporarylibrary.h"

#include <QSqlError>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// Runs `statements` on a connection of their own, as another tool would; returns the first
/// error's database text, empty when all succeeded.
QString raw(const QString &path, const QStringList &statements)
{
    QString error;
    const QString name = u"raw"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery query(db);
        for (const QString &sql : statements) {
            if (!query.exec(sql)) {
                error = query.lastError().databaseText();
                break;
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString insertArticleSql(const QString &status)
{
    return u"INSERT INTO articles (uuid, headline, dek, authors, status, owner, category, "
           "created, modified, word_count, revision) VALUES ('%1', 'Raw', '', '[]', '%2', '', "
           "'', 0, 0, 0, 0)"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces), status);
}

Article approved(const QString &headline)
{
    Article article = smallArticle(headline);
    article.status = ArticleStatus::Approved;
    article.owner = u"ann"_s;
    return article;
}

} // namespace

class tst_WorkflowDrafts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rawInsert_data();
    void rawInsert();
    void createStoresDrafts_data();
    void createStoresDrafts();
    void importStoresDrafts();
    void importKeepsStoredStatus();
    void migratesFromVersion5();

private:
    static bool addPeople(SqliteArticleStore &store);
};

bool tst_WorkflowDrafts::addPeople(SqliteArticleStore &store)
{
    auto workflow = SqliteWorkflow::open(store);
    if (!workflow)
        return false;
    return (*workflow)->addPerson({u"ada"_s, Role::Admin}, u"ada"_s).ok()
        && (*workflow)->addPerson({u"ann"_s, Role::Reporter}, u"ada"_s).ok();
}

void tst_WorkflowDrafts::rawInsert_data()
{
    QTest::addColumn<bool>("people");
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("no people, approved") << false << u"approved"_s << true;
    QTest::newRow("no people, published") << false << u"published"_s << true;
    QTest::newRow("people, draft") << true << u"draft"_s << true;
    QTest::newRow("people, approved") << true << u"approved"_s << false;
    QTest::newRow("people, in review") << true << u"inReview"_s << false;
    QTest::newRow("people, published") << true << u"published"_s << false;
    QTest::newRow("people, spiked") << true << u"spiked"_s << false;
}

void tst_WorkflowDrafts::rawInsert()
{
    QFETCH(bool, people);
    QFETCH(QString, status);
    QFETCH(bool, allowed);
    TemporaryLibrary library;
    QVERIFY2(library.isValid(), qPrintable(library.error()));
    if (people)
        QVERIFY(addPeople(*library.store()));
    const QString error = raw(library.path(), {insertArticleSql(status)});
    if (allowed) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(
            library.rowCount(u"SELECT count(*) FROM articles WHERE status = '%1'"_s.arg(status)),
            1);
    } else {
        QVERIFY(error.contains(u"new articles start as drafts"_s));
        QCOMPARE(library.rowCount(u"SELECT count(*) FROM articles"_s), 0);
    }
}

void tst_WorkflowDrafts::createStoresDrafts_data()
{
    QTest::addColumn<bool>("people");
    QTest::addColumn<ArticleStatus>("stored");

    QTest::newRow("without people the status is kept") << false << ArticleStatus::Approved;
    QTest::newRow("with people a draft") << true << ArticleStatus::Draft;
}

void tst_WorkflowDrafts::createStoresDrafts()
{
    QFETCH(bool, people);
    QFETCH(ArticleStatus, stored);
    TemporaryLibrary library;
    QVERIFY2(library.isValid(), qPrintable(library.error()));
    if (people)
        QVERIFY(addPeople(*library.store()));
    const qint64 id = library.create(approved(u"Harbour reopens"_s));
    QVERIFY(id > 0);
    const auto record = library.store()->load(id);
    QVERIFY(record);
    QCOMPARE(record->article.status, stored);
    QCOMPARE(record->article.owner, u"ann"_s);
    QCOMPARE(library.store()->list({}).value().first().status, stored);
    // The stored revision says the same as the listing.
    QCOMPARE(library.store()->revision(id, 1).value().status, stored);
}

void tst_WorkflowDrafts::importStoresDrafts()
{
    TemporaryLibrary library;
    QVERIFY2(library.isValid(), qPrintable(library.error()));
    QVERIFY(addPeople(*library.store()));
    Article published = approved(u"Bridge opens"_s);
    published.status = ArticleStatus::Published;
    const auto ids = library.store()->importArticles(
        {approved(u"Harbour reopens"_s), published}, withRevision());
    QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
    QCOMPARE(ids->size(), 2);
    for (qint64 id : *ids)
        QCOMPARE(library.store()->load(id)->article.status, ArticleStatus::Draft);
    QCOMPARE(library.store()->checkIntegrity().value(), QStringList {});
}

void tst_WorkflowDrafts::importKeepsStoredStatus()
{
    TemporaryLibrary library;
    QVERIFY2(library.isValid(), qPrintable(library.error()));
    // Approved before the library had a workflow.
    Article article = approved(u"Harbour reopens"_s);
    article.ensureIds();
    const qint64 id = library.create(article);
    QVERIFY(id > 0);
    QVERIFY(addPeople(*library.store()));

    // The same article again, claiming another status and owner and with the same text.
    Article again = article;
    again.status = ArticleStatus::Published;
    again.owner = u"bob"_s;
    const auto ids = library.store()->importArticles({again}, withRevision());
    QVERIFY2(ids, ids ? "" : qPrintable(ids.error().message));
    QCOMPARE(ids->first(), id);
    const auto record = library.store()->load(id);
    QCOMPARE(record->article.status, ArticleStatus::Approved);
    QCOMPARE(record->article.owner, u"ann"_s);
}

void tst_WorkflowDrafts::migratesFromVersion5()
{
    TemporaryLibrary library;
    QVERIFY2(library.isValid(), qPrintable(library.error()));
    const qint64 id = library.create(approved(u"Harbour reopens"_s));
    QVERIFY(id > 0);
    QVERIFY(addPeople(*library.store()));
    library.close();
    // What version 5 had: everything but the insert trigger (and the content trigger reads the
    // content hash of version 7; migration 8 makes it anew), and nothing of version 9 (whose
    // counts then include the article inserted below).
    QCOMPARE(raw(library.path(),
                 {u"DROP TRIGGER article_counts_insert"_s, u"DROP TRIGGER article_counts_delete"_s,
                     u"DROP TRIGGER article_counts_update"_s, u"DROP TABLE article_counts"_s,
                     u"DROP INDEX articles_live_status_modified"_s,
                     u"DROP INDEX articles_live_status_headline"_s,
                     u"DROP INDEX articles_live_status_category"_s,
                     u"DROP INDEX articles_live_status_first_author"_s,
                     u"DROP TRIGGER articles_insert_draft"_s,
                     u"DROP TRIGGER article_content_after_approval"_s,
                     u"ALTER TABLE article_content DROP COLUMN content_hash"_s,
                     u"PRAGMA user_version = 5"_s}),
        QString());
    QCOMPARE(raw(library.path(), {insertArticleSql(u"approved"_s)}), QString());
    QCOMPARE(LibraryFile::inspect(library.path()).userVersion, 5u);

    auto store
        = SqliteArticleStore::open(library.path(), SqliteArticleStore::OpenMode::OpenExisting);
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    QCOMPARE(LibraryFile::inspect(library.path()).userVersion, SqliteSchema::Version);
    QCOMPARE(SqliteSchema::Version, 9u);
    // The data is kept as it was, statuses included.
    const auto kept = (*store)->load(id);
    QVERIFY(kept);
    QCOMPARE(kept->article.headline, u"Harbour reopens"_s);
    QCOMPARE(kept->article.status, ArticleStatus::Approved);
    LibraryQuery approvedOnly;
    approvedOnly.statuses = {ArticleStatus::Approved};
    QCOMPARE((*store)->count(approvedOnly).value(), 2);
    QCOMPARE(SqliteWorkflow::open(**store).value()->people().value().size(), 2);
    // …and new articles are drafts from now on.
    store->reset();
    QVERIFY(raw(library.path(), {insertArticleSql(u"approved"_s)})
            .contains(u"new articles start as drafts"_s));
}

QTEST_GUILESS_MAIN(tst_WorkflowDrafts)
#include "tst_workflowdrafts.moc"
