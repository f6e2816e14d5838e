// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

class QMainWindow;
class QWidget;

namespace Copydesk {

class ArticleStore;
class AutosaveSession;
class Library;
class Settings;

/// What the window tells or offers the user about a library it has just opened: the work
/// autosave recovered after an unclean shutdown, and the sample article for an empty library.
/// GUI thread only; nothing is owned.
class StartupNotices
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::StartupNotices)
public:
    /// When the previous session on the library ended uncleanly: prints `session`'s report to
    /// stderr, keeps a revision of every recovered article (recorded as `user`), says so in
    /// `window`'s status bar and shows the report in a non-modal box. Nothing otherwise.
    static void reportRecovery(QMainWindow *window, AutosaveSession *session, const QString &user);
    /// On an empty library (nothing live, nothing in the trash) that Settings says was never
    /// offered it, marks it offered and asks whether to add the sample article. True when the
    /// user said yes; false without asking otherwise (also when the library cannot be counted).
    static bool offerSample(QWidget *parent, ArticleStore *store, Settings *settings);
    /// On the first start on a local library whose publication has no name yet
    /// (PublicationProfile::hasDefaultName()) and that Settings says was never asked about,
    /// asks for the name (a text field: Return saves, Esc skips) and stores it in the library's
    /// profile, where the command line's `profile` finds it too. Asked once per library either
    /// way; a team library's profile belongs to its editors (`copydesk profile set name`).
    /// True when a name was stored; a store error is shown in a message box.
    static bool askPublicationName(QWidget *parent, Library *library, Settings *settings);
};

} // namespace Copydesk
