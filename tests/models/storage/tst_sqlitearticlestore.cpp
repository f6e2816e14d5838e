#include "articlefactory.h"
#include "articlejson.h"
#include "articlestats.h"
#include "sqlitearticlestore.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>
#include <optional>

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
    SaveOptions options;
    options.author = u"jdoe"_s;
    options.keepRevision = false;
    return options;
}

Article small(const QString &headline, const QString &body = u"Plain text."_s)
{
    Article article;
    article.headline = headline;
    ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, u"Section"_s);
    section.body = body;
    article.parts.append(section);
    return article;
}

/// One marker word in every text field, for the "everything is searchable" test.
Article everyField()
{
    using Kind = ArticlePart::Kind;
    Article a;
    a.headline = u"zqheadline"_s;
    a.dek = u"zqdek"_s;
    a.bylines = {{u"Zq Bylinename"_s, u"zqbylinerole"_s}};
    a.dateline = u"zqdateline"_s;
    a.tags = {u"zqtag"_s};
    a.hero.data = Testing::tinyPng();
    a.hero.mimeType = u"image/png"_s;
    a.hero.caption = u"zqcaption"_s;
    a.hero.altText = u"zqalt"_s;
    a.hero.credit = u"zqcredit"_s;
    a.lede = u"zqlede"_s;
    ArticlePart section = ArticlePart::make(Kind::Section, u"zqsectiontitle"_s);
    section.body = u"zqsectionbody"_s;
    ArticlePart facts = ArticlePart::make(Kind::KeyFacts);
    facts.items = {u"zqkeyfact"_s};
    ArticlePart quotes = ArticlePart::make(Kind::Quotes);
    quotes.quotes = {{u"zqquotetext"_s, u"Zqspeaker"_s, u"zqspeakerrole"_s}};
    ArticlePart takeaways = ArticlePart::make(Kind::KeyTakeaways, u"zqtakeawaytitle"_s);
    takeaways.items = {u"zqtakeaway"_s};
    ArticlePart faq = ArticlePart::make(Kind::Faq);
    faq.faq = {{u"zqquestion"_s, u"zqanswer"_s}};
    ArticlePart references = ArticlePart::make(Kind::References);
    references.references
        = {{u"zqreftitle"_s, u"https://example.org/zqurl"_s, u"zqpublisher"_s, {}}};
    a.parts = {section, facts, quotes, takeaways, faq, references};
    return a;
}

} // namespace

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
    void listSorting_data();
    void listSorting();
    void listPaging();
    void listFilters_data();
    void listFilters();
    void categoriesAndAuthors();
    void importAllOrNothingOnBadArticle();
    void importAllOrNothingOnDatabaseFailure();
    void importUpdatesExisting();
    void searchEveryTextPart_data();
    void searchEveryTextPart();
    void searchRanksHeadlineFirst();
    void searchPhrases();
    void searchDiacritics();
    void searchSnippet();
    void searchFiltersAndTrash();
    void searchLimit();
    void searchHostileText_data();
    void searchHostileText();
    void searchEmptyText();
    void healthyLibraryPassesIntegrityCheck();
    void connectionsAreRemoved();

private:
    QString path() const { return m_dir->filePath(u"library.copydesk"_s); }
    qint64 create(const Article &article)
    {
        const Result<qint64> id = m_store->create(article, withRevision());
        if (!id)
            qWarning() << id.error().message;
        return id ? *id : 0;
    }
    int rowCount(const QString &sql);
    void createListFixture();

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteArticleStore> m_store;
};

void tst_SqliteArticleStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SqliteArticleStore::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    auto opened = SqliteArticleStore::open(path(), SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    m_store = std::move(opened.value());
}

void tst_SqliteArticleStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

int tst_SqliteArticleStore::rowCount(const QString &sql)
{
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path());
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                count = query.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return count;
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
    Article article = small(u"No ids yet"_s);
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
    const qint64 keep = create(small(u"Harbour plan approved"_s));
    const qint64 id = create(small(u"Harbour plan rejected"_s));
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
    QSignalSpy changed(m_store.get(), &ArticleStore::articleChanged);
    QSignalSpy removed(m_store.get(), &ArticleStore::articleRemoved);
    Article article = small(u"Signals"_s);
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

void tst_SqliteArticleStore::createListFixture()
{
    // Created in this order, a few ms apart, so that created/modified order is known.
    const struct
    {
        const char *headline;
        ArticleStatus status;
        const char *category;
        const char *owner;
        const char *byline;
        int publishedDay; // of March 2025; 0: unpublished
    } rows[] = {
        {"banana harvest", ArticleStatus::Draft, "Business", "ann", "Bea Byline", 0},
        {"Apple prices", ArticleStatus::Published, "Business", "bob", "Ann Other", 3},
        {"cherry festival", ArticleStatus::InReview, "Culture", "ann", "Cy Writer", 0},
        {"Date palms", ArticleStatus::Published, "Culture", "cy", "Bea Byline", 1},
        {"elderberry wine", ArticleStatus::Approved, "", "bob", "", 2},
    };
    for (const auto &row : rows) {
        Article article = small(QString::fromUtf8(row.headline));
        article.status = row.status;
        article.category = QString::fromUtf8(row.category);
        article.owner = QString::fromUtf8(row.owner);
        if (*row.byline)
            article.bylines = {{QString::fromUtf8(row.byline), u"Reporter"_s}};
        if (row.publishedDay) {
            article.published
                = QDateTime(QDate(2025, 3, row.publishedDay), QTime(12, 0), QTimeZone::UTC);
        }
        QVERIFY(create(article) > 0);
        QTest::qSleep(3);
    }
}

void tst_SqliteArticleStore::listSorting_data()
{
    QTest::addColumn<SortKey>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("headlines");

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
    QTest::newRow("published desc, unpublished last")
        << SortKey::Published << Qt::DescendingOrder
        << QStringList {u"Apple prices"_s, u"elderberry wine"_s, u"Date palms"_s,
               u"cherry festival"_s, u"banana harvest"_s};
}

void tst_SqliteArticleStore::listSorting()
{
    QFETCH(SortKey, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, headlines);
    createListFixture();
    LibraryQuery query;
    query.sort = sort;
    query.order = order;
    const Result<QList<ArticleSummary>> rows = m_store->list(query);
    QVERIFY(rows);
    QStringList actual;
    for (const ArticleSummary &row : *rows)
        actual.append(row.headline);
    QCOMPARE(actual, headlines);
}

void tst_SqliteArticleStore::listPaging()
{
    for (int i = 0; i < 25; ++i)
        QVERIFY(create(small(u"Story %1"_s.arg(i, 2, 10, QChar(u'0')))) > 0);
    LibraryQuery query;
    query.sort = SortKey::Headline;
    query.order = Qt::AscendingOrder;
    query.limit = 10;
    QStringList seen;
    for (query.offset = 0; query.offset < 30; query.offset += 10) {
        const auto page = m_store->list(query).value();
        QCOMPARE(page.size(), query.offset < 20 ? 10 : 5);
        for (const ArticleSummary &row : page)
            seen.append(row.headline);
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(seen.first(), u"Story 00"_s);
    QCOMPARE(seen.last(), u"Story 24"_s);
    QCOMPARE(seen.removeDuplicates(), 0);

    const ArticleSummary summary = m_store->list({}).value().at(0);
    QVERIFY(summary.id > 0);
    QVERIFY(!summary.uuid.isEmpty());
    QCOMPARE(summary.wordCount, ArticleStats::wordCount(small(summary.headline)));
    QVERIFY(summary.created.isValid());
}

void tst_SqliteArticleStore::listFilters_data()
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
}

void tst_SqliteArticleStore::listFilters()
{
    QFETCH(LibraryQuery, query);
    QFETCH(QStringList, headlines);
    createListFixture();
    const QList<ArticleSummary> rows = m_store->list(query).value();
    QStringList actual;
    for (const ArticleSummary &row : rows)
        actual.append(row.headline);
    QCOMPARE(actual, headlines);
    QCOMPARE(m_store->count(query).value(), headlines.size());
}

void tst_SqliteArticleStore::categoriesAndAuthors()
{
    createListFixture();
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

void tst_SqliteArticleStore::importAllOrNothingOnBadArticle()
{
    const qint64 existing = create(small(u"Already here"_s));
    QList<Article> batch;
    for (int i = 0; i < 5; ++i)
        batch.append(Testing::generatedArticle(100 + i, 300));
    batch[3].uuid = u"not-a-uuid"_s;
    QSignalSpy changed(m_store.get(), &ArticleStore::articleChanged);
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

void tst_SqliteArticleStore::searchEveryTextPart_data()
{
    QTest::addColumn<QString>("word");
    for (const char *word : {"zqheadline", "zqdek", "bylinename", "zqbylinerole", "zqdateline",
             "zqtag", "zqcaption", "zqalt", "zqcredit", "zqlede", "zqsectiontitle", "zqsectionbody",
             "zqkeyfact", "zqquotetext", "zqspeaker", "zqspeakerrole", "zqtakeawaytitle",
             "zqtakeaway", "zqquestion", "zqanswer", "zqreftitle", "zqpublisher"}) {
        QTest::newRow(word) << QString::fromLatin1(word);
    }
}

void tst_SqliteArticleStore::searchEveryTextPart()
{
    QFETCH(QString, word);
    const qint64 id = create(everyField());
    QVERIFY(create(Testing::fullArticle()) > 0);
    SearchQuery query;
    query.text = word;
    const Result<QList<SearchHit>> hits = m_store->search(query);
    QVERIFY2(hits, hits ? "" : qPrintable(hits.error().message));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->at(0).summary.id, id);
    QVERIFY2(hits->at(0).snippet.contains(SnippetOpen + word, Qt::CaseInsensitive),
        qPrintable(hits->at(0).snippet));

    // Ids, kinds and URLs are not text.
    query.text = u"zqurl"_s;
    QCOMPARE(m_store->search(query)->size(), 0);
    query.text = u"keyFacts"_s;
    QCOMPARE(m_store->search(query)->size(), 0);
}

void tst_SqliteArticleStore::searchRanksHeadlineFirst()
{
    const qint64 inBody = create(small(u"Weather report"_s,
        u"Lots of words about many things, and somewhere the lighthouse is mentioned once."_s));
    const qint64 inHeadline = create(small(u"Lighthouse keeper retires"_s,
        u"Lots of words about many things, none of them that one."_s));
    SearchQuery query;
    query.text = u"lighthouse"_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).summary.id, inHeadline);
    QCOMPARE(hits.at(1).summary.id, inBody);
    QVERIFY(hits.at(0).rank < hits.at(1).rank);
}

void tst_SqliteArticleStore::searchPhrases()
{
    const qint64 phrase = create(small(u"One"_s, u"The city council approved the budget."_s));
    const qint64 apart = create(small(u"Two"_s, u"The council of the city met."_s));
    SearchQuery query;
    query.text = u"city council"_s;
    QCOMPARE(m_store->search(query)->size(), 2);
    query.text = u"\"city council\""_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).summary.id, phrase);
    query.text = u"\"council city\""_s;
    QCOMPARE(m_store->search(query)->size(), 0);
    query.text = u"\"council of the\" met"_s;
    QCOMPARE(m_store->search(query)->at(0).summary.id, apart);
    query.text = u"council missingword"_s; // every word is required
    QCOMPARE(m_store->search(query)->size(), 0);
}

void tst_SqliteArticleStore::searchDiacritics()
{
    const qint64 id = create(small(u"Café in Zürich"_s, u"Crème brûlée."_s));
    SearchQuery query;
    for (const QString &text : {u"cafe zurich"_s, u"CAFÉ"_s, u"creme brulee"_s}) {
        query.text = text;
        const QList<SearchHit> hits = m_store->search(query).value();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.at(0).summary.id, id);
    }
}

void tst_SqliteArticleStore::searchSnippet()
{
    create(Testing::fullArticle());
    SearchQuery query;
    query.text = u"assemble"_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    const QString snippet = hits.at(0).snippet;
    QVERIFY2(snippet.contains(SnippetOpen + u"assemble"_s + SnippetClose), qPrintable(snippet));
    QVERIFY(snippet.contains(SnippetEllipsis));
    QVERIFY(!snippet.contains(u'\n'));
    QCOMPARE(hits.at(0).summary.headline, Testing::fullArticle().headline);
}

void tst_SqliteArticleStore::searchFiltersAndTrash()
{
    createListFixture();
    SearchQuery query;
    query.text = u"plain"_s;
    QCOMPARE(m_store->search(query)->size(), 5);
    query.filter.statuses = {ArticleStatus::Published};
    QCOMPARE(m_store->search(query)->size(), 2);
    query.filter.category = u"Culture"_s;
    const QList<SearchHit> hits = m_store->search(query).value();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).summary.headline, u"Date palms"_s);
    query.filter = {};
    query.filter.author = u"Bea Byline"_s;
    QCOMPARE(m_store->search(query)->size(), 2);

    // Trashed articles beyond the limit do not crowd out live ones.
    query.filter = {};
    query.limit = 2;
    for (const ArticleSummary &row : m_store->list({}).value().mid(0, 3))
        QVERIFY(m_store->moveToTrash(row.id));
    const QList<SearchHit> live = m_store->search(query).value();
    QCOMPARE(live.size(), 2);
    for (const SearchHit &hit : live)
        QVERIFY(!hit.summary.trashed);
}

void tst_SqliteArticleStore::searchLimit()
{
    QList<Article> batch;
    for (int i = 0; i < 30; ++i)
        batch.append(small(u"Tram %1"_s.arg(i)));
    QVERIFY(m_store->importArticles(batch, withRevision()));
    SearchQuery query;
    query.text = u"tram"_s;
    query.limit = 7;
    QCOMPARE(m_store->search(query)->size(), 7);
    query.limit = -1;
    QCOMPARE(m_store->search(query)->size(), 30);
}

void tst_SqliteArticleStore::searchHostileText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("hits"); // against "The city council's (draft) budget: 50% more*"

    QTest::newRow("lone quote") << u"\""_s << 0;
    QTest::newRow("three quotes") << u"\"city\" council\""_s << 1;
    QTest::newRow("apostrophe") << u"council's"_s << 1;
    QTest::newRow("NEAR") << u"NEAR(city budget)"_s << 0; // the phrase "near city"
    QTest::newRow("near as a word") << u"NEAR city"_s << 0;
    QTest::newRow("NEAR with distance") << u"NEAR(city budget, 2)"_s << 0;
    QTest::newRow("AND OR NOT") << u"city AND budget OR NOT"_s << 0;
    QTest::newRow("star") << u"bud*"_s << 0;
    QTest::newRow("star alone") << u"*"_s << 0;
    QTest::newRow("caret") << u"^city"_s << 1;
    QTest::newRow("plus") << u"city + budget"_s << 1;
    QTest::newRow("parentheses") << u"(city) ((budget"_s << 1;
    QTest::newRow("column filter") << u"headline:city"_s << 0;
    QTest::newRow("column set") << u"{headline dek}: city"_s << 0;
    QTest::newRow("minus") << u"-city"_s << 1;
    QTest::newRow("colon") << u"budget:"_s << 1;
    QTest::newRow("percent") << u"50%"_s << 1;
    QTest::newRow("sql") << u"'); DROP TABLE articles; --"_s << 0;
    QTest::newRow("backslash") << u"\\ city \\"_s << 1;
    QTest::newRow("only punctuation") << u"()*^:\"-+"_s << 0;
    QTest::newRow("nul") << u"city\u0000budget"_s << 1;
}

void tst_SqliteArticleStore::searchHostileText()
{
    QFETCH(QString, text);
    QFETCH(int, hits);
    create(small(u"Budget"_s, u"The city council's (draft) budget: 50% more*"_s));
    SearchQuery query;
    query.text = text;
    const Result<QList<SearchHit>> result = m_store->search(query);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->size(), hits);
    QCOMPARE(m_store->count({}).value(), 1);
}

void tst_SqliteArticleStore::searchEmptyText()
{
    SearchQuery query;
    query.text = u"   "_s;
    const Result<QList<SearchHit>> result = m_store->search(query);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
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
            = second.value()->create(small(u"From the second"_s), withRevision()).value();
        QCOMPARE(m_store->load(id)->article.headline, u"From the second"_s);
    }
    QCOMPARE(QSqlDatabase::connectionNames(), before);
    m_store.reset();
    QVERIFY(QSqlDatabase::connectionNames().isEmpty());
}

QTEST_GUILESS_MAIN(tst_SqliteArticleStore)
#include "tst_sqlitearticlestore.moc"
