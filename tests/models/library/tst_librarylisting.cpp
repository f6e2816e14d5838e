// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Listings through the Library interfaces, on both backends with the same expectations: every
// sort key in both directions, paging by offset and after a row (keyset), every filter, counts
// after every kind of write, ids restricting a search, and the categories and authors of the
// filter menus. The library has no people; statuses and owners
// are set with BackendLibrary::force().
#include "articlestats.h"
#include "backendlibrary.h"
#include "librarycounts.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>
#include <algorithm>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// A headline and one section.
Article smallArticle(const QString &headline)
{
    Article article;
    article.headline = headline;
    ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, u"Section"_s);
    section.body = u"Plain text."_s;
    article.parts.append(section);
    return article;
}

QList<qint64> ids(const QList<ArticleSummary> &rows)
{
    QList<qint64> result;
    for (const ArticleSummary &row : rows)
        result.append(row.id);
    return result;
}

/// What the listing orders by for `key` before the row id, as the summary shows it.
QVariantList sortValues(SortKey key, const ArticleSummary &row)
{
    const auto folded = [](const QString &text) {
        return text.toLower();
    };
    const qint64 modified = row.modified.toMSecsSinceEpoch();
    switch (key) {
    case SortKey::Modified:
        return {modified};
    case SortKey::Created:
        return {row.created.toMSecsSinceEpoch()};
    case SortKey::Headline:
        return {folded(row.headline)};
    case SortKey::Published:
        return {row.published.isValid() ? row.published.toMSecsSinceEpoch() : -1};
    case SortKey::Status:
        return {int(row.status), modified};
    case SortKey::Category:
        return {folded(row.category), modified};
    case SortKey::Author:
        return {folded(row.authors.value(0)), modified};
    }
    return {};
}

QStringList headlines(const QList<ArticleSummary> &rows)
{
    QStringList result;
    for (const ArticleSummary &row : rows)
        result.append(row.headline);
    return result;
}

} // namespace

class tst_LibraryListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listSorting_data();
    void listSorting();
    void sortIgnoresCaseAndUsesFirstByline();
    void listPaging();
    void keysetPaging_data();
    void keysetPaging();
    void countFollowsEveryWrite();
    void listFilters_data();
    void listFilters();
    void idsRestrictSearch();
    void categoriesAndAuthors();

private:
    ArticleStore &store() { return *m_library->library()->articles(); }
    /// Creates `article`; 0 (and a warning) on failure.
    qint64 create(const Article &article);
    /// BackendLibrary::addListArticles(), their ids in m_ids.
    bool addListArticles();
    /// Fourteen articles imported at once, full of ties: headlines, categories and first
    /// bylines that differ only in case or are empty, few statuses and published times, and
    /// modified and created times shared by many (on PostgreSQL some differ by microseconds
    /// within one millisecond, which summaries do not show).
    bool addTiedArticles();

    std::optional<BackendLibrary> m_library;
    QList<qint64> m_ids;
};

void tst_LibraryListing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void tst_LibraryListing::init()
{
    m_library.emplace();
    QVERIFY2(m_library->isValid(), qPrintable(m_library->error()));
    m_ids.clear();
}

void tst_LibraryListing::cleanup()
{
    m_library.reset();
}

qint64 tst_LibraryListing::create(const Article &article)
{
    SaveOptions options;
    options.author = u"jdoe"_s;
    const Result<qint64> id = store().create(article, options);
    if (!id)
        qWarning() << id.error().message;
    return id ? *id : 0;
}

bool tst_LibraryListing::addListArticles()
{
    m_ids = m_library->addListArticles();
    if (m_ids.isEmpty())
        qWarning() << m_library->error();
    return !m_ids.isEmpty();
}

void tst_LibraryListing::listSorting_data()
{
    QTest::addColumn<SortKey>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("headlines");

    QTest::newRow("modified desc")
        << SortKey::Modified << Qt::DescendingOrder
        << QStringList {u"elderberry wine"_s, u"Date palms"_s, u"cherry festival"_s,
               u"Apple prices"_s, u"banana harvest"_s};
    QTest::newRow("modified asc") << SortKey::Modified << Qt::AscendingOrder
                                  << QStringList {u"banana harvest"_s, u"Apple prices"_s,
                                         u"cherry festival"_s, u"Date palms"_s,
                                         u"elderberry wine"_s};
    QTest::newRow("created asc") << SortKey::Created << Qt::AscendingOrder
                                 << QStringList {u"banana harvest"_s, u"Apple prices"_s,
                                        u"cherry festival"_s, u"Date palms"_s,
                                        u"elderberry wine"_s};
    QTest::newRow("created desc") << SortKey::Created << Qt::DescendingOrder
                                  << QStringList {u"elderberry wine"_s, u"Date palms"_s,
                                         u"cherry festival"_s, u"Apple prices"_s,
                                         u"banana harvest"_s};
    QTest::newRow("headline asc ignores case")
        << SortKey::Headline << Qt::AscendingOrder
        << QStringList {u"Apple prices"_s, u"banana harvest"_s, u"cherry festival"_s,
               u"Date palms"_s, u"elderberry wine"_s};
    QTest::newRow("headline desc")
        << SortKey::Headline << Qt::DescendingOrder
        << QStringList {u"elderberry wine"_s, u"Date palms"_s, u"cherry festival"_s,
               u"banana harvest"_s, u"Apple prices"_s};
    QTest::newRow("published desc, unpublished last")
        << SortKey::Published << Qt::DescendingOrder
        << QStringList {u"Apple prices"_s, u"elderberry wine"_s, u"Date palms"_s,
               u"cherry festival"_s, u"banana harvest"_s};
    QTest::newRow("published asc, unpublished first")
        << SortKey::Published << Qt::AscendingOrder
        << QStringList {u"banana harvest"_s, u"cherry festival"_s, u"Date palms"_s,
               u"elderberry wine"_s, u"Apple prices"_s};
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

void tst_LibraryListing::listSorting()
{
    QFETCH(SortKey, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, headlines);
    QVERIFY(addListArticles());
    LibraryQuery query;
    query.sort = sort;
    query.order = order;
    const Result<QList<ArticleSummary>> rows = store().list(query);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    QCOMPARE(::headlines(*rows), headlines);
}

void tst_LibraryListing::sortIgnoresCaseAndUsesFirstByline()
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
    const auto sorted = [this](SortKey key) {
        LibraryQuery query;
        query.sort = key;
        query.order = Qt::AscendingOrder;
        return headlines(store().list(query).value());
    };
    QCOMPARE(sorted(SortKey::Author), (QStringList {u"two"_s, u"three"_s, u"one"_s}));
    QCOMPARE(sorted(SortKey::Category), (QStringList {u"two"_s, u"one"_s, u"three"_s}));
    QCOMPARE(sorted(SortKey::Headline), (QStringList {u"one"_s, u"three"_s, u"two"_s}));
}

void tst_LibraryListing::listPaging()
{
    for (int i = 0; i < 25; ++i)
        QVERIFY(create(smallArticle(u"Story %1"_s.arg(i, 2, 10, QChar(u'0')))) > 0);
    LibraryQuery query;
    query.sort = SortKey::Headline;
    query.order = Qt::AscendingOrder;
    query.limit = 10;
    QStringList seen;
    for (query.offset = 0; query.offset < 30; query.offset += 10) {
        const auto page = store().list(query).value();
        QCOMPARE(page.size(), query.offset < 20 ? 10 : 5);
        seen += headlines(page);
        QCOMPARE(store().count(query).value(), 25); // counting ignores paging
    }
    QCOMPARE(seen.size(), 25);
    QCOMPARE(seen.first(), u"Story 00"_s);
    QCOMPARE(seen.last(), u"Story 24"_s);
    QCOMPARE(seen.removeDuplicates(), 0);

    const ArticleSummary summary = store().list({}).value().at(0);
    QVERIFY(summary.id > 0);
    QVERIFY(!summary.uuid.isEmpty());
    QCOMPARE(summary.wordCount, ArticleStats::wordCount(smallArticle(summary.headline)));
    QVERIFY(summary.created.isValid());
    QVERIFY(summary.modified.isValid());
    QVERIFY(!summary.trashed);
}

bool tst_LibraryListing::addTiedArticles()
{
    const QStringList headlines {u"apple"_s, u"Apple"_s, u"banana"_s, u"Banana"_s, u""_s};
    const QStringList categories {u"News"_s, u"news"_s, u""_s, u"Sport"_s};
    const QStringList bylines {u"Ann"_s, u"ann"_s, u""_s, u"Bob"_s};
    const ArticleStatus statuses[]
        = {ArticleStatus::Draft, ArticleStatus::Published, ArticleStatus::InReview};
    QList<Article> articles;
    for (int i = 0; i < 14; ++i) {
        Article article = smallArticle(headlines.at(i % 5));
        article.category = categories.at(i % 4);
        if (const QString byline = bylines.at(i / 2 % 4); !byline.isEmpty())
            article.bylines = {{byline, u"Reporter"_s}};
        article.status = statuses[i % 3];
        if (i % 3 != 0)
            article.published = QDateTime(QDate(2025, 3, 1 + i % 2), QTime(12, 0), QTimeZone::UTC);
        articles.append(article);
    }
    const Result<QList<qint64>> imported = store().importArticles(articles, {u"jdoe"_s});
    if (!imported) {
        qWarning() << imported.error().message;
        return false;
    }
    m_ids = *imported;
    if (!m_library->forceWorkflowOf(m_ids, articles)) {
        qWarning() << m_library->error();
        return false;
    }
    const QVariant changed = BackendLibrary::isPostgres()
        ? m_library->raw(u"UPDATE copydesk.articles SET "
                         "modified = timestamptz '2025-05-01 10:00:00.123456+00' "
                         "- (id % 3) * interval '1 microsecond', "
                         "created = timestamptz '2025-04-01 10:00:00.5+00' "
                         "+ (id % 2) * interval '1 microsecond' RETURNING 1"_s)
        : m_library->raw(u"UPDATE articles SET modified = 1746093600123 + (id % 3 = 0), created = "
                         u"1743501600500 "
                         "RETURNING 1"_s);
    return changed.isValid();
}

void tst_LibraryListing::keysetPaging_data()
{
    QTest::addColumn<SortKey>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<ArticleStatus>>("statuses");
    const std::pair<SortKey, const char *> keys[] = {{SortKey::Modified, "modified"},
        {SortKey::Created, "created"}, {SortKey::Headline, "headline"},
        {SortKey::Published, "published"}, {SortKey::Status, "status"},
        {SortKey::Category, "category"}, {SortKey::Author, "author"}};
    for (const auto &[key, name] : keys) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const char *direction = order == Qt::AscendingOrder ? "asc" : "desc";
            QTest::addRow("%s %s", name, direction) << key << order << QList<ArticleStatus> {};
            QTest::addRow("%s %s, published only", name, direction)
                << key << order << QList<ArticleStatus> {ArticleStatus::Published};
        }
    }
}

void tst_LibraryListing::keysetPaging()
{
    QFETCH(SortKey, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<ArticleStatus>, statuses);
    QVERIFY(addTiedArticles());
    LibraryQuery query;
    query.sort = sort;
    query.order = order;
    query.statuses = statuses;
    const QList<ArticleSummary> all = store().list(query).value();
    QCOMPARE(all.size(), statuses.isEmpty() ? 14 : 5);
    if (!BackendLibrary::isPostgres()) {
        // Rows that tie on everything the summary shows follow their ids. (On PostgreSQL the
        // microseconds it keeps come first.)
        int ties = 0;
        for (qsizetype i = 1; i < all.size(); ++i) {
            if (sortValues(sort, all.at(i - 1)) != sortValues(sort, all.at(i)))
                continue;
            ++ties;
            QVERIFY2(order == Qt::AscendingOrder ? all.at(i - 1).id < all.at(i).id
                                                 : all.at(i - 1).id > all.at(i).id,
                qPrintable(u"rows %1 and %2"_s.arg(i - 1).arg(i)));
        }
        QVERIFY(ties > 0);
    }
    for (const int size : {1, 2, 3, 5}) {
        query.after.reset();
        query.limit = size;
        QList<qint64> paged;
        for (int pages = 0; pages <= 14; ++pages) {
            const Result<QList<ArticleSummary>> page = store().list(query);
            QVERIFY2(page, page ? "" : qPrintable(page.error().message));
            paged += ids(*page);
            if (page->size() < size)
                break;
            query.after = page->last();
        }
        QCOMPARE(paged, ids(all));
    }
    // After a row and an offset from there; the count ignores both.
    query.after = all.at(1);
    query.offset = 2;
    query.limit = 3;
    QCOMPARE(ids(store().list(query).value()), ids(all.mid(4, 3)));
    QCOMPARE(store().count(query).value(), all.size());
}

void tst_LibraryListing::countFollowsEveryWrite()
{
    QCOMPARE(countsDisagree(store()), QString());
    QVERIFY(addListArticles());
    QCOMPARE(countsDisagree(store()), QString());

    Article again = store().load(m_ids.at(0)).value().article;
    again.headline = u"banana harvest, imported again"_s;
    QList<Article> batch {again, smallArticle(u"fig tree"_s), smallArticle(u"grape"_s)};
    const QList<qint64> imported = store().importArticles(batch, {u"jdoe"_s}).value();
    QCOMPARE(imported.first(), m_ids.at(0));
    QCOMPARE(countsDisagree(store()), QString());
    QCOMPARE(store().count({}).value(), 7);

    QVERIFY(store().moveToTrash(m_ids.at(1)));
    QVERIFY(store().moveToTrash(imported.at(1)));
    QCOMPARE(countsDisagree(store()), QString());
    QVERIFY(store().restoreFromTrash(m_ids.at(1)));
    QCOMPARE(countsDisagree(store()), QString());
    QVERIFY(store().purge(imported.at(1)));
    QCOMPARE(countsDisagree(store()), QString());
    QVERIFY(m_library->force(m_ids.at(2), ArticleStatus::Spiked, u"ann"_s));
    QCOMPARE(countsDisagree(store()), QString());
    LibraryQuery trash;
    trash.trash = true;
    QCOMPARE(store().count({}).value(), 6);
    QCOMPARE(store().count(trash).value(), 0);
}

void tst_LibraryListing::listFilters_data()
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
    q.statuses = {ArticleStatus::Spiked};
    QTest::newRow("status nobody has") << q << QStringList {};
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
    q.dateField = DateField::Published;
    q.to = QDateTime(QDate(2025, 3, 2), QTime(12, 0), QTimeZone::UTC);
    QTest::newRow("published before") << q << QStringList {u"Date palms"_s};
    q = query;
    q.statuses = {ArticleStatus::Published};
    q.category = u"Business"_s;
    q.author = u"bob"_s;
    QTest::newRow("combined") << q << QStringList {u"Apple prices"_s};
    q = query;
    q.dateField = DateField::Created;
    q.from = QDateTime::currentDateTimeUtc().addDays(1);
    QTest::newRow("created in the future") << q << QStringList {};
    q.from = QDateTime::currentDateTimeUtc().addDays(-1);
    q.to = QDateTime::currentDateTimeUtc().addDays(1);
    QTest::newRow("created today")
        << q
        << QStringList {u"Apple prices"_s, u"banana harvest"_s, u"cherry festival"_s,
               u"Date palms"_s, u"elderberry wine"_s};
    q = query;
    q.dateField = DateField::Modified;
    q.to = QDateTime::currentDateTimeUtc().addDays(-1);
    QTest::newRow("modified before yesterday") << q << QStringList {};
    q.from = QDateTime::currentDateTimeUtc().addDays(-1);
    q.to = QDateTime::currentDateTimeUtc().addDays(1);
    QTest::newRow("modified today")
        << q
        << QStringList {u"Apple prices"_s, u"banana harvest"_s, u"cherry festival"_s,
               u"Date palms"_s, u"elderberry wine"_s};
    // Ids here are positions in the creation order of addListArticles(), from 1 (banana
    // harvest); listFilters() turns them into row ids, and positions past 5 into ids that are
    // not in the library.
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
    q = query;
    q.trash = true;
    QTest::newRow("trash: empty") << q << QStringList {};
}

void tst_LibraryListing::listFilters()
{
    QFETCH(LibraryQuery, query);
    QFETCH(QStringList, headlines);
    QVERIFY(addListArticles());
    if (query.ids) {
        const qint64 absent = *std::max_element(m_ids.cbegin(), m_ids.cend());
        for (qint64 &id : *query.ids)
            id = id <= m_ids.size() ? m_ids.at(id - 1) : absent + id;
    }
    const Result<QList<ArticleSummary>> rows = store().list(query);
    QVERIFY2(rows, rows ? "" : qPrintable(rows.error().message));
    QCOMPARE(::headlines(*rows), headlines);
    QCOMPARE(store().count(query).value(), headlines.size());
}

void tst_LibraryListing::idsRestrictSearch()
{
    QVERIFY(addListArticles());
    SearchQuery search;
    search.text = u"plain"_s;
    QCOMPARE(store().search(search).value().size(), 5);
    search.filter.ids = QList<qint64> {m_ids.at(2), m_ids.at(4)};
    QStringList found;
    const QList<SearchHit> hits = store().search(search).value();
    for (const SearchHit &hit : hits)
        found.append(hit.summary.headline);
    found.sort();
    QCOMPARE(found, (QStringList {u"cherry festival"_s, u"elderberry wine"_s}));
    search.filter.ids = QList<qint64> {};
    QVERIFY(store().search(search).value().isEmpty());
}

void tst_LibraryListing::categoriesAndAuthors()
{
    QVERIFY(addListArticles());
    QCOMPARE(store().categories().value(), (QStringList {u"Business"_s, u"Culture"_s}));
    QCOMPARE(store().authors().value(),
        (QStringList {
            u"ann"_s, u"Ann Other"_s, u"Bea Byline"_s, u"bob"_s, u"cy"_s, u"Cy Writer"_s}));
    const ArticleSummary apple = store().list({}).value().at(3);
    QCOMPARE(apple.id, m_ids.at(1));
    QCOMPARE(apple.headline, u"Apple prices"_s);
    QCOMPARE(apple.authors, QStringList {u"Ann Other"_s});
    QCOMPARE(apple.owner, u"bob"_s);
    QCOMPARE(apple.category, u"Business"_s);
    QCOMPARE(apple.status, ArticleStatus::Published);
    QCOMPARE(apple.published, QDateTime(QDate(2025, 3, 3), QTime(12, 0), QTimeZone::UTC));
    QVERIFY(!apple.published.isNull());
    QVERIFY(store().list({}).value().at(4).published.isNull()); // banana harvest
}

QTEST_GUILESS_MAIN(tst_LibraryListing)
#include "tst_librarylisting.moc"
