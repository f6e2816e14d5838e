// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqliteerror.h"

#include "libraryfile.h"

#include <QCoreApplication>

namespace Copydesk {

namespace {

// Primary result codes from sqlite3.h; the driver may report extended codes (code | n << 8).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADb = 26;

QString tr(const char *text)
{
    return QCoreApplication::translate("Copydesk::SqliteError", text);
}

} // namespace

int SqliteError::resultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : 0;
}

bool SqliteError::isBusy(const QSqlError &error)
{
    const int code = resultCode(error);
    return code == SqliteBusy || code == SqliteLocked;
}

bool SqliteError::isCorrupt(const QSqlError &error)
{
    const int code = resultCode(error);
    return code == SqliteCorrupt || code == SqliteNotADb;
}

Error SqliteError::toError(const QSqlError &error, const QString &path, const QString &action)
{
    const QString file = LibraryFile::quoted(path);
    if (isBusy(error)) {
        return Error {
            tr("the library %1 is busy: another Copydesk is writing to it; try again").arg(file),
            Error::Code::Busy};
    }
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (isCorrupt(error)) {
        return Error {
            tr("the library %1 is damaged (%2); restore it from a backup").arg(file, detail),
            Error::Code::Corrupt};
    }
    switch (resultCode(error)) {
    case SqliteReadOnly:
    case SqliteIoErr:
    case SqliteFull:
    case SqliteCantOpen:
        return Error {tr("%1: %2: %3").arg(file, action, detail), Error::Code::Io};
    default:
        return Error {tr("%1: %2: %3").arg(file, action, detail), Error::Code::Generic};
    }
}

} // namespace Copydesk
