// team: the team library on PostgreSQL.
#include "clicommands.h"
#include "clicontext.h"
#include "clifilters.h"
#include "libraryopener.h"

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
        "the name and the role."));
    parser.addPositionalArgument(QStringLiteral("action"), CliContext::tr("init or add-person"),
        QStringLiteral("init | add-person LOGIN NAME ROLE"));
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action != QStringLiteral("init") && action != QStringLiteral("add-person"))
        return context.usage(CliContext::tr("team needs an action: init or add-person"));
    if (!LibraryOpener::isTeamLocation(context.libraryPath))
        return context.usage(CliContext::tr("team %1 needs a team library: --library "
                                            "postgresql://…")
                .arg(action));
    if (action == QStringLiteral("add-person"))
        return addTeamPerson(context, args.mid(1));
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
