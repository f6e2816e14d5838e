#include "libraryopener.h"

#include "postgresconnection.h"
#include "postgreslibrary.h"
#include "postgreslocation.h"
#include "postgresschema.h"
#include "postgressession.h"
#include "sqlitelibrary.h"
#include "teampush.h"

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

Result<TeamPushReport> LibraryOpener::pushToTeam(
    const QString &source, const QString &team, const PeopleMap &names)
{
    if (isTeamLocation(source))
        return Error {tr("“%1” is a team library; push copies a local library file").arg(source),
            Error::Code::InvalidInput};
    const Result<PostgresLocation> location = PostgresLocation::parse(team);
    if (!location)
        return location.error();
    Result<std::unique_ptr<Library>> local = open(source, Mode::OpenExisting);
    if (!local)
        return local.error();
    Result<std::unique_ptr<PostgresSession>> session = PostgresSession::open(*location);
    if (!session)
        return session.error();
    return TeamPush(**local, **session, names).run();
}

int LibraryOpener::teamSchemaVersion()
{
    return PostgresSchema::Version;
}

} // namespace Copydesk
