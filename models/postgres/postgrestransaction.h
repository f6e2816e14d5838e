// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace Copydesk {

/// A transaction on a team library connection that rolls back unless committed. After a failed
/// statement PostgreSQL refuses everything until the rollback, so leave the scope (or call
/// rollback()) as soon as a statement fails.
///
/// Not nestable: the connection must not be inside a transaction already.
class PostgresTransaction
{
public:
    explicit PostgresTransaction(QSqlDatabase &db);
    ~PostgresTransaction();
    PostgresTransaction(const PostgresTransaction &) = delete;
    PostgresTransaction &operator=(const PostgresTransaction &) = delete;

    /// Why BEGIN failed; invalid when the transaction is open.
    QSqlError error() const { return m_error; }
    /// Commits; the error when that failed (PostgreSQL has then rolled back).
    QSqlError commit();
    void rollback();

private:
    QSqlDatabase &m_db;
    QSqlError m_error;
    bool m_open = false;
};

} // namespace Copydesk
