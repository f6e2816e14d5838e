// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

// team: the team library on PostgreSQL.
#include "clicommands.h"
#include "clicontext.h"
#include "clifilters.h"
#include "libraryopener.h"
#include "teamkeyring.h"
#include "terminalpassword.h"

#include <QCommandLineParser>

namespace Copydesk {

namespace {

int addTeamPerson(CliContext &context, const QStringList &args)
{
    if (args.size() != 3)
        return context.usage(CliContext::tr("team add-person needs LOGIN NAME ROLE"));
    bool ok = false;
    const Role role = roleFromName(args.at(2), &ok);
    if (!ok) {
        return context.usage(
            CliContext::tr("unknown role “%1”: use reporter, editor or admin").arg(args.at(2)));
    }
    Library *library = context.library();
    if (!library)
        return CliContext::Failure;
    if (!library->people())
        return context.fail(library->workflowError());
    Person person {args.at(0), role};
    person.displayName = args.at(1);
    if (Status added = library->people()->addPerson(person, context.author); !added)
        return context.fail(added.error());
    const char *sentence = role == Role::Admin
        ? QT_TRANSLATE_NOOP("Copydesk::Cli", "%1 (%2) is an admin of the team library.")
        : role == Role::Editor
        ? QT_TRANSLATE_NOOP("Copydesk::Cli", "%1 (%2) is an editor of the team library.")
        : QT_TRANSLATE_NOOP("Copydesk::Cli", "%1 (%2) is a reporter of the team library.");
    context.out << CliContext::tr(sentence).arg(person.name, person.displayName) << '\n';
    return CliContext::Success;
}

int pushToTeam(CliContext &context, const QStringList &args, const QStringList &maps)
{
    if (args.size() != 2)
        return context.usage(CliContext::tr("team push needs LIBRARY URI"));
    if (!LibraryOpener::isTeamLocation(args.at(1))) {
        return context.usage(
            CliContext::tr("team push needs a team library URI (postgresql://…), not “%1”")
                .arg(args.at(1)));
    }
    PeopleMap names;
    for (const QString &map : maps) {
        const qsizetype equals = map.lastIndexOf(u'=');
        if (equals <= 0 || equals == map.size() - 1) {
            return context.usage(
                CliContext::tr("--map needs “Local Name=login”, not “%1”").arg(map));
        }
        names.insert(map.left(equals), map.mid(equals + 1));
    }
    const Result<TeamPushReport> report = LibraryOpener::pushToTeam(args.at(0), args.at(1), names);
    if (!report)
        return context.fail(report.error());
    context.out << CliContext::tr("%n article(s) pushed", nullptr, report->pushed) << ", "
                << CliContext::tr("%n already there", nullptr, report->alreadyThere) << ", "
                << CliContext::tr("%n revision(s)", nullptr, report->revisions) << ", "
                << CliContext::tr("%n comment(s)", nullptr, report->comments) << ", "
                << CliContext::tr("%n audit entry(s)", nullptr, report->auditEntries) << '\n';
    return CliContext::Success;
}

/// team login: asks for the password, checks it with the server, stores it in the keyring.
int logIn(CliContext &context)
{
    const Result<TeamLogin> who = TeamKeyring::loginOf(context.libraryPath);
    if (!who)
        return context.fail(who.error().message);
    const std::optional<QString> password
        = readPassword(context.err, CliContext::tr("Password for %1: ").arg(who->entry()));
    if (!password || password->isEmpty())
        return context.fail(CliContext::tr("no password given; nothing is stored"));
    const Result<QString> login = LibraryOpener::checkTeamLogin(context.libraryPath, *password);
    if (!login) {
        return context.fail(login.error().code == Error::Code::PasswordNeeded
                ? CliContext::tr("the server refused the password for %1; nothing is stored (%2)")
                      .arg(who->entry(), login.error().message)
                : login.error().message);
    }
    if (const Status stored = TeamKeyring::remember(context.libraryPath, *password); !stored) {
        return context.fail(CliContext::tr("the password for %1 is right but cannot be stored: "
                                           "%2. Put it in ~/.pgpass instead.")
                .arg(who->entry(), stored.error().message));
    }
    context.out << CliContext::tr("Logged in as %1. The password for %2 is stored in the system "
                                  "keyring; Copydesk uses it when the server asks for one.")
                       .arg(*login, who->entry())
                << '\n';
    return CliContext::Success;
}

/// team logout: removes the stored password.
int logOut(CliContext &context)
{
    const Result<TeamLogin> who = TeamKeyring::loginOf(context.libraryPath);
    if (!who)
        return context.fail(who.error().message);
    const Result<bool> removed = TeamKeyring::forget(context.libraryPath);
    if (!removed)
        return context.fail(removed.error().message);
    context.out << (*removed ? CliContext::tr("The password for %1 is removed from the system "
                                              "keyring.")
                             : CliContext::tr("The system keyring has no password for %1."))
                       .arg(who->entry())
                << '\n';
    return CliContext::Success;
}

} // namespace

int teamCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "The team library on PostgreSQL, named by --library postgresql://… . “team init” sets it "
        "up: the schema and the groups copydesk_reporter, copydesk_editor and copydesk_admin, "
        "and makes the login that runs it the first admin. That needs a database login that "
        "may create roles; migrating an older team library needs a Copydesk admin. A current "
        "library is left as it is. “team add-person LOGIN NAME ROLE” (admins only) adds a "
        "person: a database login (made when there is none, without a password) in the group "
        "of ROLE (reporter, editor or admin), shown as NAME; for an existing person it changes "
        "the name and the role. “team push LIBRARY URI” (admins of the team library only) "
        "copies a local library with its history into the team library at URI, all or "
        "nothing; its people must have team logins of the same name or display name, or be "
        "named with --map. Articles already there with the same text are skipped; with "
        "different text the push is refused. “team login” asks for the password of the URI's "
        "login, checks it with the server and stores it in the system keyring, where every "
        "command and the window find it when the server asks for a password (~/.pgpass and "
        "service files work as well); “team logout” removes it again."));
    parser.addPositionalArgument(QStringLiteral("action"),
        CliContext::tr("init, add-person, push, login or logout"),
        QStringLiteral("init | add-person LOGIN NAME ROLE | push LIBRARY URI | login | logout"));
    const QCommandLineOption mapOption(QStringLiteral("map"),
        CliContext::tr("push: the team login of a person of the local library"),
        CliContext::tr("Local Name=login"));
    parser.addOption(mapOption);
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QStringLiteral("push"))
        return pushToTeam(context, args.mid(1), parser.values(mapOption));
    const bool logAction = action == QStringLiteral("login") || action == QStringLiteral("logout")
        || action == QStringLiteral("forget-password");
    if (action != QStringLiteral("init") && action != QStringLiteral("add-person") && !logAction)
        return context.usage(
            CliContext::tr("team needs an action: init, add-person, push, login or logout"));
    if (!LibraryOpener::isTeamLocation(context.libraryPath))
        return context.usage(CliContext::tr("team %1 needs a team library: --library "
                                            "postgresql://…")
                .arg(action));
    if (action == QStringLiteral("add-person"))
        return addTeamPerson(context, args.mid(1));
    if (logAction && args.size() != 1)
        return context.usage(CliContext::tr("team %1 takes no further arguments").arg(action));
    if (action == QStringLiteral("login"))
        return logIn(context);
    if (logAction)
        return logOut(context);
    if (args.size() != 1)
        return context.usage(CliContext::tr("team init takes no further arguments"));
    const Result<int> before = LibraryOpener::initializeTeam(context.libraryPath);
    if (!before)
        return context.fail(before.error());
    const int now = LibraryOpener::teamSchemaVersion();
    if (*before == now)
        context.out << CliContext::tr("The team library is set up already (schema %1).").arg(now);
    else if (*before == 0)
        context.out << CliContext::tr("Team library set up (schema %1); you are its first admin. "
                                      "Add people with: team add-person LOGIN NAME ROLE")
                           .arg(now);
    else
        context.out
            << CliContext::tr("Team library migrated from schema %1 to %2.").arg(*before).arg(now);
    context.out << '\n';
    return CliContext::Success;
}

} // namespace Copydesk
