// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "cli.h"

#include "aboutinfo.h"
#include "clicommands.h"
#include "clicontext.h"
#include "clireference.h"
#include "librarylocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QTextStream>
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace Copydesk {

namespace {

const CliCommandEntry commands[] = {
    {"list", listCommand, QT_TRANSLATE_NOOP("Copydesk::Cli", "List articles, newest first")},
    {"search", searchCommand, QT_TRANSLATE_NOOP("Copydesk::Cli", "Full-text search, ranked")},
    {"show", showCommand, QT_TRANSLATE_NOOP("Copydesk::Cli", "Show an article or a revision")},
    {"import", importCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Import JSON or Markdown files (all or nothing)")},
    {"export", exportCommand, QT_TRANSLATE_NOOP("Copydesk::Cli", "Export articles to files")},
    {"revisions", revisionsCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "List an article's revisions")},
    {"diff", diffCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Compare two revisions field by field")},
    {"restore", restoreCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Restore a revision as a new revision")},
    {"trash", trashCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "List, fill, restore from or purge the trash")},
    {"profile", profileCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Show, set, import or export the publication profile")},
    {"templates", templatesCommand,
        QT_TRANSLATE_NOOP(
            "Copydesk::Cli", "Write the built-in templates as a starting point, check a folder")},
    {"check-library", checkLibraryCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Check the library file's integrity")},
    {"check", checkCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Run the checklist over articles or files")},
    {"checklist", checklistCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Show or set the library's checklist rules")},
    {"people", peopleCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "List or add the library's people and roles")},
    {"submit", submitCommand, QT_TRANSLATE_NOOP("Copydesk::Cli", "Submit a draft for review")},
    {"withdraw", withdrawCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Take a submission back to Draft")},
    {"approve", approveCommand, QT_TRANSLATE_NOOP("Copydesk::Cli", "Approve an article")},
    {"override-approve", overrideApproveCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Approve as an admin, with a note")},
    {"request-changes", requestChangesCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Send an article back with a note")},
    {"publish", publishCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Mark an approved article published")},
    {"spike", spikeCommand, QT_TRANSLATE_NOOP("Copydesk::Cli", "Withdraw an article")},
    {"unspike", unspikeCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Bring a spiked article back as a draft")},
    {"reassign", reassignCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Give an article another owner")},
    {"audit", auditCommand, QT_TRANSLATE_NOOP("Copydesk::Cli", "Print an article's audit log")},
    {"comment", commentCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Comment on a part of an article")},
    {"comments", commentsCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "List an article's review comments")},
    {"reply", replyCommand, QT_TRANSLATE_NOOP("Copydesk::Cli", "Reply to a review comment")},
    {"resolve", resolveCommand, QT_TRANSLATE_NOOP("Copydesk::Cli", "Resolve a comment thread")},
    {"reopen", reopenCommand, QT_TRANSLATE_NOOP("Copydesk::Cli", "Reopen a comment thread")},
    {"review-diff", reviewDiffCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "What changed since the last review")},
    {"queue", queueCommand,
        QT_TRANSLATE_NOOP(
            "Copydesk::Cli", "Awaiting my review, changes requested, approved, mine")},
    {"team", teamCommand,
        QT_TRANSLATE_NOOP("Copydesk::Cli", "Set up a team library on PostgreSQL, add its people")},
};

const CliCommandEntry *findCommand(const QString &name)
{
    for (const auto &entry : commands) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

void printHelp(QTextStream &out)
{
    out << CliContext::tr(
        "Usage: copydesk [--library PATH] [--author NAME] [--templates DIR] COMMAND [OPTIONS] "
        "[ARGUMENTS]")
        << "\n\n"
        << CliContext::tr("Without a command, copydesk opens the window.") << "\n\n"
        << CliContext::tr("Commands:") << '\n';
    const QList<CliOptionReference> options = cliGlobalOptions(defaultLibraryPath());
    qsizetype width = 0;
    for (const auto &entry : commands)
        width = std::max(width, qsizetype(qstrlen(entry.name)) + 2);
    for (const CliOptionReference &option : options)
        width = std::max(width, option.names.size() + 2);
    for (const auto &entry : commands) {
        out << "  " << QString::fromLatin1(entry.name).leftJustified(width)
            << CliContext::tr(entry.summary) << '\n';
    }
    out << '\n' << CliContext::tr("Options:") << '\n';
    for (const CliOptionReference &option : options)
        out << "  " << option.names.leftJustified(width) << option.description << '\n';
}

QString defaultAuthor()
{
    const QString user = qEnvironmentVariable("COPYDESK_USER");
    if (!user.isEmpty())
        return user;
    return qEnvironmentVariable("USER", QStringLiteral("copydesk"));
}

/// --user is the window's name for --author; both work everywhere.
bool isAuthorOption(const QString &arg)
{
    return arg == QLatin1String("--author") || arg == QLatin1String("--user");
}

/// The value of "--author=NAME" or "--user=NAME"; null for other arguments.
QString inlineAuthor(const QString &arg)
{
    for (const QLatin1String prefix : {QLatin1String("--author="), QLatin1String("--user=")}) {
        if (arg.startsWith(prefix))
            return arg.mid(prefix.size());
    }
    return {};
}

} // namespace

std::span<const CliCommandEntry> cliCommands()
{
    return commands;
}

bool isCliInvocation(const QStringList &arguments)
{
    qsizetype i = 0;
    while (i < arguments.size()) {
        const QString &arg = arguments.at(i);
        if ((arg == QLatin1String("--library") || isAuthorOption(arg))
            && i + 1 < arguments.size()) {
            i += 2;
            continue;
        }
        if (arg.startsWith(QLatin1String("--library=")) || !inlineAuthor(arg).isNull()) {
            ++i;
            continue;
        }
        // Only the command line renders with another template folder; without a command it
        // says so rather than opening the window.
        if (arg == QLatin1String("--templates") || arg.startsWith(QLatin1String("--templates=")))
            return true;
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")
            || arg == QLatin1String("--version") || arg == QLatin1String("--help-man")
            || arg == QLatin1String("--help-bash-completion"))
            return true;
        // Anything else starting with '-' belongs to Qt or the window (-platform, -style…).
        if (arg.startsWith(QLatin1Char('-')))
            return false;
        // A file that is not a command's name is for the window to open (the desktop file's %F).
        return findCommand(arg) || arg == QLatin1String("help") || !QFileInfo::exists(arg);
    }
    return false;
}

/// Flushes standard output and checks that everything printed reached it (a full disk,
/// /dev/full, a closed pipe); a failed write turns any exit code into Failure with the reason.
static int finishOutput(CliContext &context, int code)
{
    context.out.flush();
    const bool failed = context.out.status() != QTextStream::Ok;
    errno = 0;
    const bool flushFailed = std::fflush(stdout) != 0 || std::ferror(stdout);
    if (failed || flushFailed) {
        const int error = errno;
        const QString reason = error != 0 ? QString::fromLocal8Bit(std::strerror(error))
                                          : context.out.device()->errorString();
        context.err << "copydesk: "
                    << CliContext::tr("cannot write to standard output: %1").arg(reason) << '\n';
        code = CliContext::Failure;
    }
    context.err.flush();
    return code;
}

int runCli(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context(out, err);
    context.color = isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR");
    context.author = defaultAuthor();

    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!rest.isEmpty()) {
            rest << arg;
        } else if (arg == QLatin1String("--library") || isAuthorOption(arg)) {
            if (i + 1 >= arguments.size())
                return context.usage(CliContext::tr("%1 needs a value").arg(arg));
            (arg == QLatin1String("--library") ? context.libraryPath : context.author)
                = arguments.at(++i);
            context.authorGiven = context.authorGiven || arg != QLatin1String("--library");
        } else if (arg.startsWith(QLatin1String("--library="))) {
            context.libraryPath = arg.mid(10);
        } else if (arg == QLatin1String("--templates")) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).isEmpty())
                return context.usage(CliContext::tr("%1 needs a folder").arg(arg));
            context.templateDirectory = QFileInfo(arguments.at(++i)).absoluteFilePath();
        } else if (arg.startsWith(QLatin1String("--templates="))) {
            if (arg.size() == 12)
                return context.usage(
                    CliContext::tr("%1 needs a folder").arg(QStringLiteral("--templates")));
            context.templateDirectory = QFileInfo(arg.mid(12)).absoluteFilePath();
        } else if (!inlineAuthor(arg).isNull()) {
            context.author = inlineAuthor(arg);
            context.authorGiven = true;
        } else if (arg == QLatin1String("--help") || arg == QLatin1String("-h")
            || arg == QLatin1String("help")) {
            printHelp(out);
            return finishOutput(context, CliContext::Success);
        } else if (arg == QLatin1String("--help-man")) {
            // Hidden: the build writes copydesk.1 and the bash completion with these.
            out << cliManPage(QCoreApplication::applicationVersion());
            return finishOutput(context, CliContext::Success);
        } else if (arg == QLatin1String("--help-bash-completion")) {
            out << cliBashCompletion();
            return finishOutput(context, CliContext::Success);
        } else if (arg == QLatin1String("--version")) {
            out << AboutInfo::versionText();
            return finishOutput(context, CliContext::Success);
        } else {
            rest << arg;
        }
    }
    if (rest.isEmpty())
        return context.usage(CliContext::tr("no command given"));
    const CliCommandEntry *command = findCommand(rest.first());
    if (!command)
        return context.usage(CliContext::tr("unknown command “%1”").arg(rest.first()));
    if (context.libraryPath.isEmpty())
        context.libraryPath = defaultLibraryPath();
    const int code = command->run(context, rest);
    return finishOutput(context, code);
}

} // namespace Copydesk
