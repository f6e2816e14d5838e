// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "libraryopener.h"

#include "postgresconnection.h"
#include "postgreslibrary.h"
#include "postgreslocation.h"
#include "postgresschema.h"
#include "postgressession.h"
#include "sqlitelibrary.h"
#include "teamkeyring.h"
#include "teampush.h"

#include <QSqlQuery>

namespace Copydesk {

namespace {

/// Runs `connect` with `location` and returns its result. With a `typed` password, only with
/// that. Otherwise, when the server wants a password that the URI and libpq did not give (or
/// refused), once more with the password stored in the system keyring.
template<typename T, typename Connect>
Result<T> withPassword(PostgresLocation location, const QString &typed, Connect connect)
{
    if (!typed.isEmpty()) {
        location.password = typed;
        return connect(std::as_const(location));
    }
    Result<T> first = connect(std::as_const(location));
    if (first || first.error().code != Error::Code::PasswordNeeded || !location.password.isEmpty())
        return first;
    const QString entry = location.credentialKey();
    const Result<std::optional<QString>> stored = TeamKeyring::password(location.display());
    if (!stored) {
        return Error {LibraryOpener::tr("%1 (the system keyring could not be asked: %2)")
                          .arg(first.error().message, stored.error().message),
            Error::Code::PasswordNeeded};
    }
    if (!stored->has_value()) {
        return Error {LibraryOpener::tr("%1 (the system keyring has no password for %2)")
                          .arg(first.error().message, entry),
            Error::Code::PasswordNeeded};
    }
    location.password = **stored;
    Result<T> second = connect(std::as_const(location));
    if (!second && second.error().code == Error::Code::PasswordNeeded) {
        return Error {LibraryOpener::tr("the server refused the password stored in the system "
                                        "keyring for %1: %2")
                          .arg(entry, second.error().message),
            Error::Code::PasswordNeeded};
    }
    return second;
}

} // namespace

bool LibraryOpener::isTeamLocation(const QString &location)
{
    return PostgresLocation::isUri(location);
}

Result<std::unique_ptr<Library>> LibraryOpener::open(
    const QString &location, Mode mode, const QString &password)
{
    if (isTeamLocation(location)) {
        const Result<PostgresLocation> team = PostgresLocation::parse(location);
        if (!team)
            return team.error();
        return withPassword<std::unique_ptr<Library>>(
            *team, password, [](const PostgresLocation &withLogin) {
                auto library = PostgresLibrary::open(withLogin);
                if (!library)
                    return Result<std::unique_ptr<Library>>(library.error());
                return Result<std::unique_ptr<Library>>(
                    std::unique_ptr<Library>(std::move(library).value()));
            });
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
        Result<QSqlDatabase> db
            = withPassword<QSqlDatabase>(*team, {}, [&name](const PostgresLocation &withLogin) {
                  return PostgresConnection::open(withLogin, name);
              });
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
    Result<std::unique_ptr<PostgresSession>> session
        = withPassword<std::unique_ptr<PostgresSession>>(*location, {}, &PostgresSession::open);
    if (!session)
        return session.error();
    return TeamPush(**local, **session, names).run();
}

Result<QString> LibraryOpener::checkTeamLogin(const QString &location, const QString &password)
{
    const Result<PostgresLocation> team = PostgresLocation::parse(location);
    if (!team)
        return team.error();
    const QString name = PostgresConnection::uniqueName();
    Result<QString> login = Error {};
    {
        Result<QSqlDatabase> db = withPassword<QSqlDatabase>(
            *team, password, [&name](const PostgresLocation &withLogin) {
                return PostgresConnection::open(withLogin, name);
            });
        if (!db)
            return db.error();
        QSqlQuery query(*db);
        if (query.exec(QStringLiteral("SELECT session_user")) && query.next())
            login = query.value(0).toString();
        else
            login = Error {
                tr("“%1”: cannot find out who is connected").arg(team->display()), Error::Code::Io};
    }
    QSqlDatabase::removeDatabase(name);
    return login;
}

int LibraryOpener::teamSchemaVersion()
{
    return PostgresSchema::Version;
}

} // namespace Copydesk
