#include "libraryopener.h"

#include "postgresconnection.h"
#include "postgreslibrary.h"
#include "postgreslocation.h"
#include "postgresschema.h"
#include "sqlitelibrary.h"

namespace Copydesk {

bool LibraryOpener::isTeamLocation(const QString &location)
{
    return PostgresLocation::isUri(location);
}

Result<std::unique_ptr<Library>> LibraryOpener::open(const QString &location, Mode mode)
{
    if (isTeamLocation(location)) {
        const Result<PostgresLocation> team = PostgresLocation::parse(location);
        if (!team)
            return team.error();
        auto library = PostgresLibrary::open(*team);
        if (!library)
            return library.error();
        return std::unique_ptr<Library>(std::move(library).value());
    }
    auto library = SqliteLibrary::open(location,
        mode == Mode::CreateIfMissing ? SqliteArticleStore::OpenMode::CreateIfMissing
                                      : SqliteArticleStore::OpenMode::OpenExisting);
    if (!library)
        return library.error();
    return std::unique_ptr<Library>(std::move(library).value());
}

Result<int> LibraryOpener::initializeTeam(const QString &location)
{
    const Result<PostgresLocation> team = PostgresLocation::parse(location);
    if (!team)
        return team.error();
    const QString name = PostgresConnection::uniqueName();
    Result<int> before = Error {};
    {
        Result<QSqlDatabase> db = PostgresConnection::open(*team, name);
        if (!db)
            return db.error();
        before = PostgresSchema::initialize(*db);
    }
    QSqlDatabase::removeDatabase(name);
    if (!before) {
        return Error {
            tr("“%1”: %2").arg(team->display(), before.error().message), before.error().code};
    }
    return before;
}

int LibraryOpener::teamSchemaVersion()
{
    return PostgresSchema::Version;
}

} // namespace Copydesk
