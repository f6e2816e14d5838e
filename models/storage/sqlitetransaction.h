// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace Copydesk {

/// A write transaction (BEGIN IMMEDIATE, so the write lock is taken up front and a busy library
/// is reported before any work is done). Rolled back on destruction unless committed.
class SqliteTransaction
{
public:
    /// Begins the transaction; check error() before using it.
    explicit SqliteTransaction(const QSqlDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    /// The error of BEGIN; invalid (isValid() false) when the transaction is open.
    QSqlError error() const { return m_error; }

    /// Commits; returns the error, invalid on success. After a failed COMMIT the transaction is
    /// rolled back on destruction.
    QSqlError commit();

private:
    QSqlError run(const QString &statement);

    QSqlDatabase m_db;
    QSqlError m_error;
    bool m_open = false;
};

} // namespace Copydesk
