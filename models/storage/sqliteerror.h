// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include "result.h"

#include <QSqlError>
#include <QString>

namespace Copydesk {

/// Turns errors of the Qt SQLite driver into Error values that name the library file.
class SqliteError
{
public:
    /// The primary SQLite result code of `error` (SQLITE_BUSY = 5, SQLITE_CORRUPT = 11…); 0 when
    /// the driver reported none.
    static int resultCode(const QSqlError &error);

    static bool isBusy(const QSqlError &error);
    /// SQLITE_CORRUPT or SQLITE_NOTADB: the file is damaged.
    static bool isCorrupt(const QSqlError &error);

    /// An Error for a failed statement on the library at `path`. `action` is a translated
    /// phrase for what failed ("cannot save the article"); busy and damaged libraries get their
    /// own sentences (codes Busy and Corrupt), disk errors the code Io.
    static Error toError(const QSqlError &error, const QString &path, const QString &action);
};

} // namespace Copydesk
