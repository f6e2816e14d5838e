#include "articlefactory.h"
#include "articlemarkdown.h"
#include "articlestats.h"
#include "articleview.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "settings.h"
#include "sqlitearticlestore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Copydesk;

namespace {

SaveOptions options()
{
    return {QStringLiteral("test"), {}, true};
}

/// Answers the next message box with `button` once it is shown; records its text.
void answerNextMessageBox(QMessageBox::StandardButton button, QString *text)
{
    QTimer::singleShot(0, qApp, [button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        *text = box->text();
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::Yes));
        box->button(button)->click();
    });
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheSelectedArticle();
    void offersTheSampleOnAnEmptyLibrary();
    void doesNotOfferTheSampleTwiceOrOnAFullLibrary();
    void carriesOutThePanelsRequests();
    void importsJsonFilesAllOrNothing();
    void importsMarkdown();
    void hasStandardMenus();
    void remembersTheSplitter();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("copydeskrc")), nullptr);
}

void TestMainWindow::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(const QString &name)
{
    auto store = SqliteArticleStore::open(
        m_dir->filePath(name), SqliteArticleStore::OpenMode::CreateIfMissing);
    if (!store)
        qFatal("cannot open the test library: %s", qPrintable(store.error().message));
    auto window = std::make_unique<MainWindow>(
        std::move(store).value(), m_settings.get(), QStringLiteral("tester"));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qFatal("the window was not shown");
    return window;
}

void TestMainWindow::showsTheSelectedArticle()
{
    auto window = openWindow(QStringLiteral("show.copydesk"));
    const Article article = Testing::fullArticle();
    const auto id = window->store()->create(article, options());
    QVERIFY(id.ok());
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    QCOMPARE(window->shownArticle(), *id);
    QVERIFY(window->articleView()->plainText().contains(article.headline));
    QVERIFY(window->windowTitle().contains(QLatin1String("show.copydesk")));

    const auto labels = window->findChildren<QLabel *>();
    const auto status = std::find_if(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->accessibleName() == QLatin1String("Word count and reading time");
    });
    QVERIFY(status != labels.cend());
    const int words = ArticleStats::wordCount(article);
    QVERIFY2((*status)->text().contains(QLocale().toString(words)), qPrintable((*status)->text()));
    QVERIFY((*status)->text().contains(
        QStringLiteral("%1 min read").arg(ArticleStats::readingMinutes(article))));
}

void TestMainWindow::offersTheSampleOnAnEmptyLibrary()
{
    auto window = openWindow(QStringLiteral("empty.copydesk"));
    QString question;
    answerNextMessageBox(QMessageBox::Yes, &question);
    window->offerSampleArticle();
    QVERIFY(question.contains(QLatin1String("empty")));
    QCOMPARE(*window->store()->count({}), qint64(1));
    const qint64 sample = window->libraryPanel()->currentArticle();
    QVERIFY(sample > 0);
    QCOMPARE(window->shownArticle(), sample);
    const auto record = window->store()->load(sample);
    QVERIFY(record.ok());
    QVERIFY(!record->article.headline.isEmpty());
    QVERIFY(window->articleView()->plainText().contains(record->article.headline));
    // The sample shows every kind of part.
    QSet<ArticlePart::Kind> kinds;
    for (const ArticlePart &part : record->article.parts)
        kinds.insert(part.kind);
    QCOMPARE(kinds.size(), 6);
}

void TestMainWindow::doesNotOfferTheSampleTwiceOrOnAFullLibrary()
{
    {
        auto window = openWindow(QStringLiteral("declined.copydesk"));
        QString question;
        answerNextMessageBox(QMessageBox::No, &question);
        window->offerSampleArticle();
        QVERIFY(!question.isEmpty());
        QCOMPARE(*window->store()->count({}), qint64(0));
    }
    auto window = openWindow(QStringLiteral("declined.copydesk"));
    window->offerSampleArticle(); // would block on a message box if it asked again
    QCOMPARE(*window->store()->count({}), qint64(0));

    auto full = openWindow(QStringLiteral("full.copydesk"));
    QVERIFY(full->store()->create(Testing::generatedArticle(1, 100), options()).ok());
    full->offerSampleArticle();
    QCOMPARE(*full->store()->count({}), qint64(1));
}

void TestMainWindow::carriesOutThePanelsRequests()
{
    auto window = openWindow(QStringLiteral("requests.copydesk"));
    ArticleStore *store = window->store();
    LibraryPanel *panel = window->libraryPanel();
    const QList<QAction *> actions = panel->articleActions();

    actions.at(0)->trigger(); // New
    QCOMPARE(*store->count({}), qint64(1));
    const qint64 created = panel->currentArticle();
    QVERIFY(created > 0);
    QCOMPARE(window->shownArticle(), created);
    QCOMPARE(store->load(created)->article.owner, QStringLiteral("tester"));

    const auto original = store->create(Testing::fullArticle(), options());
    QVERIFY(original.ok());
    QVERIFY(panel->selectArticle(*original));
    actions.at(1)->trigger(); // Duplicate
    QCOMPARE(*store->count({}), qint64(3));
    const qint64 copy = panel->currentArticle();
    QVERIFY(copy != *original && copy > 0);
    const Article duplicate = store->load(copy)->article;
    QVERIFY(duplicate.headline.startsWith(Testing::fullArticle().headline));
    QVERIFY(duplicate.uuid != Testing::fullArticle().uuid);
    QCOMPARE(duplicate.status, ArticleStatus::Draft);
    QCOMPARE(duplicate.parts.size(), Testing::fullArticle().parts.size());

    actions.at(2)->trigger(); // Move to Trash
    QVERIFY(store->load(copy)->trashed);
    QTRY_COMPARE(panel->libraryModel()->totalCount(), qint64(2));

    panel->setShowTrash(true);
    QVERIFY(panel->selectArticle(copy));
    actions.at(3)->trigger(); // Restore from Trash
    QVERIFY(!store->load(copy)->trashed);
    QTRY_COMPARE(panel->libraryModel()->totalCount(), qint64(0));
}

void TestMainWindow::importsJsonFilesAllOrNothing()
{
    auto window = openWindow(QStringLiteral("import.copydesk"));
    const QString good = QFINDTESTDATA("../../resources/samples/welcome.json");
    QVERIFY(!good.isEmpty());
    const QString bad = m_dir->filePath(QStringLiteral("broken.json"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{ \"headline\": ");
    file.close();

    const auto failed = window->importFiles({good, bad});
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().message.contains(QLatin1String("broken.json")),
        qPrintable(failed.error().message));
    QCOMPARE(*window->store()->count({}), qint64(0));

    const auto imported = window->importFiles({good});
    QVERIFY(imported.ok());
    QCOMPARE(imported->size(), 1);
    QCOMPARE(window->libraryPanel()->currentArticle(), imported->first());
    QCOMPARE(window->shownArticle(), imported->first());
}

void TestMainWindow::importsMarkdown()
{
    auto window = openWindow(QStringLiteral("markdown.copydesk"));
    const QString path = m_dir->filePath(QStringLiteral("story.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ArticleMarkdown::toMarkdown(Testing::fullArticle()));
    file.close();
    const auto imported = window->importFiles({path});
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    const auto record = window->store()->load(imported->first());
    QCOMPARE(record->article.headline, Testing::fullArticle().headline);
    QCOMPARE(record->article.parts.size(), Testing::fullArticle().parts.size());
    QCOMPARE(window->shownArticle(), imported->first());
}

void TestMainWindow::hasStandardMenus()
{
    auto window = openWindow(QStringLiteral("menus.copydesk"));
    QStringList menus;
    for (QAction *action : window->menuBar()->actions())
        menus << action->text().remove(QLatin1Char('&'));
    QCOMPARE(menus,
        (QStringList {QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
            QStringLiteral("Help")}));
    bool quit = false;
    for (QAction *action : window->menuBar()->actions().first()->menu()->actions())
        quit = quit || action->shortcut() == QKeySequence(QKeySequence::Quit);
    QVERIFY(quit);
}

void TestMainWindow::remembersTheSplitter()
{
    QList<int> sizes;
    {
        auto window = openWindow(QStringLiteral("splitter.copydesk"));
        window->resize(760, 520); // inside the offscreen screen, so geometry restores as is
        auto *splitter = window->findChild<QSplitter *>();
        QVERIFY(splitter);
        QTRY_COMPARE(window->size(), QSize(760, 520));
        splitter->setSizes({250, 500});
        sizes = splitter->sizes();
        window->close();
    }
    QVERIFY(!m_settings->splitterState().isEmpty());
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    auto window = openWindow(QStringLiteral("splitter.copydesk"));
    QCOMPARE(window->size(), QSize(760, 520));
    QCOMPARE(window->findChild<QSplitter *>()->sizes(), sizes);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
