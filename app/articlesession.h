// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"
#include "autosavecontroller.h"

#include <QObject>
#include <QSet>
#include <memory>

namespace Copydesk {

class ArticleDocument;
class UnsavedJournal;
class Presence;

/// The article open in a window: its document (with undo), its autosave and its claim on it
/// (Presence). Opening another article first stores the current one and keeps a revision of
/// it, so switching never loses work; an article someone else has open opens read-only. With
/// saves in the background (AutosaveController::saveInBackground()) that last save runs while
/// the next article opens; the claim on the previous article is released once it is stored,
/// and opening it again waits for the save.
class ArticleSession : public QObject
{
    Q_OBJECT
public:
    /// `store` is not owned and must outlive the session.
    ArticleSession(ArticleStore *store, const QString &author, QObject *parent = nullptr);
    ~ArticleSession() override;

    ArticleDocument *document() const { return m_document; }
    AutosaveController *autosave() const { return m_autosave; }

    /// Whether an article is open (stored or new).
    bool isOpen() const { return m_open; }
    /// The open article's row id; 0 when none is open or it has not been stored yet.
    qint64 articleId() const;
    bool isReadOnly() const;
    /// Why the article is read-only; empty when it is not.
    QString readOnlyReason() const { return m_readOnlyReason; }

    /// Closes the current article and opens the stored article `id`. Opening the article that is
    /// open already does nothing.
    Status open(qint64 id);
    /// Closes the current article and opens `article`, not stored yet: autosave creates it
    /// once it is edited.
    void openNew(const Article &article);
    /// Reloads the open article from the store (after a revision was restored). Its undo
    /// history is cleared.
    Status reload();
    /// Stores the open article, keeps a revision if it changed and releases it.
    void close();
    /// Waits for the saves still running in the background (before the window goes).
    void finishSaves();

    /// Who has which article open: the library's (a team library's leases); by default lock
    /// files on this computer (LocalPresence). Not owned; set before opening an article.
    void setPresence(Presence *presence);
    Presence *presence() const { return m_presence; }
    /// Whether the open article is read-only because someone else holds it.
    bool isHeldElsewhere() const { return m_heldElsewhere; }
    /// Makes the open article read-only for `reason` (someone took it over) or, with an empty
    /// reason, editable again; emits articleChanged().
    void setReadOnlyReason(const QString &reason, bool heldElsewhere);

Q_SIGNALS:
    /// An article was opened (id 0 for a new one) or closed (isOpen() false).
    void articleChanged();
    /// Opening the article found text typed at `written` that never reached the library (see
    /// UnsavedJournal); it is in the document now and is saved like any edit.
    void unsavedRecovered(const QDateTime &written);

private:
    void closeCurrent(AutosaveController::Wait wait = AutosaveController::Wait::No);
    void lock(qint64 id);
    /// A background save of a closed article ended: its claim can go.
    void closedArticleSaved(qint64 id);

    ArticleStore *m_store;
    ArticleDocument *m_document;
    AutosaveController *m_autosave;
    std::unique_ptr<UnsavedJournal> m_journal;
    Presence *m_presence;
    QString m_readOnlyReason;
    bool m_heldElsewhere = false;
    bool m_open = false;
    /// Closed articles whose claim is released once their save ends.
    QSet<qint64> m_releaseAfterSave;
};

} // namespace Copydesk
