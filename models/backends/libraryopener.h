// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "library.h"
#include "teampushreport.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace Copydesk {

/// Opens a library by its location, for every front end: a file path is a SQLite library;
/// a `postgresql://` or `postgres://` URI names a team library on PostgreSQL.
class LibraryOpener
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::LibraryOpener)
public:
    enum class Mode
    {
        OpenExisting, ///< A missing library is NotFound.
        CreateIfMissing, ///< A missing library file is made (its folder must exist).
    };

    /// Whether `location` is a PostgreSQL URI rather than a file path.
    static bool isTeamLocation(const QString &location);

    /// Opens the library at `location`. A team library logs in with `password` when it is
    /// given (typed by the user); otherwise with the URI's password or what libpq finds
    /// (~/.pgpass or PGPASSFILE, a service file), and when the server wants a password these
    /// did not give or refused, with the one stored in the system keyring (TeamKeyring). A
    /// server that still wants one is PasswordNeeded, with a message that says whether the
    /// keyring had a password (refused), had none, or could not be asked.
    static Result<std::unique_ptr<Library>> open(
        const QString &location, Mode mode, const QString &password = {});
    /// Logs in to the team library server at `location` with `password` (without looking at
    /// its schema, so it works before `team init`); returns the login. PasswordNeeded when
    /// the server refuses the password.
    static Result<QString> checkTeamLogin(const QString &location, const QString &password);

    /// Sets up (or migrates) the team library at `location`, a PostgreSQL URI, as its login
    /// (a password as for open()):
    /// the schema and the group roles. Returns the schema version it had before (0: none);
    /// nothing changes when it is already current. See PostgresSchema.
    static Result<int> initializeTeam(const QString &location);
    /// Copies the local library at `source` into the team library at `team` (a PostgreSQL
    /// URI), as that URI's login, which must be an admin there; see TeamPush for how people are
    /// mapped (`names`: local name → login), what is copied and how a re-run behaves. All or
    /// nothing.
    static Result<TeamPushReport> pushToTeam(
        const QString &source, const QString &team, const PeopleMap &names);
    /// The team library schema version this build writes.
    static int teamSchemaVersion();
};

} // namespace Copydesk
