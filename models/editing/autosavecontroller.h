// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "saveworker.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace Copydesk {

class ArticleDocument;
class Library;
class UnsavedJournal;

/// Stores the open document in the library without the writer asking, and keeps revisions at
/// sensible points, so that no Save button is needed and nothing typed is lost.
///
/// - While the document is modified it is saved (ArticleStore::save, keepRevision = false)
///   after quietDelay() without edits (1 s), and never later than maxDelay() (1.8 s) after the
///   first unsaved edit, so steady typing is stored too. An article never stored before
///   (articleId() 0) is created on its first save and articleCreated() is emitted.
/// - A revision is kept after revisionPause() (60 s) without edits, when editing has gone on for
///   revisionInterval() (10 min) since the last kept revision, and whenever keepRevision() is
///   called (close, article switch, status change).
/// - saveNow() stores pending edits at once (quit, export); saveSoon() does so without making
///   the GUI thread wait when there is a worker (a focus change).
///
/// Saves run on the GUI thread through the store, unless saveInBackground() gave the controller
/// a SaveWorker: then the saves of the timers (the ones during typing) run on the worker's
/// thread, on a snapshot of the text, and the GUI thread goes on; a save asked for while one
/// runs waits for it and then stores the newest text (one save, however many were asked for).
/// The revision after a pause in editing is kept in the background too, and so is the one of
/// an article being closed or left for another (keepRevision() with Wait::No): the next article
/// opens while the previous one is stored, and closedArticleSaved() reports how that ended.
/// saveNow(), keepRevision() and resolveConflict() wait for a running save and then store
/// synchronously (through the worker, so that saves never overtake each other). After a
/// successful save the document is marked clean unless it was edited since the snapshot, and
/// what the store would have said on the GUI thread follows there: ArticleStore::articleChanged()
/// (and returnedToReview() / approvalKept()) are emitted on `store` by the controller. A failed
/// save leaves the document modified, reports saveFailed() and is retried on the next edit or
/// timer. The store and the document are not owned and must outlive the controller.
class AutosaveController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Saved, ///< Nothing to save (also when no article is open).
        Pending, ///< Edits waiting for the next save.
        Failed, ///< The last save failed; see lastError().
        ReadOnly, ///< Saving is switched off (someone else has the article open).
        /// The library refused the last save because someone else stored a newer version;
        /// nothing is written until resolveConflict() (the text stays in the document).
        Conflict,
    };
    Q_ENUM(State)

    AutosaveController(ArticleStore *store, ArticleDocument *document, QObject *parent = nullptr);
    /// Waits for a running save (its outcome is not applied any more).
    ~AutosaveController() override;

    /// Lets the timers' saves run on a worker of their own with the library `opener` opens
    /// (the same library as the store's; see SaveWorker for which libraries allow it). An empty
    /// `opener` ends that: saves run on the GUI thread again.
    void saveInBackground(const std::function<Result<std::unique_ptr<Library>>()> &opener);
    /// Whether saveInBackground() gave it a worker.
    bool savesInBackground() const { return m_worker != nullptr; }
    /// Whether a background save is running.
    bool isSaving() const;

    /// The name recorded on revisions.
    void setAuthor(const QString &author) { m_author = author; }

    /// Follows the article the document holds now (call after ArticleDocument::reset()); `id` is
    /// its row id, 0 for an article not stored yet. Pending edits of the previous article must be
    /// stored before (keepRevision()); a background save of it may still run, and
    /// closedArticleSaved() reports its end.
    void open(qint64 id);
    /// Waits for a background save of article `id` that is still running, so that loading the
    /// article again reads what it stores.
    void settle(qint64 id);
    /// Waits for every running background save and handles its outcome (before quitting).
    void finishSaves() { finishRunning(); }
    qint64 articleId() const { return m_id; }
    /// The stored state the document's text started from (call after open() with what was
    /// loaded): saves are based on its version, and a conflict is merged against its text.
    void setBase(const ArticleRecord &stored);
    /// The stored text the document started from, or last stored.
    const Article &baseArticle() const { return m_baseArticle; }
    /// When the record given to setBase() was last changed (ArticleRecord::modified); null
    /// before setBase() and for an article not stored yet. Saves made since do not move it.
    QDateTime baseModified() const { return m_baseModified; }
    /// The version saves are based on; nullopt when the library keeps none.
    std::optional<qint64> baseVersion() const { return m_baseVersion; }
    /// Keeps the text of every failed save in `journal` (not owned; nullptr: none) until a
    /// save succeeds, so that a crash while the library is out of reach loses nothing.
    void setJournal(UnsavedJournal *journal) { m_journal = journal; }
    /// Call after open() and setBase(): when the journal holds unsaved text for this article
    /// that differs from the document, puts it into the document (one undo step) on the base
    /// it was typed on, to be saved like any edit (a conflict when the library moved on).
    /// Returns when that text was written; null when there was nothing to recover.
    QDateTime recoverUnsaved();

    /// Settles a Conflict: `merged` (what the user chose, see ArticleMerge) becomes the
    /// document's text as one undo step and is stored with a revision (`note`; none when
    /// empty) on top of
    /// `stored`, the version that caused the conflict. True when it was stored; on failure the
    /// state says why (a further Conflict when yet another version arrived in between).
    bool resolveConflict(const Article &merged, const ArticleRecord &stored, const QString &note);

    /// Read-only: never writes; the state is ReadOnly until switched back.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    State state() const;
    /// When the article was last stored by this controller; null before the first save.
    QDateTime lastSaved() const { return m_lastSaved; }
    QString lastError() const { return m_lastError; }

    /// Stores pending edits now without keeping a revision. True when nothing is pending
    /// afterwards (including when nothing was).
    bool saveNow();
    /// Stores pending edits now; with a worker in the background, without waiting for it.
    void saveSoon();

    /// Whether keepRevision() waits for a save that runs on the worker.
    enum class Wait
    {
        ForTheSave,
        /// The document is about to hold another article (or none): the save runs on in the
        /// background and closedArticleSaved() reports its end. Without a worker it waits.
        No,
    };
    /// Stores pending edits and keeps a revision with `note` if anything changed since the last
    /// kept revision. True on success, when there was nothing to keep, or when the save was
    /// started in the background (Wait::No).
    bool keepRevision(const QString &note, Wait wait = Wait::ForTheSave);

    int quietDelay() const { return m_quietDelay; }
    int maxDelay() const { return m_maxDelay; }
    int revisionPause() const { return m_revisionPause; }
    qint64 revisionInterval() const { return m_revisionInterval; }
    /// Shorter timings for tests (milliseconds).
    void setTimings(int quietDelay, int maxDelay, int revisionPause, qint64 revisionInterval);

Q_SIGNALS:
    void stateChanged(Copydesk::AutosaveController::State state);
    /// The article was stored for the first time under `id`.
    void articleCreated(qint64 id);
    void revisionKept(int number);
    void saveFailed(const QString &message);
    /// A save failed for a reason that may pass (the library could not be reached or written);
    /// the next attempt follows in `delayMs` (doubling up to 10 s) without waiting for an edit.
    void retrying(int delayMs);
    /// A save was refused because the stored article is newer than the base version; the
    /// state is Conflict until resolveConflict().
    void conflicted();
    /// A background save of article `id`, which the document no longer holds, ended: stored
    /// when `error` is empty; otherwise its text is in the journal (offered when the article is
    /// opened again). `id` is 0 for an article that was never stored.
    void closedArticleSaved(qint64 id, const QString &error);

private:
    void documentChanged();
    /// The save timer's: in the background when there is a worker, else saveNow().
    void autosave();
    /// The revision timer's: keepRevision() in the background when there is a worker.
    void keepRevisionSoon(const QString &note);
    /// Starts a background save of the document (the worker is idle).
    void startBackground(bool revision, const QString &note);
    /// What the store would have said on the GUI thread about a save the worker made.
    void announce(const SaveOutcome &outcome);
    /// The running save is of an article the document no longer holds (or is about to leave).
    void markRunningClosed();
    /// The end of a background save of an article the document no longer holds.
    void closedFinished(const SaveOutcome &outcome);
    bool store(bool revision, const QString &note);
    SaveJob snapshot(bool revision, const QString &note) const;
    /// Applies a finished save; `editedSince`: the document changed after its snapshot.
    bool apply(const SaveJob &job, const SaveOutcome &outcome, bool editedSince, bool elsewhere);
    /// Waits for a running background save and applies it.
    void finishRunning();
    void backgroundFinished(const SaveOutcome &outcome);
    void setState(State state);
    void failed(const Error &error);

    static constexpr int MaxRetryDelayMs = 10'000;

    void keepUnsaved();

    ArticleStore *m_store;
    ArticleDocument *m_document;
    std::unique_ptr<SaveWorker> m_worker;
    SaveJob m_running; ///< The job of the running background save.
    quint64 m_runningGeneration = 0;
    quint64 m_generation = 0; ///< Counts the document's changes.
    bool m_saveAgain = false; ///< The timer fired while a background save ran.
    /// With m_saveAgain: the revision timer fired, with this note.
    std::optional<QString> m_againRevision;
    /// m_running belongs to an article the document no longer holds.
    bool m_runningClosed = false;
    /// That article's base, for the journal when its save fails.
    Article m_closedBase;
    std::optional<qint64> m_closedBaseVersion;
    UnsavedJournal *m_journal = nullptr;
    QString m_author;
    qint64 m_id = 0;
    std::optional<qint64> m_baseVersion;
    Article m_baseArticle;
    QDateTime m_baseModified;
    bool m_readOnly = false;
    bool m_unkeptChanges = false; ///< Saved without a revision since the last kept one.
    State m_state = State::Saved;
    QDateTime m_lastSaved;
    QString m_lastError;
    QTimer m_saveTimer;
    QTimer m_revisionTimer;
    QElapsedTimer m_firstUnsavedEdit;
    QElapsedTimer m_sinceRevision;
    int m_retryDelay = 0; ///< Milliseconds until the next attempt after a failure; 0: none.
    int m_quietDelay = 1000;
    int m_maxDelay = 1800;
    int m_revisionPause = 60'000;
    qint64 m_revisionInterval = 10 * 60'000;
};

} // namespace Copydesk
