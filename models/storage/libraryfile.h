// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QString>

namespace Copydesk {

/// Looks at a library file's 100-byte SQLite header without handing the file to SQLite, so that
/// a text file, a picture or another application's database is refused before anything could
/// write to it (SQLite may write to a file merely by opening it, e.g. to switch it to WAL).
///
/// In WAL mode the header in the main file is updated at checkpoints only, so a schema version
/// read here may be older than the one SQLite sees; SqliteArticleStore checks again after opening.
class LibraryFile
{
public:
    /// PRAGMA application_id of every Copydesk library ("CPDK").
    static constexpr quint32 ApplicationId = 0x4350444B;

    enum class Kind
    {
        Missing, ///< Nothing at the path.
        Unreadable, ///< Exists but cannot be read (permissions, a folder…).
        NotSqlite, ///< Empty, too short, or without the SQLite magic string.
        Foreign, ///< An SQLite database of another application.
        Library, ///< A Copydesk library.
    };

    struct Header
    {
        Kind kind = Kind::Missing;
        quint32 applicationId = 0;
        quint32 userVersion = 0; ///< The schema version (PRAGMA user_version).
        QString reason; ///< For Unreadable: the system's explanation.
    };

    /// Reads the header of `path`. Never writes and never creates the file.
    static Header inspect(const QString &path);

    /// Whether `path` can be opened as a library of schema version <= `supportedVersion`:
    /// NotFound when missing, NotALibrary, TooNew or Io otherwise, each naming the file.
    static Status check(const QString &path, quint32 supportedVersion);

    /// The TooNew error for a library of `version` (also used after opening, see above).
    static Error tooNew(const QString &path, quint32 version, quint32 supportedVersion);

    /// The path as shown in messages: native separators inside typographic quotes.
    static QString quoted(const QString &path);
};

} // namespace Copydesk
