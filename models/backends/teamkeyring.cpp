// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "teamkeyring.h"

#include "keychaincredentialstore.h"
#include "postgreslocation.h"

namespace Copydesk {

QString TeamKeyring::service()
{
    return QStringLiteral("Copydesk");
}

Result<TeamLogin> TeamKeyring::loginOf(const QString &location)
{
    const Result<PostgresLocation> team = PostgresLocation::parse(location);
    if (!team)
        return team.error();
    return TeamLogin {team->login(), team->server()};
}

Result<std::optional<QString>> TeamKeyring::password(const QString &location)
{
    const Result<TeamLogin> login = loginOf(location);
    if (!login)
        return login.error();
    return KeychainCredentialStore(service()).read(login->entry());
}

Status TeamKeyring::remember(const QString &location, const QString &password)
{
    const Result<TeamLogin> login = loginOf(location);
    if (!login)
        return login.error();
    if (password.isEmpty())
        return Error {tr("an empty password is not stored"), Error::Code::InvalidInput};
    return KeychainCredentialStore(service()).write(login->entry(), password);
}

Result<bool> TeamKeyring::forget(const QString &location)
{
    const Result<TeamLogin> login = loginOf(location);
    if (!login)
        return login.error();
    return KeychainCredentialStore(service()).remove(login->entry());
}

} // namespace Copydesk
