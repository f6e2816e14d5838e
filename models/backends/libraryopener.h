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

    static Result<std::unique_ptr<Library>> open(const QString &location, Mode mode);

    /// Sets up (or migrates) the team library at `location`, a PostgreSQL URI, as its login:
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
