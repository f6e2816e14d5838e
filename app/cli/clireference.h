// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace Copydesk {

/// One option or positional argument as --help lists it: "--status <state>" and what it does.
struct CliOptionReference
{
    QString names;
    QString description;
};

/// A command as its `copydesk COMMAND --help` describes it.
struct CliCommandReference
{
    QString name;
    QString summary; ///< The line of `copydesk --help`.
    QString synopsis; ///< What follows "copydesk NAME [options]": "[ID…]", "files…".
    QString description;
    QList<CliOptionReference> options;
    QList<CliOptionReference> arguments;
};

/// The options before the command, as `copydesk --help` lists them; `library` is the default
/// library shown in --library's description.
QList<CliOptionReference> cliGlobalOptions(const QString &library);

/// Every command of cliCommands() with the options and arguments its own --help lists, read from
/// the command itself (CliContext::describedHelp), so the man page and the completion cannot
/// drift from --help. Opens no library. Needs a QCoreApplication.
QList<CliCommandReference> cliReference();

/// The man page copydesk(1) in roff (climanpage.cpp).
QString cliManPage(const QString &version);

/// A bash completion script for commands and options (clicompletion.cpp).
QString cliBashCompletion();

} // namespace Copydesk
