// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "teamloginprompt.h"

#include "passworddialog.h"
#include "teamkeyring.h"

#include <QMessageBox>

namespace Copydesk {

Result<std::unique_ptr<Library>> TeamLoginPrompt::open(
    QWidget *parent, const QString &location, LibraryOpener::Mode mode, QString *password)
{
    Result<std::unique_ptr<Library>> opened = LibraryOpener::open(location, mode, *password);
    if (opened || opened.error().code != Error::Code::PasswordNeeded)
        return opened;
    const Result<TeamLogin> who = TeamKeyring::loginOf(location);
    if (!who)
        return opened;
    // Asked once: whether there is a keyring, and whether it holds a (refused) password.
    const Result<std::optional<QString>> stored = TeamKeyring::password(location);
    const bool staleEntry = stored && stored->has_value();
    QString problem = opened.error().message;
    for (;;) {
        PasswordDialog dialog(who->login, who->server, parent);
        dialog.setProblem(problem);
        dialog.setRemember(staleEntry);
        if (!stored)
            dialog.setKeyringUnavailable(stored.error().message);
        if (dialog.exec() != QDialog::Accepted) {
            return Error {
                tr("no password was given for %1").arg(who->entry()), Error::Code::PasswordNeeded};
        }
        opened = LibraryOpener::open(location, mode, dialog.password());
        if (!opened && opened.error().code == Error::Code::PasswordNeeded) {
            problem = tr("The server refused this password; try again. (%1)")
                          .arg(opened.error().message);
            continue;
        }
        if (!opened)
            return opened;
        // A stored password that was refused is of no use: replaced, or removed when the
        // new one is not to be remembered.
        Status kept = Done {};
        if (dialog.remember())
            kept = TeamKeyring::remember(location, dialog.password());
        else if (staleEntry) {
            if (const Result<bool> removed = TeamKeyring::forget(location); !removed)
                kept = removed.error();
        }
        *password = dialog.remember() && kept ? QString() : dialog.password();
        if (!kept) {
            QMessageBox::warning(parent, tr("Copydesk"),
                tr("The password works but could not be stored in the system keyring: %1")
                    .arg(kept.error().message));
        }
        return opened;
    }
}

const char *TeamLoginPrompt::handOverVariable()
{
    return "COPYDESK_TEAM_PASSWORD";
}

QString TeamLoginPrompt::takeHandedOverPassword()
{
    const QString password = qEnvironmentVariable(handOverVariable());
    qunsetenv(handOverVariable());
    return password;
}

} // namespace Copydesk
