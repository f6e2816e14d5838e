// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "library.h"
#include "libraryopener.h"

#include <QCoreApplication>
#include <memory>

class QWidget;

namespace Copydesk {

/// Opens a library for the window. When a team library's server wants a password that neither
/// the URI, libpq (~/.pgpass, a service file) nor the system keyring gives (or the stored one
/// is refused), asks for it with a PasswordDialog, again after a refused one, until it works or
/// the user cancels. A password typed with "remember" ticked goes into the system keyring once
/// it has worked, replacing a stale one; it never goes into the settings.
class TeamLoginPrompt
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::TeamLoginPrompt)
public:
    /// The library, or why it cannot be opened (PasswordNeeded when the user cancelled).
    /// `password`: a password already known for this session (handed over by the window
    /// that opened this one); on success it holds a password typed that the keyring does not
    /// keep (for handing over), otherwise it is empty.
    static Result<std::unique_ptr<Library>> open(
        QWidget *parent, const QString &location, LibraryOpener::Mode mode, QString *password);

    /// The environment variable through which a window hands a typed (not remembered)
    /// password to the window process it starts for the same library; read once and removed
    /// from the environment by takeHandedOverPassword().
    static const char *handOverVariable();
    static QString takeHandedOverPassword();
};

} // namespace Copydesk
