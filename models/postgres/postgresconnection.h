// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "postgreslocation.h"
#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Copydesk {

/// Opens QPSQL connections to a team library.
class PostgresConnection
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::PostgresConnection)
public:
    /// A new open connection called `name` (QSqlDatabase::database(name) reaches it); the caller
    /// removes it with QSqlDatabase::removeDatabase(). The error names the library without its
    /// password and says what the server said; its code is PasswordNeeded when the server wants
    /// a password that neither the location nor libpq (~/.pgpass, a service file) gave, or
    /// refused the one given.
    static Result<QSqlDatabase> open(const PostgresLocation &location, const QString &name);
    /// A name no other connection of this process uses.
    static QString uniqueName();
};

} // namespace Copydesk
