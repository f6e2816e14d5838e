// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlesession.h"

#include "articledocument.h"
#include "autosavecontroller.h"
#include "localpresence.h"
#include "unsavedjournal.h"

namespace Copydesk {

ArticleSession::ArticleSession(ArticleStore *store, const QString &author, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_document(new ArticleDocument(this))
    , m_autosave(new AutosaveController(store, m_document, this))
    , m_journal(std::make_unique<UnsavedJournal>(store->location()))
    , m_presence(new LocalPresence(store, {}, this))
{
    m_autosave->setAuthor(author);
    m_autosave->setJournal(m_journal.get());
    connect(m_autosave, &AutosaveController::closedArticleSaved, this,
        &ArticleSession::closedArticleSaved);
}

ArticleSession::~ArticleSession()
{
    closeCurrent(AutosaveController::Wait::ForTheSave);
    finishSaves(); // Before the journal goes: a failed save puts its text there.
}

void ArticleSession::finishSaves()
{
    m_autosave->finishSaves();
}

void ArticleSession::closedArticleSaved(qint64 id)
{
    if (m_releaseAfterSave.remove(id))
        m_presence->release(id);
}

qint64 ArticleSession::articleId() const
{
    return m_open ? m_autosave->articleId() : 0;
}

bool ArticleSession::isReadOnly() const
{
    return !m_readOnlyReason.isEmpty();
}

Status ArticleSession::open(qint64 id)
{
    if (m_open && id != 0 && id == m_autosave->articleId())
        return Done {};
    m_autosave->settle(id); // Closed a moment ago: its last save first.
    const auto record = m_store->load(id);
    if (!record)
        return record.error();
    closeCurrent();
    lock(id);
    m_document->reset(record->article);
    m_autosave->setReadOnly(isReadOnly());
    m_autosave->open(id);
    m_autosave->setBase(*record);
    m_open = true;
    const QDateTime recovered = m_autosave->recoverUnsaved();
    Q_EMIT articleChanged();
    if (recovered.isValid())
        Q_EMIT unsavedRecovered(recovered);
    return Done {};
}

void ArticleSession::openNew(const Article &article)
{
    closeCurrent();
    Article fresh = article;
    fresh.ensureIds();
    lock(0); // nobody else can open it before it is stored
    m_document->reset(fresh);
    m_autosave->setReadOnly(false);
    m_autosave->open(0);
    m_open = true;
    Q_EMIT articleChanged();
}

Status ArticleSession::reload()
{
    const qint64 id = articleId();
    if (id == 0)
        return Done {};
    m_autosave->settle(id);
    const auto record = m_store->load(id);
    if (!record)
        return record.error();
    m_document->reset(record->article);
    m_autosave->open(id);
    m_autosave->setBase(*record);
    Q_EMIT articleChanged();
    return Done {};
}

void ArticleSession::close()
{
    if (!m_open)
        return;
    closeCurrent();
    m_document->reset({});
    m_autosave->open(0);
    Q_EMIT articleChanged();
}

void ArticleSession::closeCurrent(AutosaveController::Wait wait)
{
    if (!m_open)
        return;
    m_autosave->keepRevision(tr("Closed"), wait);
    if (const qint64 id = m_autosave->articleId(); id != 0) {
        if (m_autosave->isSaving())
            m_releaseAfterSave.insert(id); // Nobody opens it before it is stored.
        else
            m_presence->release(id);
    }
    m_open = false;
    m_readOnlyReason.clear();
    m_heldElsewhere = false;
}

void ArticleSession::lock(qint64 id)
{
    m_readOnlyReason.clear();
    m_heldElsewhere = false;
    if (id == 0)
        return;
    const Result<ArticleHolder> holder = m_presence->claim(id);
    if (!holder) {
        m_readOnlyReason = holder.error().message;
    } else if (!holder->here) {
        m_readOnlyReason = Presence::describe(*holder);
        m_heldElsewhere = true;
    }
}

void ArticleSession::setPresence(Presence *presence)
{
    if (m_presence->parent() == this)
        delete m_presence;
    m_presence = presence;
}

void ArticleSession::setReadOnlyReason(const QString &reason, bool heldElsewhere)
{
    m_readOnlyReason = reason;
    m_heldElsewhere = heldElsewhere && !reason.isEmpty();
    m_autosave->setReadOnly(isReadOnly());
    Q_EMIT articleChanged();
}

} // namespace Copydesk
