// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// Two people edit one article of a team library at once. Nothing may be overwritten unseen: the
// second save is refused (a conflict) even when something else in the same process read the
// article in between, the writer's text stays in the document, and the merge the writer
// chooses is stored as a new revision on top of the other person's.
#include "articledocument.h"
#include "articlefactory.h"
#include "articlemerge.h"
#include "autosavecontroller.h"
#include "backendlibrary.h"
#include "unsavedjournal.h"
#include "workflow.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Copydesk;
using namespace Copydesk::Testing;
using namespace Qt::StringLiterals;

namespace {

/// A window's copy of the article: the document as `stored` holds it, with its autosave.
struct EditingCopy
{
    ArticleDocument document;
    AutosaveController autosave;

    EditingCopy(ArticleStore *store, const ArticleRecord &stored, UnsavedJournal *journal = nullptr)
        : autosave(store, &document)
    {
        document.reset(stored.article);
        autosave.setJournal(journal);
        autosave.open(stored.id);
        autosave.setBase(stored);
    }
};

} // namespace

class tst_TeamConflict : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendLibrary> m_team;
    qint64 m_id = 0;

    Library *ann() { return m_team->as(u"ann"_s); }
    Library *bob() { return m_team->as(u"bob"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (!BackendLibrary::isPostgres())
            QSKIP("a team library test: runs as tst_teamconflict_postgres");
        if (const QString why = BackendLibrary::unavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void init()
    {
        m_team = std::make_unique<BackendLibrary>();
        QVERIFY2(m_team->isValid(), qPrintable(m_team->error()));
        QVERIFY2(m_team->addPeople({{u"ada"_s, Role::Admin}, {u"ann"_s, Role::Reporter},
                     {u"bob"_s, Role::Reporter}}),
            qPrintable(m_team->error()));
        QVERIFY(ann() && bob());
        Article draft = fullArticle(); // complete enough to be submitted
        draft.uuid.clear();
        draft.headline = u"Harbour vote"_s;
        draft.dek = u"The council decides today."_s;
        const Result<qint64> id = ann()->articles()->create(draft, {u"ann"_s, {}, true});
        QVERIFY(id);
        m_id = *id;
    }

    void cleanup() { m_team.reset(); }

    void aReadInBetweenDoesNotHideTheOtherSave()
    {
        ArticleStore *store = ann()->articles();
        const Result<ArticleRecord> opened = store->load(m_id);
        QVERIFY(opened);
        QVERIFY(opened->version > 0);
        EditingCopy copy(store, *opened);
        ArticleDocument &document = copy.document;
        AutosaveController &autosave = copy.autosave;
        QCOMPARE(autosave.baseVersion(), opened->version);

        // Bob changes the headline; Ann's window reads the article for something else (an
        // export, a preview), which must not make Bob's version the base of her edit.
        Article bobs = bob()->articles()->load(m_id)->article;
        bobs.headline = u"Harbour vote delayed"_s;
        QVERIFY(bob()->articles()->save(m_id, bobs, {u"bob"_s, {}, true}));
        QVERIFY(store->load(m_id));

        QSignalSpy conflicted(&autosave, &AutosaveController::conflicted);
        QVERIFY(document.setText(ArticleDocument::Field::Dek, u"The council decides at noon."_s));
        QVERIFY(!autosave.saveNow());
        QCOMPARE(autosave.state(), AutosaveController::State::Conflict);
        QCOMPARE(conflicted.size(), 1);
        QVERIFY2(autosave.lastError().contains(u"bob"_s), qPrintable(autosave.lastError()));
        QCOMPARE(store->load(m_id)->article.headline, u"Harbour vote delayed"_s);
        QCOMPARE(store->load(m_id)->article.dek, u"The council decides today."_s);

        // Typing goes on; nothing is written and nothing is lost until Ann decides.
        QVERIFY(document.setText(ArticleDocument::Field::Dek, u"The council decides at one."_s));
        QVERIFY(!autosave.saveNow());
        QVERIFY(!autosave.keepRevision(u"Closed"_s));
        QCOMPARE(document.article().dek, u"The council decides at one."_s);
        QCOMPARE(conflicted.size(), 1);

        // The merge keeps both: Bob's headline (only he changed it), Ann's dek.
        const Result<ArticleRecord> stored = store->load(m_id);
        QVERIFY(stored);
        ArticleMerge merge(autosave.baseArticle(), document.article(), stored->article);
        QVERIFY(merge.theyChangedContent());
        QVERIFY(!merge.hasOverlap());
        const int revisionsBefore = int(store->revisions(m_id)->size());
        QVERIFY2(autosave.resolveConflict(merge.result(), *stored, u"Merged"_s),
            qPrintable(autosave.lastError()));
        QCOMPARE(autosave.state(), AutosaveController::State::Saved);
        const Result<ArticleRecord> merged = bob()->articles()->load(m_id);
        QCOMPARE(merged->article.headline, u"Harbour vote delayed"_s);
        QCOMPARE(merged->article.dek, u"The council decides at one."_s);
        QCOMPARE(document.article(), merged->article);
        const auto revisions = store->revisions(m_id);
        QCOMPARE(int(revisions->size()), revisionsBefore + 1);
        QCOMPARE(revisions->first().note, u"Merged"_s);
        QCOMPARE(revisions->first().author, u"ann"_s);

        // The merge is one undo step: undoing it brings Ann's own text back, unsaved.
        QVERIFY(document.undoStack()->canUndo());
        document.undoStack()->undo();
        QCOMPARE(document.article().headline, u"Harbour vote"_s);
        QVERIFY(document.isModified());

        // And her next save is based on the merged version: no further conflict.
        document.undoStack()->redo();
        QVERIFY(document.setText(ArticleDocument::Field::Headline, u"Harbour vote put off"_s));
        QVERIFY2(autosave.saveNow(), qPrintable(autosave.lastError()));
        QCOMPARE(bob()->articles()->load(m_id)->article.headline, u"Harbour vote put off"_s);
    }

    void bobSavesAgainDuringTheMerge()
    {
        ArticleStore *store = ann()->articles();
        const Result<ArticleRecord> opened = store->load(m_id);
        EditingCopy copy(store, *opened);
        ArticleDocument &document = copy.document;
        AutosaveController &autosave = copy.autosave;

        Article bobs = opened->article;
        bobs.headline = u"First"_s;
        QVERIFY(bob()->articles()->save(m_id, bobs, {u"bob"_s, {}, false}));
        QVERIFY(document.setText(ArticleDocument::Field::Headline, u"Ann's"_s));
        QVERIFY(!autosave.saveNow());
        const Result<ArticleRecord> seen = store->load(m_id);

        // While Ann looks at the differences, Bob saves once more: her merge of what she saw
        // is refused as well, and his second text is still there.
        bobs.headline = u"Second"_s;
        QVERIFY(bob()->articles()->save(m_id, bobs, {u"bob"_s, {}, false}));
        ArticleMerge merge(autosave.baseArticle(), document.article(), seen->article);
        QVERIFY(merge.hasOverlap());
        QVERIFY(!autosave.resolveConflict(merge.result(), *seen, u"Merged"_s));
        QCOMPARE(autosave.state(), AutosaveController::State::Conflict);
        QCOMPARE(store->load(m_id)->article.headline, u"Second"_s);
        QCOMPARE(document.article().headline, u"Ann's"_s);

        // Against the newest version it goes through.
        const Result<ArticleRecord> newest = store->load(m_id);
        ArticleMerge again(autosave.baseArticle(), document.article(), newest->article);
        QVERIFY(autosave.resolveConflict(again.result(), *newest, u"Merged"_s));
        QCOMPARE(bob()->articles()->load(m_id)->article.headline, u"Ann's"_s);
    }

    void unsavedTextFromAConflictSurvivesACrashAndStillConflicts()
    {
        ArticleStore *store = ann()->articles();
        QTemporaryDir folder;
        UnsavedJournal journal(store->location(), folder.path());
        const Result<ArticleRecord> opened = store->load(m_id);
        {
            EditingCopy copy(store, *opened, &journal);
            ArticleDocument &document = copy.document;
            AutosaveController &autosave = copy.autosave;
            Article bobs = opened->article;
            bobs.headline = u"Bob's headline"_s;
            QVERIFY(bob()->articles()->save(m_id, bobs, {u"bob"_s}));
            QVERIFY(document.setText(ArticleDocument::Field::Dek, u"Ann's dek"_s));
            QVERIFY(!autosave.saveNow());
            QCOMPARE(autosave.state(), AutosaveController::State::Conflict);
            // Typing goes on during the conflict and reaches the journal, then a crash.
            QVERIFY(document.setText(ArticleDocument::Field::Lede, u"Ann's lede"_s));
            QVERIFY(!autosave.saveNow());
        }
        // Reopened: her text is back, on the base she typed it on, so the save is refused
        // rather than overwriting Bob's headline.
        const Result<ArticleRecord> stored = store->load(m_id);
        EditingCopy copy(store, *stored, &journal);
        ArticleDocument &document = copy.document;
        AutosaveController &autosave = copy.autosave;
        QVERIFY(autosave.recoverUnsaved().isValid());
        QCOMPARE(document.article().dek, u"Ann's dek"_s);
        QCOMPARE(document.article().lede, u"Ann's lede"_s);
        QCOMPARE(autosave.baseVersion(), opened->version);
        QVERIFY(!autosave.saveNow());
        QCOMPARE(autosave.state(), AutosaveController::State::Conflict);
        const ArticleMerge merge(autosave.baseArticle(), document.article(), stored->article);
        QVERIFY(autosave.resolveConflict(merge.result(), *stored, u"Merged"_s));
        const Result<ArticleRecord> merged = bob()->articles()->load(m_id);
        QCOMPARE(merged->article.headline, u"Bob's headline"_s);
        QCOMPARE(merged->article.lede, u"Ann's lede"_s);
        QVERIFY(!journal.read(document.article().uuid));
    }

    void aStatusChangeAloneMergesWithoutAsking()
    {
        ArticleStore *store = ann()->articles();
        const Result<ArticleRecord> opened = store->load(m_id);
        EditingCopy copy(store, *opened);
        ArticleDocument &document = copy.document;
        AutosaveController &autosave = copy.autosave;
        // Ann submits the article from another machine: the status moves, not the text.
        const auto submitted = ann()->workflow()->apply(m_id, WorkflowAction::Submit, u"ann"_s);
        QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
        QVERIFY(document.setText(ArticleDocument::Field::Dek, u"New dek"_s));
        QVERIFY(!autosave.saveNow());
        const Result<ArticleRecord> stored = store->load(m_id);
        const ArticleMerge merge(autosave.baseArticle(), document.article(), stored->article);
        QVERIFY(!merge.theyChangedContent());
        QVERIFY(autosave.resolveConflict(merge.result(), *stored, {}));
        const Result<ArticleRecord> after = bob()->articles()->load(m_id);
        QCOMPARE(after->article.dek, u"New dek"_s);
        QCOMPARE(after->article.status, ArticleStatus::InReview);
    }
};

QTEST_GUILESS_MAIN(tst_TeamConflict)
#include "tst_teamconflict.moc"
