// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlefactory.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "searchresultsmodel.h"
#include "sqlitearticlestore.h"
#include "sqliteworkflow.h"

#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

using namespace Copydesk;
using namespace Qt::StringLiterals;
using View = SqliteWorkflow::View;

namespace {

template<typename T> T *child(QWidget *parent, const QString &accessibleName)
{
    const auto children = parent->findChildren<T *>();
    for (T *widget : children) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

QPoint centerOf(QAbstractItemView *view, const QModelIndex &index)
{
    return view->visualRect(index).center();
}

/// A library with a workflow: an admin, two reporters, two editors and four articles
///   "Ferry timetable"    ann  Changes requested (sent back by eve)
///   "Harbour crane"      ann  In review
///   "Bridge toll"        rob  Approved (by eve)
///   "Tunnel survey"      rob  Draft
struct WorkflowLibrary
{
    QTemporaryDir dir;
    std::unique_ptr<SqliteArticleStore> store;
    std::unique_ptr<SqliteWorkflow> workflow;
    QHash<QString, qint64> ids;

    bool setUp()
    {
        auto opened = SqliteArticleStore::open(
            dir.filePath(u"library.copydesk"_s), SqliteArticleStore::OpenMode::CreateIfMissing);
        if (!opened)
            return false;
        store = std::move(opened).value();
        auto flow = SqliteWorkflow::open(*store);
        if (!flow)
            return false;
        workflow = std::move(flow).value();
        bool ok = workflow->addPerson({u"ada"_s, Role::Admin}, u"ada"_s).ok();
        for (const Person &p :
            {Person {u"ann"_s, Role::Reporter}, Person {u"rob"_s, Role::Reporter},
                Person {u"eve"_s, Role::Editor}, Person {u"ed"_s, Role::Editor}})
            ok = ok && workflow->addPerson(p, u"ada"_s).ok();
        ok = ok && add(u"Ferry timetable"_s, u"ann"_s) && add(u"Harbour crane"_s, u"ann"_s)
            && add(u"Bridge toll"_s, u"rob"_s) && add(u"Tunnel survey"_s, u"rob"_s);
        using A = WorkflowAction;
        return ok && workflow->apply(ids[u"Ferry timetable"_s], A::Submit, u"ann"_s).ok()
            && workflow->apply(ids[u"Ferry timetable"_s], A::RequestChanges, u"eve"_s, u"More"_s)
                   .ok()
            && workflow->apply(ids[u"Harbour crane"_s], A::Submit, u"ann"_s).ok()
            && workflow->apply(ids[u"Bridge toll"_s], A::Submit, u"rob"_s).ok()
            && workflow->apply(ids[u"Bridge toll"_s], A::Approve, u"eve"_s).ok();
    }

    bool add(const QString &headline, const QString &owner)
    {
        Article a;
        a.headline = headline;
        a.dek = u"What changes for the port."_s;
        a.bylines = {{owner, {}}};
        a.published = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::UTC);
        a.lede = u"The port authority decided."_s;
        ArticlePart section = ArticlePart::make(ArticlePart::Kind::Section, u"Background"_s);
        section.body = u"The storm closed the port for three days."_s;
        ArticlePart facts = ArticlePart::make(ArticlePart::Kind::KeyFacts);
        facts.items = {u"Three days closed"_s};
        a.parts = {section, facts};
        a.owner = owner;
        const auto id = store->create(a, {owner, {}, true});
        if (id)
            ids.insert(headline, *id);
        return id.ok();
    }
};

/// The headlines the panel's table shows, sorted.
QStringList shownHeadlines(LibraryPanel &panel)
{
    LibraryModel *model = panel.libraryModel();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QStringList headlines;
    for (int row = 0; row < model->rowCount(); ++row)
        headlines.append(model->summary(row).headline);
    headlines.sort();
    return headlines;
}

} // namespace

class TestLibraryPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void hasAccessibleNames();
    void searchesAsYouTypeAfterAPause();
    void clearingTheSearchShowsTheLibrary();
    void filtersByStatusAuthorAndCategory();
    void clickingAnArticleActivatesIt();
    void choosingASearchHitActivatesIt();
    void sortsByClickableColumnsOnly();
    void requestsChangesThroughSignals();
    void showsTheTrash();
    void selectsAnArticleById();
    void showsOnlyTheNewestSearch();
    void workflowViews_data();
    void workflowViews();
    void workflowViewsCombineWithFiltersAndSearch();
    void workflowViewsFollowTransitions();
    void viewChooserOnlyWithAWorkflow();
    void columnsFitThePanel();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteArticleStore> m_store;
    std::unique_ptr<LibraryPanel> m_panel;
    QLineEdit *m_search = nullptr;
    QTreeView *m_table = nullptr;
    QListView *m_results = nullptr;
    QString m_term;
};

void TestLibraryPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto store = SqliteArticleStore::open(m_dir.filePath(QStringLiteral("library.copydesk")),
        SqliteArticleStore::OpenMode::CreateIfMissing);
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
    m_store = std::move(store).value();
    QList<Article> articles;
    for (int i = 0; i < 1000; ++i)
        articles << Testing::generatedArticle(quint32(i + 7), 100);
    QVERIFY(m_store->importArticles(articles, {QStringLiteral("test"), {}, true}).ok());
    for (const QString &term : Testing::midTerms()) {
        SearchQuery query;
        query.text = term;
        const auto hits = m_store->search(query);
        QVERIFY(hits.ok());
        if (hits->size() >= 2 && hits->size() <= 20) {
            m_term = term;
            break;
        }
    }
    QVERIFY(!m_term.isEmpty());
}

void TestLibraryPanel::init()
{
    // As the window does: searches on a worker with a store of its own (Library::reader()).
    m_panel = std::make_unique<LibraryPanel>(
        m_store.get(), [path = m_store->location()]() -> Result<std::unique_ptr<ArticleStore>> {
            auto opened
                = SqliteArticleStore::open(path, SqliteArticleStore::OpenMode::OpenExisting);
            if (!opened)
                return opened.error();
            return std::unique_ptr<ArticleStore>(std::move(opened).value());
        });
    m_panel->resize(700, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_search = child<QLineEdit>(m_panel.get(), QStringLiteral("Search articles"));
    m_table = child<QTreeView>(m_panel.get(), QStringLiteral("Articles"));
    m_results = child<QListView>(m_panel.get(), QStringLiteral("Search results"));
    QVERIFY(m_search && m_table && m_results);
}

void TestLibraryPanel::cleanup()
{
    m_panel.reset();
}

void TestLibraryPanel::hasAccessibleNames()
{
    const auto widgets = m_panel->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget)) {
            bool insideCombo = false; // a combo box's own popup list
            for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget())
                insideCombo = insideCombo || qobject_cast<QComboBox *>(p);
            if (insideCombo)
                continue;
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
        }
    }
    QVERIFY(child<QComboBox>(m_panel.get(), QStringLiteral("Status filter")));
    QVERIFY(child<QComboBox>(m_panel.get(), QStringLiteral("Author filter")));
    QVERIFY(child<QComboBox>(m_panel.get(), QStringLiteral("Category filter")));
}

void TestLibraryPanel::searchesAsYouTypeAfterAPause()
{
    QSignalSpy searches(m_panel->searchModel(), &SearchResultsModel::searchFinished);
    m_search->setFocus();
    QTest::keyClicks(m_search, m_term);
    // Typing faster than the delay runs no search yet…
    QCOMPARE(searches.size(), 0);
    QVERIFY(m_table->isVisible());
    // …and one search once typing pauses.
    QTRY_COMPARE(searches.size(), 1);
    QVERIFY(m_results->isVisible());
    QVERIFY(!m_table->isVisible());

    SearchQuery query;
    query.text = m_term;
    const auto expected = m_store->search(query);
    QVERIFY(expected.ok());
    QCOMPARE(m_results->model()->rowCount(), expected->size());
    for (int row = 0; row < expected->size(); ++row) {
        const QModelIndex index = m_results->model()->index(row, 0);
        QCOMPARE(index.data(SearchResultsModel::IdRole).toLongLong(), expected->at(row).summary.id);
        QVERIFY(index.data(SearchResultsModel::SnippetRole).toString().contains(SnippetOpen));
    }
    const QLabel *footer = child<QLabel>(m_panel.get(), QStringLiteral("Article count"));
    QVERIFY(footer->text().contains(QString::number(expected->size())));
}

void TestLibraryPanel::clearingTheSearchShowsTheLibrary()
{
    m_panel->setSearchText(m_term);
    QVERIFY(m_results->isVisible());
    QTRY_VERIFY(m_panel->searchModel()->rowCount() > 0);
    m_search->clear();
    QVERIFY(m_table->isVisible());
    QCOMPARE(m_panel->searchModel()->rowCount(), 0);
}

void TestLibraryPanel::filtersByStatusAuthorAndCategory()
{
    auto *status = child<QComboBox>(m_panel.get(), QStringLiteral("Status filter"));
    auto *author = child<QComboBox>(m_panel.get(), QStringLiteral("Author filter"));
    auto *category = child<QComboBox>(m_panel.get(), QStringLiteral("Category filter"));
    const auto authors = m_store->authors();
    const auto categories = m_store->categories();
    QCOMPARE(author->count(), authors->size() + 1);
    QCOMPARE(category->count(), categories->size() + 1);

    status->setCurrentIndex(status->findData(int(ArticleStatus::Published)));
    LibraryModel *model = m_panel->libraryModel();
    QVERIFY(model->totalCount() > 0);
    QVERIFY(model->totalCount() < 1000);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->summary(row).status, ArticleStatus::Published);

    category->setCurrentIndex(1);
    const QString chosen = category->currentText();
    QCOMPARE(model->query().category, chosen);
    for (int row = 0; row < model->rowCount(); ++row) {
        QCOMPARE(model->summary(row).status, ArticleStatus::Published);
        QCOMPARE(model->summary(row).category, chosen);
    }
    LibraryQuery query;
    query.statuses = {ArticleStatus::Published};
    query.category = chosen;
    QCOMPARE(model->totalCount(), *m_store->count(query));

    status->setCurrentIndex(0);
    category->setCurrentIndex(0);
    author->setCurrentIndex(author->findData(authors->first()));
    QCOMPARE(model->query().author, authors->first());
    QVERIFY(model->query().statuses.isEmpty());
    QVERIFY(model->query().category.isEmpty());
    for (int row = 0; row < model->rowCount(); ++row) {
        const ArticleSummary summary = model->summary(row);
        QVERIFY(summary.authors.contains(authors->first()) || summary.owner == authors->first());
    }

    // Searching honours the filters too.
    m_panel->setSearchText(m_term);
    QTRY_VERIFY(!m_panel->searchModel()->isSearching());
    for (int row = 0; row < m_panel->searchModel()->rowCount(); ++row) {
        const ArticleSummary summary = m_panel->searchModel()->hit(row).summary;
        QVERIFY(summary.authors.contains(authors->first()) || summary.owner == authors->first());
    }
}

void TestLibraryPanel::clickingAnArticleActivatesIt()
{
    QSignalSpy activated(m_panel.get(), &LibraryPanel::articleActivated);
    const QModelIndex third = m_table->model()->index(2, 0);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, centerOf(m_table, third));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), third.data(LibraryModel::IdRole).toLongLong());
    QCOMPARE(m_panel->currentArticle(), third.data(LibraryModel::IdRole).toLongLong());

    QTest::keyClick(m_table, Qt::Key_Down);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toLongLong(),
        m_table->model()->index(3, 0).data(LibraryModel::IdRole).toLongLong());

    // Clicking the current article again does not announce it twice; Enter does.
    QTest::mouseClick(
        m_table->viewport(), Qt::LeftButton, {}, centerOf(m_table, m_table->model()->index(3, 1)));
    QCOMPARE(activated.size(), 2);
    QTest::keyClick(m_table, Qt::Key_Return);
    QCOMPARE(activated.size(), 3);
}

void TestLibraryPanel::choosingASearchHitActivatesIt()
{
    QSignalSpy activated(m_panel.get(), &LibraryPanel::articleActivated);
    m_search->setFocus();
    QTest::keyClicks(m_search, m_term);
    QTRY_VERIFY(m_panel->searchModel()->rowCount() > 1);
    const QModelIndex second = m_results->model()->index(1, 0);
    QTest::mouseClick(m_results->viewport(), Qt::LeftButton, {}, centerOf(m_results, second));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(),
        second.data(SearchResultsModel::IdRole).toLongLong());

    // Return in the search box jumps to the best hit.
    m_search->setFocus();
    QTest::keyClick(m_search, Qt::Key_Return);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().toLongLong(), m_panel->searchModel()->hit(0).summary.id);
    QVERIFY(m_results->hasFocus());
}

void TestLibraryPanel::sortsByClickableColumnsOnly()
{
    QHeaderView *header = m_table->header();
    LibraryModel *model = m_panel->libraryModel();
    QCOMPARE(model->query().sort, SortKey::Modified);
    const auto clickHeader = [header](int column) {
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    };
    clickHeader(LibraryModel::HeadlineColumn);
    QCOMPARE(model->query().sort, SortKey::Headline);
    QCOMPARE(header->sortIndicatorSection(), int(LibraryModel::HeadlineColumn));
    const Qt::SortOrder order = model->query().order;
    clickHeader(LibraryModel::HeadlineColumn);
    QVERIFY(model->query().order != order);

    clickHeader(LibraryModel::StatusColumn);
    QCOMPARE(model->query().sort, SortKey::Status);
    QCOMPARE(header->sortIndicatorSection(), int(LibraryModel::StatusColumn));

    const QByteArray state = m_panel->headerState();
    LibraryPanel other(m_store.get());
    QCOMPARE(other.libraryModel()->query().sort, SortKey::Modified);
    other.restoreHeaderState(state);
    QCOMPARE(other.libraryModel()->query().sort, SortKey::Status);
    QCOMPARE(other.libraryModel()->query().order, model->query().order);
}

void TestLibraryPanel::requestsChangesThroughSignals()
{
    const QList<QAction *> actions = m_panel->articleActions();
    QCOMPARE(actions.size(), 4);
    QAction *newAction = actions.at(0);
    QAction *duplicate = actions.at(1);
    QAction *trash = actions.at(2);
    QAction *restore = actions.at(3);
    QVERIFY(newAction->isEnabled());
    QVERIFY(!duplicate->isEnabled());
    QVERIFY(!trash->isEnabled());
    QVERIFY(!restore->isEnabled());

    QSignalSpy created(m_panel.get(), &LibraryPanel::newArticleRequested);
    QSignalSpy duplicated(m_panel.get(), &LibraryPanel::duplicateRequested);
    QSignalSpy trashed(m_panel.get(), &LibraryPanel::trashRequested);
    newAction->trigger();
    QCOMPARE(created.size(), 1);

    const QModelIndex first = m_table->model()->index(0, 0);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {}, centerOf(m_table, first));
    const qint64 id = first.data(LibraryModel::IdRole).toLongLong();
    QVERIFY(duplicate->isEnabled());
    QVERIFY(trash->isEnabled());
    QVERIFY(!restore->isEnabled());
    duplicate->trigger();
    trash->trigger();
    QCOMPARE(duplicated.size(), 1);
    QCOMPARE(duplicated.first().first().toLongLong(), id);
    QCOMPARE(trashed.size(), 1);
    QCOMPARE(trashed.first().first().toLongLong(), id);
    // The panel only asks: the article is still in the library.
    QVERIFY(!m_store->load(id)->trashed);
}

void TestLibraryPanel::showsTheTrash()
{
    const qint64 id = m_panel->libraryModel()->summary(5).id;
    QVERIFY(m_store->moveToTrash(id).ok());
    QTRY_COMPARE(m_panel->libraryModel()->rowOf(id), -1);

    m_panel->showTrashAction()->trigger();
    QVERIFY(m_panel->showsTrash());
    LibraryModel *model = m_panel->libraryModel();
    QCOMPARE(model->totalCount(), qint64(1));
    QCOMPARE(model->summary(0).id, id);
    const QLabel *footer = child<QLabel>(m_panel.get(), QStringLiteral("Article count"));
    QVERIFY(footer->text().contains(QLatin1String("trash")));

    QSignalSpy restored(m_panel.get(), &LibraryPanel::restoreRequested);
    QTest::mouseClick(
        m_table->viewport(), Qt::LeftButton, {}, centerOf(m_table, model->index(0, 0)));
    QAction *duplicate = m_panel->articleActions().at(1);
    QAction *restore = m_panel->articleActions().at(3);
    QVERIFY(!duplicate->isEnabled());
    QVERIFY(restore->isEnabled());
    restore->trigger();
    QCOMPARE(restored.size(), 1);
    QCOMPARE(restored.first().first().toLongLong(), id);

    QVERIFY(m_store->restoreFromTrash(id).ok());
    QTRY_COMPARE(model->totalCount(), qint64(0));
    m_panel->setShowTrash(false);
    QVERIFY(model->rowOf(id) >= 0 || model->canFetchMore({}));
}

void TestLibraryPanel::selectsAnArticleById()
{
    LibraryModel *model = m_panel->libraryModel();
    // An article beyond the fetched rows: the panel fetches until it finds it.
    const int fetched = model->rowCount();
    QVERIFY(model->totalCount() > fetched + 100);
    LibraryQuery query;
    query.offset = fetched + 50;
    query.limit = 1;
    const qint64 far = m_store->list(query)->first().id;
    QSignalSpy activated(m_panel.get(), &LibraryPanel::articleActivated);
    m_panel->setSearchText(m_term);
    QVERIFY(m_panel->selectArticle(far));
    QVERIFY(m_search->text().isEmpty());
    QVERIFY(m_table->isVisible());
    QCOMPARE(m_panel->currentArticle(), far);
    QCOMPARE(activated.size(), 1);
    QVERIFY(model->rowCount() > fetched);
    QVERIFY(!m_panel->selectArticle(-1));

    // A new article is selected right after it is created, before the refresh would run.
    Article article = Testing::fullArticle();
    article.uuid.clear();
    const auto created = m_store->create(article, {QStringLiteral("test"), {}, true});
    QVERIFY(created.ok());
    QVERIFY(m_panel->selectArticle(*created));
    QCOMPARE(m_panel->currentArticle(), *created);
    QVERIFY(m_store->moveToTrash(*created).ok());
    QTRY_VERIFY(m_panel->currentArticle() != *created);
}

void TestLibraryPanel::showsOnlyTheNewestSearch()
{
    QString other;
    for (const QString &term : Testing::midTerms()) {
        if (term != m_term) {
            other = term;
            break;
        }
    }
    SearchQuery query;
    query.text = other;
    const auto expected = m_store->search(query);
    QVERIFY(expected.ok());
    QSignalSpy searches(m_panel->searchModel(), &SearchResultsModel::searchFinished);
    // The first search is still running when the second is asked for.
    m_panel->setSearchText(m_term);
    m_panel->setSearchText(other);
    const QLabel *footer = child<QLabel>(m_panel.get(), QStringLiteral("Article count"));
    QCOMPARE(footer->text(), QStringLiteral("Searching…"));
    QTRY_VERIFY(!m_panel->searchModel()->isSearching());
    QCOMPARE(searches.size(), 1);
    QCOMPARE(m_results->model()->rowCount(), expected->size());
    for (int row = 0; row < expected->size(); ++row) {
        QCOMPARE(m_results->model()->index(row, 0).data(SearchResultsModel::IdRole).toLongLong(),
            expected->at(row).summary.id);
    }
}

void TestLibraryPanel::workflowViews_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<int>("view"); // -1: all articles
    QTest::addColumn<QStringList>("headlines");

    const QStringList all {
        u"Bridge toll"_s, u"Ferry timetable"_s, u"Harbour crane"_s, u"Tunnel survey"_s};
    QTest::newRow("all, reporter") << u"ann"_s << -1 << all;
    QTest::newRow("all, editor") << u"eve"_s << -1 << all;
    QTest::newRow("awaiting review, editor")
        << u"eve"_s << int(View::AwaitingMyReview) << QStringList {u"Harbour crane"_s};
    QTest::newRow("awaiting review, other editor")
        << u"ed"_s << int(View::AwaitingMyReview) << QStringList {u"Harbour crane"_s};
    QTest::newRow("awaiting review, reporter")
        << u"ann"_s << int(View::AwaitingMyReview) << QStringList {};
    QTest::newRow("changes requested, owner")
        << u"ann"_s << int(View::ChangesRequested) << QStringList {u"Ferry timetable"_s};
    QTest::newRow("changes requested, editor who sent it back")
        << u"eve"_s << int(View::ChangesRequested) << QStringList {u"Ferry timetable"_s};
    QTest::newRow("changes requested, other reporter")
        << u"rob"_s << int(View::ChangesRequested) << QStringList {};
    QTest::newRow("changes requested, other editor")
        << u"ed"_s << int(View::ChangesRequested) << QStringList {};
    QTest::newRow("approved, reporter")
        << u"ann"_s << int(View::Approved) << QStringList {u"Bridge toll"_s};
    QTest::newRow("approved, editor")
        << u"ed"_s << int(View::Approved) << QStringList {u"Bridge toll"_s};
    QTest::newRow("mine, reporter")
        << u"ann"_s << int(View::Mine) << QStringList {u"Ferry timetable"_s, u"Harbour crane"_s};
    QTest::newRow("mine, other reporter")
        << u"rob"_s << int(View::Mine) << QStringList {u"Bridge toll"_s, u"Tunnel survey"_s};
    QTest::newRow("mine, editor") << u"eve"_s << int(View::Mine) << QStringList {};
}

void TestLibraryPanel::workflowViews()
{
    QFETCH(QString, person);
    QFETCH(int, view);
    QFETCH(QStringList, headlines);
    WorkflowLibrary library;
    QVERIFY(library.setUp());
    LibraryPanel panel(library.store.get());
    panel.setWorkflow(library.workflow.get(), person);
    auto *chooser = child<QComboBox>(&panel, u"Library view"_s);
    QVERIFY(chooser);
    chooser->setCurrentIndex(chooser->findData(view));
    QCOMPARE(panel.workflowView().has_value(), view >= 0);
    QCOMPARE(shownHeadlines(panel), headlines);
    QCOMPARE(panel.libraryModel()->totalCount(), headlines.size());
    if (view >= 0) {
        QCOMPARE(panel.libraryModel()->query().ids.value().size(), headlines.size());
        const auto ids = library.workflow->view(View(view), person);
        QCOMPARE(panel.libraryModel()->query().ids.value(), ids.value());
    }
}

void TestLibraryPanel::workflowViewsCombineWithFiltersAndSearch()
{
    WorkflowLibrary library;
    QVERIFY(library.setUp());
    LibraryPanel panel(library.store.get());
    panel.setWorkflow(library.workflow.get(), u"rob"_s);
    panel.setWorkflowView(View::Mine);
    QCOMPARE(shownHeadlines(panel), (QStringList {u"Bridge toll"_s, u"Tunnel survey"_s}));

    auto *status = child<QComboBox>(&panel, u"Status filter"_s);
    status->setCurrentIndex(status->findData(int(ArticleStatus::Draft)));
    QCOMPARE(shownHeadlines(panel), QStringList {u"Tunnel survey"_s});
    status->setCurrentIndex(0);

    // Every article mentions the port: the search shows only the view's.
    panel.setSearchText(u"port"_s);
    QTRY_VERIFY(!panel.searchModel()->isSearching());
    QStringList found;
    for (int row = 0; row < panel.searchModel()->rowCount(); ++row)
        found.append(panel.searchModel()->hit(row).summary.headline);
    found.sort();
    QCOMPARE(found, (QStringList {u"Bridge toll"_s, u"Tunnel survey"_s}));

    panel.setSearchText({});
    panel.setWorkflowView(std::nullopt);
    QCOMPARE(shownHeadlines(panel).size(), 4);
    QVERIFY(!panel.libraryModel()->query().ids);
}

void TestLibraryPanel::workflowViewsFollowTransitions()
{
    WorkflowLibrary library;
    QVERIFY(library.setUp());
    LibraryPanel panel(library.store.get());
    panel.setWorkflow(library.workflow.get(), u"eve"_s);
    panel.setWorkflowView(View::AwaitingMyReview);
    QCOMPARE(shownHeadlines(panel), QStringList {u"Harbour crane"_s});
    const qint64 harbour = library.ids.value(u"Harbour crane"_s);
    QVERIFY(panel.selectArticle(harbour));

    // Ann resubmits the ferry story: it joins the view, and the current article stays current.
    const qint64 ferry = library.ids.value(u"Ferry timetable"_s);
    QVERIFY(library.workflow->apply(ferry, WorkflowAction::Submit, u"ann"_s));
    QTRY_COMPARE(shownHeadlines(panel), (QStringList {u"Ferry timetable"_s, u"Harbour crane"_s}));
    QCOMPARE(panel.currentArticle(), harbour);

    // Eve approves the harbour story: it leaves the view.
    QVERIFY(library.workflow->apply(harbour, WorkflowAction::Approve, u"eve"_s));
    QTRY_COMPARE(shownHeadlines(panel), QStringList {u"Ferry timetable"_s});

    // A change made by another process is picked up by refresh().
    {
        auto other = SqliteArticleStore::open(
            library.store->location(), SqliteArticleStore::OpenMode::OpenExisting);
        QVERIFY(other);
        auto workflow = SqliteWorkflow::open(**other);
        QVERIFY(workflow);
        QVERIFY((*workflow)->apply(ferry, WorkflowAction::RequestChanges, u"ed"_s, u"No"_s));
    }
    QCOMPARE(shownHeadlines(panel), QStringList {u"Ferry timetable"_s});
    panel.refresh();
    QCOMPARE(shownHeadlines(panel), QStringList {});
    panel.setWorkflowView(View::ChangesRequested);
    QCOMPARE(shownHeadlines(panel), QStringList {});
    panel.setWorkflow(library.workflow.get(), u"ed"_s);
    QCOMPARE(shownHeadlines(panel), QStringList {u"Ferry timetable"_s});
}

void TestLibraryPanel::viewChooserOnlyWithAWorkflow()
{
    WorkflowLibrary library;
    QVERIFY(library.setUp());
    LibraryPanel panel(library.store.get());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *chooser = child<QComboBox>(&panel, u"Library view"_s);
    QVERIFY(chooser);
    QVERIFY(!chooser->isVisible());
    QCOMPARE(chooser->count(), 5);
    panel.setWorkflowView(View::Mine); // ignored without a workflow
    QVERIFY(!panel.workflowView());

    panel.setWorkflow(library.workflow.get(), u"ann"_s);
    QVERIFY(chooser->isVisible());
    QCOMPARE(chooser->itemText(0), u"All articles"_s);
    QCOMPARE(chooser->itemText(1), u"Awaiting my review"_s);
    QCOMPARE(chooser->itemText(4), u"Mine"_s);
    panel.setWorkflowView(View::Mine);
    QCOMPARE(shownHeadlines(panel).size(), 2);

    panel.setWorkflow(nullptr, {});
    QVERIFY(!chooser->isVisible());
    QVERIFY(!panel.workflowView());
    QCOMPARE(shownHeadlines(panel).size(), 4);
}

QTEST_MAIN(TestLibraryPanel)
#include "tst_librarypanel.moc"

void TestLibraryPanel::columnsFitThePanel()
{
    QHeaderView *header = m_table->header();
    const auto visibleColumns = [&] {
        QList<int> columns;
        for (int column = 0; column < header->count(); ++column) {
            if (!header->isSectionHidden(column))
                columns << column;
        }
        return columns;
    };
    const auto checkFits = [&](int panelWidth) {
        m_panel->resize(panelWidth, 600);
        QTest::qWait(0); // the fitter runs on the resize and after model changes
        QTRY_VERIFY2(header->length() <= m_table->viewport()->width(),
            qPrintable(u"%1 > %2 at %3"_s.arg(header->length())
                    .arg(m_table->viewport()->width())
                    .arg(panelWidth)));
        QVERIFY(!m_table->horizontalScrollBar()->isVisible());
        // Every shown column but the headline is as wide as its content: nothing is cut.
        for (int column : visibleColumns()) {
            if (column == LibraryModel::HeadlineColumn)
                continue;
            const QAbstractItemView *view = m_table;
            const int content
                = std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
            if (column != LibraryModel::AuthorsColumn && column != LibraryModel::CategoryColumn)
                QVERIFY2(header->sectionSize(column) >= content,
                    qPrintable(u"column %1: %2 < %3 at %4"_s.arg(column)
                            .arg(header->sectionSize(column))
                            .arg(content)
                            .arg(panelWidth)));
        }
        QVERIFY(header->sectionSize(LibraryModel::HeadlineColumn)
            >= 10 * m_table->fontMetrics().horizontalAdvance(u'M'));
    };
    checkFits(1100);
    QCOMPARE(visibleColumns().size(), LibraryModel::ColumnCount);
    checkFits(560);
    checkFits(300);
    // A narrow panel is a list of headlines with their status; the tooltip says the rest.
    QCOMPARE(
        visibleColumns(), (QList<int> {LibraryModel::HeadlineColumn, LibraryModel::StatusColumn}));
    QVERIFY(m_table->model()->index(0, 0).data(Qt::ToolTipRole).toString().contains(u" · "_s));
    checkFits(1100);
    QCOMPARE(visibleColumns().size(), LibraryModel::ColumnCount);
}
