// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QObject>

class QMenu;
class QWidget;

namespace Copydesk {

class Settings;

/// File ▸ Open Library… and Open Recent: another library, a file or a team library address
/// (postgresql://…), opens in a new window process once it has been checked to open, and this
/// window closes (its work is stored first, as on quit). Opened libraries are remembered in the
/// settings without passwords.
class LibraryChooser : public QObject
{
    Q_OBJECT
public:
    /// Adds the actions to `menu`; `current` is the open library's location.
    LibraryChooser(Settings *settings, const QString &current, QMenu *menu, QWidget *window);

    /// Opens `location` in a new window and closes this one; a library that cannot be opened
    /// is reported and nothing changes.
    void open(const QString &location);

private:
    void chooseLibrary();
    void fillRecent();

    Settings *m_settings;
    QString m_current;
    QMenu *m_recent;
    QWidget *m_window;
};

} // namespace Copydesk
