// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// AutosaveController with a SaveWorker on a real SQLite library file: the saves while typing, at
// a pause, on a focus change and of an article being left run on the worker's own connection,
// and the GUI thread only waits when a save must be done before it goes on (quitting, a workflow
// step, reopening the article being saved).
// A second connection holding the library's write lock keeps a save running as long as a test
// needs; a fault-injecting VFS makes the disk fail.
#include "articledocument.h"
#include "articlefactory.h"
#include "autosavecontroller.h"
#include "faultyvfs.h"
#include "libraryopener.h"
#include "unsavedjournal.h"
#include "writelock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Copydesk;
using namespace Qt::StringLiterals;
using Testing::FaultyVfs;
using Testing::WriteLock;

class TestBackgroundAutosave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void savesOffTheGuiThread();
    void createsAnArticleNeverStored();
    void typingDuringARunningSave();
    void undoingDuringARunningSave();
    void coalescesSavesAskedForMeanwhile();
    void keepRevisionWaitsForARunningSave();
    void closingWaitsForARunningSave();
    void openingAnotherArticleLetsARunningSaveFinish();
    void aFailingDiskKeepsTheTextInTheJournal();
    void leavingAnArticleDoesNotWaitForItsRevision();
    void settleWaitsForTheSaveOfAnArticleOpenedAgain();
    void aLeftArticleThatFailsToSaveGoesToTheJournal();
    void aPauseKeepsItsRevisionInTheBackground();
    void aFocusChangeDoesNotWait();

private:
    QString path() const { return m_dir->filePath(u"lib.copydesk"_s); }
    QString storedHeadline() const;
    /// Stores a second article (before a test holds the write lock).
    qint64 createAnother();
    /// Puts the stored article `id` into the document, as switching to it does.
    void switchTo(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<ArticleDocument> m_document;
    std::unique_ptr<UnsavedJournal> m_journal;
    std::unique_ptr<AutosaveController> m_autosave;
    qint64 m_id = 0;
};

void TestBackgroundAutosave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(FaultyVfs::install());
}

void TestBackgroundAutosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto library = LibraryOpener::open(path(), LibraryOpener::Mode::CreateIfMissing);
    QVERIFY(library);
    m_library = std::move(library).value();
    ArticleStore *store = m_library->articles();
    const auto id = store->create(Testing::fullArticle(), {u"ann"_s, {}, true});
    QVERIFY(id);
    m_id = *id;
    m_document = std::make_unique<ArticleDocument>();
    m_document->reset(store->load(m_id)->article);
    m_journal = std::make_unique<UnsavedJournal>(path(), m_dir->filePath(u"unsaved"_s));
    m_autosave = std::make_unique<AutosaveController>(store, m_document.get());
    m_autosave->setAuthor(u"ann"_s);
    m_autosave->setJournal(m_journal.get());
    m_autosave->setTimings(50, 100, 60'000, 600'000);
    const QString location = path();
    m_autosave->saveInBackground(
        [location] { return LibraryOpener::open(location, LibraryOpener::Mode::OpenExisting); });
    QVERIFY(m_autosave->savesInBackground());
    m_autosave->open(m_id);
    m_autosave->setBase(*store->load(m_id));
}

void TestBackgroundAutosave::cleanup()
{
    FaultyVfs::disarm();
    m_autosave.reset();
    m_journal.reset();
    m_document.reset();
    m_library.reset();
    m_dir.reset();
}

QString TestBackgroundAutosave::storedHeadline() const
{
    // Another connection, as a second window would read it.
    auto other = LibraryOpener::open(path(), LibraryOpener::Mode::OpenExisting);
    return other ? (*other)->articles()->load(m_id)->article.headline : u"(cannot open)"_s;
}

void TestBackgroundAutosave::savesOffTheGuiThread()
{
    QSignalSpy changed(m_library->articles(), &ArticleStore::articleChanged);
    QSignalSpy states(m_autosave.get(), &AutosaveController::stateChanged);
    m_document->setText(ArticleDocument::Field::Headline, u"Typed headline"_s);
    QCOMPARE(m_autosave->state(), AutosaveController::State::Pending);
    QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Saved, 2000);
    QVERIFY(!m_document->isModified());
    QCOMPARE(states.size(), 2); // Pending, Saved
    QCOMPARE(storedHeadline(), u"Typed headline"_s);
    // The window's store tells its listeners (the library list, the workflow panel).
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), m_id);
    QCOMPARE(m_library->articles()->revisions(m_id)->size(), 1); // No revision per autosave.
    QVERIFY(m_autosave->lastSaved().isValid());
}

void TestBackgroundAutosave::createsAnArticleNeverStored()
{
    Article fresh;
    fresh.headline = u"Never stored"_s;
    fresh.ensureIds();
    m_document->reset(fresh);
    m_autosave->open(0);
    QSignalSpy created(m_autosave.get(), &AutosaveController::articleCreated);
    m_document->setText(ArticleDocument::Field::Dek, u"A dek typed at once"_s);
    QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 2000);
    const qint64 id = created.first().first().toLongLong();
    QCOMPARE(m_autosave->articleId(), id);
    QCOMPARE(m_library->articles()->load(id)->article.dek, u"A dek typed at once"_s);
    m_document->setText(ArticleDocument::Field::Dek, u"Second thoughts"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Saved, 2000);
    QCOMPARE(m_library->articles()->load(id)->article.dek, u"Second thoughts"_s);
    QCOMPARE(*m_library->articles()->count({}), 2);
}

void TestBackgroundAutosave::typingDuringARunningSave()
{
    // Every time the state says Saved, the library must have what the document shows.
    QStringList storedWhenSaved;
    connect(m_autosave.get(), &AutosaveController::stateChanged, this,
        [&](AutosaveController::State state) {
            if (state == AutosaveController::State::Saved)
                storedWhenSaved << storedHeadline();
        });
    {
        WriteLock lock(path(), 5000);
        QVERIFY(lock.isHeld());
        m_document->setText(ArticleDocument::Field::Headline, u"First"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_autosave->isSaving(), 2000);
        // The GUI thread goes on while the save waits for the library.
        QElapsedTimer clock;
        clock.start();
        m_document->setText(ArticleDocument::Field::Headline, u"First and second"_s);
        QTest::qWait(300);
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY(m_autosave->isSaving());
        QCOMPARE(m_autosave->state(), AutosaveController::State::Pending);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Saved, 5000);
    QVERIFY(!m_document->isModified());
    QCOMPARE(storedHeadline(), u"First and second"_s);
    QCOMPARE(storedWhenSaved, QStringList {u"First and second"_s});
}

void TestBackgroundAutosave::undoingDuringARunningSave()
{
    const QString before = m_document->article().headline;
    QSignalSpy changed(m_library->articles(), &ArticleStore::articleChanged);
    {
        WriteLock lock(path(), 5000);
        m_document->setText(ArticleDocument::Field::Headline, u"Regretted"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_autosave->isSaving(), 2000);
        m_document->undoStack()->undo(); // Back to the text stored before this save.
        QVERIFY(!m_document->isModified());
    }
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 5000);
    // "Regretted" reached the library, so the document's text is unsaved again…
    QVERIFY(m_document->isModified());
    QCOMPARE(m_autosave->state(), AutosaveController::State::Pending);
    // …and is stored.
    QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Saved, 2000);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(storedHeadline(), before);
    QCOMPARE(m_document->article().headline, before);
}

void TestBackgroundAutosave::coalescesSavesAskedForMeanwhile()
{
    QSignalSpy changed(m_library->articles(), &ArticleStore::articleChanged);
    {
        WriteLock lock(path(), 5000);
        m_document->setText(ArticleDocument::Field::Headline, u"Version 1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_autosave->isSaving(), 2000);
        for (int i = 2; i <= 5; ++i) {
            m_document->setText(ArticleDocument::Field::Headline, u"Version %1"_s.arg(i));
            QTest::qWait(150); // The save timer runs out each time.
        }
        QVERIFY(m_autosave->isSaving());
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Saved, 5000);
    QCOMPARE(storedHeadline(), u"Version 5"_s);
    // The save that was running, then one with the newest text.
    QCOMPARE(changed.size(), 2);
}

void TestBackgroundAutosave::keepRevisionWaitsForARunningSave()
{
    QSignalSpy kept(m_autosave.get(), &AutosaveController::revisionKept);
    WriteLock lock(path(), 600); // Gives way by itself, while the GUI thread waits.
    m_document->setText(ArticleDocument::Field::Headline, u"Typed"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_autosave->isSaving(), 2000);
    m_document->setText(ArticleDocument::Field::Headline, u"Typed, then closed"_s);
    QVERIFY(m_autosave->keepRevision(u"Closed"_s));
    QVERIFY(!m_autosave->isSaving());
    QCOMPARE(m_autosave->state(), AutosaveController::State::Saved);
    QVERIFY(!m_document->isModified());
    const auto revisions = m_library->articles()->revisions(m_id);
    QCOMPARE(revisions->size(), 2);
    QCOMPARE(revisions->first().note, u"Closed"_s);
    QCOMPARE(m_library->articles()->revision(m_id, 2)->headline, u"Typed, then closed"_s);
    QCOMPARE(kept.size(), 1);
    // Nothing was pending any more: saveNow() has nothing to do.
    QVERIFY(m_autosave->saveNow());
}

void TestBackgroundAutosave::closingWaitsForARunningSave()
{
    {
        WriteLock lock(path(), 400);
        m_document->setText(ArticleDocument::Field::Headline, u"Saved while quitting"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_autosave->isSaving(), 2000);
        m_autosave.reset(); // Waits for the save.
    }
    QCOMPARE(storedHeadline(), u"Saved while quitting"_s);
}

qint64 TestBackgroundAutosave::createAnother()
{
    const auto other
        = m_library->articles()->create(Testing::generatedArticle(3, 50), {u"ann"_s, {}, true});
    return other ? *other : 0;
}

void TestBackgroundAutosave::switchTo(qint64 id)
{
    const auto record = m_library->articles()->load(id);
    QVERIFY(record);
    m_document->reset(record->article);
    m_autosave->open(id);
    m_autosave->setBase(*record);
}

void TestBackgroundAutosave::openingAnotherArticleLetsARunningSaveFinish()
{
    // Against the contract (keepRevision() first), but nothing may be lost or misapplied.
    ArticleStore *store = m_library->articles();
    const qint64 other = createAnother();
    QVERIFY(other);
    QSignalSpy changed(store, &ArticleStore::articleChanged);
    QSignalSpy closed(m_autosave.get(), &AutosaveController::closedArticleSaved);
    {
        WriteLock lock(path(), 400);
        m_document->setText(ArticleDocument::Field::Headline, u"Typed before switching"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_autosave->isSaving(), 2000);
        switchTo(other); // Does not wait for the save of the first article.
        QVERIFY(m_autosave->isSaving());
        QVERIFY(closed.isEmpty());
    }
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QCOMPARE(closed.first().at(0).toLongLong(), m_id);
    QCOMPARE(closed.first().at(1).toString(), QString());
    QVERIFY(!m_autosave->isSaving());
    QCOMPARE(storedHeadline(), u"Typed before switching"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), m_id);
    // The outcome left the article now open alone.
    QCOMPARE(m_autosave->articleId(), other);
    QCOMPARE(m_autosave->state(), AutosaveController::State::Saved);
    QVERIFY(!m_document->isModified());
    QCOMPARE(store->load(other)->article, m_document->article());
}

void TestBackgroundAutosave::leavingAnArticleDoesNotWaitForItsRevision()
{
    ArticleStore *store = m_library->articles();
    const qint64 other = createAnother();
    QVERIFY(other);
    QSignalSpy closed(m_autosave.get(), &AutosaveController::closedArticleSaved);
    QSignalSpy kept(m_autosave.get(), &AutosaveController::revisionKept);
    {
        WriteLock lock(path(), 5000);
        m_document->setText(ArticleDocument::Field::Headline, u"Typed, then left"_s);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_autosave->keepRevision(u"Closed"_s, AutosaveController::Wait::No));
        QVERIFY(m_autosave->isSaving()); // Waiting for the library, on the worker.
        switchTo(other);
        // The next article is open long before the library lets the save through.
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(m_autosave->articleId(), other);
        m_document->setText(ArticleDocument::Field::Dek, u"Typing in the next one"_s);
        QTest::qWait(200); // Its save timer runs out while the first save still waits.
        QVERIFY(closed.isEmpty());
        QCOMPARE(m_autosave->state(), AutosaveController::State::Pending);
    }
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    QCOMPARE(closed.first().at(0).toLongLong(), m_id);
    QCOMPARE(closed.first().at(1).toString(), QString());
    const auto revisions = store->revisions(m_id);
    QCOMPARE(revisions->size(), 2);
    QCOMPARE(revisions->first().note, u"Closed"_s);
    QCOMPARE(store->revision(m_id, 2)->headline, u"Typed, then left"_s);
    QVERIFY(kept.isEmpty()); // Of the article open now: none.
    // The next article's save, asked for meanwhile, follows.
    QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Saved, 5000);
    QCOMPARE(store->load(other)->article.dek, u"Typing in the next one"_s);
    QCOMPARE(store->load(m_id)->article.headline, u"Typed, then left"_s);
}

void TestBackgroundAutosave::settleWaitsForTheSaveOfAnArticleOpenedAgain()
{
    ArticleStore *store = m_library->articles();
    const qint64 other = createAnother();
    QVERIFY(other);
    QSignalSpy closed(m_autosave.get(), &AutosaveController::closedArticleSaved);
    WriteLock lock(path(), 500); // Gives way by itself, while settle() waits.
    m_document->setText(ArticleDocument::Field::Headline, u"Typed, left, opened again"_s);
    QVERIFY(m_autosave->keepRevision(u"Closed"_s, AutosaveController::Wait::No));
    switchTo(other);
    QVERIFY(m_autosave->isSaving());
    m_autosave->settle(m_id + 1000); // Not the article being saved: returns at once.
    QVERIFY(m_autosave->isSaving());
    m_autosave->settle(m_id);
    QVERIFY(!m_autosave->isSaving());
    QCOMPARE(closed.size(), 1);
    // Loading it now reads what was typed.
    QCOMPARE(store->load(m_id)->article.headline, u"Typed, left, opened again"_s);
}

void TestBackgroundAutosave::aLeftArticleThatFailsToSaveGoesToTheJournal()
{
    m_document->setText(ArticleDocument::Field::Dek, u"Before"_s); // Opens the worker's library.
    QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Saved, 2000);
    const QString uuid = m_document->article().uuid;
    const qint64 other = createAnother();
    QVERIFY(other);
    QSignalSpy closed(m_autosave.get(), &AutosaveController::closedArticleSaved);
    FaultyVfs::arm(FaultyVfs::Call::Write, 1, FaultyVfs::Failure::IoError, true);
    m_document->setText(ArticleDocument::Field::Headline, u"Left while the disk failed"_s);
    QVERIFY(m_autosave->keepRevision(u"Closed"_s, AutosaveController::Wait::No));
    switchTo(other);
    QTRY_COMPARE_WITH_TIMEOUT(closed.size(), 1, 5000);
    FaultyVfs::disarm();
    QCOMPARE(closed.first().at(0).toLongLong(), m_id);
    QVERIFY(closed.first().at(1).toString().contains(u"lib.copydesk"_s));
    const auto journaled = m_journal->read(uuid);
    QVERIFY(journaled);
    QCOMPARE(journaled->text.headline, u"Left while the disk failed"_s);
    QCOMPARE(journaled->base.dek, u"Before"_s);
    QCOMPARE(storedHeadline(), Testing::fullArticle().headline);
}

void TestBackgroundAutosave::aPauseKeepsItsRevisionInTheBackground()
{
    ArticleStore *store = m_library->articles();
    m_autosave->setTimings(50, 100, 300, 600'000);
    QSignalSpy kept(m_autosave.get(), &AutosaveController::revisionKept);
    {
        WriteLock lock(path(), 5000);
        m_document->setText(ArticleDocument::Field::Headline, u"Typed before a pause"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_autosave->isSaving(), 2000);
        // The pause runs out while the typing save waits: the GUI thread does not.
        QElapsedTimer clock;
        clock.start();
        QTest::qWait(500);
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(kept.isEmpty());
    }
    QTRY_COMPARE_WITH_TIMEOUT(kept.size(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_autosave->isSaving(), 2000);
    const auto revisions = store->revisions(m_id);
    QCOMPARE(revisions->size(), 2);
    QCOMPARE(revisions->first().note, u"Autosaved after a pause in editing"_s);
    QCOMPARE(store->revision(m_id, 2)->headline, u"Typed before a pause"_s);

    // With nothing running, the pause's revision goes to the worker at once as well.
    {
        WriteLock lock(path(), 5000);
        m_document->setText(ArticleDocument::Field::Headline, u"Second pause"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_autosave->isSaving(), 2000);
        lock.release();
        QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Saved, 5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(kept.size(), 2, 5000);
    QCOMPARE(store->revision(m_id, 3)->headline, u"Second pause"_s);
}

void TestBackgroundAutosave::aFocusChangeDoesNotWait()
{
    m_autosave->setTimings(60'000, 60'000, 600'000, 600'000); // Only saveSoon() saves.
    {
        WriteLock lock(path(), 5000);
        m_document->setText(ArticleDocument::Field::Headline, u"Typed, then tabbed away"_s);
        QElapsedTimer clock;
        clock.start();
        m_autosave->saveSoon();
        QVERIFY(clock.elapsed() < 500);
        QVERIFY(m_autosave->isSaving());
        m_autosave->saveSoon(); // Again while it runs: remembered, not waited for.
        QVERIFY(clock.elapsed() < 500);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Saved, 5000);
    QCOMPARE(storedHeadline(), u"Typed, then tabbed away"_s);
}

void TestBackgroundAutosave::aFailingDiskKeepsTheTextInTheJournal()
{
    // A first save opens the worker's connection on a disk that works.
    m_document->setText(ArticleDocument::Field::Dek, u"Before"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Saved, 2000);
    QSignalSpy failures(m_autosave.get(), &AutosaveController::saveFailed);
    QSignalSpy retrying(m_autosave.get(), &AutosaveController::retrying);
    const QString typed = u"Typed while the disk failed"_s;
    FaultyVfs::arm(FaultyVfs::Call::Write, 1, FaultyVfs::Failure::IoError, true);
    m_document->setText(ArticleDocument::Field::Headline, typed);
    QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Failed, 2000);
    QVERIFY(FaultyVfs::failures() > 0);
    QVERIFY(!failures.isEmpty());
    QVERIFY(failures.first().first().toString().contains(u"lib.copydesk"_s));
    QVERIFY(!retrying.isEmpty());
    QVERIFY(m_document->isModified());
    const auto journaled = m_journal->read(m_document->article().uuid);
    QVERIFY(journaled);
    QCOMPARE(journaled->text.headline, typed);

    // The disk works again: the retry stores the text and the journal entry goes.
    FaultyVfs::disarm();
    QTRY_COMPARE_WITH_TIMEOUT(m_autosave->state(), AutosaveController::State::Saved, 5000);
    QCOMPARE(storedHeadline(), typed);
    QVERIFY(!m_journal->read(m_document->article().uuid));
}

QTEST_GUILESS_MAIN(TestBackgroundAutosave)
#include "tst_backgroundautosave.moc"
