// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "autosavecontroller.h"

#include "articledocument.h"
#include "library.h"
#include "unsavedjournal.h"

#include <QUndoStack>

namespace Copydesk {

namespace {

/// Equal but for the status and owner, which the workflow sets (ArticleDocument::
/// setWorkflowState()) and a save keeps as stored.
bool sameText(const Article &document, const Article &saved)
{
    Article text = document;
    text.status = saved.status;
    text.owner = saved.owner;
    return text == saved;
}

} // namespace

AutosaveController::AutosaveController(
    ArticleStore *store, ArticleDocument *document, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_document(document)
{
    Q_ASSERT(m_store && m_document);
    m_saveTimer.setSingleShot(true);
    m_revisionTimer.setSingleShot(true);
    m_saveTimer.setObjectName(QStringLiteral("autosave-timer"));
    connect(&m_saveTimer, &QTimer::timeout, this, &AutosaveController::autosave);
    connect(&m_revisionTimer, &QTimer::timeout, this,
        [this] { keepRevisionSoon(tr("Autosaved after a pause in editing")); });
    connect(m_document, &ArticleDocument::changed, this, [this] { ++m_generation; });
    // A command announces changed() from inside QUndoStack::push/undo, before the stack's clean
    // state moves; modifiedChanged() follows once it has. Checking on both sees the final state.
    connect(m_document, &ArticleDocument::changed, this, &AutosaveController::documentChanged);
    connect(
        m_document, &ArticleDocument::modifiedChanged, this, &AutosaveController::documentChanged);
}

AutosaveController::~AutosaveController() = default;

void AutosaveController::saveInBackground(
    const std::function<Result<std::unique_ptr<Library>>()> &opener)
{
    finishRunning();
    m_worker.reset();
    if (!opener)
        return;
    m_worker = std::make_unique<SaveWorker>(opener);
    connect(m_worker.get(), &SaveWorker::finished, this, &AutosaveController::backgroundFinished);
}

bool AutosaveController::isSaving() const
{
    return m_worker && m_worker->isBusy();
}

void AutosaveController::settle(qint64 id)
{
    if (id != 0 && isSaving() && m_running.id == id)
        finishRunning();
}

void AutosaveController::open(qint64 id)
{
    // The previous article's save runs on: the document holds another article now, so its
    // outcome is not applied to the document (closedFinished()).
    markRunningClosed();
    m_saveAgain = false;
    m_againRevision.reset();
    m_id = id;
    m_baseVersion.reset();
    m_baseArticle = m_document->article();
    m_saveTimer.stop();
    m_revisionTimer.stop();
    m_firstUnsavedEdit.invalidate();
    m_sinceRevision.start();
    m_unkeptChanges = false;
    m_lastSaved = {};
    m_baseModified = {};
    m_lastError.clear();
    setState(m_readOnly                ? State::ReadOnly
            : m_document->isModified() ? State::Pending
                                       : State::Saved);
    if (m_state == State::Pending)
        documentChanged();
}

void AutosaveController::setBase(const ArticleRecord &stored)
{
    m_baseVersion = stored.version > 0 ? std::optional<qint64>(stored.version) : std::nullopt;
    m_baseArticle = stored.article;
    m_baseModified = stored.modified;
}

bool AutosaveController::resolveConflict(
    const Article &merged, const ArticleRecord &stored, const QString &note)
{
    finishRunning();
    if (m_readOnly || m_id == 0 || stored.id != m_id)
        return false;
    setBase(stored);
    m_lastError.clear();
    setState(State::Pending);
    if (merged != m_document->article())
        m_document->replace(merged, tr("Merge with the version stored elsewhere"));
    return store(!note.isEmpty(), note);
}

void AutosaveController::setReadOnly(bool readOnly)
{
    if (!m_runningClosed) // The article left before is none of this one's business.
        finishRunning();
    m_readOnly = readOnly;
    if (readOnly) {
        m_saveTimer.stop();
        m_revisionTimer.stop();
        setState(State::ReadOnly);
    } else {
        setState(m_document->isModified() ? State::Pending : State::Saved);
        if (m_state == State::Pending)
            documentChanged();
    }
}

AutosaveController::State AutosaveController::state() const
{
    return m_state;
}

void AutosaveController::setTimings(
    int quietDelay, int maxDelay, int revisionPause, qint64 revisionInterval)
{
    m_quietDelay = quietDelay;
    m_maxDelay = maxDelay;
    m_revisionPause = revisionPause;
    m_revisionInterval = revisionInterval;
}

void AutosaveController::documentChanged()
{
    if (m_readOnly)
        return;
    if (!m_document->isModified()) {
        // Undone back to what is stored (or just reset): nothing to write.
        m_saveTimer.stop();
        m_firstUnsavedEdit.invalidate();
        setState(State::Saved);
        return;
    }
    if (m_state == State::Conflict) {
        // Not saved until the user settles the conflict; saveNow() journals it meanwhile.
        m_saveTimer.start(m_quietDelay);
        return;
    }
    if (!m_firstUnsavedEdit.isValid())
        m_firstUnsavedEdit.start();
    const qint64 left = m_maxDelay - m_firstUnsavedEdit.elapsed();
    m_saveTimer.start(int(std::clamp<qint64>(left, 0, m_quietDelay)));
    m_revisionTimer.start(m_revisionPause);
    if (m_state != State::Failed)
        setState(State::Pending);
}

void AutosaveController::autosave()
{
    if (!m_worker || m_readOnly || m_state == State::Conflict) {
        saveNow();
        return;
    }
    if (!m_document->isModified())
        return;
    if (m_worker->isBusy()) {
        m_saveAgain = true; // Once it is done, with the newest text.
        return;
    }
    const bool revision = m_sinceRevision.elapsed() >= m_revisionInterval;
    startBackground(revision, revision ? tr("Autosaved during a long editing session") : QString());
}

void AutosaveController::keepRevisionSoon(const QString &note)
{
    if (!m_worker || m_readOnly || m_state == State::Conflict) {
        keepRevision(note);
        return;
    }
    if (m_worker->isBusy()) {
        // Once it is done: whether anything is left unkept is known then.
        m_saveAgain = true;
        m_againRevision = note;
        return;
    }
    if (m_document->isModified() || m_unkeptChanges)
        startBackground(true, note);
}

void AutosaveController::startBackground(bool revision, const QString &note)
{
    m_saveTimer.stop();
    m_running = snapshot(revision, note);
    m_runningGeneration = m_generation;
    m_firstUnsavedEdit.invalidate(); // Edits from now on are not in this save.
    m_worker->start(m_running);
}

void AutosaveController::backgroundFinished(const SaveOutcome &outcome)
{
    const bool again = std::exchange(m_saveAgain, false);
    const std::optional<QString> againRevision = std::exchange(m_againRevision, std::nullopt);
    if (m_runningClosed)
        closedFinished(outcome);
    else if (!apply(m_running, outcome, m_generation != m_runningGeneration, true))
        return;
    if (!again)
        return;
    if (againRevision)
        keepRevisionSoon(*againRevision);
    else if (m_document->isModified())
        autosave();
}

void AutosaveController::finishRunning()
{
    if (!isSaving())
        return;
    const std::optional<SaveOutcome> outcome = m_worker->wait();
    // The caller stores the newest text itself (what is left unkept gets its revision when the
    // article is closed).
    m_saveAgain = false;
    m_againRevision.reset();
    if (m_runningClosed)
        closedFinished(*outcome);
    else
        apply(m_running, *outcome, m_generation != m_runningGeneration, true);
}

void AutosaveController::markRunningClosed()
{
    if (!isSaving() || m_runningClosed)
        return;
    m_runningClosed = true;
    m_closedBase = m_baseArticle;
    m_closedBaseVersion = m_baseVersion;
}

void AutosaveController::closedFinished(const SaveOutcome &outcome)
{
    m_runningClosed = false;
    QString error;
    if (!outcome.error) {
        announce(outcome);
        if (m_journal)
            m_journal->remove(m_running.article.uuid);
    } else {
        error = outcome.error->message;
        if (m_journal && !m_running.article.uuid.isEmpty()) {
            const Status kept = m_journal->write({m_running.article, m_closedBase,
                m_closedBaseVersion, QDateTime::currentDateTimeUtc()});
            if (!kept)
                error += u' ' + tr("(%1)").arg(kept.error().message);
        }
    }
    m_closedBase = {};
    m_closedBaseVersion.reset();
    Q_EMIT closedArticleSaved(outcome.id, error);
}

void AutosaveController::announce(const SaveOutcome &outcome)
{
    // The worker's store said this on its thread; the window listens to `m_store`.
    Q_EMIT m_store->articleChanged(outcome.id);
    for (const SaveOutcome::Notice &notice : outcome.notices) {
        if (notice.returnedToReview)
            Q_EMIT m_store->returnedToReview(outcome.id, notice.message);
        else
            Q_EMIT m_store->approvalKept(outcome.id, notice.message);
    }
}

bool AutosaveController::saveNow()
{
    if (m_readOnly)
        return false;
    finishRunning();
    if (m_state == State::Conflict) {
        keepUnsaved();
        return false;
    }
    if (!m_document->isModified())
        return true;
    const bool revision = m_sinceRevision.elapsed() >= m_revisionInterval;
    return store(revision, revision ? tr("Autosaved during a long editing session") : QString());
}

void AutosaveController::saveSoon()
{
    if (!m_worker || m_readOnly || m_state == State::Conflict)
        saveNow();
    else
        autosave();
}

bool AutosaveController::keepRevision(const QString &note, Wait wait)
{
    // Only a save of the article left before runs, and this one has nothing to keep: moving on
    // through the library need not wait for it.
    const bool nothingToKeep = !m_document->isModified() && !m_unkeptChanges;
    if (!(wait == Wait::No && m_runningClosed && nothingToKeep))
        finishRunning();
    if (m_readOnly || m_state == State::Conflict)
        return false;
    if (!m_document->isModified() && !m_unkeptChanges)
        return true;
    if (wait == Wait::No && m_worker) {
        startBackground(true, note);
        markRunningClosed(); // The document holds another article next.
        return true;
    }
    return store(true, note);
}

QDateTime AutosaveController::recoverUnsaved()
{
    const QString uuid = m_document->article().uuid;
    if (!m_journal || m_readOnly || m_id == 0 || uuid.isEmpty())
        return {};
    const std::optional<UnsavedJournal::Entry> entry = m_journal->read(uuid);
    if (!entry)
        return {};
    if (entry->text == m_document->article()) {
        m_journal->remove(uuid); // The library has it after all.
        return {};
    }
    m_baseVersion = entry->baseVersion;
    m_baseArticle = entry->base;
    m_document->replace(entry->text, tr("Recover unsaved text"));
    return entry->written.isValid() ? entry->written : QDateTime::currentDateTimeUtc();
}

void AutosaveController::keepUnsaved()
{
    if (!m_journal || m_document->article().uuid.isEmpty())
        return;
    const Status kept = m_journal->write(
        {m_document->article(), m_baseArticle, m_baseVersion, QDateTime::currentDateTimeUtc()});
    if (!kept)
        m_lastError += u' ' + tr("(%1)").arg(kept.error().message);
}

void AutosaveController::failed(const Error &error)
{
    m_lastError = error.message;
    keepUnsaved();
    if (error.code == Error::Code::Conflict) {
        m_revisionTimer.stop();
        m_retryDelay = 0;
        setState(State::Conflict);
        Q_EMIT saveFailed(m_lastError);
        Q_EMIT conflicted();
        return;
    }
    setState(State::Failed);
    Q_EMIT saveFailed(m_lastError);
    // A lost connection or a full disk may pass: try again, less and less often, so that the
    // text reaches the library once it can (until then it is in the window and the journal).
    if (error.code == Error::Code::Io) {
        m_retryDelay
            = std::min(m_retryDelay == 0 ? m_quietDelay : m_retryDelay * 2, MaxRetryDelayMs);
        m_saveTimer.start(m_retryDelay);
        Q_EMIT retrying(m_retryDelay);
    }
}

bool AutosaveController::store(bool revision, const QString &note)
{
    m_saveTimer.stop();
    const SaveJob job = snapshot(revision, note);
    if (!m_worker)
        return apply(job, SaveWorker::perform(*m_store, job), false, false);
    m_worker->start(job);
    return apply(job, *m_worker->wait(), false, true);
}

SaveJob AutosaveController::snapshot(bool revision, const QString &note) const
{
    SaveJob job;
    job.id = m_id;
    job.article = m_document->article();
    job.options.author = m_author;
    job.options.note = note;
    job.options.keepRevision = revision;
    if (m_id != 0)
        job.options.baseVersion = m_baseVersion;
    return job;
}

bool AutosaveController::apply(
    const SaveJob &job, const SaveOutcome &outcome, bool editedSince, bool elsewhere)
{
    if (outcome.error) {
        failed(*outcome.error);
        return false;
    }
    if (elsewhere)
        announce(outcome);
    bool revision = job.options.keepRevision;
    if (outcome.created) {
        m_id = outcome.id;
        Q_EMIT articleCreated(m_id);
        revision = true; // create() always keeps revision 1.
    } else if (revision) {
        Q_EMIT revisionKept(outcome.revision);
    }
    m_baseVersion = outcome.version;
    m_baseArticle = job.article;
    if (m_journal)
        m_journal->remove(job.article.uuid);
    m_lastError.clear();
    m_retryDelay = 0;
    m_lastSaved = QDateTime::currentDateTime();
    m_unkeptChanges = !revision;
    if (revision) {
        m_sinceRevision.start();
        if (!editedSince)
            m_revisionTimer.stop();
    }
    if (editedSince && !sameText(m_document->article(), job.article)) {
        // Typed on while it was saved: still pending (the save timer runs). Undone back to the
        // text stored before, the document must not count as saved either.
        if (!m_document->isModified())
            m_document->undoStack()->resetClean();
        setState(State::Pending);
        return true;
    }
    m_firstUnsavedEdit.invalidate();
    m_document->setClean();
    setState(State::Saved);
    return true;
}

void AutosaveController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Copydesk
