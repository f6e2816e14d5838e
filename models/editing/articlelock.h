// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QString>
#include <memory>

namespace Copydesk {

/// Marks an article as being edited, so that a second window or process opening it learns that
/// someone else is writing and shows it read-only instead of silently overwriting the other's
/// work.
///
/// The lock is a QLockFile in lockDirectory(), named after a hash of the library location and the
/// article's uuid. It holds the owner's process id and host; a lock left behind by a process that
/// died (kill -9, a crash) is recognised as stale and taken over. Locks do not expire while their
/// owner runs. Not thread-safe; the lock is released on destruction.
class ArticleLock
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::ArticleLock)
public:
    /// Tries to lock the article; see isLocked(). `directory` overrides lockDirectory() (tests).
    ArticleLock(
        const QString &libraryLocation, const QString &articleUuid, const QString &directory = {});
    ~ArticleLock();
    ArticleLock(const ArticleLock &) = delete;
    ArticleLock &operator=(const ArticleLock &) = delete;

    /// True when this object holds the lock: the caller may write the article.
    bool isLocked() const { return m_locked; }
    /// When !isLocked(): a sentence for the user saying who has the article open ("in another
    /// window", "in Copydesk process 4711 on host x") or why locking failed. Empty when locked.
    QString reason() const { return m_reason; }

    /// "locks" in the application's data folder.
    static QString lockDirectory();
    /// The lock file for the article (whether or not it exists).
    static QString lockFileName(
        const QString &libraryLocation, const QString &articleUuid, const QString &directory = {});

private:
    std::unique_ptr<QLockFile> m_file;
    bool m_locked = false;
    QString m_reason;
};

} // namespace Copydesk
