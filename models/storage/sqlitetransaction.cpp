// SPDX-FileCopyrightText: 2026 Copydesk contributors
// SPDX-License-Identifier: GPL-2.0-or-later

#include "sqlitetransaction.h"

#include "sqlitedurability.h"

#include <QSqlQuery>

namespace Copydesk {

SqliteTransaction::SqliteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    m_error = run(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = !m_error.isValid();
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open)
        run(QStringLiteral("ROLLBACK"));
}

QSqlError SqliteTransaction::commit()
{
    const QSqlError error = run(QStringLiteral("COMMIT"));
    if (!error.isValid()) {
        m_open = false;
        SqliteDurability::committed(m_db.connectionName());
    }
    return error;
}

QSqlError SqliteTransaction::run(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return {};
    return query.lastError();
}

} // namespace Copydesk
