// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "presencecontroller.h"

#include "articlesession.h"
#include "autosavecontroller.h"
#include "library.h"
#include "takeoverbar.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

namespace Copydesk {

PresenceController::PresenceController(Library *library, ArticleSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_presence(nullptr)
    , m_window(window)
    , m_heartbeat(new QTimer(this))
    , m_bar(new TakeOverBar(window))
{
    if (Presence *shared = library->presence())
        m_session->setPresence(shared);
    m_presence = m_session->presence();
    m_heartbeat->setInterval(m_presence->heartbeatInterval());
    m_heartbeat->start();
    connect(m_heartbeat, &QTimer::timeout, this, &PresenceController::check);
    connect(m_presence, &Presence::presenceChanged, this, [this](qint64 id) {
        if (id != 0 && id == m_session->articleId())
            check();
    });
    connect(m_session, &ArticleSession::articleChanged, this, &PresenceController::updateBar);
    // A new article is claimed once it is stored.
    connect(m_session->autosave(), &AutosaveController::articleCreated, this,
        &PresenceController::check);
    connect(m_bar, &TakeOverBar::takeOverRequested, this, &PresenceController::takeOver);
}

void PresenceController::check()
{
    const qint64 id = m_session->articleId();
    if (!m_session->isOpen() || id == 0)
        return;
    const Result<ArticleHolder> holder = m_presence->claim(id);
    if (!holder)
        return; // The server is unreachable: the next heartbeat tries again.
    if (holder->here) {
        m_holder.clear();
        if (!m_session->isReadOnly())
            return;
        // Free again: load what the holder left and let the user edit.
        if (const Status reloaded = m_session->reload(); !reloaded) {
            Q_EMIT message(reloaded.error().message);
            return;
        }
        m_session->setReadOnlyReason({}, false);
        Q_EMIT message(tr("Nobody else is editing this article now; you can edit it."));
        return;
    }
    if (m_session->isHeldElsewhere() && holder->login == m_holder)
        return;
    const bool wasMine = !m_session->isReadOnly();
    if (wasMine && m_session->autosave()->state() == AutosaveController::State::Pending)
        m_session->autosave()->saveNow(); // Nothing typed is lost; a later save of theirs is
                                          // checked against this one.
    m_holder = holder->login;
    const QString reason = Presence::describe(*holder, wasMine && !holder->takenFrom.isEmpty());
    m_session->setReadOnlyReason(reason, true);
    if (wasMine) // The user was typing: the status bar says at once why it stopped.
        Q_EMIT message(reason);
}

void PresenceController::updateBar()
{
    if (!m_session->isHeldElsewhere())
        m_holder.clear();
    m_bar->setVisible(m_session->isHeldElsewhere() && m_presence->canTakeOver());
}

void PresenceController::takeOver()
{
    const qint64 id = m_session->articleId();
    if (id == 0)
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(m_window, tr("Take Over"),
        tr("The person editing this article loses it and sees your note. Why do you take it "
           "over?"),
        QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    const Result<ArticleHolder> taken = m_presence->takeOver(id, note);
    if (!taken) {
        QMessageBox::warning(m_window, tr("Take Over"), taken.error().message);
        return;
    }
    m_holder.clear();
    if (const Status reloaded = m_session->reload(); !reloaded)
        Q_EMIT message(reloaded.error().message);
    m_session->setReadOnlyReason({}, false);
    Q_EMIT message(tr("You took the article over."));
}

} // namespace Copydesk
