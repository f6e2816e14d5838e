// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "postgreslocation.h"

namespace Copydesk {

/// Why a connection to a team library failed, as libpq tells it in any language. Qt's QPSQL
/// driver drops the connection handle of a failed open and keeps only the message, which the
/// server writes in its own lc_messages (French, Spanish…); libpq itself knows whether a
/// password was wanted, and the server's SQLSTATE says whether it was refused.
class PostgresAuthProbe
{
public:
    /// Connects once more with the parameters `location` gives QPSQL and says whether the
    /// server wanted a password that nothing supplied (the location, ~/.pgpass, a service
    /// file) or refused the one given (SQLSTATE 28P01, for password, md5 and SCRAM alike).
    /// False when the connection works now, fails for any other reason (no pg_hba.conf entry,
    /// a missing database, a server that is down) or gets no answer within `timeoutMs`.
    /// Blocks the calling thread for that long at most.
    static bool passwordRefused(const PostgresLocation &location, int timeoutMs = 5000);
};

} // namespace Copydesk
