// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QString>
#include <chrono>

namespace Copydesk {

/// Puts a library's commits on disk in the background, so that a save does not wait for it.
///
/// Copydesk's connections write in WAL mode with synchronous=NORMAL: a commit is in the WAL file,
/// which the operating system holds, when COMMIT returns. A crash of Copydesk, even kill -9, loses
/// nothing; a crash of the operating system or a power cut could roll back the commits the disk
/// has not seen yet. SqliteDurability closes that gap: the first commit of a burst starts a timer
/// on a thread of its own, and when it runs out (syncDelay, one second) that thread's connection
/// runs a passive checkpoint, which syncs the WAL to the disk and then copies it into the library
/// file. A power cut so loses at most about a second of saves, and the GUI thread never waits for
/// the disk (a save took 8 ms with synchronous=FULL, most of it that wait).
///
/// One worker per library file in the process, shared by its writing connections: attach() when
/// a connection that may write is opened, detach() when it is removed; the last detach() runs a
/// last checkpoint before it returns, so a closing window or a finished command leaves everything
/// on disk. committed() is what SqliteTransaction calls after each COMMIT. Thread-safe.
class SqliteDurability
{
public:
    static constexpr std::chrono::milliseconds syncDelay {1000};

    static void attach(const QString &connectionName, const QString &path);
    static void detach(const QString &connectionName);
    /// A write transaction of `connectionName` committed; unknown (read-only) connections are
    /// ignored.
    static void committed(const QString &connectionName);
    /// Blocks until every commit so far of the library at `path` is on disk (a checkpoint now).
    /// False when no connection of this process writes it, or the checkpoint failed.
    static bool flush(const QString &path);
    /// How many checkpoints the worker of `path` ran so far (for tests); -1 without a worker.
    static int checkpoints(const QString &path);
};

} // namespace Copydesk
