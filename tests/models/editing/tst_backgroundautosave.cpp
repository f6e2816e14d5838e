// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// AutosaveController with a SaveWorker on a real SQLite library file: the saves while typing run
// on the worker's own connection, and the GUI thread only waits when the user asked for a save.
// A second connection holding the library's write lock keeps a save running as long as a test
// needs; a fault-injecting VFS makes the disk fail.
#include "articledocument.h"
#include "articlefactory.h"
#include "autosavecontroller.h"
#include "faultyvfs.h"
#include "libraryopener.h"
#include "unsavedjournal.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <atomic>
#include <thread>

using namespace Copydesk;
using namespace Qt::StringLiterals;
using Testing::FaultyVfs;

namespace {

/// Holds the library's write lock on a connection of its own thread (as another process
/// would) until release() or `maxMs`, so that a save started meanwhile keeps running.
class WriteLock
{
public:
    WriteLock(const QString &path, int maxMs)
    {
        m_thread = std::thread([this, path, maxMs] {
            const QString name = u"writelock"_s;
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                db.setDatabaseName(path);
                if (db.open() && QSqlQuery(db).exec(u"BEGIN IMMEDIATE"_s)) {
                    m_held = true;
                    QElapsedTimer clock;
                    clock.start();
                    while (!m_release && clock.elapsed() < maxMs)
                        std::this_thread::sleep_for(std::chrono::milliseconds(5));
                    QSqlQuery(db).exec(u"ROLLBACK"_s);
                }
                m_held = false;
                m_done = true;
            }
            QSqlDatabase::removeDatabase(name);
        });
        while (!m_held && !m_done)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~WriteLock()
    {
        release();
        m_thread.join();
    }
    bool isHeld() const { return m_held; }
    void release() { m_release = true; }

private:
    std::thread m_thread;
    std::atomic<bool> m_held {false};
    std::atomic<bool> m_release {false};
    std::atomic<bool> m_done {false};
};

} // namespace

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
    void openingAnotherArticleWaitsForARunningSave();
    void aFailingDiskKeepsTheTextInTheJournal();

private:
    QString path() const { return m_dir->filePath(u"lib.copydesk"_s); }
    QString storedHeadline() const;

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

void TestBackgroundAutosave::openingAnotherArticleWaitsForARunningSave()
{
    // Against the contract (keepRevision() first), but nothing may be lost or misapplied.
    ArticleStore *store = m_library->articles();
    const auto other = store->create(Testing::generatedArticle(3, 50), {u"ann"_s, {}, true});
    QVERIFY(other);
    QSignalSpy changed(store, &ArticleStore::articleChanged);
    {
        WriteLock lock(path(), 400);
        m_document->setText(ArticleDocument::Field::Headline, u"Typed before switching"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_autosave->isSaving(), 2000);
        m_document->reset(store->load(*other)->article);
        m_autosave->open(*other); // Waits for the save of the first article.
    }
    QVERIFY(!m_autosave->isSaving());
    QCOMPARE(storedHeadline(), u"Typed before switching"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), m_id);
    QCOMPARE(m_autosave->articleId(), *other);
    QCOMPARE(m_autosave->state(), AutosaveController::State::Saved);
    QVERIFY(!m_document->isModified());
    QCOMPARE(store->load(*other)->article, m_document->article());
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
