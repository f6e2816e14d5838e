// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "articlestore.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace Copydesk {

class CliContext;

/// The filter options shared by `list` and `search`: --status, --author, --category, --from,
/// --to, --date-field, --trash.
void addFilterOptions(QCommandLineParser &parser);
/// Reads them into `query`; on a bad value prints a usage error and returns false.
bool readFilterOptions(CliContext &context, const QCommandLineParser &parser, LibraryQuery &query);

/// Parses `arguments` (which start with the command name); handles --help. Returns -1 to go on,
/// or the exit code to return at once (Success at once when context.describedHelp is set).
int parseCommandLine(CliContext &context, QCommandLineParser &parser, const QStringList &arguments);

/// A summary as a JSON object for --json output.
QJsonObject summaryToJson(const ArticleSummary &summary);

} // namespace Copydesk
