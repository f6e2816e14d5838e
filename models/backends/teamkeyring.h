// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Copydesk {

/// Who logs in where, for a password prompt: the login and the server it logs in to.
struct TeamLogin
{
    QString login; ///< The database login ("anna").
    QString server; ///< "host:port/database", see PostgresLocation::server().
    /// The keyring entry's name: "login@host:port/database".
    QString entry() const { return login + QLatin1Char('@') + server; }
};

/// The passwords of team library logins in the system keyring (service "Copydesk"), one per
/// login, server and database (TeamLogin::entry()), never in Copydesk's settings. Each call
/// waits for the keyring (KeychainCredentialStore); without one (no Secret Service on D-Bus)
/// it fails with Unavailable. `location` is a team library URI; anything else is
/// InvalidInput.
class TeamKeyring
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::TeamKeyring)
public:
    /// The service name the entries are filed under.
    static QString service();
    /// Who the URI `location` logs in as, and where.
    static Result<TeamLogin> loginOf(const QString &location);
    /// The stored password; nullopt when there is none.
    static Result<std::optional<QString>> password(const QString &location);
    /// Stores `password` for `location`'s login, replacing an older one.
    static Status remember(const QString &location, const QString &password);
    /// Removes the stored password: true when there was one.
    static Result<bool> forget(const QString &location);
};

} // namespace Copydesk
