// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "helpmenu.h"

#include "aboutinfo.h"
#include "articleeditor.h"
#include "findbar.h"
#include "handbookdialog.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>

namespace Copydesk {

HelpMenu::HelpMenu(QMainWindow *window, const QString &library)
    : QObject(window)
    , m_window(window)
    , m_library(library)
    , m_menu(window->menuBar()->addMenu(tr("&Help")))
{
    QAction *handbook = m_menu->addAction(QIcon::fromTheme(QStringLiteral("help-contents")),
        tr("Copydesk &Handbook"), this, &HelpMenu::showHandbook);
    handbook->setShortcuts(QKeySequence::HelpContents);
    handbook->setStatusTip(tr("Read the guide to writing, checking, reviewing and exporting"));
    QAction *keys = m_menu->addAction(QIcon::fromTheme(QStringLiteral("help-keyboard-shortcuts")),
        tr("&Keyboard Shortcuts"), this, &HelpMenu::showShortcuts);
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    keys->setStatusTip(tr("List every command's keys"));
    m_menu->addSeparator();
    QAction *about = m_menu->addAction(QIcon::fromTheme(QStringLiteral("help-about")),
        tr("&About Copydesk"), this, &HelpMenu::about);
    about->setMenuRole(QAction::AboutRole);
    about->setStatusTip(tr("Show Copydesk's version, license and the libraries it is built on"));
    QAction *aboutQt = m_menu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
    aboutQt->setStatusTip(tr("Show the version of Qt Copydesk runs on"));
}

void HelpMenu::showHandbook()
{
    // Beside the work, not in front of it: the handbook stays open while the writer follows it.
    if (!m_handbook) {
        m_handbook = new HandbookDialog(HandbookDialog::handbook(), m_window);
        m_handbook->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_handbook->show();
    m_handbook->raise();
    m_handbook->activateWindow();
}

void HelpMenu::showShortcuts()
{
    ShortcutsDialog dialog(
        m_window->menuBar(), ArticleEditor::keyboardHelp() + FindBar::keyboardHelp(), m_window);
    dialog.exec();
}

void HelpMenu::about()
{
    QString components;
    for (const AboutInfo::Component &component : AboutInfo::components()) {
        components += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                          .arg(component.name.toHtmlEscaped(), component.version.toHtmlEscaped());
    }
    QMessageBox::about(m_window, tr("About Copydesk"),
        tr("<h3>Copydesk %1</h3><p>An editorial workstation for structured news articles.</p>"
           "<p>License: %2</p><p>Library: %3</p><p>Built on:</p><table>%4</table>")
            .arg(AboutInfo::version().toHtmlEscaped(), AboutInfo::license(),
                m_library.toHtmlEscaped(), components));
}

} // namespace Copydesk
