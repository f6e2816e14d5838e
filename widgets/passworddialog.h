// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Copydesk {

/// Asks for the password of a team library login. It names the login and the server, says why
/// it asks (the server wants a password; the one stored was refused), and offers to remember
/// the password in the system keyring, or says that there is no keyring and the password
/// serves this session only. It checks nothing itself: the caller logs in with password() and
/// stores it when remember() is set and the login worked.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    /// `login` is the database login, `server` "host:port/database".
    PasswordDialog(const QString &login, const QString &server, QWidget *parent = nullptr);

    /// Why the password is asked for, shown above the field; empty hides it.
    void setProblem(const QString &problem);
    /// Ticks "Remember in the system keyring" (as when a stored password is to be replaced).
    void setRemember(bool remember);
    /// There is no keyring to remember the password in: the box is off and disabled, and
    /// `reason` (QtKeychain's, naming what is missing) is shown.
    void setKeyringUnavailable(const QString &reason);

    QString password() const;
    /// Whether the password is to be stored in the system keyring once it works.
    bool remember() const;

private:
    QLabel *m_problem;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_keyringNote;
};

} // namespace Copydesk
