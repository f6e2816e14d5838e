// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "librarychooser.h"

#include "library.h"
#include "libraryopener.h"
#include "settings.h"
#include "teamloginprompt.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QWidget>

namespace Copydesk {

LibraryChooser::LibraryChooser(
    Settings *settings, const QString &current, QMenu *menu, QWidget *window)
    : QObject(window)
    , m_settings(settings)
    , m_current(current)
    , m_window(window)
{
    QAction *create = menu->addAction(QIcon::fromTheme(QStringLiteral("folder-new")),
        tr("New Li&brary…"), this, &LibraryChooser::createLibrary);
    create->setStatusTip(tr("Make a new, empty library file and switch to it"));
    QAction *open = menu->addAction(QIcon::fromTheme(QStringLiteral("document-open")),
        tr("Open &Library…"), this, &LibraryChooser::chooseLibrary);
    open->setShortcuts(QKeySequence::Open);
    open->setStatusTip(tr("Switch to another library file or team library"));
    m_recent = menu->addMenu(tr("Open &Recent"));
    m_recent->menuAction()->setStatusTip(tr("Switch to a library opened before"));
    connect(m_recent, &QMenu::aboutToShow, this, &LibraryChooser::fillRecent);
    m_settings->addRecentLibrary(current);
    fillRecent();
}

void LibraryChooser::fillRecent()
{
    m_recent->clear();
    const QStringList recent = m_settings->recentLibraries();
    for (const QString &location : recent) {
        if (location == m_current)
            continue;
        QAction *action = m_recent->addAction(location);
        action->setStatusTip(tr("Switch to the library %1").arg(location));
        connect(action, &QAction::triggered, this, [this, location] { open(location); });
    }
    m_recent->setEnabled(!m_recent->isEmpty());
}

void LibraryChooser::chooseLibrary()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Open Library"));
    auto *location = new QLineEdit(&dialog);
    location->setPlaceholderText(tr("/path/to/library.copydesk or postgresql://server/database"));
    location->setMinimumWidth(420);
    auto *browse = new QPushButton(tr("&Browse…"), &dialog);
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, location] {
        const QString file = QFileDialog::getOpenFileName(&dialog, tr("Open Library"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Copydesk libraries (*.copydesk);;All files (*)"));
        if (!file.isEmpty())
            location->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(location, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout(&dialog);
    auto *label = new QLabel(tr("&Library:"), &dialog);
    label->setBuddy(location);
    form->addRow(label, row);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted || location->text().trimmed().isEmpty())
        return;
    open(location->text().trimmed());
}

void LibraryChooser::createLibrary()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(tr("newsroom") + QStringLiteral(".copydesk"));
    QString path = m_pathProvider
        ? m_pathProvider(suggested)
        : QFileDialog::getSaveFileName(m_window, tr("New Library"), suggested,
              tr("Copydesk libraries (*.copydesk)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".copydesk")))
        path += QStringLiteral(".copydesk");
    // A new library is a new file: never one that is there already, library or not.
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(m_window, tr("Copydesk"),
            tr("“%1” already exists. Choose another name, or open it with File ▸ Open "
               "Library….")
                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    {
        const auto library = LibraryOpener::open(path, LibraryOpener::Mode::CreateIfMissing);
        if (!library) {
            QMessageBox::warning(m_window, tr("Copydesk"),
                tr("The library cannot be made.") + QLatin1String("\n\n")
                    + library.error().message);
            return;
        }
        m_settings->addRecentLibrary((*library)->location());
    }
    m_settings->sync();
    if (launch(path, {}))
        m_window->close();
}

void LibraryChooser::open(const QString &location)
{
    // Check first, so that a typo or a refused login leaves this window as it is.
    QString password;
    {
        const auto library = TeamLoginPrompt::open(
            m_window, location, LibraryOpener::Mode::OpenExisting, &password);
        if (!library) {
            QMessageBox::warning(m_window, tr("Copydesk"),
                tr("The library cannot be opened.") + QLatin1String("\n\n")
                    + library.error().message);
            return;
        }
        m_settings->addRecentLibrary((*library)->location());
    }
    m_settings->sync();
    if (!launch(location, password))
        return;
    m_window->close();
}

bool LibraryChooser::launch(const QString &location, const QString &password)
{
    if (m_launcher)
        return m_launcher(location);
    QProcess window;
    window.setProgram(QCoreApplication::applicationFilePath());
    window.setArguments({QStringLiteral("--library"), location});
    if (!password.isEmpty()) {
        // Typed and not remembered: the new window process logs in with it rather than
        // asking again. Only that process (of the same user) sees it, and it removes it.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(TeamLoginPrompt::handOverVariable()), password);
        window.setProcessEnvironment(environment);
    }
    if (!window.startDetached()) {
        QMessageBox::warning(
            m_window, tr("Copydesk"), tr("Copydesk could not start a window for the library."));
        return false;
    }
    return true;
}

} // namespace Copydesk
