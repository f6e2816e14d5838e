// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "article.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

namespace Copydesk {

/// Text the library has not taken yet (it could not be reached, or it refused the save as a
/// conflict), kept in a local file, so that a crash or a power cut while a team library is out
/// of reach loses nothing. AutosaveController writes an entry after every failed save and
/// removes it after the next successful one; opening the article again finds it.
///
/// One file per library and article in directory() (the application's data folder, "unsaved"),
/// named after a hash of the library's location (without a password) and the article's uuid,
/// written atomically. An entry holds the unsaved text, the stored text and version it was
/// based on (for the conflict check and a merge), and when it was written.
class UnsavedJournal
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::UnsavedJournal)
public:
    struct Entry
    {
        Article text; ///< What the user typed; its uuid names the entry.
        Article base; ///< The stored text `text` started from.
        std::optional<qint64> baseVersion; ///< ArticleRecord::version of `base`, if kept.
        QDateTime written; ///< UTC.
    };

    /// `directory` overrides the default folder (tests).
    explicit UnsavedJournal(const QString &libraryLocation, const QString &directory = {});

    /// Stores `entry` (replacing an older one for the same article). Fails with an Io error
    /// naming the file when it cannot be written.
    Status write(const Entry &entry);
    /// The entry for the article, if there is a readable one.
    std::optional<Entry> read(const QString &uuid) const;
    void remove(const QString &uuid);
    /// The entry's file (whether or not it exists).
    QString fileName(const QString &uuid) const;

    /// "unsaved" in the application's data folder.
    static QString defaultDirectory();

private:
    QString m_location;
    QString m_directory;
};

} // namespace Copydesk
