// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace Copydesk {

/// Opening a library file with the Qt SQLite driver: unique connection names, the pragmas every
/// connection needs, making new libraries and migrating old ones.
class SqliteConnection
{
public:
    /// Default for PRAGMA busy_timeout, in milliseconds.
    static constexpr int DefaultBusyTimeout = 5000;

    /// A connection name no other connection of this process uses.
    static QString uniqueName();

    /// Opens the existing library at `path` as connection `name`: never creates the file
    /// (SQLite is given mode=rw), sets the pragmas, refuses foreign and newer files, migrates an
    /// older schema and checks that the tables are there. Call LibraryFile::check() first. On
    /// error the connection is already removed and the file unchanged (unless a migration was
    /// committed, which leaves a valid library).
    ///
    /// A library that cannot be written (readOnlyReason() is not empty) is opened read-only
    /// (mode=ro, and immutable=1 when not even SQLite's -shm file can be made next to it); it is
    /// then neither switched to WAL nor migrated (an older one is refused, saying why).
    static Result<QSqlDatabase> open(const QString &path, const QString &name);
    /// Why the library at `path` can only be read ("its folder “/x” is not writable", "it is
    /// on a read-only file system"…), or an empty string when it can be written.
    static QString readOnlyReason(const QString &path);
    /// PRAGMA quick_check. Corrupt (naming the file, saying that nothing was written and how to
    /// recover) when the file is damaged; Done when it is sound.
    static Status quickCheck(const QSqlDatabase &db, const QString &path);

    /// Makes a new, empty library at `path`, whose folder is created if needed. The library is
    /// built under a temporary name and renamed into place; if another process creates `path`
    /// first, theirs is kept. Io when the folder or file cannot be written.
    static Status create(const QString &path);

    /// Closes connection `name` and removes it. Every QSqlQuery on it must be gone.
    static void remove(const QString &name);
    /// A connection named `name` to the existing library at `path`, for reading and writing, not
    /// yet open and without Copydesk's pragmas (SqliteDurability's own).
    static QSqlDatabase addWriter(const QString &path, const QString &name);
};

} // namespace Copydesk
