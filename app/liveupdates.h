// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QObject>

namespace Copydesk {

class ArticleSession;
class ArticleStore;
class NoticeBanner;

/// Keeps the open article in step with changes other people make on a team library
/// (ArticleStore::changedElsewhere()). With nothing of the user's waiting to be saved, the
/// article is reloaded at once and the status bar says so; with edits pending, nothing is
/// replaced: the library refuses the next save rather than overwrite their work
/// (Error::Code::Conflict), and that conflict is settled here:
///
/// - when the other side changed nothing a reader sees (a status change, a comment), the
///   user's text is saved on top of the stored version without asking;
/// - otherwise a banner says so and offers "Compare and Merge…" (ConflictDialog over an
///   ArticleMerge); the merged text is saved as a new revision on top of the stored one. Until
///   then the text stays in the window, unsaved, and the banner stays.
class LiveUpdates : public QObject
{
    Q_OBJECT
public:
    LiveUpdates(ArticleStore *store, ArticleSession *session, QWidget *window);

    /// The banner to place above the editor; hidden until needed.
    NoticeBanner *banner() const { return m_banner; }

    /// Opens the merge dialog for the open article's conflict now (the banner's action).
    /// False when there is no conflict or the user chose to decide later.
    bool resolveConflict();

Q_SIGNALS:
    /// A sentence for the status bar.
    void message(const QString &text);

private:
    void changedElsewhere(qint64 id);
    void conflicted();
    void showConflict();

    ArticleStore *m_store;
    ArticleSession *m_session;
    NoticeBanner *m_banner;
};

} // namespace Copydesk
