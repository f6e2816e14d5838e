// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "keychaincredentialstore.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace Copydesk {

namespace {

/// Starts `job` and waits for it to finish; the caller owns the job.
void runToEnd(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&loop, &finished] {
        finished = true;
        loop.quit();
    });
    job.start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

/// The Error for a job that failed.
Error failure(const QKeychain::Job &job)
{
    // Without a Secret Service, QtKeychain's libsecret backend reports GLib's D-Bus error as
    // OtherError: "The name org.freedesktop.secrets was not provided by any .service files"
    // (a bus without a keyring), "Could not connect: No such file or directory" (a bus address
    // that leads nowhere), "Cannot autolaunch D-Bus without X11 $DISPLAY" (no bus at all).
    const QString reason = job.errorString();
    const bool noService = job.error() == QKeychain::NoBackendAvailable
        || job.error() == QKeychain::NotImplemented
        || reason.contains(QLatin1String("org.freedesktop.secrets"))
        || reason.contains(QLatin1String("Could not connect"))
        || reason.contains(QLatin1String("D-Bus"), Qt::CaseInsensitive)
        || reason.contains(QLatin1String("DBus"), Qt::CaseInsensitive);
    if (noService) {
        return Error {KeychainCredentialStore::tr("no system keyring is available (no Secret "
                                                  "Service on D-Bus): %1")
                          .arg(reason),
            Error::Code::Unavailable};
    }
    if (job.error() == QKeychain::AccessDeniedByUser || job.error() == QKeychain::AccessDenied)
        return Error {
            KeychainCredentialStore::tr("the system keyring refused access: %1").arg(reason),
            Error::Code::Io};
    return Error {
        KeychainCredentialStore::tr("the system keyring failed: %1").arg(reason), Error::Code::Io};
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{ }

Result<std::optional<QString>> KeychainCredentialStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runToEnd(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QString>();
    if (job.error() != QKeychain::NoError)
        return failure(job);
    return std::optional<QString>(job.textData());
}

Status KeychainCredentialStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    runToEnd(job);
    if (job.error() != QKeychain::NoError)
        return failure(job);
    return Done {};
}

Result<bool> KeychainCredentialStore::remove(const QString &key)
{
    // QtKeychain reports deleting a missing entry as success on some backends and as
    // EntryNotFound on others: ask first, so that the answer means the same everywhere.
    const Result<std::optional<QString>> existing = read(key);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return false;
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runToEnd(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return failure(job);
    return true;
}

} // namespace Copydesk
