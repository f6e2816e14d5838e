#include "articlesession.h"

#include "articledocument.h"
#include "articlelock.h"
#include "autosavecontroller.h"
#include "unsavedjournal.h"

namespace Copydesk {

ArticleSession::ArticleSession(ArticleStore *store, const QString &author, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_document(new ArticleDocument(this))
    , m_autosave(new AutosaveController(store, m_document, this))
    , m_journal(std::make_unique<UnsavedJournal>(store->location()))
{
    m_autosave->setAuthor(author);
    m_autosave->setJournal(m_journal.get());
}

ArticleSession::~ArticleSession()
{
    closeCurrent();
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
    const auto record = m_store->load(id);
    if (!record)
        return record.error();
    closeCurrent();
    lock(record->article);
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
    lock(fresh);
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

void ArticleSession::closeCurrent()
{
    if (!m_open)
        return;
    m_autosave->keepRevision(tr("Closed"));
    m_open = false;
    m_lock.reset();
    m_readOnlyReason.clear();
}

void ArticleSession::lock(const Article &article)
{
    m_lock = std::make_unique<ArticleLock>(m_store->location(), article.uuid);
    m_readOnlyReason = m_lock->isLocked() ? QString() : m_lock->reason();
    if (!m_lock->isLocked())
        m_lock.reset();
}

} // namespace Copydesk
