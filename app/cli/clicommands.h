#pragma once

#include <QStringList>

namespace Copydesk {

class CliContext;

/// One command-line command. `arguments` starts with the command's own name, so it can be
/// handed to QCommandLineParser as it is.
using CliCommand = int (*)(CliContext &context, const QStringList &arguments);

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

} // namespace Copydesk
