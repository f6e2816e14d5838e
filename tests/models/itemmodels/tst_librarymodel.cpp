// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// LibraryModel over a library of 3,000 generated articles, on both backends (the library's
// own store, as the window uses it); statuses and owners are the generated ones, set with
// BackendLibrary::forceWorkflowOf() where the backend made the articles someone's drafts.
#include "articlefactory.h"
#include "backendlibrary.h"
#include "dateformat.h"
#include "librarymodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <algorithm>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;

namespace {

constexpr int ArticleCount = 3000;

void fetchAll(LibraryModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
}

QList<qint64> ids(const LibraryModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.summary(row).id;
    return result;
}

} // namespace

class TestLibraryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void modelTesterOverEveryPage();
    void fetchesLazilyInPages();
    void displaysSummaries();
    void sortsInTheStore_data();
    void sortsInTheStore();
    void keepsOrderForColumnsTheStoreCannotSort_data();
    void keepsOrderForColumnsTheStoreCannotSort();
    void filters_data();
    void filters();
    void savedArticleMovesAndKeepsItsPersistentIndex();
    void createdAndTrashedArticlesComeAndGo();
    void smallListingFollowsTrashAndRestore();
    void coalescesBurstsOfChanges();
    void restrictsToIdsAndUpdatesInPlace();

private:
    /// The row id of the `n`th imported article, from 1.
    qint64 imported(int n) const { return m_ids.at(n - 1); }

    std::optional<BackendLibrary> m_library;
    ArticleStore *m_store = nullptr;
    QList<qint64> m_ids; ///< Of the imported articles, in order.
    std::unique_ptr<LibraryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLibraryModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_library.emplace();
    QVERIFY2(m_library->isValid(), qPrintable(m_library->error()));
    m_store = m_library->library()->articles();
    QList<Article> articles;
    for (int i = 0; i < ArticleCount; ++i)
        articles << Testing::generatedArticle(quint32(i + 1), 120);
    const auto imported = m_store->importArticles(articles, {QStringLiteral("test"), {}, true});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    m_ids = *imported;
    QVERIFY2(m_library->forceWorkflowOf(m_ids, articles), qPrintable(m_library->error()));
}

void TestLibraryModel::cleanupTestCase()
{
    m_store = nullptr;
    m_library.reset();
}

void TestLibraryModel::init()
{
    m_model = std::make_unique<LibraryModel>(m_store);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLibraryModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestLibraryModel::modelTesterOverEveryPage()
{
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), ArticleCount);
    QCOMPARE(m_model->totalCount(), qint64(ArticleCount));
    const QList<qint64> all = ids(*m_model);
    QCOMPARE(QSet<qint64>(all.cbegin(), all.cend()).size(), ArticleCount);
    QVERIFY(m_model->lastError().isEmpty());
}

void TestLibraryModel::fetchesLazilyInPages()
{
    // A model of its own: the fixture's model tester fetches a page when it starts.
    LibraryModel model(m_store);
    QCOMPARE(model.totalCount(), qint64(ArticleCount));
    QCOMPARE(model.rowCount(), LibraryModel::PageSize);
    QVERIFY(model.canFetchMore({}));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * LibraryModel::PageSize);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), LibraryModel::PageSize);
    QCOMPARE(inserted.first().at(2).toInt(), 2 * LibraryModel::PageSize - 1);
    int pages = 2;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++pages;
    }
    QCOMPARE(pages, (ArticleCount + LibraryModel::PageSize - 1) / LibraryModel::PageSize);
    QCOMPARE(model.rowCount(), ArticleCount);
    QVERIFY(!model.canFetchMore({}));
    // A table has nothing below its rows.
    QVERIFY(!model.canFetchMore(model.index(0, 0)));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestLibraryModel::displaysSummaries()
{
    const ArticleSummary first = m_model->summary(0);
    QVERIFY(first.id > 0);
    const auto record = m_store->load(first.id);
    QVERIFY(record.ok());
    const Article &article = record->article;

    QCOMPARE(m_model->data(m_model->index(0, LibraryModel::HeadlineColumn)).toString(),
        article.headline);
    QCOMPARE(m_model->data(m_model->index(0, LibraryModel::StatusColumn)).toString(),
        statusLabel(article.status));
    QStringList names;
    for (const Byline &byline : article.bylines)
        names << byline.name;
    QCOMPARE(m_model->data(m_model->index(0, LibraryModel::AuthorsColumn)).toString(),
        QLocale().createSeparatedList(names));
    QCOMPARE(m_model->data(m_model->index(0, LibraryModel::CategoryColumn)).toString(),
        article.category);
    // Modified today (unless the test straddles midnight): the time is enough.
    const QDateTime modified = record->modified.toLocalTime();
    QCOMPARE(m_model->data(m_model->index(0, LibraryModel::ModifiedColumn)).toString(),
        modified.date() == QDate::currentDate()
            ? QLocale().toString(modified.time(), QLocale::ShortFormat)
            : DateFormat::toString(modified.date()));
    for (int column = 0; column < LibraryModel::ColumnCount; ++column) {
        const QModelIndex index = m_model->index(0, column);
        // The dek, then what the columns say (for a panel too narrow to show them).
        const QStringList tip = index.data(Qt::ToolTipRole).toString().split(u'\n');
        QCOMPARE(tip.size(), 2);
        QCOMPARE(tip.first(), article.dek);
        QVERIFY(tip.last().startsWith(QLocale().createSeparatedList(names) + QStringLiteral(" · ")
            + article.category + QStringLiteral(" · ")));
        QVERIFY(tip.last().contains(DateFormat::toString(record->modified.toLocalTime())));
        QCOMPARE(index.data(LibraryModel::IdRole).toLongLong(), first.id);
        QCOMPARE(index.data(LibraryModel::StatusRole).toInt(), int(article.status));
        QCOMPARE(index.data(LibraryModel::TrashedRole).toBool(), false);
        QCOMPARE(index.data(LibraryModel::ModifiedRole).toDateTime(), record->modified);
        QVERIFY(!m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
    }
    QCOMPARE(m_model->headerData(LibraryModel::HeadlineColumn, Qt::Horizontal, Qt::DisplayRole),
        QStringLiteral("Headline"));
    QCOMPARE(m_model->summary(-1).id, 0);
    QCOMPARE(m_model->summary(m_model->rowCount()).id, 0);
    QCOMPARE(m_model->rowOf(first.id), 0);
    QCOMPARE(m_model->rowOf(-5), -1);
}

void TestLibraryModel::sortsInTheStore_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<SortKey>("key");
    QTest::newRow("headline ascending")
        << int(LibraryModel::HeadlineColumn) << Qt::AscendingOrder << SortKey::Headline;
    QTest::newRow("headline descending")
        << int(LibraryModel::HeadlineColumn) << Qt::DescendingOrder << SortKey::Headline;
    QTest::newRow("modified ascending")
        << int(LibraryModel::ModifiedColumn) << Qt::AscendingOrder << SortKey::Modified;
    QTest::newRow("modified descending")
        << int(LibraryModel::ModifiedColumn) << Qt::DescendingOrder << SortKey::Modified;
    QTest::newRow("status ascending")
        << int(LibraryModel::StatusColumn) << Qt::AscendingOrder << SortKey::Status;
    QTest::newRow("status descending")
        << int(LibraryModel::StatusColumn) << Qt::DescendingOrder << SortKey::Status;
    QTest::newRow("authors ascending")
        << int(LibraryModel::AuthorsColumn) << Qt::AscendingOrder << SortKey::Author;
    QTest::newRow("authors descending")
        << int(LibraryModel::AuthorsColumn) << Qt::DescendingOrder << SortKey::Author;
    QTest::newRow("category ascending")
        << int(LibraryModel::CategoryColumn) << Qt::AscendingOrder << SortKey::Category;
    QTest::newRow("category descending")
        << int(LibraryModel::CategoryColumn) << Qt::DescendingOrder << SortKey::Category;
}

namespace {

// How the store orders two rows for `key`, ignoring the row-id tie-breaker.
int compareBy(SortKey key, const ArticleSummary &a, const ArticleSummary &b)
{
    const auto firstAuthor = [](const ArticleSummary &s) {
        return s.authors.isEmpty() ? QString() : s.authors.first();
    };
    int cmp = 0;
    switch (key) {
    case SortKey::Headline:
        return a.headline.compare(b.headline, Qt::CaseInsensitive);
    case SortKey::Status:
        cmp = int(a.status) - int(b.status);
        break;
    case SortKey::Author:
        cmp = firstAuthor(a).compare(firstAuthor(b), Qt::CaseInsensitive);
        break;
    case SortKey::Category:
        cmp = a.category.compare(b.category, Qt::CaseInsensitive);
        break;
    default:
        break;
    }
    if (cmp != 0)
        return cmp;
    return a.modified < b.modified ? -1 : (b.modified < a.modified ? 1 : 0);
}

} // namespace

void TestLibraryModel::sortsInTheStore()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(SortKey, key);
    QVERIFY(LibraryModel::sortKeyForColumn(column) == key);
    QCOMPARE(LibraryModel::columnForSortKey(key), column);

    m_model->sort(column, order);
    QCOMPARE(m_model->query().sort, key);
    QCOMPARE(m_model->query().order, order);
    // Every page: each continues after the last row of the one before (keyset paging), through
    // ties on the sort key and on the modified time (the articles were imported at once).
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), ArticleCount);

    for (int row = 1; row < m_model->rowCount(); ++row) {
        const ArticleSummary a = m_model->summary(row - 1);
        const ArticleSummary b = m_model->summary(row);
        const int cmp = compareBy(key, a, b);
        if (order == Qt::AscendingOrder)
            QVERIFY2(cmp <= 0, qPrintable(QStringLiteral("row %1").arg(row)));
        else
            QVERIFY2(cmp >= 0, qPrintable(QStringLiteral("row %1").arg(row)));
    }
    // The pages continue each other: the store sorted the whole library, not a page.
    LibraryQuery all = m_model->query();
    all.limit = m_model->rowCount();
    const auto expected = m_store->list(all);
    QVERIFY(expected.ok());
    QList<qint64> expectedIds;
    for (const ArticleSummary &summary : *expected)
        expectedIds << summary.id;
    QCOMPARE(ids(*m_model), expectedIds);
}

void TestLibraryModel::keepsOrderForColumnsTheStoreCannotSort_data()
{
    QTest::addColumn<int>("column");
    QTest::newRow("before the first") << -1;
    QTest::newRow("past the last") << int(LibraryModel::ColumnCount);
}

void TestLibraryModel::keepsOrderForColumnsTheStoreCannotSort()
{
    QFETCH(int, column);
    QVERIFY(!LibraryModel::sortKeyForColumn(column));
    const QList<qint64> before = ids(*m_model);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->sort(column, Qt::AscendingOrder);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->query().sort, SortKey::Modified);
    QCOMPARE(ids(*m_model), before);
}

void TestLibraryModel::filters_data()
{
    QTest::addColumn<QList<ArticleStatus>>("statuses");
    QTest::addColumn<bool>("byAuthor");
    QTest::addColumn<bool>("byCategory");
    QTest::newRow("published") << QList<ArticleStatus> {ArticleStatus::Published} << false << false;
    QTest::newRow("draft or in review")
        << QList<ArticleStatus> {ArticleStatus::Draft, ArticleStatus::InReview} << false << false;
    QTest::newRow("author") << QList<ArticleStatus> {} << true << false;
    QTest::newRow("category") << QList<ArticleStatus> {} << false << true;
    QTest::newRow("status and category")
        << QList<ArticleStatus> {ArticleStatus::Approved} << false << true;
}

void TestLibraryModel::filters()
{
    QFETCH(QList<ArticleStatus>, statuses);
    QFETCH(bool, byAuthor);
    QFETCH(bool, byCategory);
    const auto authors = m_store->authors();
    const auto categories = m_store->categories();
    QVERIFY(authors.ok() && !authors->isEmpty());
    QVERIFY(categories.ok() && !categories->isEmpty());

    LibraryQuery query;
    query.statuses = statuses;
    if (byAuthor)
        query.author = authors->first();
    if (byCategory)
        query.category = categories->first();
    QSignalSpy totals(m_model.get(), &LibraryModel::totalCountChanged);
    m_model->setQuery(query);
    QCOMPARE(totals.size(), 1);
    const auto expected = m_store->count(query);
    QVERIFY(expected.ok());
    QVERIFY(*expected > 0);
    QVERIFY(*expected < ArticleCount);
    QCOMPARE(m_model->totalCount(), *expected);
    fetchAll(*m_model);
    QCOMPARE(m_model->rowCount(), int(*expected));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ArticleSummary summary = m_model->summary(row);
        if (!statuses.isEmpty())
            QVERIFY(statuses.contains(summary.status));
        if (byAuthor)
            QVERIFY(summary.authors.contains(query.author) || summary.owner == query.author);
        if (byCategory)
            QCOMPARE(summary.category, query.category);
    }
}

void TestLibraryModel::savedArticleMovesAndKeepsItsPersistentIndex()
{
    m_model->fetchMore({});
    const int rows = m_model->rowCount();
    const int row = LibraryModel::PageSize + 50;
    const qint64 id = m_model->summary(row).id;
    const QPersistentModelIndex persistent = m_model->index(row, LibraryModel::CategoryColumn);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    auto record = m_store->load(id);
    QVERIFY(record.ok());
    Article article = record->article;
    article.headline = QStringLiteral("Harbour reopens after the storm");
    QVERIFY(m_store->save(id, article, {QStringLiteral("test"), {}, true}).ok());

    QTRY_COMPARE(m_model->summary(0).id, id);
    QCOMPARE(m_model->data(m_model->index(0, 0)).toString(), article.headline);
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_model->totalCount(), qint64(ArticleCount));
    QCOMPARE(persistent.row(), 0);
    QCOMPARE(persistent.column(), int(LibraryModel::CategoryColumn));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(m_model->rowOf(id), 0);
}

void TestLibraryModel::createdAndTrashedArticlesComeAndGo()
{
    const int rows = m_model->rowCount();
    const qint64 formerFirst = m_model->summary(0).id;
    const QPersistentModelIndex persistent = m_model->index(0, 0);

    Article article = Testing::fullArticle();
    article.uuid.clear();
    const auto created = m_store->create(article, {QStringLiteral("test"), {}, true});
    QVERIFY(created.ok());
    QTRY_COMPARE(m_model->totalCount(), qint64(ArticleCount + 1));
    QCOMPARE(m_model->summary(0).id, *created);
    QCOMPARE(m_model->rowOf(formerFirst), 1);
    QCOMPARE(persistent.row(), 1);
    QCOMPARE(m_model->rowCount(), rows);

    QVERIFY(m_store->moveToTrash(*created).ok());
    QTRY_COMPARE(m_model->totalCount(), qint64(ArticleCount));
    QCOMPARE(m_model->rowOf(*created), -1);
    QCOMPARE(m_model->summary(0).id, formerFirst);
    QCOMPARE(persistent.row(), 0);

    LibraryModel trash(m_store);
    QAbstractItemModelTester tester(&trash, QAbstractItemModelTester::FailureReportingMode::QtTest);
    LibraryQuery query;
    query.trash = true;
    trash.setQuery(query);
    QCOMPARE(trash.totalCount(), qint64(1));
    QCOMPARE(trash.summary(0).id, *created);
    QVERIFY(trash.data(trash.index(0, 0), LibraryModel::TrashedRole).toBool());

    QVERIFY(m_store->purge(*created).ok());
    QTRY_COMPARE(trash.totalCount(), qint64(0));
    QCOMPARE(trash.rowCount(), 0);
}

void TestLibraryModel::smallListingFollowsTrashAndRestore()
{
    // A small library: every row fetched, so arrivals and departures change the row count.
    LibraryQuery query;
    query.category = m_store->categories()->first();
    query.statuses = {ArticleStatus::Spiked};
    m_model->setQuery(query);
    fetchAll(*m_model);
    const int rows = m_model->rowCount();
    QVERIFY(rows > 2);
    QVERIFY(rows < LibraryModel::PageSize);
    const qint64 middle = m_model->summary(rows / 2).id;
    const qint64 last = m_model->summary(rows - 1).id;
    const QPersistentModelIndex lastIndex = m_model->index(rows - 1, 0);

    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QVERIFY(m_store->moveToTrash(middle).ok());
    QTRY_COMPARE(m_model->rowCount(), rows - 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowOf(middle), -1);
    QCOMPARE(lastIndex.row(), rows - 2);
    QCOMPARE(m_model->summary(lastIndex.row()).id, last);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QVERIFY(m_store->restoreFromTrash(middle).ok());
    QTRY_COMPARE(m_model->rowCount(), rows);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(m_model->rowOf(middle) >= 0);
    QCOMPARE(m_model->summary(lastIndex.row()).id, last);
}

void TestLibraryModel::coalescesBurstsOfChanges()
{
    QList<Article> burst;
    for (int i = 0; i < 30; ++i)
        burst << Testing::generatedArticle(quint32(900000 + i), 80);
    const int rows = m_model->rowCount();
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    const auto created = m_store->importArticles(burst, {QStringLiteral("test"), {}, true});
    QVERIFY(created.ok());
    QVERIFY(m_model->isRefreshPending());
    QTRY_COMPARE(m_model->totalCount(), qint64(ArticleCount + 30));
    QVERIFY(!m_model->isRefreshPending());
    QCOMPARE(layout.size(), 1);
    QCOMPARE(removed.size(), 1); // the last 30 fetched rows fell off…
    QCOMPARE(inserted.size(), 1); // …and the 30 new ones arrived.
    QCOMPARE(m_model->rowCount(), rows);
    for (const qint64 id : *created)
        QVERIFY(m_model->rowOf(id) >= 0 && m_model->rowOf(id) < 30);

    for (const qint64 id : *created)
        QVERIFY(m_store->moveToTrash(id).ok());
    QTRY_COMPARE(m_model->totalCount(), qint64(ArticleCount));
    for (const qint64 id : *created)
        QCOMPARE(m_model->rowOf(id), -1);
}

void TestLibraryModel::restrictsToIdsAndUpdatesInPlace()
{
    LibraryQuery query;
    const qint64 absent = *std::max_element(m_ids.cbegin(), m_ids.cend()) + 1000;
    query.ids = QList<qint64> {imported(5), imported(17), imported(2999), imported(400), absent};
    m_model->setQuery(query);
    QCOMPARE(m_model->totalCount(), qint64(4));
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->canFetchMore({}), false);
    QSet<qint64> shown;
    for (qint64 id : ids(*m_model))
        shown.insert(id);
    QCOMPARE(shown, (QSet<qint64> {imported(5), imported(17), imported(400), imported(2999)}));

    // A view's ids change after a transition: rows come and go without a reset, and a
    // persistent index follows its article.
    const int row17 = m_model->rowOf(imported(17));
    const QPersistentModelIndex kept(m_model->index(row17, LibraryModel::HeadlineColumn));
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    query.ids = QList<qint64> {imported(17), imported(400), imported(1234)};
    m_model->updateQuery(query);
    QCOMPARE(resets.size(), 0);
    QVERIFY(removed.size() > 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->totalCount(), qint64(3));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(LibraryModel::IdRole).toLongLong(), imported(17));
    shown.clear();
    for (qint64 id : ids(*m_model))
        shown.insert(id);
    QCOMPARE(shown, (QSet<qint64> {imported(17), imported(400), imported(1234)}));
    QCOMPARE(m_model->query().ids, query.ids);

    query.ids = QList<qint64> {};
    m_model->updateQuery(query);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), qint64(0));
}

QTEST_GUILESS_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
