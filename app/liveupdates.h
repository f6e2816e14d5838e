#pragma once

#include <QObject>

namespace Copydesk {

class ArticleSession;
class ArticleStore;
class NoticeBanner;

/// Keeps the open article in step with changes other people make on a team library
/// (ArticleStore::changedElsewhere()). With nothing of the user's waiting to be saved, the
/// article is reloaded at once and the status bar says so; with edits pending, nothing is
/// replaced: a banner says that someone else saved, and the library refuses the next save
/// rather than overwrite their work (Error::Code::Conflict).
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    LiveUpdates(ArticleStore *store, ArticleSession *session, QWidget *window);

    /// The banner to place above the editor; hidden until needed.
    NoticeBanner *banner() const { return m_banner; }

Q_SIGNALS:
    /// A sentence for the status bar.
    void message(const QString &text);

private:
    void changedElsewhere(qint64 id);

    ArticleStore *m_store;
    ArticleSession *m_session;
    NoticeBanner *m_banner;
};

} // namespace Copydesk
