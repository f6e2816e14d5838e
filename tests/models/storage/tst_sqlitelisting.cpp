#include "articlestats.h"
#include "sqlitefilter.h"
#include "temporarylibrary.h"

#include <QSqlError>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

class tst_SqliteListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listSorting_data();
    void listSorting();
    void sortIgnoresCaseAndUsesFirstByline();
    void sortUsesAnIndex_data();
    void sortUsesAnIndex();
    void listPaging();
    void listFilters_data();
    void listFilters();
    void idsRestrictSearch();
    void categoriesAndAuthors();

private:
    qint64 create(const Article &article) { return m_library->create(article); }

    std::optional<TemporaryLibrary> m_library;
    SqliteArticleStore *m_store = nullptr;
};

void tst_SqliteListing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SqliteListing::init()
{
    m_library.emplace();
    QVERIFY2(m_library->isValid(), qPrintable(m_library->error()));
    m_store = m_library->store();
}

void tst_SqliteListing::cleanup()
{
    m_store = nullptr;
    m_library.reset();
}

void tst_SqliteListing::listSorting_data()
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

void tst_SqliteListing::sortIgnoresCaseAndUsesFirstByline()
{
    const struct
    {
        const char *headline;
        const char *category;
        QStringList bylines;
    } rows[] = {
        {"one", "culture", {u"zed"_s}},
        {"two", "Business", {u"amy"_s, u"Zora"_s}},
        {"three", "Culture", {u"Bob"_s}},
    };
    for (const auto &row : rows) {
        Article article = smallArticle(QString::fromUtf8(row.headline));
        article.category = QString::fromUtf8(row.category);
        for (const QString &name : row.bylines)
            article.bylines.append({name, {}});
        QVERIFY(create(article) > 0);
        QTest::qSleep(3);
    }
    const auto headlines = [this](SortKey key) {
        LibraryQuery query;
        query.sort = key;
        query.order = Qt::AscendingOrder;
        const QList<ArticleSummary> rows = m_store->list(query).value();
        QStringList result;
        for (const ArticleSummary &row : rows)
            result.append(row.headline);
        return result;
    };
    QCOMPARE(headlines(SortKey::Author), (QStringList {u"two"_s, u"three"_s, u"one"_s}));
    QCOMPARE(headlines(SortKey::Category), (QStringList {u"two"_s, u"one"_s, u"three"_s}));
}

void tst_SqliteListing::sortUsesAnIndex_data()
{
    QTest::addColumn<SortKey>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("index");
    QTest::newRow("status") << SortKey::Status << Qt::AscendingOrder
                            << u"articles_live_status_order"_s;
    QTest::newRow("status desc") << SortKey::Status << Qt::DescendingOrder
                                 << u"articles_live_status_order"_s;
    QTest::newRow("category") << SortKey::Category << Qt::AscendingOrder
                              << u"articles_live_category"_s;
    QTest::newRow("author") << SortKey::Author << Qt::DescendingOrder
                            << u"articles_live_first_author"_s;
}

void tst_SqliteListing::sortUsesAnIndex()
{
    QFETCH(SortKey, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, index);
    QVERIFY(m_library->addListArticles());
    LibraryQuery query;
    query.sort = sort;
    query.order = order;
    const SqliteFilter filter(query);
    QStringList plan;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plan"_s);
        db.setDatabaseName(m_library->path());
        QVERIFY(db.open());
        QSqlQuery explain(db);
        QVERIFY(explain.prepare(u"EXPLAIN QUERY PLAN SELECT a.id FROM articles AS a WHERE %1 "
                                "ORDER BY %2 LIMIT 100"_s.arg(filter.where(), filter.orderBy())));
        QVERIFY2(explain.exec(), qPrintable(explain.lastError().text()));
        while (explain.next())
            plan.append(explain.value(3).toString());
    }
    QSqlDatabase::removeDatabase(u"plan"_s);
    const QString text = plan.join(u'\n');
    QVERIFY2(text.contains(index), qPrintable(text));
    QVERIFY2(!text.contains(u"TEMP B-TREE"_s), qPrintable(text));
}

void tst_SqliteListing::listSorting()
{
    QFETCH(SortKey, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, headlines);
    QVERIFY(m_library->addListArticles());
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

void tst_SqliteListing::listPaging()
{
    for (int i = 0; i < 25; ++i)
        QVERIFY(create(smallArticle(u"Story %1"_s.arg(i, 2, 10, QChar(u'0')))) > 0);
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
    QCOMPARE(summary.wordCount, ArticleStats::wordCount(smallArticle(summary.headline)));
    QVERIFY(summary.created.isValid());
}

void tst_SqliteListing::listFilters_data()
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
    q.ids = QList<qint64> {};
    for (qint64 id = 5; id < 40000; ++id)
        q.ids->append(id);
    QTest::newRow("more ids than SQLite has parameters") << q << QStringList {u"elderberry wine"_s};
}

void tst_SqliteListing::listFilters()
{
    QFETCH(LibraryQuery, query);
    QFETCH(QStringList, headlines);
    QVERIFY(m_library->addListArticles());
    const QList<ArticleSummary> rows = m_store->list(query).value();
    QStringList actual;
    for (const ArticleSummary &row : rows)
        actual.append(row.headline);
    QCOMPARE(actual, headlines);
    QCOMPARE(m_store->count(query).value(), headlines.size());
}

void tst_SqliteListing::idsRestrictSearch()
{
    QVERIFY(m_library->addListArticles());
    SearchQuery search;
    search.text = u"plain"_s;
    QCOMPARE(m_store->search(search).value().size(), 5);
    search.filter.ids = QList<qint64> {3, 5};
    QStringList found;
    const QList<SearchHit> hits = m_store->search(search).value();
    for (const SearchHit &hit : hits)
        found.append(hit.summary.headline);
    found.sort();
    QCOMPARE(found, (QStringList {u"cherry festival"_s, u"elderberry wine"_s}));
    search.filter.ids = QList<qint64> {};
    QVERIFY(m_store->search(search).value().isEmpty());
}

void tst_SqliteListing::categoriesAndAuthors()
{
    QVERIFY(m_library->addListArticles());
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

QTEST_GUILESS_MAIN(tst_SqliteListing)
#include "tst_sqlitelisting.moc"
