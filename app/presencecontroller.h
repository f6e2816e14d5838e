// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QObject>
#include <QString>

class QTimer;
class QWidget;

namespace Copydesk {

class ArticleSession;
class Library;
class Presence;
class TakeOverBar;

/// Keeps the window's claim on its open article (Presence): renews it every heartbeat, follows
/// other people's claims as they are announced, turns the article read-only when someone took
/// it over (the session's reason names them and their note) and editable again, freshly
/// loaded, when its holder let it go. Editors and admins get a Take Over… button.
class PresenceController : public QObject
{
    Q_OBJECT
public:
    /// Gives `session` the library's presence when it keeps one.
    PresenceController(Library *library, ArticleSession *session, QWidget *window);

    /// The Take Over… bar to place under the read-only notice; hidden until useful.
    TakeOverBar *bar() const { return m_bar; }

    /// Claims the open article again now and follows the answer (the heartbeat's work).
    void check();

Q_SIGNALS:
    /// A sentence for the status bar.
    void message(const QString &text);

private:
    void updateBar();
    void takeOver();

    ArticleSession *m_session;
    Presence *m_presence;
    QWidget *m_window;
    QTimer *m_heartbeat;
    TakeOverBar *m_bar;
    QString m_holder; ///< The login the open article is held by, when held elsewhere.
};

} // namespace Copydesk
