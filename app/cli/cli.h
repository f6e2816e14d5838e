// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QStringList>

namespace Copydesk {

/// True when `arguments` (argv without the program name) name a command-line command rather
/// than asking for the window.
bool isCliInvocation(const QStringList &arguments);

/// Runs one command-line command; returns the process exit code. Output goes to stdout, errors
/// to stderr. Needs a QCoreApplication.
int runCli(const QStringList &arguments);

} // namespace Copydesk
