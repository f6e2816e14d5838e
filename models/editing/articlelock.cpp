// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "articlelock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

namespace Copydesk {

namespace {

/// The lock files this process holds. A lock file naming this process's id that is not in here
/// was left by another process that had the same id: a crashed run in an earlier container or
/// PID namespace. QLockFile cannot tell that from a live owner.
QSet<QString> &heldHere()
{
    static QSet<QString> files;
    return files;
}

} // namespace

QString ArticleLock::lockDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/locks");
}

QString ArticleLock::lockFileName(
    const QString &libraryLocation, const QString &articleUuid, const QString &directory)
{
    const QFileInfo library(libraryLocation);
    const QString where = library.exists() ? library.canonicalFilePath() : libraryLocation;
    const QByteArray key = QCryptographicHash::hash(
        (where + QLatin1Char('\n') + articleUuid).toUtf8(), QCryptographicHash::Sha1)
                               .toHex();
    return (directory.isEmpty() ? lockDirectory() : directory) + QLatin1Char('/')
        + QString::fromLatin1(key) + QStringLiteral(".lock");
}

ArticleLock::ArticleLock(
    const QString &libraryLocation, const QString &articleUuid, const QString &directory)
{
    Q_ASSERT(!articleUuid.isEmpty());
    const QString fileName = lockFileName(libraryLocation, articleUuid, directory);
    if (!QDir().mkpath(QFileInfo(fileName).absolutePath())) {
        m_reason
            = tr("The lock folder %1 cannot be created.").arg(QFileInfo(fileName).absolutePath());
        return;
    }
    m_file = std::make_unique<QLockFile>(fileName);
    m_file->setStaleLockTime(0); // A live owner keeps its lock however long it edits.
    m_locked = m_file->tryLock(0);
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_locked && m_file->error() == QLockFile::LockFailedError
        && m_file->getLockInfo(&pid, &host, &application)
        && pid == QCoreApplication::applicationPid() && !heldHere().contains(fileName)
        && m_file->removeStaleLockFile())
        m_locked = m_file->tryLock(0);
    if (m_locked) {
        heldHere().insert(fileName);
        return;
    }
    if (m_file->error() == QLockFile::LockFailedError
        && m_file->getLockInfo(&pid, &host, &application)) {
        m_reason = pid == QCoreApplication::applicationPid()
            ? tr("The article is open in another window.")
            : tr("The article is open in another Copydesk (process %1 on %2).").arg(pid).arg(host);
    } else {
        m_reason = tr("The article cannot be locked for editing (%1).").arg(fileName);
    }
}

ArticleLock::~ArticleLock()
{
    if (!m_locked)
        return;
    heldHere().remove(m_file->fileName());
    m_file->unlock();
}

} // namespace Copydesk
