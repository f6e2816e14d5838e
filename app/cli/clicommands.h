// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QStringList>
#include <span>

namespace Copydesk {

class CliContext;

/// One command-line command. `arguments` starts with the command's own name, so it can be
/// handed to QCommandLineParser as it is.
using CliCommand = int (*)(CliContext &context, const QStringList &arguments);

/// A row of the command table: what `copydesk --help`, the man page and the shell completion
/// list, and what runs the command.
struct CliCommandEntry
{
    const char *name;
    CliCommand run;
    const char *summary; ///< Untranslated; translate with CliContext::tr().
};

/// Every command, in the order `copydesk --help` lists them.
std::span<const CliCommandEntry> cliCommands();

int listCommand(CliContext &context, const QStringList &arguments);
int searchCommand(CliContext &context, const QStringList &arguments);
int showCommand(CliContext &context, const QStringList &arguments);
int revisionsCommand(CliContext &context, const QStringList &arguments);
int diffCommand(CliContext &context, const QStringList &arguments);
int restoreCommand(CliContext &context, const QStringList &arguments);
int trashCommand(CliContext &context, const QStringList &arguments);
int checkLibraryCommand(CliContext &context, const QStringList &arguments);
int importCommand(CliContext &context, const QStringList &arguments);
int exportCommand(CliContext &context, const QStringList &arguments);

// The editorial workflow (workflowcommands.cpp).
int checkCommand(CliContext &context, const QStringList &arguments);
int checklistCommand(CliContext &context, const QStringList &arguments);
int peopleCommand(CliContext &context, const QStringList &arguments);
int submitCommand(CliContext &context, const QStringList &arguments);
int approveCommand(CliContext &context, const QStringList &arguments);
int overrideApproveCommand(CliContext &context, const QStringList &arguments);
int withdrawCommand(CliContext &context, const QStringList &arguments);
int requestChangesCommand(CliContext &context, const QStringList &arguments);
int publishCommand(CliContext &context, const QStringList &arguments);
int spikeCommand(CliContext &context, const QStringList &arguments);
int unspikeCommand(CliContext &context, const QStringList &arguments);
int reassignCommand(CliContext &context, const QStringList &arguments);
int auditCommand(CliContext &context, const QStringList &arguments);
int commentCommand(CliContext &context, const QStringList &arguments);
int commentsCommand(CliContext &context, const QStringList &arguments);
int replyCommand(CliContext &context, const QStringList &arguments);
int resolveCommand(CliContext &context, const QStringList &arguments);
int reopenCommand(CliContext &context, const QStringList &arguments);
int reviewDiffCommand(CliContext &context, const QStringList &arguments);
int queueCommand(CliContext &context, const QStringList &arguments);

// The publication profile and the house-style templates (profilecommands.cpp).
int profileCommand(CliContext &context, const QStringList &arguments);
int templatesCommand(CliContext &context, const QStringList &arguments);

// The team library on PostgreSQL (teamcommands.cpp).
int teamCommand(CliContext &context, const QStringList &arguments);

} // namespace Copydesk
