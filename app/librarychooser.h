// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QObject>
#include <functional>

class QMenu;
class QWidget;

namespace Copydesk {

class Settings;

/// File ▸ New Library…, Open Library… and Open Recent: another library, a file or a team
/// library address (postgresql://…), opens in a new window process once it has been checked to
/// open, and this window closes (its work is stored first, as on quit). A new library is a new
/// file (never an existing one), made before its window starts. Opened libraries are
/// remembered in the settings without passwords.
class LibraryChooser : public QObject
{
    Q_OBJECT
public:
    /// Adds the actions to `menu`; `current` is the open library's location.
    LibraryChooser(Settings *settings, const QString &current, QMenu *menu, QWidget *window);

    /// Opens `location` in a new window and closes this one; a library that cannot be opened
    /// is reported and nothing changes.
    void open(const QString &location);

    /// For tests: `provider` stands in for New Library's file dialog (given the suggested
    /// path, it returns the chosen one, empty to cancel) and `launcher` for starting the new
    /// window process (given the library's location, it returns whether it started).
    using PathProvider = std::function<QString(const QString &suggested)>;
    using Launcher = std::function<bool(const QString &location)>;
    void setNewLibraryPathProvider(PathProvider provider) { m_pathProvider = std::move(provider); }
    void setLauncher(Launcher launcher) { m_launcher = std::move(launcher); }

private:
    void chooseLibrary();
    void createLibrary();
    bool launch(const QString &location, const QString &password);
    void fillRecent();

    Settings *m_settings;
    QString m_current;
    QMenu *m_recent;
    QWidget *m_window;
    PathProvider m_pathProvider;
    Launcher m_launcher;
};

} // namespace Copydesk
