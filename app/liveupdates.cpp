// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "liveupdates.h"

#include "articledocument.h"
#include "articlemerge.h"
#include "articlesession.h"
#include "articlestore.h"
#include "autosavecontroller.h"
#include "conflictdialog.h"
#include "dateformat.h"
#include "noticebanner.h"

#include <QWidget>

namespace Copydesk {

LiveUpdates::LiveUpdates(ArticleStore *store, ArticleSession *session, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_session(session)
    , m_banner(new NoticeBanner(tr("Live update notice"), window))
{
    m_banner->hide();
    connect(m_store, &ArticleStore::changedElsewhere, this, &LiveUpdates::changedElsewhere);
    connect(m_session, &ArticleSession::articleChanged, m_banner, &QWidget::hide);
    // Queued: the refused save is still on the stack when the signal comes.
    connect(m_session->autosave(), &AutosaveController::conflicted, this, &LiveUpdates::conflicted,
        Qt::QueuedConnection);
    connect(m_banner, &NoticeBanner::actionRequested, this, &LiveUpdates::resolveConflict);
}

void LiveUpdates::conflicted()
{
    AutosaveController *autosave = m_session->autosave();
    if (autosave->state() != AutosaveController::State::Conflict)
        return;
    const Result<ArticleRecord> stored = m_store->load(autosave->articleId());
    if (!stored) {
        Q_EMIT message(tr("Not saved: %1").arg(stored.error().message));
        showConflict();
        return;
    }
    const ArticleMerge merge(
        autosave->baseArticle(), m_session->document()->article(), stored->article);
    if (!merge.theyChangedContent()) {
        // Only the workflow moved (a status, an owner): the text is the user's alone.
        if (autosave->resolveConflict(merge.result(), *stored, {}))
            return;
    }
    showConflict();
}

void LiveUpdates::showConflict()
{
    if (m_session->autosave()->state() != AutosaveController::State::Conflict)
        return;
    m_banner->showAction(tr("Someone else saved this article while you were editing. Nothing "
                            "was overwritten: your text is kept here, unsaved, until you choose "
                            "what to keep."),
        tr("Compare and Merge…"));
}

bool LiveUpdates::resolveConflict()
{
    AutosaveController *autosave = m_session->autosave();
    if (autosave->state() != AutosaveController::State::Conflict)
        return false;
    const Result<ArticleRecord> stored = m_store->load(autosave->articleId());
    if (!stored) {
        Q_EMIT message(tr("The stored version could not be read: %1").arg(stored.error().message));
        showConflict();
        return false;
    }
    ArticleMerge merge(autosave->baseArticle(), m_session->document()->article(), stored->article);
    const QString when = DateFormat::toString(stored->modified.toLocalTime());
    const QString who = stored->lastSavedBy.isEmpty() ? tr("Someone else") : stored->lastSavedBy;
    ConflictDialog dialog(&merge, who, when, m_banner->window());
    if (dialog.exec() != QDialog::Accepted) {
        showConflict();
        return false;
    }
    if (!autosave->resolveConflict(
            merge.result(), *stored, tr("Merged with a version saved elsewhere"))) {
        if (autosave->state() == AutosaveController::State::Conflict)
            showConflict(); // Yet another version arrived meanwhile: compare again.
        else
            Q_EMIT message(tr("Not saved: %1").arg(autosave->lastError()));
        return false;
    }
    m_banner->hide();
    Q_EMIT message(tr("Merged and saved as a new revision."));
    return true;
}

void LiveUpdates::changedElsewhere(qint64 id)
{
    if (id == 0 || id != m_session->articleId())
        return;
    if (m_session->autosave()->state() == AutosaveController::State::Pending
        || m_session->autosave()->state() == AutosaveController::State::Failed) {
        // Not reloaded: the next save is refused and conflicted() lets the user merge.
        if (m_session->autosave()->state() == AutosaveController::State::Pending)
            m_session->autosave()->saveNow();
        return;
    }
    const Result<ArticleRecord> stored = m_store->load(id);
    if (!stored || stored->article == m_session->document()->article())
        return; // A comment or a status change: the workflow parts follow by themselves.
    if (const Status reloaded = m_session->reload(); !reloaded) {
        Q_EMIT message(tr("The article changed elsewhere and could not be reloaded: %1")
                .arg(reloaded.error().message));
        return;
    }
    Q_EMIT message(tr("Updated: someone else changed this article."));
}

} // namespace Copydesk
