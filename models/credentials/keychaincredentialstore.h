// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "credentialstore.h"

#include <QCoreApplication>

namespace Copydesk {

/// A CredentialStore in the system keyring through QtKeychain: the Secret Service on D-Bus
/// (GNOME Keyring, KeePassXC, KWallet) on Linux, the Keychain on macOS, the Credential Manager
/// on Windows. Entries are filed under the service name given (Copydesk's is "Copydesk") and
/// the caller's key. QtKeychain's "insecure fallback" (a plain-text settings file when there is
/// no keyring) stays off: without a keyring every call fails with Unavailable.
///
/// Threading: QtKeychain works asynchronously; each call waits for its job in a local event loop
/// that ignores user input, so call it from a thread with a QCoreApplication (the GUI thread, the
/// CLI). The keyring answers in milliseconds, unless it first asks the user to unlock it.
class KeychainCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(Copydesk::KeychainCredentialStore)
public:
    explicit KeychainCredentialStore(QString service);

    Result<std::optional<QString>> read(const QString &key) override;
    Status write(const QString &key, const QString &secret) override;
    Result<bool> remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace Copydesk
