// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "handbookdialog.h"

#include <QObject>
#include <QPointer>

class QMainWindow;
class QMenu;

namespace Copydesk {

/// The Help menu of `window`'s menu bar: the Copydesk Handbook (one window, raised when asked
/// for again), Keyboard Shortcuts read from the menu bar's actions, About Copydesk (the version,
/// the license, `library` and the libraries used) and About Qt. Call it after every other menu
/// has been added, so that the shortcuts list sees them.
class HelpMenu : public QObject
{
    Q_OBJECT
public:
    HelpMenu(QMainWindow *window, const QString &library);

    QMenu *menu() const { return m_menu; }
    /// The handbook window when it is open; null otherwise.
    HandbookDialog *handbook() const { return m_handbook; }

    void showHandbook();
    void showShortcuts();
    void about();

private:
    QMainWindow *m_window;
    QString m_library;
    QMenu *m_menu;
    QPointer<HandbookDialog> m_handbook;
};

} // namespace Copydesk
