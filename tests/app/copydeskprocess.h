// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace Copydesk::Testing {

/// What one run of the real copydesk binary printed and returned.
struct CliRun
{
    int exitCode = -1; ///< -1 when the process did not finish in time or could not start.
    QString out;
    QString err;
};

/// The test's own environment with NO_COLOR set, so output has no ANSI codes.
QProcessEnvironment cliEnvironment();

/// Runs the copydesk binary built with the tests, with `arguments`, in `environment`; waits up to
/// `timeoutMs` for it to finish.
CliRun runCopydesk(const QStringList &arguments,
    const QProcessEnvironment &environment = cliEnvironment(), int timeoutMs = 60000);

/// runCopydesk() with standard output going to `outputFile` (such as /dev/full) instead of the
/// returned `out`.
CliRun runCopydeskInto(const QString &outputFile, const QStringList &arguments,
    const QProcessEnvironment &environment = cliEnvironment(), int timeoutMs = 60000);

/// runCopydesk() with `input` on its standard input (a pipe, closed after `input`).
CliRun runCopydeskWithInput(const QByteArray &input, const QStringList &arguments,
    const QProcessEnvironment &environment = cliEnvironment(), int timeoutMs = 60000);

/// Runs `sql` with psql on `database` of the server at `serverUri` (a URI whose path, the
/// database, is replaced); true when it succeeded.
bool runPsql(const QString &serverUri, const QString &database, const QString &sql);
/// The start of the test server's own sentence for a refused password, in the language it
/// speaks (COPYDESK_TEAM_SERVER_MESSAGES, see copydesk_add_test's SERVER_LANGUAGES).
QString serverPasswordRefusal();

/// Writes `bytes` to `path`; returns the path, or an empty string when the file can't be written.
QString writeTestFile(const QString &path, const QByteArray &bytes);

} // namespace Copydesk::Testing
