// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "postgrestransaction.h"

namespace Copydesk {

PostgresTransaction::PostgresTransaction(QSqlDatabase &db)
    : m_db(db)
{
    m_open = m_db.transaction();
    if (!m_open)
        m_error = m_db.lastError();
}

PostgresTransaction::~PostgresTransaction()
{
    rollback();
}

QSqlError PostgresTransaction::commit()
{
    if (!m_open)
        return m_error;
    m_open = false;
    if (m_db.commit())
        return {};
    // A COMMIT ends the transaction block even when it fails (PostgreSQL then rolls back).
    return m_db.lastError();
}

void PostgresTransaction::rollback()
{
    if (m_open)
        m_db.rollback();
    m_open = false;
}

} // namespace Copydesk
