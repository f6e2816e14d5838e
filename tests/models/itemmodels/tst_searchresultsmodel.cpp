// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// SearchResultsModel over a library of 2,000 generated articles, on both backends: the
// library's own store, searched on a worker thread with the library's reader().
#include "articlefactory.h"
#include "backendlibrary.h"
#include "libraryopener.h"
#include "searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <optional>

using namespace Copydesk;
using namespace Copydesk::Testing;

namespace {

/// What the window gives the model: a store of the worker's own on the same library.
SearchResultsModel::StoreOpener readerOf(const Library *library)
{
    return [library] {
        return library->reader();
    };
}

} // namespace

class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void blankTextClearsWithoutError_data();
    void blankTextClearsWithoutError();
    void findsAndMarksTerms();
    void appliesTheLibraryFilter();
    void followsTrashAndSaves();
    void searchesOnAWorkerThread();
    void staleResultsNeverReplaceNewer();
    void clearingDropsARunningSearch();
    void searchesInlineWithoutOpener();
    void reportsAnOpenerError();
    void searchesAWrappedLibraryOnTheWorker();

private:
    /// Starts the search and waits until its results are shown.
    [[nodiscard]] bool search(const SearchQuery &query);
    QList<qint64> storeHits(const QString &text) const;

    std::optional<BackendLibrary> m_library;
    ArticleStore *m_store = nullptr;
    std::unique_ptr<SearchResultsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QString m_term; ///< A mid-frequency name: in some articles, not in most.
    QString m_otherTerm; ///< Another one, found in other articles.
};

void TestSearchResultsModel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    m_library.emplace();
    QVERIFY2(m_library->isValid(), qPrintable(m_library->error()));
    m_store = m_library->library()->articles();
    QList<Article> articles;
    for (int i = 0; i < 2000; ++i)
        articles << Testing::generatedArticle(quint32(i + 1), 200);
    const auto imported = m_store->importArticles(articles, {QStringLiteral("test"), {}, true});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QVERIFY2(m_library->forceWorkflowOf(*imported, articles), qPrintable(m_library->error()));

    // The first mid-frequency name that some, but not too many, articles mention.
    for (const QString &term : Testing::midTerms()) {
        SearchQuery query;
        query.text = term;
        query.limit = 1000;
        const auto hits = m_store->search(query);
        QVERIFY(hits.ok());
        if (hits->size() >= 5 && hits->size() <= 50) {
            if (m_term.isEmpty()) {
                m_term = term;
            } else if (storeHits(term) != storeHits(m_term)) {
                m_otherTerm = term;
                break;
            }
        }
    }
    QVERIFY(!m_term.isEmpty());
    QVERIFY(!m_otherTerm.isEmpty());
}

void TestSearchResultsModel::cleanupTestCase()
{
    m_store = nullptr;
    m_library.reset();
}

bool TestSearchResultsModel::search(const SearchQuery &query)
{
    m_model->setSearch(query);
    return QTest::qWaitFor([this] { return !m_model->isSearching(); }, 10000);
}

QList<qint64> TestSearchResultsModel::storeHits(const QString &text) const
{
    SearchQuery query;
    query.text = text;
    QList<qint64> ids;
    const auto hits = m_store->search(query);
    for (const SearchHit &hit : hits.value())
        ids.append(hit.summary.id);
    return ids;
}

void TestSearchResultsModel::init()
{
    m_model = std::make_unique<SearchResultsModel>(m_store, readerOf(m_library->library()));
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSearchResultsModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestSearchResultsModel::blankTextClearsWithoutError_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tab and newline") << QStringLiteral("\t\n");
}

void TestSearchResultsModel::blankTextClearsWithoutError()
{
    QFETCH(QString, text);
    SearchQuery query;
    query.text = m_term;
    QVERIFY(search(query));
    QVERIFY(m_model->rowCount() > 0);

    QSignalSpy errors(m_model.get(), &SearchResultsModel::errorOccurred);
    QSignalSpy finished(m_model.get(), &SearchResultsModel::searchFinished);
    query.text = text;
    m_model->setSearch(query);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_model->lastError().isEmpty());
}

void TestSearchResultsModel::findsAndMarksTerms()
{
    SearchQuery query;
    query.text = m_term;
    QVERIFY(search(query));
    QVERIFY(m_model->rowCount() >= 5);
    double previousRank = -std::numeric_limits<double>::infinity();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row);
        const SearchHit hit = m_model->hit(row);
        QVERIFY(hit.summary.id > 0);
        QCOMPARE(index.data(SearchResultsModel::IdRole).toLongLong(), hit.summary.id);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), hit.summary.headline);
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), hit.summary.dek);
        QCOMPARE(index.data(SearchResultsModel::StatusRole).toInt(), int(hit.summary.status));
        const double rank = index.data(SearchResultsModel::RankRole).toDouble();
        QVERIFY(rank >= previousRank); // best (lowest bm25) first
        previousRank = rank;
        const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
        const qsizetype open = snippet.indexOf(SnippetOpen);
        const qsizetype close = snippet.indexOf(SnippetClose, open);
        QVERIFY2(open >= 0 && close > open, qPrintable(snippet));
        QCOMPARE(snippet.mid(open + 1, close - open - 1).toLower(), m_term.toLower());
    }
    QCOMPARE(m_model->hit(-1).summary.id, 0);
    QCOMPARE(m_model->hit(m_model->rowCount()).summary.id, 0);
}

void TestSearchResultsModel::appliesTheLibraryFilter()
{
    SearchQuery query;
    query.text = m_term;
    query.limit = 1000;
    QVERIFY(search(query));
    const int all = m_model->rowCount();
    const ArticleStatus status = m_model->hit(0).summary.status;

    query.filter.statuses = {status};
    QVERIFY(search(query));
    QVERIFY(m_model->rowCount() > 0);
    QVERIFY(m_model->rowCount() < all);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->hit(row).summary.status, status);
    QCOMPARE(m_model->search().filter.statuses, QList<ArticleStatus> {status});
}

void TestSearchResultsModel::followsTrashAndSaves()
{
    SearchQuery query;
    query.text = m_term;
    query.limit = 1000;
    QVERIFY(search(query));
    const int hits = m_model->rowCount();
    const qint64 id = m_model->hit(0).summary.id;

    QVERIFY(m_store->moveToTrash(id).ok());
    QTRY_COMPARE(m_model->rowCount(), hits - 1);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->hit(row).summary.id != id);

    QVERIFY(m_store->restoreFromTrash(id).ok());
    QTRY_COMPARE(m_model->rowCount(), hits);

    // An article that starts mentioning the term joins the results.
    Article article = Testing::generatedArticle(4242, 100);
    article.headline = QStringLiteral("Council hears from %1").arg(m_term);
    const auto created = m_store->create(article, {QStringLiteral("test"), {}, true});
    QVERIFY(created.ok());
    QTRY_COMPARE(m_model->rowCount(), hits + 1);
}

void TestSearchResultsModel::searchesOnAWorkerThread()
{
    QSignalSpy finished(m_model.get(), &SearchResultsModel::searchFinished);
    SearchQuery query;
    query.text = m_term;
    m_model->setSearch(query);
    // Nothing is searched on this thread: the call returns before any result.
    QVERIFY(m_model->isSearching());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(10000));
    QVERIFY(!m_model->isSearching());
    QList<qint64> shown;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        shown.append(m_model->hit(row).summary.id);
        QVERIFY(m_model->hit(row).snippet.contains(SnippetOpen));
    }
    QCOMPARE(shown, storeHits(m_term));
}

void TestSearchResultsModel::staleResultsNeverReplaceNewer()
{
    const QList<qint64> first = storeHits(m_term);
    const QList<qint64> newest = storeHits(m_otherTerm);
    QList<QList<qint64>> shown; // what the model showed at each reset
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [&] {
        QList<qint64> ids;
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.append(m_model->hit(row).summary.id);
        shown.append(ids);
    });
    QSignalSpy finished(m_model.get(), &SearchResultsModel::searchFinished);
    SearchQuery query;
    // Typing on: the first query is running when the next ones arrive; the middle one is
    // never run at all, and the first one's result is dropped.
    query.text = m_term;
    m_model->setSearch(query);
    query.text = m_term + QStringLiteral(" ") + m_otherTerm;
    m_model->setSearch(query);
    query.text = m_otherTerm;
    QVERIFY(search(query));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(shown, QList<QList<qint64>> {newest});
    QCOMPARE(m_model->search().text, m_otherTerm);
    QVERIFY(first != newest);

    // A re-run caused by a change while the next search runs does not bring back old hits.
    shown.clear();
    query.text = m_term;
    m_model->setSearch(query);
    Article article = Testing::generatedArticle(777, 50);
    article.uuid.clear();
    article.headline = QStringLiteral("Late news of %1").arg(m_otherTerm);
    const auto created = m_store->create(article, {QStringLiteral("test"), {}, true});
    QVERIFY(created.ok());
    QTRY_VERIFY(!m_model->isSearching() && !shown.isEmpty());
    QTest::qWait(50);
    QTRY_VERIFY(!m_model->isSearching());
    for (const QList<qint64> &ids : std::as_const(shown))
        QCOMPARE(ids, first);
    QVERIFY(m_store->moveToTrash(*created).ok());
    QVERIFY(m_store->purge(*created).ok());
}

void TestSearchResultsModel::clearingDropsARunningSearch()
{
    QSignalSpy finished(m_model.get(), &SearchResultsModel::searchFinished);
    SearchQuery query;
    query.text = m_term;
    m_model->setSearch(query);
    query.text.clear();
    m_model->setSearch(query);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    // The running search finishes behind the scenes and is not shown.
    QTRY_VERIFY(!m_model->isSearching());
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestSearchResultsModel::searchesInlineWithoutOpener()
{
    m_model->setStoreOpener({});
    SearchQuery query;
    query.text = m_term;
    m_model->setSearch(query);
    QVERIFY(!m_model->isSearching());
    QCOMPARE(m_model->rowCount(), storeHits(m_term).size());
}

void TestSearchResultsModel::reportsAnOpenerError()
{
    m_model->setStoreOpener([]() -> Result<std::unique_ptr<ArticleStore>> {
        return Error {QStringLiteral("the library went away"), Error::Code::NotFound};
    });
    QSignalSpy errors(m_model.get(), &SearchResultsModel::errorOccurred);
    SearchQuery query;
    query.text = m_term;
    QVERIFY(search(query));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().toString(), QStringLiteral("the library went away"));
    QCOMPARE(m_model->lastError(), QStringLiteral("the library went away"));
    QCOMPARE(m_model->rowCount(), 0);
}

void TestSearchResultsModel::searchesAWrappedLibraryOnTheWorker()
{
    // A library opened by its location, as the window opens it: its store saves through the
    // workflow; its reader() searches off this thread.
    auto library
        = LibraryOpener::open(m_library->library()->location(), LibraryOpener::Mode::OpenExisting);
    QVERIFY2(library, library ? "" : qPrintable(library.error().message));
    Library *opened = library->get();
    SearchResultsModel model(opened->articles(), [opened] { return opened->reader(); });
    SearchQuery query;
    query.text = m_term;
    model.setSearch(query);
    QVERIFY(model.isSearching());
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY(!model.isSearching());
    QCOMPARE(model.rowCount(), storeHits(m_term).size());
}

QTEST_GUILESS_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
