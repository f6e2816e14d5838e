// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

// Helpers of the team library benchmarks (teambench, teamclientsbench): the throwaway server's
// URI as another login on another database, and SQL as the superuser.

#include <QString>
#include <QStringList>

namespace Copydesk::Bench {

/// Prints "NAME: message" on stderr and exits 1.
[[noreturn]] void die(const QString &message);
/// The program name die() prints (default "bench").
void setProgramName(const QString &name);

/// The server URI `uri` (postgresql:///DB?host=…&user=…) for `user` on `database`.
QString withUserAndDatabase(QString uri, const QString &user, const QString &database);

/// Runs `sql` as the superuser on `database` of the server `server`; the first column of every
/// row. Dies on error.
QStringList superuser(const QString &server, const QString &database, const QString &sql);

} // namespace Copydesk::Bench
