// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

namespace Copydesk::Testing {

/// A test-only SQLite VFS that wraps the default one and fails chosen I/O calls, the way
/// SQLite's own test suite simulates a failing disk.
///
/// install() registers it as the process's default VFS, so every connection opened afterwards
/// (Qt's QSQLITE driver included, as long as it uses the same libsqlite3) goes through it.
/// While armed, the n-th call of the chosen kind (counted from arm(), across every file: the
/// database, its WAL and its journal) fails, and with `persistent` every later call of that kind
/// fails too, as on a disk that stays full. disarm() turns the faults off again.
///
/// Not thread-safe beyond what the tests need: arm and disarm from the thread that runs the
/// operation under test.
class FaultyVfs
{
public:
    enum class Call
    {
        Write, ///< xWrite
        Sync, ///< xSync
        Truncate, ///< xTruncate
    };

    enum class Failure
    {
        IoError, ///< SQLITE_IOERR_WRITE / _FSYNC / _TRUNCATE
        DiskFull, ///< SQLITE_FULL
    };

    /// Registers the VFS as the default (once per process). False when SQLite refused.
    static bool install();
    /// True when install() succeeded and it is still the default VFS.
    static bool isDefault();

    static void arm(Call call, int nth, Failure failure, bool persistent);
    static void disarm();

    /// Calls of the armed kind seen since arm().
    static int calls();
    /// How many calls were failed since arm().
    static int failures();
    /// Calls of every kind (write, sync, truncate) seen since the process started; shows that
    /// a connection really goes through this VFS.
    static long long totalCalls();
};

const char *toString(FaultyVfs::Call call);
const char *toString(FaultyVfs::Failure failure);

} // namespace Copydesk::Testing
