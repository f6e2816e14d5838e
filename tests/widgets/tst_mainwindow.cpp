// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articledocument.h"
#include "articleeditor.h"
#include "articlefactory.h"
#include "articlemarkdown.h"
#include "articlesession.h"
#include "articlestats.h"
#include "autosavecontroller.h"
#include "checklistpanel.h"
#include "librarymodel.h"
#include "librarypanel.h"
#include "linefieldeditor.h"
#include "mainwindow.h"
#include "paragraphlineedit.h"
#include "partframe.h"
#include "previewpane.h"
#include "reviewdocks.h"
#include "settings.h"
#include "sqlitearticlestore.h"
#include "windowtesting.h"
#include "writelock.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

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

ParagraphLineEdit *headlineEdit(MainWindow *window)
{
    return window->editor()->lineField(ArticleDocument::Field::Headline)->input();
}

/// The text of the preview's page, once the newest edit is painted.
QString previewText(MainWindow *window)
{
    PreviewPane *preview = window->preview();
    if (!QTest::qWaitFor(
            [&] { return preview->paintedSequence() == preview->requestedSequence(); }, 20000))
        return {};
    QString text;
    bool done = false;
    preview->runScript(QStringLiteral("copydesk.text()"), [&](const QVariant &value) {
        text = value.toString();
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return {};
    return text;
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
    void opensTheNewestArticlePageFirst();
    void opensTheNewestArticleAtOnceWithoutAPreview();
    void statusShowsTheWordTarget();
    void offersTheSampleOnAnEmptyLibrary();
    void doesNotOfferTheSampleTwiceOrOnAFullLibrary();
    void carriesOutThePanelsRequests();
    void importsJsonFilesAllOrNothing();
    void importsMarkdown();
    void hasStandardMenus();
    void remembersTheSplitter();
    void typingShowsInThePreview();
    void autosavesWhatIsTyped();
    void switchingArticlesDoesNotWaitForTheLibrary();
    void secondWindowIsReadOnly();
    void undoAndRedoActThroughTheWindow();
    void lengthLimitsFollowTheProfile();
    void checklistWaitsForAnArticle();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &name);
    /// A library `name` holding two articles; returns the id of the newer.
    qint64 libraryOfTwo(const QString &name);

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
    return Testing::startedWindow(
        m_dir->filePath(name), m_settings.get(), QStringLiteral("tester"));
}

void TestMainWindow::showsTheSelectedArticle()
{
    auto window = openWindow(QStringLiteral("show.copydesk"));
    const Article article = Testing::fullArticle();
    const auto id = window->store()->create(article, options());
    QVERIFY(id.ok());
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    QCOMPARE(window->shownArticle(), *id);
    QCOMPARE(headlineEdit(window.get())->text(), article.headline);
    QVERIFY(previewText(window.get()).contains(article.headline));
    QVERIFY(window->windowTitle().contains(QLatin1String("show.copydesk")));

    const auto labels = window->findChildren<QLabel *>();
    const auto status = std::find_if(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->accessibleName().startsWith(QLatin1String("Word count and reading time"));
    });
    QVERIFY(status != labels.cend());
    const int words = ArticleStats::wordCount(article);
    QTRY_VERIFY2(
        (*status)->text().contains(QLocale().toString(words)), qPrintable((*status)->text()));
    QVERIFY((*status)->text().contains(
        QStringLiteral("%1 min read").arg(ArticleStats::readingMinutes(article))));
}

qint64 TestMainWindow::libraryOfTwo(const QString &name)
{
    auto store = SqliteArticleStore::open(
        m_dir->filePath(name), SqliteArticleStore::OpenMode::CreateIfMissing);
    if (!store)
        return 0;
    Article older = Testing::fullArticle();
    older.headline = QStringLiteral("The older one");
    older.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!(*store)->create(older, options()))
        return 0;
    QTest::qWait(20); // a later modified time
    Article newer = Testing::fullArticle();
    newer.headline = QStringLiteral("The newer one");
    newer.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto id = (*store)->create(newer, options());
    return id ? *id : 0;
}

void TestMainWindow::opensTheNewestArticlePageFirst()
{
    const qint64 newest = libraryOfTwo(QStringLiteral("start.copydesk"));
    QVERIFY(newest > 0);
    // The newest article's page is on screen (painted by Chromium, then drawn in the window)
    // before its text fills the editor, which meanwhile says what is being opened.
    QStringList events;
    QString placeholderWhilePainting;
    auto window = Testing::startedWindow(m_dir->filePath(QStringLiteral("start.copydesk")),
        m_settings.get(), QStringLiteral("tester"), [&](MainWindow *window) {
            connect(window->preview(), &PreviewPane::painted, window,
                [&events, &placeholderWhilePainting, window] {
                    events << QStringLiteral("painted");
                    for (const QLabel *label : window->findChildren<QLabel *>()) {
                        if (label->isVisible()
                            && label->text().startsWith(QStringLiteral("Opening")))
                            placeholderWhilePainting = label->text();
                    }
                });
            connect(window->preview(), &PreviewPane::shown, window,
                [&events] { events << QStringLiteral("shown"); });
            connect(window->session(), &ArticleSession::articleChanged, window,
                [&events] { events << QStringLiteral("opened"); });
        });
    QCOMPARE(events.mid(0, 3),
        (QStringList {
            QStringLiteral("painted"), QStringLiteral("shown"), QStringLiteral("opened")}));
    QCOMPARE(placeholderWhilePainting, QStringLiteral("Opening “The newer one”…"));
    QCOMPARE(window->shownArticle(), newest);
    QCOMPARE(headlineEdit(window.get())->text(), QStringLiteral("The newer one"));
    QCOMPARE(window->libraryPanel()->currentArticle(), newest);
    // Opening it in the editor did not render the same page again.
    QCOMPARE(window->preview()->requestedSequence(), quint64(1));
    QVERIFY(previewText(window.get()).contains(QStringLiteral("The newer one")));
}

void TestMainWindow::opensTheNewestArticleAtOnceWithoutAPreview()
{
    const qint64 newest = libraryOfTwo(QStringLiteral("hidden.copydesk"));
    QVERIFY(newest > 0);
    // With the preview hidden there is no page to wait for.
    bool openAtStart = false;
    auto window = Testing::startedWindow(m_dir->filePath(QStringLiteral("hidden.copydesk")),
        m_settings.get(), QStringLiteral("tester"), [&openAtStart](MainWindow *window) {
            window->preview()->hide();
            connect(window, &MainWindow::started, window, [window, &openAtStart] {
                openAtStart
                    = window->session()->isOpen() && window->preview()->paintedSequence() == 0;
            });
        });
    QVERIFY(openAtStart);
    QCOMPARE(window->shownArticle(), newest);
    QCOMPARE(headlineEdit(window.get())->text(), QStringLiteral("The newer one"));
}

void TestMainWindow::statusShowsTheWordTarget()
{
    auto window = openWindow(QStringLiteral("target.copydesk"));
    Article article = Testing::fullArticle();
    article.category = QStringLiteral("Features");
    const auto id = window->store()->create(article, options());
    QVERIFY(id.ok());
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    // The label is named once the first count is in (a timer after the article opened).
    const auto findStatus = [&window]() -> QLabel * {
        for (QLabel *label : window->findChildren<QLabel *>()) {
            if (label->accessibleName().startsWith(QLatin1String("Word count and reading time")))
                return label;
        }
        return nullptr;
    };
    QTRY_VERIFY(findStatus());
    QLabel *status = findStatus();
    const QString words = QLocale().toString(ArticleStats::wordCount(article));
    QTRY_VERIFY2(
        status->text().startsWith(QStringLiteral("Words: ") + words), qPrintable(status->text()));

    // The profile's target for the category, shown as progress, also to screen readers.
    PublicationProfile profile = window->store()->publicationProfile().value();
    profile.wordTargets.defaultWords = 500;
    profile.wordTargets.byCategory.insert(QStringLiteral("features"), 2000);
    QVERIFY(window->store()->setPublicationProfile(profile));
    const QString progress
        = words + QStringLiteral(" / ") + QLocale().toString(2000) + QStringLiteral(" words");
    QTRY_VERIFY2(status->text().startsWith(progress), qPrintable(status->text()));
    QVERIFY2(status->accessibleName().contains(progress), qPrintable(status->accessibleName()));

    // The article's own target wins.
    window->editor()->wordTargetEditor()->setValue(900);
    QCOMPARE(window->session()->document()->article().wordTarget, 900);
    QTRY_VERIFY2(status->text().startsWith(words + QStringLiteral(" / 900 words")),
        qPrintable(status->text()));
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
    QCOMPARE(headlineEdit(window.get())->text(), record->article.headline);
    // The sample shows every kind of part.
    QSet<ArticlePart::Kind> kinds;
    for (const ArticlePart &part : record->article.parts)
        kinds.insert(part.kind);
    QCOMPARE(kinds.size(), 6);
    // Its last change is its publication: its page says no "Updated" at the moment it was added.
    QVERIFY(record->article.published.isValid());
    QCOMPARE(record->modified, record->article.published.toUTC());
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

    actions.at(0)->trigger(); // New: stored once something is typed.
    QCOMPARE(*store->count({}), qint64(0));
    QTest::keyClicks(headlineEdit(window.get()), QStringLiteral("Fresh"));
    QTRY_COMPARE_WITH_TIMEOUT(*store->count({}), qint64(1), 2000);
    // The save runs on the autosave worker: the window learns the new id when its result
    // arrives, just after the library has the article.
    QTRY_VERIFY_WITH_TIMEOUT(window->shownArticle() > 0, 2000);
    const qint64 created = window->shownArticle();
    QTRY_COMPARE(panel->currentArticle(), created);
    QCOMPARE(store->load(created)->article.headline, QStringLiteral("Fresh"));
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
            QStringLiteral("Workflow"), QStringLiteral("Help")}));
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
        // Inside the 800-pixel offscreen screen, so the geometry restores as it was.
        window->resize(window->minimumSizeHint().expandedTo(QSize(780, 600)));
        auto *splitter = qobject_cast<QSplitter *>(window->centralWidget());
        QVERIFY(splitter);
        QCOMPARE(splitter->count(), 3);
        splitter->setSizes({300, 250, 230});
        sizes = splitter->sizes();
        window->close();
    }
    QVERIFY(!m_settings->splitterState().isEmpty());
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    auto window = openWindow(QStringLiteral("splitter.copydesk"));
    QCOMPARE(qobject_cast<QSplitter *>(window->centralWidget())->sizes(), sizes);
}

void TestMainWindow::typingShowsInThePreview()
{
    auto window = openWindow(QStringLiteral("typing.copydesk"));
    const auto id = window->store()->create(Testing::fullArticle(), options());
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    ParagraphLineEdit *headline = headlineEdit(window.get());
    headline->setFocus();
    headline->moveCursor(QTextCursor::End);
    QTest::keyClicks(headline, QStringLiteral(" with quokkas"));
    QVERIFY(previewText(window.get())
            .contains(Testing::fullArticle().headline + QStringLiteral(" with quokkas")));

    // Clicking a part in the preview puts the cursor in its editor.
    const QString part = Testing::fullArticle().parts.at(2).id;
    Q_EMIT window->preview()->partClicked(part);
    QVERIFY(window->editor()->partFrame(part));
    QVERIFY(QApplication::focusWidget());
    QVERIFY(window->editor()->partFrame(part)->isAncestorOf(QApplication::focusWidget()));
}

void TestMainWindow::autosavesWhatIsTyped()
{
    const QString name = QStringLiteral("autosave.copydesk");
    qint64 id = 0;
    {
        auto window = openWindow(name);
        // A local library's autosaves run on a connection of their own.
        QVERIFY(window->session()->autosave()->savesInBackground());
        id = *window->store()->create(Testing::fullArticle(), options());
        QVERIFY(window->libraryPanel()->selectArticle(id));
        ParagraphLineEdit *headline = headlineEdit(window.get());
        headline->selectAll();
        QTest::keyClicks(headline, QStringLiteral("Typed and never saved by hand"));
        QTRY_COMPARE_WITH_TIMEOUT(
            window->session()->autosave()->state(), AutosaveController::State::Saved, 2000);
        // Another connection to the library sees it before the window closes.
        auto other = SqliteArticleStore::open(
            m_dir->filePath(name), SqliteArticleStore::OpenMode::OpenExisting);
        QCOMPARE(
            (*other)->load(id)->article.headline, QStringLiteral("Typed and never saved by hand"));
        QCOMPARE((*other)->revisions(id)->size(), 1);
        window->close();
    }
    auto store = SqliteArticleStore::open(
        m_dir->filePath(name), SqliteArticleStore::OpenMode::OpenExisting);
    QCOMPARE((*store)->load(id)->article.headline, QStringLiteral("Typed and never saved by hand"));
    // Closing kept a revision.
    QCOMPARE((*store)->revisions(id)->size(), 2);
    QCOMPARE((*store)->revisions(id)->first().note, QStringLiteral("Closed"));
}

void TestMainWindow::switchingArticlesDoesNotWaitForTheLibrary()
{
    const QString name = QStringLiteral("switch.copydesk");
    auto window = openWindow(name);
    const auto first = window->store()->create(Testing::fullArticle(), options());
    Article other = Testing::fullArticle();
    other.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    other.headline = QStringLiteral("The other article");
    const auto second = window->store()->create(other, options());
    QVERIFY(first && second);
    QVERIFY(window->libraryPanel()->selectArticle(*first));
    ParagraphLineEdit *headline = headlineEdit(window.get());
    headline->selectAll();
    QTest::keyClicks(headline, QStringLiteral("Typed just before switching"));
    {
        // Another program writes to the library for a while: the last save of the article
        // being left waits for it, the window does not.
        Testing::WriteLock lock(m_dir->filePath(name), 5000);
        QVERIFY(lock.isHeld());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window->libraryPanel()->selectArticle(*second));
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(window->shownArticle(), *second);
        QCOMPARE(headlineEdit(window.get())->text(), QStringLiteral("The other article"));
        QVERIFY(window->session()->autosave()->isSaving());
        // The article left is still claimed by this window until it is stored.
        auto late = openWindow(name);
        QVERIFY(late->libraryPanel()->selectArticle(*first));
        QVERIFY(late->session()->isReadOnly());
    }
    QTRY_VERIFY_WITH_TIMEOUT(!window->session()->autosave()->isSaving(), 5000);
    auto store = SqliteArticleStore::open(
        m_dir->filePath(name), SqliteArticleStore::OpenMode::OpenExisting);
    QCOMPARE(
        (*store)->load(*first)->article.headline, QStringLiteral("Typed just before switching"));
    QCOMPARE((*store)->revisions(*first)->first().note, QStringLiteral("Closed"));
    // Stored, it is released: another window opens it for editing.
    auto after = openWindow(name);
    QVERIFY(after->libraryPanel()->selectArticle(*first));
    QVERIFY(!after->session()->isReadOnly());
    after.reset();

    // Going back to it while its save still waits opens what was typed.
    QVERIFY(window->libraryPanel()->selectArticle(*first));
    headline = headlineEdit(window.get());
    headline->selectAll();
    QTest::keyClicks(headline, QStringLiteral("Second edit"));
    {
        Testing::WriteLock lock(m_dir->filePath(name), 400); // Gives way by itself.
        QVERIFY(window->libraryPanel()->selectArticle(*second));
        QVERIFY(window->libraryPanel()->selectArticle(*first));
    }
    QCOMPARE(headlineEdit(window.get())->text(), QStringLiteral("Second edit"));
    QVERIFY(!window->session()->isReadOnly());
}

void TestMainWindow::secondWindowIsReadOnly()
{
    auto first = openWindow(QStringLiteral("shared.copydesk"));
    const auto id = first->store()->create(Testing::fullArticle(), options());
    QVERIFY(first->libraryPanel()->selectArticle(*id));
    QVERIFY(!first->session()->isReadOnly());

    auto second = openWindow(QStringLiteral("shared.copydesk"));
    QVERIFY(second->libraryPanel()->selectArticle(*id));
    QVERIFY(second->session()->isReadOnly());
    QVERIFY(!headlineEdit(second.get())->isEnabled());
    const auto labels = second->findChildren<QLabel *>();
    const auto banner = std::find_if(labels.cbegin(), labels.cend(),
        [](QLabel *label) { return label->accessibleName() == QLatin1String("Read-only notice"); });
    QVERIFY(banner != labels.cend() && (*banner)->isVisible());
    QVERIFY((*banner)->text().contains(QLatin1String("another window")));
    // Even an edit that reached the document is never written.
    second->session()->document()->setText(
        ArticleDocument::Field::Headline, QStringLiteral("Overwrite"));
    QTest::qWait(2200);
    QCOMPARE(first->store()->load(*id)->article.headline, Testing::fullArticle().headline);
    QCOMPARE(second->session()->autosave()->state(), AutosaveController::State::ReadOnly);

    // Once the first window lets go, the article opens for writing again.
    first.reset();
    second->session()->close();
    QVERIFY(second->libraryPanel()->selectArticle(*id) || second->session()->isOpen());
    second->showArticle(*id);
    QVERIFY(!second->session()->isReadOnly());
}

void TestMainWindow::undoAndRedoActThroughTheWindow()
{
    auto window = openWindow(QStringLiteral("undo.copydesk"));
    const auto id = window->store()->create(Testing::fullArticle(), options());
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    ParagraphLineEdit *headline = headlineEdit(window.get());
    headline->setFocus();
    headline->selectAll();
    QTest::keyClicks(headline, QStringLiteral("Undo me"));
    QCOMPARE(window->session()->document()->article().headline, QStringLiteral("Undo me"));
    QTest::keySequence(window.get(), QKeySequence::Undo);
    QCOMPARE(window->session()->document()->article().headline, Testing::fullArticle().headline);
    QTest::keySequence(window.get(), QKeySequence::Redo);
    QCOMPARE(window->session()->document()->article().headline, QStringLiteral("Undo me"));
}

void TestMainWindow::lengthLimitsFollowTheProfile()
{
    const auto limit = [](MainWindow *window, ArticleDocument::Field field) {
        return window->editor()->lineField(field)->lengthLimit();
    };
    {
        auto window = openWindow(QStringLiteral("limits.copydesk"));
        PublicationProfile profile = *window->store()->publicationProfile();
        QCOMPARE(profile.headlineMaxLength, 110);
        QCOMPARE(limit(window.get(), ArticleDocument::Field::Headline), 110);
        QCOMPARE(limit(window.get(), ArticleDocument::Field::Dek), 250);
        profile.headlineMaxLength = 72;
        profile.dekMaxLength = 180;
        QVERIFY(window->store()->setPublicationProfile(profile).ok());
        QCOMPARE(limit(window.get(), ArticleDocument::Field::Headline), 72);
        QCOMPARE(limit(window.get(), ArticleDocument::Field::Dek), 180);
    }
    auto window = openWindow(QStringLiteral("limits.copydesk"));
    QCOMPARE(limit(window.get(), ArticleDocument::Field::Headline), 72);
    QCOMPARE(limit(window.get(), ArticleDocument::Field::Dek), 180);
}

int main(int argc, char *argv[])
{
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

void TestMainWindow::checklistWaitsForAnArticle()
{
    // An empty library opens no article: the checklist has nothing to report yet.
    auto window = openWindow(QStringLiteral("checklist.copydesk"));
    ChecklistPanel *checklist = window->reviewDocks()->checklist();
    QVERIFY(!window->session()->isOpen());
    QCOMPARE(checklist->document(), nullptr);
    QVERIFY(checklist->findings().isEmpty());

    Article bare;
    bare.headline = QStringLiteral("Only a headline");
    const auto id = window->store()->create(bare, options());
    QVERIFY(id.ok());
    QVERIFY(window->libraryPanel()->selectArticle(*id));
    QCOMPARE(checklist->document(), window->session()->document());
    QTRY_VERIFY(checklist->requiredCount() > 0); // No byline, no date, no section.
}

#include "tst_mainwindow.moc"
