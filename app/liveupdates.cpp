#include "liveupdates.h"

#include "articledocument.h"
#include "articlesession.h"
#include "articlestore.h"
#include "autosavecontroller.h"
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
}

void LiveUpdates::changedElsewhere(qint64 id)
{
    if (id == 0 || id != m_session->articleId())
        return;
    if (m_session->autosave()->state() == AutosaveController::State::Pending
        || m_session->autosave()->state() == AutosaveController::State::Failed) {
        // Not even loaded: loading would make the stored version the base of the next save.
        m_banner->showNotice(tr("Someone else changed this article while you were editing. "
                                "Nothing is overwritten: the library refuses to save your "
                                "version over theirs, and your text stays here and in the "
                                "autosave journal. Copy what you need, then reopen the article."),
            true);
        m_banner->show();
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
