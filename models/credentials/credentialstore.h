// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QString>
#include <optional>

namespace Copydesk {

/// Secrets (passwords) kept outside Copydesk's own files, each under a key the caller chooses.
/// Every call blocks until the store has answered; see the implementation for how.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    /// The secret stored under `key`; nullopt when there is none. Unavailable when there is no
    /// store to ask (no keyring service running); Io when the store refused (access denied…).
    virtual Result<std::optional<QString>> read(const QString &key) = 0;
    /// Stores `secret` under `key`, replacing what was there. Errors as for read().
    virtual Status write(const QString &key, const QString &secret) = 0;
    /// Removes the secret under `key`: true when there was one, false when there was none.
    /// Errors as for read().
    virtual Result<bool> remove(const QString &key) = 0;
};

} // namespace Copydesk
