// team: the team library on PostgreSQL.
#include "clicommands.h"
#include "clicontext.h"
#include "clifilters.h"
#include "libraryopener.h"

#include <QCommandLineParser>

namespace Copydesk {

int teamCommand(CliContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliContext::tr(
        "The team library on PostgreSQL, named by --library postgresql://… . “team init” sets it "
        "up: the schema and the groups copydesk_reporter, copydesk_editor and copydesk_admin. "
        "That needs a database login that may create roles; migrating an older team library "
        "needs a Copydesk admin. A current library is left as it is."));
    parser.addPositionalArgument(
        QStringLiteral("action"), CliContext::tr("init"), QStringLiteral("init"));
    if (int code = parseCommandLine(context, parser, arguments); code >= 0)
        return code;
    if (parser.positionalArguments() != QStringList {QStringLiteral("init")})
        return context.usage(CliContext::tr("team needs an action: init"));
    if (!LibraryOpener::isTeamLocation(context.libraryPath))
        return context.usage(
            CliContext::tr("team init needs a team library: --library postgresql://…"));
    const Result<int> before = LibraryOpener::initializeTeam(context.libraryPath);
    if (!before)
        return context.fail(before.error());
    const int now = LibraryOpener::teamSchemaVersion();
    if (*before == now)
        context.out << CliContext::tr("The team library is set up already (schema %1).").arg(now);
    else if (*before == 0)
        context.out << CliContext::tr("Team library set up (schema %1). Add people as logins in "
                                      "the groups copydesk_reporter, copydesk_editor and "
                                      "copydesk_admin.")
                           .arg(now);
    else
        context.out
            << CliContext::tr("Team library migrated from schema %1 to %2.").arg(*before).arg(now);
    context.out << '\n';
    return CliContext::Success;
}

} // namespace Copydesk
